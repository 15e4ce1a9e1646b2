"""Integration tests of the teachers area."""
