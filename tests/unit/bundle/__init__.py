"""Tests of the bundle build helpers in build/ (slimming the PyInstaller bundle)."""
