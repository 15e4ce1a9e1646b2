"""1,200 seeded mutations of a real package: none is accepted with altered content, and none crashes the verifier."""

from __future__ import annotations

import random
import zipfile
from collections.abc import Callable

import pytest

from tests.factories.packages import Signed, make_package, members, replace_info, rezip, sign_bytes
from vocdesk.io.package.errors import PackageRefused
from vocdesk.io.package.manifest import MANIFEST_NAME
from vocdesk.io.package.verifier import VerifiedPackage

SEED = 20261124


def _flip(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[:rng.randrange(len(data))]


def _insert(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]


def _splice(rng: random.Random, data: bytes) -> bytes:
    a, b = sorted(rng.sample(range(len(data)), 2))
    return data[:a] + data[b:] + data[a:b]


BYTE_MUTATIONS: list[Callable[[random.Random, bytes], bytes]] = [_flip, _truncate, _insert, _splice]


def _edit_member(rng: random.Random, entries: list[tuple[zipfile.ZipInfo, bytes]]) -> list:
    data = [e for e in entries if e[0].filename != MANIFEST_NAME]
    index = entries.index(rng.choice(data))
    info, content = entries[index]
    changed = bytearray(content)
    at = rng.randrange(len(changed))
    changed[at] = (changed[at] + rng.randint(1, 255)) % 256
    return [*entries[:index], (info, bytes(changed)), *entries[index + 1:]]


def _swap_members(rng: random.Random, entries: list[tuple[zipfile.ZipInfo, bytes]]) -> list:
    i, j = rng.sample(range(len(entries)), 2)
    swapped = list(entries)
    swapped[i] = (entries[i][0], entries[j][1])
    swapped[j] = (entries[j][0], entries[i][1])
    return swapped


def _add_member(rng: random.Random, entries: list[tuple[zipfile.ZipInfo, bytes]]) -> list:
    name = rng.choice(["extra.csv", "teachers.csv", MANIFEST_NAME, "x/../y.csv", "std2018_student.csv"])
    return [*entries, (name, rng.randbytes(rng.randint(0, 40)))]


def _remove_member(rng: random.Random, entries: list[tuple[zipfile.ZipInfo, bytes]]) -> list:
    drop = rng.randrange(len(entries))
    return entries[:drop] + entries[drop + 1:]


def _rename_member(rng: random.Random, entries: list[tuple[zipfile.ZipInfo, bytes]]) -> list:
    index = rng.randrange(len(entries))
    info, content = entries[index]
    name = rng.choice(["../" + info.filename, "/" + info.filename, info.filename.upper(), "a\\" + info.filename])
    return [*entries[:index], (replace_info(info, name), content), *entries[index + 1:]]


STRUCTURAL: list[Callable[[random.Random, list], list]] = [
    _edit_member, _swap_members, _add_member, _remove_member, _rename_member]


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> tuple[Signed, bytes, VerifiedPackage]:
    signed = make_package(tmp_path_factory.mktemp("fuzz"))
    return signed, signed.path.read_bytes(), signed.verify()


def _outcome(signed: Signed) -> VerifiedPackage | PackageRefused:
    try:
        return signed.verify()
    except PackageRefused as refusal:  # the only exception the verifier may raise
        return refusal


def _same_content(a: VerifiedPackage, b: VerifiedPackage) -> bool:
    return a.manifest == b.manifest and dict(a.tables) == dict(b.tables)


def test_unsigned_byte_mutations_are_all_refused(original: tuple[Signed, bytes, VerifiedPackage]) -> None:
    signed, data, _ = original
    rng = random.Random(SEED)
    signature = signed.path.with_name(signed.path.name + ".minisig").read_bytes()
    accepted = 0
    for round_ in range(400):
        mutated = BYTE_MUTATIONS[round_ % len(BYTE_MUTATIONS)](rng, data)
        if mutated == data:
            continue
        signed.path.write_bytes(mutated)
        accepted += isinstance(_outcome(signed), VerifiedPackage)
    signed.path.write_bytes(data)
    assert accepted == 0
    # The signature file itself, mutated: refused too.
    for round_ in range(200):
        mutated = BYTE_MUTATIONS[round_ % len(BYTE_MUTATIONS)](rng, signature)
        if mutated == signature:
            continue
        signed.path.with_name(signed.path.name + ".minisig").write_bytes(mutated)
        result = _outcome(signed)
        # Flipping bits inside the untrusted comment line is harmless; anything else must be refused.
        if isinstance(result, VerifiedPackage):
            assert mutated.split(b"\n")[1:] == signature.split(b"\n")[1:]
    signed.path.with_name(signed.path.name + ".minisig").write_bytes(signature)


def test_resigned_byte_mutations_never_crash_or_change_content(
        original: tuple[Signed, bytes, VerifiedPackage]) -> None:
    """A college key signing garbage: the parser must refuse or yield exactly the original content."""
    signed, data, baseline = original
    rng = random.Random(SEED + 1)
    refusals = 0
    for round_ in range(400):
        mutated = BYTE_MUTATIONS[round_ % len(BYTE_MUTATIONS)](rng, data)
        sign_bytes(signed.path, mutated, signed.key, baseline.trusted_comment)
        result = _outcome(signed)
        if isinstance(result, VerifiedPackage):
            assert _same_content(result, baseline), f"round {round_} accepted changed content"
        else:
            refusals += 1
    sign_bytes(signed.path, data, signed.key, baseline.trusted_comment)
    assert refusals > 300  # most random damage must be refused, not silently ignored


def test_resigned_structural_mutations_are_all_refused(original: tuple[Signed, bytes, VerifiedPackage]) -> None:
    signed, data, baseline = original
    rng = random.Random(SEED + 2)
    entries = members(data)
    accepted = []
    for round_ in range(200):
        mutation = STRUCTURAL[round_ % len(STRUCTURAL)]
        changed = mutation(rng, list(entries))
        sign_bytes(signed.path, rezip(changed), signed.key, baseline.trusted_comment)
        if isinstance(_outcome(signed), VerifiedPackage):
            accepted.append((round_, mutation.__name__))
    sign_bytes(signed.path, data, signed.key, baseline.trusted_comment)
    assert accepted == []
    assert signed.verify().sha256 == baseline.sha256
