"""Unit tests of the packages area."""
