"""UI tests of the kinds area."""
