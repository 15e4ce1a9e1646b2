"""Dialogs: settings, about, first-start demo offer, sign-in, user management."""
