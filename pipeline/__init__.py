"""kehoach: Vietnamese provincial plan documents into records and tables."""
__version__ = "0.1.0"
