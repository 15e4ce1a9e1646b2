"""Integration tests of the core area."""
