"""Extraction: structure, metadata, references, targets, quantities, agencies — from a Document's text to records."""
