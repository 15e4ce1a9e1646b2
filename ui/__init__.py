"""VocDesk desktop interface (PySide6): pages, dialogs, models and widgets over the core services."""
