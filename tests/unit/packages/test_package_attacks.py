"""Each named attack on the verifier is refused with its own one-line reason; nothing inside is read unsigned."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import zipfile
from pathlib import Path

import pytest

from tests.factories.packages import (
    NOW,
    FixedLedger,
    Signed,
    make_package,
    manifest_dict,
    members,
    replace_info,
    rezip,
    sign_bytes,
)
from vocdesk.io.package.canonical import canonical_bytes
from vocdesk.io.package.errors import PackageRefused
from vocdesk.io.package.manifest import GENESIS_SHA256, MANIFEST_NAME
from vocdesk.io.package.members import Limits
from vocdesk.io.package.minisign import SecretKey
from vocdesk.io.package.verifier import KeyRecord, Seen, verify_package
from vocdesk.messages import catalogue, describe


def refused(signed: Signed, code: str, **options: object) -> PackageRefused:
    with pytest.raises(PackageRefused) as caught:
        signed.verify(**options)
    assert caught.value.code == code, (caught.value.code, caught.value.params)
    assert code in catalogue()
    assert "\n" not in describe(caught.value, "en")
    return caught.value


def with_manifest(signed: Signed, change: object, *, raw: bytes | None = None) -> None:
    """Replace the manifest (re-signed by the college key): the verifier must still catch the inconsistency."""
    data = signed.path.read_bytes()
    document = manifest_dict(data)
    if callable(change):
        change(document)
    manifest = raw if raw is not None else canonical_bytes(document)
    entries = [(info, content) if info.filename != MANIFEST_NAME else (info, manifest)
               for info, content in members(data)]
    sign_bytes(signed.path, rezip(entries), signed.key)  # type: ignore[arg-type]


def with_members(signed: Signed, entries: list[tuple[zipfile.ZipInfo | str, bytes]]) -> None:
    sign_bytes(signed.path, rezip(entries), signed.key)


def test_unknown_and_revoked_keys(tmp_path: Path) -> None:
    signed = make_package(tmp_path)
    other = SecretKey.generate()
    with pytest.raises(PackageRefused) as caught:
        verify_package(signed.path, {other.public.key_id: KeyRecord(other.public)}, now=NOW)
    assert caught.value.code == "pkg_key_unknown"
    with pytest.raises(PackageRefused) as caught:
        verify_package(signed.path, {signed.key.public.key_id: KeyRecord(signed.key.public, revoked=True)}, now=NOW)
    assert caught.value.code == "pkg_key_revoked"
    with pytest.raises(PackageRefused) as caught:
        verify_package(signed.path, {signed.key.public.key_id: KeyRecord(signed.key.public, "9999999999")}, now=NOW)
    assert caught.value.code == "pkg_key_college"


def test_any_unsigned_change_fails_the_signature_before_parsing(tmp_path: Path) -> None:
    signed = make_package(tmp_path)
    data = bytearray(signed.path.read_bytes())
    data[-30] ^= 0x01  # inside the central directory: would also break the ZIP, but the signature comes first
    signed.path.write_bytes(bytes(data))
    refused(signed, "pkg_signature_invalid")


def test_impostor_key_claiming_a_trusted_key_id(tmp_path: Path) -> None:
    one = make_package(tmp_path)
    impostor = SecretKey(one.key.key_id, SecretKey.generate().seed)
    sign_bytes(one.path, one.path.read_bytes(), impostor)
    refused(one, "pkg_signature_invalid")


def test_signature_of_another_package(tmp_path: Path) -> None:
    one, two = make_package(tmp_path / "a"), make_package(tmp_path / "b")
    key = two.key
    two.key = one.key
    (tmp_path / "b" / "p.zip.minisig").write_bytes((tmp_path / "a" / "p.zip.minisig").read_bytes())
    refused(two, "pkg_signature_invalid")
    two.key = key


def test_trusted_comment_must_match_manifest(tmp_path: Path) -> None:
    signed = make_package(tmp_path)
    sign_bytes(signed.path, signed.path.read_bytes(), signed.key, "vocdesk-package college=1310100001 period=2/2569 "
                                                                   "sequence=1")
    refused(signed, "pkg_trusted_comment")


@pytest.mark.parametrize(("seen", "sequence", "previous", "code"), [
    (Seen(3, "c" * 64), 3, "c" * 64, "pkg_sequence_old"),       # replay of the newest package
    (Seen(3, "c" * 64), 2, "c" * 64, "pkg_sequence_old"),       # rollback to an older one
    (Seen(3, "c" * 64), 5, "c" * 64, "pkg_sequence_gap"),
    (Seen(3, "c" * 64), 4, "d" * 64, "pkg_previous_hash"),
    (None, 1, "d" * 64, "pkg_previous_hash"),                   # a first package must start the chain
])
def test_chain_refusals(tmp_path: Path, seen: Seen | None, sequence: int, previous: str, code: str) -> None:
    signed = make_package(tmp_path, sequence=sequence, previous=previous)
    ledger = FixedLedger({"1310100001": seen} if seen else {})
    refused(signed, code, ledger=ledger)


def test_chain_accepts_the_next_package(tmp_path: Path) -> None:
    signed = make_package(tmp_path, sequence=4, previous="c" * 64)
    assert signed.verify(ledger=FixedLedger({"1310100001": Seen(3, "c" * 64)})).manifest.sequence == 4
    assert make_package(tmp_path / "g").verify(ledger=FixedLedger({})).manifest.previous_sha256 == GENESIS_SHA256


def test_future_created_at(tmp_path: Path) -> None:
    signed = make_package(tmp_path, created=NOW + dt.timedelta(hours=2))
    refused(signed, "pkg_future")


@pytest.mark.parametrize(("change", "code"), [
    (lambda d: d.update(format_version=2), "pkg_format_version"),
    (lambda d: d.update(format_version="1"), "pkg_format_version"),
    (lambda d: d.update(extra="x"), "pkg_manifest_field"),
    (lambda d: d.update(sequence=-1), "pkg_manifest_field"),
    (lambda d: d.update(sequence=True), "pkg_manifest_field"),
    (lambda d: d.update(sequence=0), "pkg_manifest_field"),
    (lambda d: d.update(created_at="2026-11-24T09:00:00"), "pkg_manifest_field"),  # no time zone
    (lambda d: d["college"].update(code="13101"), "pkg_manifest_field"),
    (lambda d: d["files"][0].update(path="../x.csv"), "pkg_manifest_field"),
    (lambda d: d["files"][0].update(size=10**30), "pkg_manifest_field"),
    (lambda d: d["files"][0]["schema"]["fields"][0].update(type="blob"), "pkg_manifest_field"),
    (lambda d: d["files"].append(dict(d["files"][0])), "pkg_manifest_field"),  # same path twice
])
def test_manifest_fields(tmp_path: Path, change: object, code: str) -> None:
    signed = make_package(tmp_path)
    with_manifest(signed, change)
    refused(signed, code)


def test_manifest_duplicate_keys_and_non_canonical(tmp_path: Path) -> None:
    signed = make_package(tmp_path)
    canonical = canonical_bytes(manifest_dict(signed.path.read_bytes()))
    duplicate = canonical.replace(b'{"audit_chain_head"', b'{"sequence":9,"audit_chain_head"', 1)
    with_manifest(signed, None, raw=duplicate)
    refused(signed, "pkg_manifest_duplicate_key")
    for raw in (json.dumps(json.loads(canonical), ensure_ascii=False, indent=1).encode(),   # whitespace
                json.dumps(json.loads(canonical)).encode(),                                # \u escapes, spaces
                canonical.replace(b'"sequence":1', b'"sequence":1.0'),                     # a float
                b"\xef\xbb\xbf" + canonical,                                               # BOM
                b"[" + canonical + b"]"):
        with_manifest(signed, None, raw=raw)
        refused(signed, "pkg_manifest_not_canonical")


def _entries(signed: Signed) -> list[tuple[zipfile.ZipInfo, bytes]]:
    return members(signed.path.read_bytes())


@pytest.mark.parametrize(("name", "code"), [
    ("/etc/passwd", "pkg_member_absolute"),
    ("C:/evil.csv", "pkg_member_absolute"),
    ("../evil.csv", "pkg_member_parent"),
    ("a/../../evil.csv", "pkg_member_parent"),
    ("evil\\x.csv", "pkg_member_backslash"),
    ("a//b.csv", "pkg_member_name"),
])
def test_hostile_member_names(tmp_path: Path, name: str, code: str) -> None:
    signed = make_package(tmp_path)
    with_members(signed, [*_entries(signed), (name, b"x")])
    refused(signed, code)


def test_duplicate_member(tmp_path: Path) -> None:
    signed = make_package(tmp_path)
    entries = _entries(signed)
    with_members(signed, [*entries, (replace_info(entries[0][0]), b"studentCode\r\n")])
    refused(signed, "pkg_member_duplicate")


def test_symlink_member(tmp_path: Path) -> None:
    signed = make_package(tmp_path)
    entries = _entries(signed)
    link = replace_info(entries[0][0])
    link.external_attr = (0o120777 << 16)
    link.create_system = 3
    with_members(signed, [(link, b"/etc/passwd"), *entries[1:]])
    refused(signed, "pkg_member_link")


def test_missing_and_extra_members(tmp_path: Path) -> None:
    signed = make_package(tmp_path)
    entries = _entries(signed)
    with_members(signed, entries[1:])
    refused(signed, "pkg_member_missing")
    with_members(signed, [*entries, ("notes.csv", b"a\r\n")])
    refused(signed, "pkg_member_extra")
    with_members(signed, [e for e in entries if e[0].filename != MANIFEST_NAME])
    refused(signed, "pkg_manifest_missing")


def test_member_larger_than_declared_hash_and_rows(tmp_path: Path) -> None:
    signed = make_package(tmp_path)
    entries = _entries(signed)
    student_info, student = entries[0]
    with_members(signed, [(student_info, student + b"66201019999,x,,,,,,,,,,,\r\n"), *entries[1:]])
    refused(signed, "pkg_member_larger")
    tampered = student.replace(b",false,", b",fals3,", 1)
    assert tampered != student and len(tampered) == len(student)
    with_members(signed, [(student_info, tampered), *entries[1:]])
    refused(signed, "pkg_file_hash")

    def wrong_rows(document: dict[str, object]) -> None:
        document["files"][0]["rows"] = 31  # type: ignore[index]
    with_members(signed, entries)
    signed.verify()
    with_manifest(signed, wrong_rows)
    refused(signed, "pkg_file_rows")


def test_header_and_row_width_must_follow_schema(tmp_path: Path) -> None:
    signed = make_package(tmp_path)
    entries = _entries(signed)
    info, content = entries[0]
    for new, code in ((content.replace(b"studentCode", b"studentcode", 1), "pkg_file_header"),
                      (content + b"1,2\r\n", "pkg_file_row_width"),
                      (content + b"\xff\xfe\r\n", "pkg_file_not_csv")):
        def declare(document: dict[str, object], new: bytes = new) -> None:
            entry = document["files"][0]  # type: ignore[index]
            entry.update(size=len(new), sha256=hashlib.sha256(new).hexdigest())
        with_members(signed, [(info, new), *entries[1:]])
        with_manifest(signed, declare)
        refused(signed, code)


def test_limits_and_zip_bomb(tmp_path: Path) -> None:
    signed = make_package(tmp_path)
    refused(signed, "pkg_too_large", limits=Limits(max_package_bytes=100))
    refused(signed, "pkg_member_count", limits=Limits(max_members=2))
    refused(signed, "pkg_member_too_large", limits=Limits(max_member_bytes=100))
    bomb = b"0" * 5_000_000
    with_members(signed, [*_entries(signed), ("bomb.csv", bomb)])
    refused(signed, "pkg_member_ratio")


def test_not_a_zip_and_missing_files(tmp_path: Path) -> None:
    signed = make_package(tmp_path)
    sign_bytes(signed.path, b"PK\x03\x04 not really a zip", signed.key, "c")
    refused(signed, "pkg_not_zip")
    (tmp_path / "p.zip.minisig").unlink()
    refused(signed, "pkg_signature_missing")
    signed.path.unlink()
    with pytest.raises(PackageRefused):
        signed.verify()


def test_zip_encryption_flag_and_unknown_compression(tmp_path: Path) -> None:
    signed = make_package(tmp_path)
    data = bytearray(rezip([("x.csv", b"a")]))
    # flag bits live at offset 6 of the local header and offset 8 of the central directory entry
    central = data.rfind(b"PK\x01\x02")
    data[6] |= 1
    data[central + 8] |= 1
    sign_bytes(signed.path, bytes(data), signed.key, "c")
    refused(signed, "pkg_member_encrypted")
    data = bytearray(rezip([("x.csv", b"a")]))
    central = data.rfind(b"PK\x01\x02")
    data[8] = data[central + 10] = 14  # LZMA: not allowed in a package
    sign_bytes(signed.path, bytes(data), signed.key, "c")
    refused(signed, "pkg_member_compression")


def test_zip_is_read_from_the_verified_bytes_only(tmp_path: Path) -> None:
    signed = make_package(tmp_path)
    assert zipfile.is_zipfile(io.BytesIO(signed.path.read_bytes()))
    assert signed.verify().sha256 == hashlib.sha256(signed.path.read_bytes()).hexdigest()
