"""OVEC loads several colleges' packages into one PostgreSQL schema; loading again changes nothing."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from vocdesk.clock import FixedClock
from vocdesk.demo import DemoOptions, fill_demo_college
from vocdesk.ingest.loader import ingest_folder, ministry_engine
from vocdesk.io.package.minisign import PublicKey
from vocdesk.io.package.verifier import KeyRecord
from vocdesk.paths import AppPaths
from vocdesk.persistence.database import Database
from vocdesk.persistence.migrate import upgrade
from vocdesk.services.core.context import Actor, AppContext
from vocdesk.services.core.login import ReauthProof, proof_or_raise, reauthenticate
from vocdesk.services.core.settings import CollegeProfile, save_college_profile
from vocdesk.services.core.users import create_first_administrator
from vocdesk.services.packages.create import create_package
from vocdesk.services.packages.keys import generate_college_key, open_college_keys
from vocdesk.services.packages.workflow import explain_finding, lock_period, validate_period

ROOT = Path(__file__).resolve().parents[3]
COLLEGES = {"1310100001": 40, "1320100002": 55, "1330100003": 25}
DIRECTOR_PASSWORD = "keyholder-pass-2569"


def _college(base: Path, code: str, learners: int, drop: Path, clock: FixedClock) -> PublicKey:
    paths = AppPaths.resolve(base / code).ensure()
    db = Database(f"sqlite:///{paths.data_dir / 'vocdesk.sqlite3'}")
    upgrade(db, paths.migrations_dir)
    ctx = AppContext(paths=paths, db=db, clock=clock, actor=Actor("director", "administrator"))
    ctx.run(lambda uow: create_first_administrator(uow, "director", DIRECTOR_PASSWORD))

    def again(purpose: str) -> ReauthProof:  # the director re-enters the password before each risky step
        result, _ = ctx.run(lambda uow: reauthenticate(uow, DIRECTOR_PASSWORD, purpose))
        return proof_or_raise(result)

    try:
        options = DemoOptions(learners=learners, seed=int(code[-1]), graduate_cohorts=0)
        ctx.run(lambda uow: fill_demo_college(uow, options))
        ctx.run(lambda uow: save_college_profile(uow, CollegeProfile(code, f"วิทยาลัย {code}", "", "ตาก")))
        key_proof = again("package.keys")
        public, _ = ctx.run(lambda uow: generate_college_key(uow, paths, "passphrase-" + code, key_proof))
        keys = open_college_keys(paths, "passphrase-" + code)
        for number, period in enumerate(("1/2569", "2/2569")[: 2 if code.endswith("1") else 1], start=1):
            status, _ = ctx.run(lambda uow, p=period: validate_period(uow, p))
            for finding in status.findings:
                ctx.run(lambda uow, f=finding, p=period: explain_finding(uow, p, f.rule_id, f.record, "ตรวจแล้ว ถูกต้อง"))
            ctx.run(lambda uow, p=period: validate_period(uow, p))
            lock_proof = again("package.lock")
            ctx.run(lambda uow, p=period, r=lock_proof: lock_period(uow, p, proof=r))
            export_proof = again("package.export")
            ctx.run(lambda uow, p=period, n=number, r=export_proof: create_package(
                uow, p, drop / f"{code}-{9 - n}.zip", keys, proof=r))
    finally:
        db.dispose()
    return public


def _snapshot(engine: Engine) -> dict[str, list[tuple[object, ...]]]:
    with engine.connect() as conn:
        tables = [row[0] for row in conn.execute(text(
            "SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'ovec_%' ORDER BY 1"))]
        return {name: [tuple(r) for r in conn.execute(text(f'SELECT * FROM "{name}" ORDER BY 1, 2, 3'))]
                for name in tables}


@pytest.mark.postgres
def test_ingest_several_colleges_twice(tmp_path: Path, postgres_url: str) -> None:
    clock = FixedClock()
    drop = tmp_path / "inbox"
    drop.mkdir()
    publics = [_college(tmp_path, code, n, drop, clock) for code, n in COLLEGES.items()]
    shutil.copy(drop / "1320100002-8.zip", drop / "zz-tampered.zip")
    (drop / "zz-tampered.zip.minisig").write_bytes((drop / "1320100002-8.zip.minisig").read_bytes())
    with (drop / "zz-tampered.zip").open("r+b") as handle:
        handle.seek(100)
        handle.write(b"\x00\x01")
    keys = {p.key_id: KeyRecord(p) for p in publics}
    now = clock.now().astimezone(dt.UTC)
    engine = ministry_engine(postgres_url)
    try:
        first = ingest_folder(drop, engine, keys, now=now)
        # File names sort the newer package of 1310100001 first; loading follows the signed sequence instead.
        assert first.loaded == ["1310100001-8.zip", "1310100001-7.zip", "1320100002-8.zip", "1330100003-8.zip"]
        assert [(name, r.code) for name, r in first.refused] == [("zz-tampered.zip", "pkg_signature_invalid")]
        before = _snapshot(engine)
        second = ingest_folder(drop, engine, keys, now=now)
        assert second.loaded == [] and len(second.skipped) == 4
        assert _snapshot(engine) == before
        with engine.connect() as conn:
            per_college = dict(conn.execute(text(
                "SELECT college_code, count(*) FROM ovec_std2018_student GROUP BY college_code")).all())
            periods = conn.execute(text("SELECT DISTINCT period FROM ovec_std2018_student WHERE "
                                        "college_code = '1310100001' ORDER BY 1")).scalars().all()
            chain = conn.execute(text("SELECT sequence, previous_sha256, sha256 FROM ovec_package WHERE "
                                      "college_code = '1310100001' ORDER BY sequence")).all()
            declared = {row[0]: json.loads(row[1])["equipment"] for row in conn.execute(text(
                "SELECT college_code, rows_json FROM ovec_package WHERE period = '1/2569'"))}
            equipment = dict(conn.execute(text(
                "SELECT college_code, count(*) FROM ovec_equipment WHERE period = '1/2569' GROUP BY 1")).all())
            typed = conn.execute(text('SELECT pg_typeof("costBaht")::text, pg_typeof("acquiredOn")::text '
                                      "FROM ovec_equipment LIMIT 1")).one()
        assert per_college == {"1310100001": 80, "1320100002": 55, "1330100003": 25}
        assert periods == ["1/2569", "2/2569"]
        assert chain[1][1] == chain[0][2]  # the second package chains to the first
        assert equipment == declared and min(equipment.values()) > 0
        assert tuple(typed) == ("numeric", "date")

        cli = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--lang", "en", "package", "ingest", str(drop), "--db",
             postgres_url, *[arg for p in publics for arg in ("--pubkey", _pub_file(tmp_path, p))]],
            capture_output=True, text=True, check=False, timeout=300)
        assert cli.returncode == 1  # the tampered file is reported
        assert cli.stdout.count("ALREADY LOADED") == 4 and "REFUSED zz-tampered.zip" in cli.stderr
        assert _snapshot(engine) == before
    finally:
        engine.dispose()


def _pub_file(folder: Path, public: PublicKey) -> str:
    path = folder / f"{public.id_text}.pub"
    path.write_text(public.file_text())
    return str(path)


@pytest.mark.postgres
def test_signed_package_with_repeated_keys_is_refused_and_loads_nothing(tmp_path: Path, postgres_url: str) -> None:
    from tests.factories.packages import NOW, header, sources
    from vocdesk.io.package.minisign import SecretKey
    from vocdesk.io.package.writer import write_package

    key = SecretKey.generate()
    drop = tmp_path / "inbox"
    drop.mkdir()
    twice = sources()
    student = twice[0]
    rows = list(student.rows)
    twice[0] = type(student)(student.path, student.table, student.schema, [*rows, rows[0]], len(rows) + 1,
                             student.pseudonymised)
    write_package(drop / "dup.zip", header(key=key), twice, key)
    engine = ministry_engine(postgres_url)
    try:
        report = ingest_folder(drop, engine, {key.public.key_id: KeyRecord(key.public)}, now=NOW)
        assert report.loaded == []
        assert [(name, r.code, r.params.get("row")) for name, r in report.refused] == [
            ("dup.zip", "pkg_duplicate_key", len(rows) + 2)]
        with engine.connect() as conn:
            assert conn.scalar(text("SELECT count(*) FROM ovec_std2018_student")) == 0
            assert conn.scalar(text("SELECT count(*) FROM ovec_package")) == 0
    finally:
        engine.dispose()


def test_verify_refuses_unreadable_key_file_in_one_line(tmp_path: Path) -> None:
    from tests.factories.packages import make_package

    signed = make_package(tmp_path)
    binary = tmp_path / "key.pub"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "en", "package", "verify",
                             str(signed.path), "--pubkey", str(binary)], capture_output=True, text=True,
                            check=False, timeout=120)
    assert result.returncode == 1 and result.stderr.startswith("REFUSED ") and result.stderr.count("\n") == 1
