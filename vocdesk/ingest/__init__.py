"""Ministry side (no GUI): verify many colleges' packages and load them into one PostgreSQL schema."""
