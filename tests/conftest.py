"""Shared fixtures: offscreen Qt, a fresh VocDesk home, and databases on SQLite and PostgreSQL."""

from __future__ import annotations

import os

# Qt aborts without a display unless told to draw offscreen; this must happen before Qt is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DBAPIError

from vocdesk.clock import FixedClock
from vocdesk.paths import AppPaths
from vocdesk.persistence.database import Database
from vocdesk.persistence.migrate import upgrade
from vocdesk.services.core.context import Actor, AppContext

pytest_plugins = ["tests.idcard_virtual.fixtures"]  # the virtual Thai ID card under pcscd, for any test

PG_ENV = "VOCDESK_TEST_PG_URL"
REQUIRE_PG_ENV = "VOCDESK_REQUIRE_PG"
REQUIRE_TOOLS_ENV = "VOCDESK_REQUIRE_TOOLS"
# skip reasons that mean "a tool the CI machine must have is missing", not "this test does not apply here"
MISSING_TOOL_REASONS = ("minisign not installed", "poppler-utils", "PostgreSQL not configured")

# CI machines are slow and shared: no per-example deadline there (a slow example is not a wrong one)
settings.register_profile("ci", deadline=None, suppress_health_check=[HealthCheck.too_slow])
if os.environ.get("CI") == "true":
    settings.load_profile("ci")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """With VOCDESK_REQUIRE_TOOLS=1 a test skipped for a missing minisign, poppler or PostgreSQL fails instead."""
    report = yield
    if os.environ.get(REQUIRE_TOOLS_ENV) == "1" and report.skipped and isinstance(report.longrepr, tuple):
        reason = str(report.longrepr[2])
        if any(marker in reason for marker in MISSING_TOOL_REASONS):
            report.outcome = "failed"
            report.longrepr = f"{REQUIRE_TOOLS_ENV}=1 but a required tool is missing: {reason}"
    return report


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh VOCDESK_HOME so no test touches the real user folders."""
    folder = tmp_path / "home"
    monkeypatch.setenv("VOCDESK_HOME", str(folder))
    monkeypatch.delenv("VOCDESK_DB_URL", raising=False)
    return folder


@pytest.fixture
def paths(home: Path) -> AppPaths:
    return AppPaths.resolve(home).ensure()


def _postgres_admin_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url and os.environ.get(REQUIRE_PG_ENV):
        pytest.fail(f"{REQUIRE_PG_ENV} is set but {PG_ENV} is not: PostgreSQL tests cannot run")
    return url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A brand-new PostgreSQL database for one test, dropped afterwards."""
    admin_url = _postgres_admin_url()
    if not admin_url:
        pytest.skip(f"PostgreSQL not configured ({PG_ENV} unset)")
    name = f"vd_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url.replace("postgresql://", "postgresql+psycopg://", 1),
                          isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base, _, _ = admin_url.rpartition("/")
    try:
        yield f"{base}/{name}"
    finally:
        try:
            _drop_database(admin, name)
        finally:
            admin.dispose()  # an engine left open would warn later, inside some other test


def _drop_database(admin: Engine, name: str) -> None:
    """Drop a test database. A plain DROP makes PostgreSQL cancel autovacuum workers itself; FORCE ends the test's
    own leftover sessions but may not end a superuser's autovacuum worker, so both are tried, a few times."""
    for attempt in range(40):
        for statement in (f'DROP DATABASE IF EXISTS "{name}"', f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'):
            try:
                with admin.connect() as conn:
                    conn.execute(text(statement))
                return
            except DBAPIError:
                if attempt == 39 and "FORCE" in statement:
                    raise  # a database that cannot be dropped is reported, not ignored
        time.sleep(0.25)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each database test runs on SQLite and on a real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'test.sqlite3'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


@pytest.fixture
def database(db_url: str, paths: AppPaths) -> Iterator[Database]:
    db = Database(db_url)
    upgrade(db, paths.migrations_dir)
    yield db
    db.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def ctx(database: Database, paths: AppPaths, clock: FixedClock) -> AppContext:
    return AppContext(paths=paths, db=database, clock=clock, actor=Actor("tester", "administrator"))
