"""The certificates' public keys are a typed setting: a malformed stored value is the setting's error, never ignored."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.factories.training_courses import course_with_run, enrolled
from vocdesk.domain.training_certificate import CertificateClaim, payload
from vocdesk.messages import describe
from vocdesk.persistence.models import Setting
from vocdesk.services.core.backups import database_check
from vocdesk.services.core.context import AppContext
from vocdesk.services.core.setting_registry import spec_for
from vocdesk.services.core.setting_spec import SettingInvalid
from vocdesk.services.core.settings import setting
from vocdesk.services.training.attendance import mark
from vocdesk.services.training.certificates import PUBLIC_KEYS, certificates, issue_certificates, verify_payload

KEY = "training.certificate_public_key"


def _store_raw(ctx: AppContext, raw_json: str) -> None:
    """As if edited outside VocDesk: no validation on the way in."""
    with ctx.db.engine.begin() as conn:
        conn.execute(Setting.__table__.delete().where(Setting.__table__.c.key == KEY))
        conn.execute(Setting.__table__.insert().values(key=KEY, value_json=raw_json))


def _issued_payload(ctx: AppContext) -> str:
    key = course_with_run(ctx)
    [one] = enrolled(ctx, key, 1)
    for day in (dt.date(2026, 12, 12), dt.date(2026, 12, 19)):
        ctx.run(lambda uow, day=day: mark(uow, key, day, [one]))  # type: ignore[misc]
    ctx.run(lambda uow: issue_certificates(uow, ctx.paths.keys_dir, key, "นายวิชัย ใจกล้า", "ผู้อำนวยการ"))
    with ctx.db.read() as session:
        return certificates(session, ctx.actor, key)[0].payload


def test_the_key_is_declared_by_the_training_area_and_issuing_stores_a_valid_value(ctx: AppContext) -> None:
    assert spec_for(KEY) is PUBLIC_KEYS
    payload = _issued_payload(ctx)
    with ctx.db.read() as session:
        stored = setting(session, PUBLIC_KEYS)
        assert len(stored) == 1 and all(len(raw) == 64 for raw in stored.values())
        assert verify_payload(session, payload).registered
    assert database_check(ctx).setting_problems == ()


@pytest.mark.parametrize(("raw", "code"), [
    ('["a", "b"]', "setting_wrong_type"),
    ('{"0123456789abcdef": "not a key"}', "setting_rule"),
    ("{broken", "setting_not_json"),
])
def test_a_malformed_stored_value_stops_verify_and_issue_with_the_setting_error(ctx: AppContext, raw: str,
                                                                                code: str) -> None:
    payload = _issued_payload(ctx)
    _store_raw(ctx, raw)
    with ctx.db.read() as session, pytest.raises(SettingInvalid) as caught:
        verify_payload(session, payload)
    assert (caught.value.code, caught.value.params["key"]) == (code, KEY)
    assert KEY in describe(caught.value, "en")
    [problem] = database_check(ctx).setting_problems
    assert (problem.key, problem.code) == (KEY, code)


def test_a_key_filed_under_another_keys_id_is_refused(ctx: AppContext) -> None:
    payload = _issued_payload(ctx)
    with ctx.db.read() as session:
        [(kid, raw)] = setting(session, PUBLIC_KEYS).items()
    _store_raw(ctx, json.dumps({"ffffffffffffffff": raw}))
    with ctx.db.read() as session, pytest.raises(SettingInvalid) as caught:
        verify_payload(session, payload)
    assert caught.value.code == "setting_rule" and "key id" in caught.value.params["detail"]
    assert kid != "ffffffffffffffff"


def test_the_command_says_bad_input_not_an_altered_payload_when_the_setting_is_broken(tmp_path: Path) -> None:
    import sqlite3

    from tests.integration.training.test_training_cli import run_cli

    home = tmp_path / "h"
    claim = CertificateClaim("CERT-2569-00001", "สมหญิง ใจดี", "WELD01 ช่างเชื่อม", 6, "2026-12-20", "1234567890",
                             "0123456789abcdef")
    text = payload(claim, b"\x00" * 64)  # well formed, signed by a key this college does not know
    altered = run_cli(home, "certificate", "verify", text, "--json")
    assert altered.returncode == 1 and json.loads(altered.stdout)["valid"] is False
    [path] = list(home.rglob("*.sqlite3"))
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO setting (key, value_json) VALUES (?, ?)", (KEY, '["a"]'))
    broken = run_cli(home, "certificate", "verify", text, "--json")
    assert broken.returncode == 2 and KEY in broken.stderr
