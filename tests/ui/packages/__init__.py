"""Ui tests of the packages area."""
