"""Reusable input widgets: พ.ศ. date edit, national-ID field, debounced search bar."""
