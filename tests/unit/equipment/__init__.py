"""Unit tests of the equipment area."""
