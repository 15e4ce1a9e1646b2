"""Helpers for the package tests: a small signed package written without a database, re-signing, ZIP surgery."""

from __future__ import annotations

from pathlib import Path

from tests.factories.packages import COLLEGE, make_package


def test_written_package_verifies_with_rows_and_schema(tmp_path: Path) -> None:
    signed = make_package(tmp_path)
    result = signed.verify()
    assert result.manifest.college_code == COLLEGE and result.manifest.sequence == 1
    assert [e.rows for e in result.manifest.files] == [30, 5]
    assert result.tables["teachers.csv"].decode("utf-8").splitlines()[1].endswith('"ช่างยนต์, ช่างกล ""พิเศษ"""')
    assert not (tmp_path / "p.zip.part").exists() and not (tmp_path / "p.zip.minisig.part").exists()
