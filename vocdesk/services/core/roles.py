"""The roles a VocDesk account can hold."""

ROLES = ("administrator", "registrar", "equipment_officer", "training_staff", "executive", "auditor")
