"""UI tests of the equipment area."""
