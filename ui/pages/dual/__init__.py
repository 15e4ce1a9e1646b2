"""The dual system's pages and their dialogs (named in the area's manifest)."""
