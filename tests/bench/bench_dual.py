"""Benchmarks: every placement rule for 2,000 placements (check_all) against one hand-written SQL query pair that
computes only the trainer-ratio and overlap findings; the six PDFs of one placement against one plain ReportLab
page per document with the same words. Both on the same SQLite database, baselines measured in the same run."""

from __future__ import annotations

import datetime as dt
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

PLACEMENTS, SMOKE_PLACEMENTS = 2000, 300
GOAL_RATIO = 3.0
DOCUMENTS_GOAL = 2.0
REPEATS = 25
DOCUMENT_REPEATS, SMOKE_DOCUMENT_REPEATS = 5, 2
RATIO_SQL = ("SELECT a.id, COUNT(b.id) FROM dual_placement a JOIN dual_placement b ON b.trainer_id = a.trainer_id "
             "AND b.start_date <= a.end_date AND a.start_date <= b.end_date GROUP BY a.id HAVING COUNT(b.id) > 10")
OVERLAP_SQL = ("SELECT a.id, b.id FROM dual_placement a JOIN dual_placement b ON b.learner_id = a.learner_id "
               "AND b.id <> a.id AND b.start_date <= a.end_date AND a.start_date <= b.end_date")


def _born(learner: int, minors_every: int) -> int:
    return 2010 if minors_every and learner % minors_every == 0 else 2005 - learner % 3


def _college(folder: Path, placements: int, minors_every: int = 0) -> Any:
    """Every learner an adult on the dual track by default; with `minors_every` n, every n-th learner is 16 (the
    minors' rules and their shifts are read and checked for them: a ปวช.-heavy college)."""
    from sqlalchemy import insert

    from vocdesk.clock import FixedClock
    from vocdesk.paths import AppPaths
    from vocdesk.persistence.base import Base
    from vocdesk.persistence.database import Database
    from vocdesk.persistence.migrate import upgrade
    from vocdesk.services.core.context import Actor, AppContext

    paths = AppPaths.resolve(folder).ensure()
    db = Database(f"sqlite:///{paths.data_dir / 'vocdesk.sqlite3'}")
    upgrade(db, paths.migrations_dir)
    now, t = dt.datetime(2026, 11, 24, tzinfo=dt.UTC), Base.metadata.tables
    stamp = {"version": 1, "created_at": now, "updated_at": now}
    learners, trainers = placements // 2, max(1, placements // 8)
    with db.engine.begin() as conn:
        conn.execute(insert(t["programme"]), [{"id": 1, "level": "pvs", "type_name_th": "อุตสาหกรรม",
                                               "major_code": "30101", "major_name_th": "เทคนิคเครื่องกล",
                                               "curriculum_year": 2567, **stamp}])
        conn.execute(insert(t["learner"]), [
            {"id": i, "student_code": f"67{i:08d}", "national_id": f"1{i:012d}", "first_name_th": "ผู้เรียน",
             "last_name_th": str(i), "birth_date": dt.date(_born(i, minors_every), 1 + i % 12, 1),
             "level": "pvs", "year": 1,
             "programme_id": 1, "status": "studying", "is_dual": True, **stamp} for i in range(1, learners + 1)])
        conn.execute(insert(t["enterprise"]), [{"id": e, "name_th": f"บริษัท {e} จำกัด", "tax_id": f"{e:013d}",
                                                **stamp} for e in range(1, 41)])
        conn.execute(insert(t["dual_mou"]), [{"id": e, "enterprise_id": e, "start_date": dt.date(2025, 1, 1),
                                              "end_date": dt.date(2029, 12, 31), **stamp} for e in range(1, 41)])
        conn.execute(insert(t["dual_trainer"]), [{"id": k, "enterprise_id": 1 + k % 40, "name": f"ครูฝึก {k}",
                                                  **stamp} for k in range(1, trainers + 1)])
        conn.execute(insert(t["dual_trainer_certificate"]), [
            {"trainer_id": k, "issued_on": dt.date(2024, 1, 1), "valid_until": dt.date(2028, 12, 31)}
            for k in range(1, trainers + 1)])
        rows, shifts = [], []
        for n in range(1, placements + 1):
            learner, second = 1 + (n - 1) // 2, n % 2 == 0
            trainer = 1 + (n - 1) % trainers
            start = dt.date(2027, 5, 17) if second else dt.date(2026, 11, 2)
            rows.append({"id": n, "learner_id": learner, "enterprise_id": 1 + trainer % 40, "mou_id": 1 + trainer % 40,
                         "trainer_id": trainer, "start_date": start, "end_date": start + dt.timedelta(days=150),
                         "semesters": 1, "status": "active", **stamp})
            shifts += [{"placement_id": n, "weekday": d, "start_time": dt.time(8), "end_time": dt.time(17),
                        "break_minutes": 60} for d in range(3)]
        conn.execute(insert(t["dual_placement"]), rows)
        conn.execute(insert(t["dual_shift"]), shifts)
    return AppContext(paths=paths, db=db, clock=FixedClock(), actor=Actor("setup", "administrator"))


def _timed(ours: Any, baseline: Any) -> tuple[float, float, float]:
    """Medians of REPEATS runs of each, the two alternating after one warm-up run each, and the median of the
    ratios of each pair. A pair runs within some 30 ms, so a noisy second of the shared two-core machine lands on both
    of its runs. Medians of three runs of each side in blocks put the minors' case anywhere from 2.6× to 4.3× on one
    commit, and best runs of nine from 1.9× to 3.1× (docs/benchmarks.md, "Round seven full run")."""
    times: tuple[list[float], list[float]] = ([], [])
    for repeat in range(REPEATS + 1):
        for work, into in ((ours, times[0]), (baseline, times[1])):
            started = time.perf_counter()
            work()
            if repeat:
                into.append(time.perf_counter() - started)
    ratios = [mine / theirs for mine, theirs in zip(*times, strict=True)]
    return statistics.median(times[0]), statistics.median(times[1]), statistics.median(ratios)


def _form_lines(form: Any) -> list[str]:
    """Every piece of text of a FormDocument or an OfficialLetter, one string each, as the plain page prints it."""
    from vocdesk.io.forms.model import Fields, FormDocument, Heading, Para, Signatures, Table

    if not isinstance(form, FormDocument):
        return [form.reference, *form.agency, form.subject, form.salutation, *form.body, form.closing,
                form.signer_name, *form.signer_position, *form.contact]
    lines = [form.reference, *form.header, form.title, form.subtitle]
    for block in form.blocks:
        if isinstance(block, Heading | Para):
            lines.append(block.text)
        elif isinstance(block, Fields):
            lines += [f"{label}  {value}" for label, value in block.pairs]
        elif isinstance(block, Table):
            lines += ["  ".join(block.columns), *("  ".join(row) for row in block.rows)]
        elif isinstance(block, Signatures):
            lines += [f"({p.name})  {p.role}" for p in block.people]
    return [line for line in [*lines, *form.notes] if line]


def _plain_pages(forms: list[Any], out: Path, resources: Path) -> float:
    """One ReportLab canvas page per document: its text in Sarabun 16 pt, a line each, unshaped and unwrapped."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from vocdesk.io.pdf.fonts import register_fonts

    font = register_fonts(resources).regular
    started = time.perf_counter()
    for kind, form, _docx in forms:
        page = Canvas(str(out / f"{kind}.pdf"), pagesize=A4)
        page.setFont(font, 16)
        y = A4[1] - 50
        for line in _form_lines(form):
            if y < 50:
                break
            page.drawString(85, y, line[:90])
            y -= 20
        page.showPage()
        page.save()
    return time.perf_counter() - started


def _six_pdfs(ctx: Any, out: Path) -> float:
    """The placement's six PDFs as `vocdesk dual documents` prints them: the placement read, the forms, each PDF
    (one Kit for the set, every file fsync'd, renamed, the folder fsync'd once: documents.write_set)."""
    from vocdesk.services.dual.document_data import placement_data
    from vocdesk.services.dual.documents import placement_forms, write_set

    started = time.perf_counter()
    with ctx.db.read() as session:
        forms = placement_forms(placement_data(session, 1, dt.date(2026, 11, 24)))
    write_set(forms, out, ctx.paths.resources_dir, docx=False)
    return time.perf_counter() - started


def _documents(ctx: Any, smoke: bool) -> dict[str, Any]:
    """Best of alternating runs of each (a shared machine's noise only adds time); the first run warms both up."""
    from vocdesk.services.dual.document_data import placement_data
    from vocdesk.services.dual.documents import placement_forms, write_documents

    with ctx.db.read() as session:
        forms = placement_forms(placement_data(session, 1, dt.date(2026, 11, 24)))
    with tempfile.TemporaryDirectory(prefix="vocdesk-bench-docs-") as folder:
        ours_dir, base_dir = Path(folder, "ours"), Path(folder, "plain")
        ours_dir.mkdir()
        base_dir.mkdir()
        seconds = baseline = float("inf")
        for _ in range(1 + (SMOKE_DOCUMENT_REPEATS if smoke else DOCUMENT_REPEATS)):
            baseline = min(baseline, _plain_pages(forms, base_dir, ctx.paths.resources_dir))
            seconds = min(seconds, _six_pdfs(ctx, ours_dir))
        pdfs = sorted(p.name for p in ours_dir.glob("*.pdf"))
        started = time.perf_counter()
        written = write_documents(ctx, "P1", Path(folder, "set"))
        whole_set = time.perf_counter() - started
    return {"name": "dual_six_documents_one_placement", "seconds": round(seconds, 4),
            "baseline_seconds": round(baseline, 4), "ratio": round(seconds / baseline, 3), "goal": DOCUMENTS_GOAL,
            "documents": pdfs, "whole_set_seconds": round(whole_set, 4), "whole_set_files": len(written),
            "note": "six shaped, wrapped PDFs vs six plain one-page canvases with the same text"}


def _rules(temp: Path, count: int, minors_every: int) -> tuple[Any, dict[str, Any]]:
    from vocdesk.services.dual.check_all import check_all

    ctx = _college(temp, count, minors_every)
    findings = ctx.run(lambda uow: check_all(uow))[0]
    conn = sqlite3.connect(ctx.paths.data_dir / "vocdesk.sqlite3")
    ours, base, ratio = _timed(lambda: ctx.run(lambda uow: check_all(uow)),
                               lambda: (conn.execute(RATIO_SQL).fetchall(), conn.execute(OVERLAP_SQL).fetchall()))
    conn.close()
    suffix = f"_minors_1_in_{minors_every}" if minors_every else ""
    return ctx, {"name": f"dual_rules_{count}_placements{suffix}", "seconds": ours, "baseline_seconds": base,
                 "ratio": ratio, "ratio_of_medians": ours / base, "goal": GOAL_RATIO, "placements": count,
                 "findings": sum(len(f) for f in findings.values()),
                 "note": f"every rule (check_all) vs SQL for ratio and overlap only; median of {REPEATS} paired ratios"}


def run(smoke: bool) -> list[dict[str, Any]]:
    count = SMOKE_PLACEMENTS if smoke else PLACEMENTS
    with tempfile.TemporaryDirectory(prefix="vocdesk-bench-dual-") as temp:
        ctx, adults = _rules(Path(temp, "adults"), count, 0)
        documents = _documents(ctx, smoke)
        ctx.db.dispose()
        mixed_ctx, mixed = _rules(Path(temp, "minors"), count, 4)
        mixed_ctx.db.dispose()
    return [adults, mixed, documents]
