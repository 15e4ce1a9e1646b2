"""Integration tests of the pdpa area."""
