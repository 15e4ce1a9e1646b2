"""Builders shared by tests of several modules, one module per area."""
