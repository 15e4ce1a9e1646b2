"""Pure domain rules: Thai identity, dates, academic calendar, levels; no database, no Qt."""
