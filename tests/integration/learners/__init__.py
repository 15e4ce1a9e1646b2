"""Integration tests of the learners area."""
