"""Ui tests of the equipment area."""
