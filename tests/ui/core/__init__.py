"""UI tests of the core area."""
