"""Unit tests of the kinds area."""
