"""Integration tests of the packages area."""
