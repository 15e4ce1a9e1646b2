"""Builders for OVEC package tests: signed packages, zip surgery, a fixed ledger."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from vocdesk.io.package.manifest import GENESIS_SHA256, MANIFEST_NAME, Manifest
from vocdesk.io.package.minisign import SecretKey, blake2b_of
from vocdesk.io.package.std2018 import STUDENT, TEACHER
from vocdesk.io.package.verifier import KeyRecord, Seen, VerifiedPackage, verify_package
from vocdesk.io.package.writer import DataSource, new_package_id, write_package

NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))


COLLEGE = "1310100001"


def student_rows(count: int) -> list[tuple[str, ...]]:
    return [(f"6620101{i:04d}", f"{i:064x}", "ชาย" if i % 2 else "หญิง", "pvc", "ปวช.1", "20101", "ช่างยนต์", "", "",
             "6620101", "กำลังศึกษา", "false", f"{(i % 400) / 100:.2f}") for i in range(count)]


def teacher_rows(count: int) -> list[tuple[str, ...]]:
    return [(f"{i:064x}", "civil_servant", "01", "ช่างยนต์, ช่างกล \"พิเศษ\"") for i in range(count)]


def header(sequence: int = 1, previous: str = GENESIS_SHA256, key: SecretKey | None = None,
           created: dt.datetime = NOW, college: str = COLLEGE, period: str = "1/2569") -> Manifest:
    return Manifest(package_id=new_package_id(), college_code=college, college_name="วิทยาลัยเทคนิคทดสอบ",
                    period=period, sequence=sequence, previous_sha256=previous,
                    created_at=created.isoformat(timespec="seconds"),
                    signing_key_id=key.public.id_text if key else "0" * 16, audit_chain_head="a" * 64,
                    pseudonym_key_id="b" * 16, files=())


def sources(students: int = 30, teachers: int = 5) -> list[DataSource]:
    return [
        DataSource("std2018_student.csv", "std2018_student", STUDENT, student_rows(students), students, ("idcard",)),
        DataSource("teachers.csv", "teachers", TEACHER, teacher_rows(teachers), teachers, ("teacherIdcard",)),
    ]


@dataclass
class Signed:
    """A package on disk, the key that signed it and the keys mapping a verifier trusts."""

    path: Path
    key: SecretKey

    @property
    def keys(self) -> dict[bytes, KeyRecord]:
        return {self.key.public.key_id: KeyRecord(self.key.public)}

    def verify(self, **options: object) -> VerifiedPackage:
        return verify_package(self.path, self.keys, now=NOW, **options)  # type: ignore[arg-type]


def make_package(folder: Path, name: str = "p.zip", *, key: SecretKey | None = None, **head: object) -> Signed:
    key = key or SecretKey.generate()
    folder.mkdir(parents=True, exist_ok=True)
    written = write_package(folder / name, header(key=key, **head), sources(), key)  # type: ignore[arg-type]
    return Signed(written.path, key)


def sign_bytes(path: Path, data: bytes, key: SecretKey, comment: str | None = None) -> None:
    """Write `data` to `path` and a valid signature beside it: models a hostile but correctly signed package."""
    path.write_bytes(data)
    if comment is None:
        comment = trusted_comment_of(data)
    path.with_name(path.name + ".minisig").write_text(key.sign_digest(blake2b_of([data]), comment))


def trusted_comment_of(data: bytes) -> str:
    """The comment the writer would sign for the manifest inside `data`, or a placeholder if unreadable."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            from vocdesk.io.package.manifest import manifest_from_bytes
            return manifest_from_bytes(archive.read(MANIFEST_NAME)).trusted_comment()
    except Exception:
        return "vocdesk-package college=? period=? sequence=?"


def members(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def rezip(entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> bytes:
    """A new ZIP from (name or ZipInfo, content) pairs, duplicates allowed (zipfile warns; we silence it)."""
    import warnings
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for info, content in entries:
                if isinstance(info, zipfile.ZipInfo):
                    info = replace_info(info)
                archive.writestr(info, content)
    return buffer.getvalue()


def replace_info(info: zipfile.ZipInfo, name: str | None = None) -> zipfile.ZipInfo:
    fresh = zipfile.ZipInfo(name or info.filename, date_time=info.date_time)
    fresh.compress_type, fresh.external_attr = info.compress_type, info.external_attr
    return fresh


def manifest_dict(data: bytes) -> dict[str, object]:
    import json
    for info, content in members(data):
        if info.filename == MANIFEST_NAME:
            return dict(json.loads(content))
    raise AssertionError("no manifest")


class FixedLedger:
    """A ledger with a preset last package per college."""

    def __init__(self, seen: dict[str, Seen]) -> None:
        self.seen = seen

    def last_seen(self, college_code: str) -> Seen | None:
        return self.seen.get(college_code)
