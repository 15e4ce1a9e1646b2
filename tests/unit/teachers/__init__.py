"""Unit tests of the teachers area."""
