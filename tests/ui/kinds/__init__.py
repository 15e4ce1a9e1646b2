"""Ui tests of the kinds area."""
