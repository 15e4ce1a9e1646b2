"""Ui tests of the learners area."""
