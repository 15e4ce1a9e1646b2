"""Services: one function per user action, each run inside one unit of work."""
