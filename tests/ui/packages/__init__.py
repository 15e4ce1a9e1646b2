"""UI tests of the packages area."""
