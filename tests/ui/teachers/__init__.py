"""Ui tests of the teachers area."""
