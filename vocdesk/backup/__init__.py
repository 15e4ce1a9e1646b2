"""SQLite backup files: consistent copies, rotation, restore and integrity checks (no SQLAlchemy needed)."""
