"""The verifier's state folder remembers the newest package per college: replays and rollbacks are refused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.factories.packages import NOW, make_package
from vocdesk.io.package.errors import PackageRefused
from vocdesk.io.package.minisign import SecretKey
from vocdesk.io.package.state import StateFolder
from vocdesk.io.package.verifier import verify_package
from vocdesk.messages import catalogue
from vocdesk.services.packages.rules import RULES

ROOT = Path(__file__).resolve().parents[3]


def test_replay_and_rollback_refused_after_a_newer_sequence(tmp_path: Path) -> None:
    key = SecretKey.generate()
    first = make_package(tmp_path / "1", key=key)
    second = make_package(tmp_path / "2", key=key, sequence=2, previous=first.verify().sha256)
    state = StateFolder(tmp_path / "state")

    def accept(path: Path) -> None:
        result = verify_package(path, state.keys([key.public]), now=NOW, ledger=state)
        state.remember(result.manifest.college_code, result.manifest.sequence, result.sha256, key.public)

    accept(first.path)
    accept(second.path)
    for old, code in ((first.path, "pkg_sequence_old"), (second.path, "pkg_sequence_old")):
        with pytest.raises(PackageRefused) as caught:
            accept(old)
        assert caught.value.code == code
    # The key is now bound to the college; revoking it refuses even a package given with it explicitly.
    assert state.keys()[key.public.key_id].college_code == "1310100001"
    state.revoke(key.public.id_text)
    third = make_package(tmp_path / "3", key=key, sequence=3, previous=second.verify().sha256)
    with pytest.raises(PackageRefused) as caught:
        verify_package(third.path, state.keys([key.public]), now=NOW, ledger=state)
    assert caught.value.code == "pkg_key_revoked"


def test_damaged_state_is_a_refusal_not_a_crash(tmp_path: Path) -> None:
    folder = tmp_path / "state"
    folder.mkdir()
    (folder / "keys.json").write_text('{"X": 5}')
    (folder / "seen.json").write_text('{"1310100001": {"sequence": "x"}}')
    state = StateFolder(folder)
    with pytest.raises(PackageRefused):
        state.keys()
    with pytest.raises(PackageRefused):
        state.last_seen("1310100001")


def test_every_package_error_code_has_thai_and_english_text() -> None:
    sources = [*ROOT.joinpath("vocdesk/io/package").glob("*.py"), *ROOT.joinpath("vocdesk/ingest").glob("*.py"),
               *ROOT.joinpath("vocdesk/services/packages").glob("*.py"), ROOT / "vocdesk/cli/packages_cmd.py"]
    pattern = re.compile(r'(?:PackageRefused|ValidationFailed|Conflict)\(\s*"([a-z_]+)"')
    codes = {code for path in sources for code in pattern.findall(path.read_text(encoding="utf-8"))}
    codes |= {code for _severity, code in RULES.values()} | {"pkg_cancelled"}
    assert len(codes) > 40
    missing = sorted(code for code in codes if code not in catalogue())
    assert missing == []
    assert all(catalogue()[code][0] and catalogue()[code][1] for code in codes)
