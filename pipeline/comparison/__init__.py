"""Comparison: indicator catalogs, provinces, and the cross-province table."""
