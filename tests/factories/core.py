"""The crash-safety harness: a forking writer (Zygote), fresh databases and what a check found."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from vocdesk.paths import AppPaths
from vocdesk.persistence.audit_chain import verify_chain
from vocdesk.persistence.database import Database
from vocdesk.persistence.migrate import upgrade

ROOT = Path(__file__).resolve().parents[2]


# A "zygote" process imports VocDesk once, then forks one writer per trial (a fresh interpreter per trial would
# spend a second importing). Each writer's unit of work adds a department, a matching setting and an audit record,
# and prints "ACK <code>" as the acknowledgement: after commit returns ("after") or, in the deliberately broken
# control, before it ("before"). The zygote prints "PID <pid>" for each writer and "END" once it has died.
ZYGOTE = r"""
import os, sys
from vocdesk.clock import SystemClock
from vocdesk.paths import AppPaths
from vocdesk.persistence.database import Database
from vocdesk.persistence.models import Department, Setting
from vocdesk.services.core.context import Actor, AppContext


def write_forever(url, tag, ack, home):
    ctx = AppContext(paths=AppPaths.resolve(home), db=Database(url), clock=SystemClock(),
                     actor=Actor("writer", "administrator"))
    number = 0
    while True:
        number += 1
        code = f"{tag}-{number}"
        if ack == "before":
            os.write(1, f"ACK {code}\n".encode())

        def action(uow, code=code):
            uow.session.add(Department(code=code, name_th="แผนก " + code))
            uow.session.add(Setting(key="crash." + code, value_json="1"))
            uow.audit("department.create", "department", code, {"code": [None, code]})

        ctx.run(action)
        if ack == "after":
            os.write(1, f"ACK {code}\n".encode())


for command in sys.stdin:
    url, tag, ack, home = command.split()
    pid = os.fork()
    if pid == 0:
        try:
            write_forever(url, tag, ack, home)
        finally:
            os._exit(1)
    os.write(1, f"PID {pid}\n".encode())
    os.waitpid(pid, 0)
    os.write(1, b"END\n")
"""


class Zygote:
    """One long-lived helper process that forks writer processes for us to kill."""

    def __init__(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.process = subprocess.Popen([sys.executable, "-c", ZYGOTE], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        text=True, env=env, cwd=ROOT)

    def line(self) -> str:
        assert self.process.stdout is not None
        text = self.process.stdout.readline()
        if not text:
            raise AssertionError("the writer helper died")
        return text

    def kill_one_writer(self, db_file: Path, tag: str, ack: str, home: Path, rng: random.Random) -> list[str]:
        """Start a writer, wait until it is committing, SIGKILL it at a random moment; return its complete ACKs."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"sqlite:///{db_file} {tag} {ack} {home}\n")
        self.process.stdin.flush()
        pid = int(self.line().split()[1])
        lines = [self.line()]  # the first acknowledgement: the writer is in its loop
        time.sleep(rng.uniform(0.0, 0.03))
        os.kill(pid, signal.SIGKILL)
        while (text := self.line()) != "END\n":
            lines.append(text)
        return [text.split()[1] for text in lines if text.startswith("ACK ") and text.endswith("\n")]

    def writing_while(self, db_file: Path, home: Path, work: Callable[[], None]) -> list[str]:
        """Run `work` while a writer commits continuously, then kill the writer; return its ACKs."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"sqlite:///{db_file} live after {home}\n")
        self.process.stdin.flush()
        pid = int(self.line().split()[1])
        lines = [self.line()]
        try:
            work()
        finally:
            os.kill(pid, signal.SIGKILL)
        while (text := self.line()) != "END\n":
            lines.append(text)
        return [text.split()[1] for text in lines if text.startswith("ACK ") and text.endswith("\n")]

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)
        if self.process.stdout is not None:
            self.process.stdout.close()


@dataclass
class Findings:
    """What reopening after the kills found."""

    lost: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    acknowledged: int = 0
    kills: int = 0


def check_database(db_file: Path, acknowledged: list[str], findings: Findings) -> None:
    """Reopen like a fresh start would: integrity, every acknowledged id present, invariants, audit chain."""
    conn = sqlite3.connect(db_file)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            findings.problems.append(f"integrity: {verdict}")
        codes = {row[0] for row in conn.execute("SELECT code FROM department")}
        settings = {row[0].removeprefix("crash.") for row in conn.execute(
            "SELECT key FROM setting WHERE key LIKE 'crash.%'")}
        audited = {row[0] for row in conn.execute(
            "SELECT entity_id FROM audit_event WHERE action = 'department.create'")}
    finally:
        conn.close()
    findings.lost.extend(code for code in acknowledged if code not in codes)
    findings.acknowledged += len(acknowledged)
    if not codes == settings == audited:
        findings.problems.append("a unit of work was half applied")
    db = Database(f"sqlite:///{db_file}")
    try:
        with db.read() as session:
            problem = verify_chain(session)
            if problem is not None:
                findings.problems.append(f"audit chain: {problem}")
    finally:
        db.dispose()


def fresh_database(folder: Path, name: str) -> Path:
    db_file = folder / f"{name}.sqlite3"
    db = Database(f"sqlite:///{db_file}")
    upgrade(db, AppPaths.resolve(folder).migrations_dir)
    db.dispose()
    return db_file
