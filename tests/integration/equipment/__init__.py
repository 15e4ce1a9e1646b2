"""Integration tests of the equipment area."""
