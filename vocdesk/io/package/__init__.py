"""Signed data packages to OVEC: format, manifest, minisign signatures, sealing, verifier (no Qt, no database)."""
