"""Printed forms (MOUs, contracts, letters): one plain description rendered to a Thai PDF or an editable .docx."""
