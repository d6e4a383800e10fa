"""Reviewers' decisions on extracted records: the store, applying them, and the app."""
