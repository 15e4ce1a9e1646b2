"""Ui tests of the core area."""
