"""Unit tests of the core area."""
