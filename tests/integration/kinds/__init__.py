"""Integration tests of the kinds area."""
