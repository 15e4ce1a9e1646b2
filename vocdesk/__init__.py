"""VocDesk core: domain rules, persistence, services and I/O, free of Qt."""

__version__ = "0.1.0"
