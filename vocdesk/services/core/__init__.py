"""The core services every area uses: unit of work, changes, permissions, settings, accounts, audit, backups."""
