"""The verifier's state folder: trusted and revoked keys, and the newest package accepted per college."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from vocdesk.io.atomic import atomic_open
from vocdesk.io.package.errors import PackageRefused
from vocdesk.io.package.minisign import PublicKey, key_id_text, parse_public_key
from vocdesk.io.package.verifier import KeyRecord, Seen

KEYS_FILE = "keys.json"
SEEN_FILE = "seen.json"


def _load(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        value = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as error:
        raise PackageRefused("state_unreadable", path=str(path)) from error
    if not isinstance(value, dict):
        raise PackageRefused("state_unreadable", path=str(path))
    return value


def _save(path: Path, value: dict[str, Any]) -> None:
    with atomic_open(path, "w", encoding="utf-8") as handle:
        json.dump(value, handle, ensure_ascii=False, sort_keys=True, indent=1)


class StateFolder:
    """Keys (`keys.json`: id → public key, college, revoked) and the chain per college (`seen.json`)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def keys(self, extra: list[PublicKey] | None = None) -> dict[bytes, KeyRecord]:
        """Known keys plus keys given on the command line; a revoked key stays revoked whatever is given."""
        records: dict[bytes, KeyRecord] = {}
        for item in _load(self.folder / KEYS_FILE).values():
            try:
                public = parse_public_key(item["public_key"])
                records[public.key_id] = KeyRecord(public, item.get("college"), bool(item.get("revoked")))
            except (KeyError, TypeError, AttributeError, PackageRefused) as error:
                raise PackageRefused("state_unreadable", path=str(self.folder / KEYS_FILE)) from error
        for public in extra or []:
            if public.key_id in records and records[public.key_id].public != public:
                raise PackageRefused("pkg_key_conflict", key_id=public.id_text)
            records.setdefault(public.key_id, KeyRecord(public))
        return records

    def last_seen(self, college_code: str) -> Seen | None:
        item = _load(self.folder / SEEN_FILE).get(college_code)
        if item is None:
            return None
        try:
            return Seen(int(item["sequence"]), str(item["sha256"]))
        except (KeyError, TypeError, ValueError) as error:
            raise PackageRefused("state_unreadable", path=str(self.folder / SEEN_FILE)) from error

    def remember(self, college_code: str, sequence: int, sha256: str, public: PublicKey) -> None:
        """Record an accepted package and bind its key to the college."""
        seen = _load(self.folder / SEEN_FILE)
        seen[college_code] = {"sequence": sequence, "sha256": sha256}
        _save(self.folder / SEEN_FILE, seen)
        self.trust(public, college_code)

    def trust(self, public: PublicKey, college_code: str | None, *, retire: bytes | None = None) -> None:
        keys = _load(self.folder / KEYS_FILE)
        entry = keys.get(public.id_text, {})
        if entry.get("revoked"):
            raise PackageRefused("pkg_key_revoked", key_id=public.id_text)
        keys[public.id_text] = {"public_key": public.base64(), "college": college_code or entry.get("college"),
                                "revoked": False}
        if retire is not None and key_id_text(retire) in keys:
            keys[key_id_text(retire)]["revoked"] = True
        _save(self.folder / KEYS_FILE, keys)

    def revoke(self, key_id: str) -> None:
        keys = _load(self.folder / KEYS_FILE)
        if key_id not in keys:
            raise PackageRefused("pkg_key_unknown", key_id=key_id)
        keys[key_id]["revoked"] = True
        _save(self.folder / KEYS_FILE, keys)
