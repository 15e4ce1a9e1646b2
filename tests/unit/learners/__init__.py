"""Unit tests of the learners area."""
