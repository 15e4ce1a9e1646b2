"""UI tests of the teachers area."""
