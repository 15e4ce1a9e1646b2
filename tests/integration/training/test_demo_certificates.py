"""The demo college has issued certificates for its finished runs, signed with the college's certificate key."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from tests.integration.training.test_training_cli import ROOT, run_cli
from vocdesk.demo import DemoOptions, fill_demo_college
from vocdesk.persistence.models import Certificate
from vocdesk.services.core.context import AppContext
from vocdesk.services.training.attendance import progress
from vocdesk.services.training.certificates import KEY_FILE, certificates, verify_payload
from vocdesk.services.training.courses import list_courses
from vocdesk.services.training.run_listing import course_runs


def test_runs_already_over_have_certificates_for_exactly_those_who_completed(ctx: AppContext) -> None:
    summary, _ = ctx.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=120,
                                                                        keys_dir=ctx.paths.keys_dir)))
    assert (ctx.paths.keys_dir / KEY_FILE).is_file()
    with ctx.db.read() as session:
        issued = certificates(session, ctx.actor)
        assert summary["training_certificates"] == len(issued) > 20
        over = [r for c in list_courses(session, ctx.actor) for r in course_runs(session, ctx.actor, c.code)
                if r.last_day < ctx.today()]
        completed = {(r.key, p.trainee_id) for r in over for p in progress(session, ctx.actor, r.key) if p.completed}
        assert {(c.run, c.trainee_id) for c in issued} == completed
        assert all(verify_payload(session, c.payload).registered for c in issued[:5])


def test_without_a_keys_folder_the_demo_issues_none_and_says_so(ctx: AppContext) -> None:
    summary, _ = ctx.run(lambda uow: fill_demo_college(uow, DemoOptions(learners=30)))
    assert summary["training_certificates"] == 0
    with ctx.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Certificate)) == 0


def test_vocdesk_demo_issues_certificates_that_certificate_verify_accepts(tmp_path: Path) -> None:
    home = tmp_path / "h"
    demo = run_cli(home, "demo", "--learners", "60", "--graduate-cohorts", "0")
    assert demo.returncode == 0, demo.stderr
    summary = json.loads(demo.stdout)
    assert summary["training_certificates"] > 0
    [staff] = [u for u in summary["demo_users"] if u["role"] == "training_staff"]

    def as_staff(*args: str) -> subprocess.CompletedProcess[str]:  # the demo made accounts: sign in as one
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "--home", str(home), "--lang", "en",
                               "--user", staff["username"], *args], capture_output=True, text=True, check=False,
                              timeout=120, env={**os.environ, "VOCDESK_PASSWORD": staff["password"]})
    [database] = list(home.rglob("*.sqlite3"))
    with sqlite3.connect(database) as db:
        number, payload = db.execute("SELECT number, payload FROM training_certificate ORDER BY number").fetchone()
    verified = as_staff("certificate", "verify", payload, "--json")
    assert verified.returncode == 0, verified.stderr
    answer = json.loads(verified.stdout)
    assert (answer["valid"], answer["registered"], answer["number"]) == (True, True, number)
    body = payload.split(".")[1]
    changed = body[:9] + ("A" if body[9] != "A" else "B") + body[10:]
    altered = as_staff("certificate", "verify", payload.replace(body, changed), "--json")
    assert altered.returncode == 1 and json.loads(altered.stdout)["valid"] is False
