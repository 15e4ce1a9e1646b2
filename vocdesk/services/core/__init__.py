"""The core services every area uses: context and unit of work, changes, permissions, settings, accounts, audit, backups."""
