"""UI tests of the learners area."""
