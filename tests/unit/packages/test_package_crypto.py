"""minisign compatibility both ways, canonical JSON, the encrypted key file and sealing files to OVEC."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from vocdesk.io.package.canonical import canonical_bytes, parse_canonical
from vocdesk.io.package.errors import PackageRefused
from vocdesk.io.package.keyfile import decrypt_secret_key, encrypt_secret_key, read_secret_key, write_secret_key
from vocdesk.io.package.minisign import SecretKey, file_digest, parse_public_key, parse_signature
from vocdesk.io.package.rotation import make_rotation, verify_rotation
from vocdesk.io.package.sealing import open_sealed, parse_private, parse_recipient, private_text, recipient_text, seal

MINISIGN = shutil.which("minisign")
needs_minisign = pytest.mark.skipif(MINISIGN is None, reason="stock minisign not installed (apt-get install minisign)")
FAST_KDF = 1024  # KiB: keeps tests quick; the real default is 64 MiB


@needs_minisign
def test_stock_minisign_verifies_our_signature_and_trusted_comment(tmp_path: Path) -> None:
    target = tmp_path / "data.zip"
    target.write_bytes(b"PK" + bytes(range(256)) * 100)
    key = SecretKey.generate()
    comment = "vocdesk-package college=1310100001 period=1/2569 sequence=7"
    (tmp_path / "data.zip.minisig").write_text(key.sign_file(target, comment))
    (tmp_path / "key.pub").write_text(key.public.file_text())
    ok = subprocess.run([MINISIGN, "-Vm", str(target), "-p", str(tmp_path / "key.pub")], capture_output=True,
                        text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    assert f"Trusted comment: {comment}" in ok.stdout
    target.write_bytes(target.read_bytes() + b"!")
    bad = subprocess.run([MINISIGN, "-Vm", str(target), "-p", str(tmp_path / "key.pub")], capture_output=True,
                         check=False)
    assert bad.returncode != 0


@needs_minisign
def test_we_verify_what_stock_minisign_signs(tmp_path: Path) -> None:
    target = tmp_path / "file.bin"
    target.write_bytes(b"hello minisign" * 1000)
    subprocess.run([MINISIGN, "-G", "-W", "-p", str(tmp_path / "m.pub"), "-s", str(tmp_path / "m.key")],
                   check=True, capture_output=True)
    subprocess.run([MINISIGN, "-S", "-s", str(tmp_path / "m.key"), "-m", str(target), "-t", "ทดสอบ trusted"],
                   check=True, capture_output=True)
    public = parse_public_key((tmp_path / "m.pub").read_text())
    signature = parse_signature((tmp_path / "file.bin.minisig").read_bytes())
    signature.verify(public, file_digest(target))
    assert signature.trusted_comment == "ทดสอบ trusted"
    printed = (tmp_path / "m.pub").read_text().splitlines()[0].rsplit(" ", 1)[1]
    # minisign prints the key id as a hex number without leading zeros; VocDesk writes all 16 digits
    assert int(printed, 16) == int(public.id_text, 16) and len(public.id_text) == 16


def test_signature_parsing_is_strict() -> None:
    key = SecretKey.generate()
    text = key.sign_digest(b"\0" * 64, "c")
    lines = text.splitlines()
    for broken in ("", "\n".join(lines[:3]), text.replace("trusted comment: ", "trusted: "), text * 2,
                   text.replace(lines[1], lines[1][:-4] + "!!!!")):
        with pytest.raises(PackageRefused):
            parse_signature(broken.encode())
    legacy = lines[1].replace(lines[1][:3], "RWQ", 1)  # "Ed" (non-prehashed) instead of "ED"
    with pytest.raises(PackageRefused) as caught:
        parse_signature("\n".join([lines[0], legacy, *lines[2:]]).encode())
    assert caught.value.code == "pkg_signature_algorithm"
    public = key.public
    tampered = parse_signature(text.replace("trusted comment: c", "trusted comment: d").encode())
    with pytest.raises(PackageRefused) as caught:
        tampered.verify(public, b"\0" * 64)
    assert caught.value.code == "pkg_signature_invalid"


def test_canonical_json_round_trip_and_refusals() -> None:
    value = {"b": [1, "ไทย"], "a": {"z": None, "y": True}}
    data = canonical_bytes(value)
    assert data == '{"a":{"y":true,"z":null},"b":[1,"ไทย"]}'.encode()
    assert parse_canonical(data) == value
    for raw in (b'{"a":1,"a":1}', b'{"b":1,"a":2}', b'{"a": 1}', b'{"a":1.5}', b'{"a":NaN}', b'\xff',
                b'{"a":"\\u0e44"}', b"[" * 100000, b'{"a":1}\n'):
        with pytest.raises(PackageRefused):
            parse_canonical(raw)


def test_secret_key_file(tmp_path: Path) -> None:
    key = SecretKey.generate()
    path = tmp_path / "keys" / "college.key"
    write_secret_key(path, key, "ความลับ-passphrase", memory_kib=FAST_KDF)
    assert path.stat().st_mode & 0o077 == 0
    assert key.seed not in path.read_bytes()
    assert read_secret_key(path, "ความลับ-passphrase") == key
    with pytest.raises(PackageRefused) as caught:
        read_secret_key(path, "wrong")
    assert caught.value.code == "key_passphrase_wrong"
    with pytest.raises(FileExistsError):
        write_secret_key(path, SecretKey.generate(), "x" * 10, memory_kib=FAST_KDF)
    data = encrypt_secret_key(key, "pw-12345678", memory_kib=FAST_KDF)
    other = SecretKey.generate().public.base64()
    with pytest.raises(PackageRefused):  # swapping the public key in the file breaks the authenticated data
        decrypt_secret_key(data.replace(key.public.base64().encode(), other.encode()), "pw-12345678")
    greedy = data.replace(f'"memory_kib":{FAST_KDF}'.encode(), b'"memory_kib":99999999')
    with pytest.raises(PackageRefused) as caught:
        decrypt_secret_key(greedy, "pw-12345678")
    assert caught.value.code == "key_file_malformed"


def test_sealed_file_is_bound_to_package_and_path() -> None:
    ovec = X25519PrivateKey.generate()
    recipient = parse_recipient(recipient_text(ovec.public_key()))
    private = parse_private(private_text(ovec))
    sealed = seal(b"idcard\r\n1103700012345\r\n", recipient, "p" * 32, "std2018_student.csv")
    assert b"1103700012345" not in sealed.ciphertext
    assert open_sealed(sealed.ciphertext, sealed.ephemeral_public, private, "p" * 32, "std2018_student.csv") == \
        b"idcard\r\n1103700012345\r\n"
    for package_id, path in (("q" * 32, "std2018_student.csv"), ("p" * 32, "teachers.csv")):
        with pytest.raises(PackageRefused):
            open_sealed(sealed.ciphertext, sealed.ephemeral_public, private, package_id, path)
    with pytest.raises(PackageRefused):
        open_sealed(sealed.ciphertext, sealed.ephemeral_public, X25519PrivateKey.generate(), "p" * 32,
                    "std2018_student.csv")


def test_rotation_statement_signed_by_the_old_key() -> None:
    old, new = SecretKey.generate(), SecretKey.generate()
    statement, signature = make_rotation(old, new.public, "1310100001", "2026-11-24T09:00:00+07:00")
    rotation = verify_rotation(statement, signature.encode(), old.public)
    assert rotation.new_key == new.public and rotation.college_code == "1310100001"
    with pytest.raises(PackageRefused):
        verify_rotation(statement, signature.encode(), new.public)  # only the old key can vouch for the new one
    with pytest.raises(PackageRefused):
        verify_rotation(statement.replace(b"1310100001", b"1310100002"), signature.encode(), old.public)


def test_pseudonyms_are_hmac_sha256_under_the_college_secret() -> None:
    import hashlib
    import hmac

    from vocdesk.services.packages.keys import CollegeKeys

    secret = bytes(range(32))
    pseudonym = CollegeKeys(SecretKey.generate(), secret).pseudonymiser()
    assert pseudonym("1103700012345") == hmac.new(secret, b"1103700012345", hashlib.sha256).hexdigest()
    assert pseudonym("") == ""
    other = CollegeKeys(SecretKey.generate(), bytes(32)).pseudonymiser()
    assert other("1103700012345") != pseudonym("1103700012345")
