"""Dialogs: settings, about, first-start demo offer."""
