"""Build the one-folder VocDesk bundle with build/vocdesk.spec, then prove it works: self-test, info, demo, slimness."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bundle_start import StartFailed, compare_starts
from slim_checks import SlimCheckFailed, check_thai_collation, check_word_documents
from slim_qt import KEPT_TRANSLATION

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "_work"
DIST = WORK / "dist"
BUNDLE = DIST / "vocdesk"
IS_WINDOWS = sys.platform == "win32"
# Windows: vocdesk.exe is windowed (no stdout); vocdesk-cli.exe is the console twin used for every check.
CLI = BUNDLE / ("vocdesk-cli.exe" if IS_WINDOWS else "vocdesk")
DEMO_LEARNERS = 200
TIMEOUT = 300
# Loaded at run time by name or path, so nothing but this list proves they made it in.
NEEDED_FILES = ("newmm_tokenizer/words_th.txt", "uharfbuzz/_harfbuzz*", "python_calamine/*calamine*",
                "psycopg_binary/*psycopg*", "resources/i18n/vocdesk_th.qm",
                "resources/i18n/qtbase_th.qm", "db/env.py", "db/script.py.mako",
                "holidays/locale/th/LC_MESSAGES/TH.mo")
LEFT_OUT = ("Qt6Quick", "Qt6Qml", "Qt6WebEngine", "Qt6Pdf", "VirtualKeyboard", "Qt6Wayland", "libqwayland", "libqgtk3",
            "qmltooling", "Qt6Designer", "numpy", "openblas", "setuptools", "pygments", "libavif", "libwebp",
            "objectify", "_difflib", "isoschematron", "_avx2", "default-docx-template", "oui.dat", "liblcms2",
            "_imagingcms", "metrics_cpp", "_codecs_jp", "libreadline")


class BundleCheckFailed(Exception):
    """A step of the build or of the bundle's checks failed; the message says which and why."""


def build() -> None:
    """Run PyInstaller on the spec, work files and output under build/_work (never the source tree)."""
    shutil.rmtree(BUNDLE, ignore_errors=True)
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--workpath", str(WORK / "pyinstaller"), "--distpath", str(DIST), str(ROOT / "build" / "vocdesk.spec")]
    print("== building:", " ".join(command), flush=True)
    started = time.perf_counter()
    if subprocess.run(command, cwd=ROOT / "build").returncode != 0:
        raise BundleCheckFailed("PyInstaller failed (see its output above)")
    print(f"== built in {time.perf_counter() - started:.0f} s: {BUNDLE}", flush=True)


SIGNED_IN: dict[Path, tuple[str, str]] = {}
"""Per home, the demo administrator the CLI acts as once `demo` has created users (every command then needs one)."""


def remember_demo_administrator(home: Path, demo_output: str) -> None:
    users = json.loads(demo_output).get("demo_users", [])
    admin = next((u for u in users if u.get("role") == "administrator"), None)
    if admin is None:
        raise BundleCheckFailed("demo: no demo administrator in its output")
    SIGNED_IN[home] = (admin["username"], admin["password"])


def user_arguments(home: Path) -> tuple[list[str], dict[str, str]]:
    """`--user NAME` and VOCDESK_PASSWORD for a home that has users; nothing for a fresh one."""
    if home not in SIGNED_IN:
        return [], {}
    name, password = SIGNED_IN[home]
    return ["--user", name], {"VOCDESK_PASSWORD": password}


def run_bundle(args: list[str], home: Path, what: str) -> str:
    """Run the built CLI with a private home, offscreen; return stdout, or fail with its stderr."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("VOCDESK_", "PYTHON"))}
    env.update(QT_QPA_PLATFORM="offscreen", VOCDESK_HOME=str(home), COLUMNS="100")
    user_args, user_env = user_arguments(home)
    args = [*user_args, *args]
    env.update(user_env)
    home.mkdir(parents=True, exist_ok=True)
    try:
        done = subprocess.run([str(CLI), *args], env=env, capture_output=True, text=True, encoding="utf-8",
                              timeout=TIMEOUT, cwd=home)
    except subprocess.TimeoutExpired as error:
        raise BundleCheckFailed(f"{what}: no answer within {TIMEOUT} s") from error
    if done.returncode != 0:
        raise BundleCheckFailed(f"{what}: exit code {done.returncode}\n{done.stdout}\n{done.stderr}")
    print(f"== {what}: OK", flush=True)
    return done.stdout


def check_behaviour() -> None:
    """Self-test the GUI offscreen, then migrate and fill a demo college through the CLI and count what is there."""
    with tempfile.TemporaryDirectory(prefix="vocdesk-bundle-") as scratch:
        home = Path(scratch)
        check_commands(home / "help")
        check_idcard_reader(home / "idcard")
        print(run_bundle(["--self-test"], home / "selftest", "--self-test").strip())
        info = json.loads(run_bundle(["info"], home / "cli", "info"))
        head = _head_revision()
        if info.get("schema_revision") != head:
            raise BundleCheckFailed(f"info: schema revision {info.get('schema_revision')!r}, expected {head!r}")
        demo = run_bundle(["demo", "--learners", str(DEMO_LEARNERS), "--graduate-cohorts", "0"], home / "cli",
                          f"demo --learners {DEMO_LEARNERS}")  # no graduates: the learner count is exact
        remember_demo_administrator(home / "cli", demo)
        counts = json.loads(run_bundle(["info"], home / "cli", "info after demo"))["row_counts"]
        if counts.get("learner") != DEMO_LEARNERS:
            raise BundleCheckFailed(f"demo: the database holds {counts.get('learner')} learners, not {DEMO_LEARNERS}")
        print(f"== demo college in the bundle: {counts['learner']} learners, {counts.get('teacher', 0)} teachers")
        check_excel_round_trip(home / "cli")
        check_pdf_report(home / "cli")
        check_word_documents(lambda args: run_bundle(args, home / "cli", " ".join(args[:2])),
                             lambda args: run_source(args, home / "cli"), home / "cli")
        check_real_window(home / "cli")
        check_postgresql(home / "pg")
        for line in compare_starts(CLI, ROOT, home / "cli", SIGNED_IN[home / "cli"]):
            print(f"== start, {line}", flush=True)


def check_postgresql(home: Path) -> None:
    """With VOCDESK_TEST_PG_URL (CI sets it): migrate and fill a scratch PostgreSQL database through the bundle."""
    admin_url = os.environ.get("VOCDESK_TEST_PG_URL")
    if not admin_url:
        print("== PostgreSQL: skipped (set VOCDESK_TEST_PG_URL, e.g. from .ci/start-postgres.sh)")
        return
    import psycopg
    from sqlalchemy.engine import make_url

    name = f"vocdesk_bundle_{os.getpid()}"
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        demo = run_bundle(["--db", url, "demo", "--learners", str(DEMO_LEARNERS), "--graduate-cohorts", "0"], home,
                          "demo on PostgreSQL")
        remember_demo_administrator(home, demo)
        info = json.loads(run_bundle(["--db", url, "info"], home, "info on PostgreSQL"))
        if (info.get("backend"), info["row_counts"].get("learner")) != ("postgresql", DEMO_LEARNERS):
            raise BundleCheckFailed(f"PostgreSQL: backend {info.get('backend')}, "
                                    f"{info['row_counts'].get('learner')} learners")
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print(f"== PostgreSQL through psycopg in the bundle: migrated, {DEMO_LEARNERS} learners")


def run_source(args: list[str], home: Path) -> None:
    """Run the same command from the source tree on the same home (as the same user), for a comparison."""
    user_args, user_env = user_arguments(home)
    subprocess.run([sys.executable, str(ROOT / "main.py"), "--home", str(home), *user_args, *args], cwd=ROOT,
                   check=True, capture_output=True, env={**os.environ, **user_env})


def check_pdf_report(home: Path) -> None:
    """A Thai PDF from the bundle (ReportLab, uharfbuzz, newmm, Sarabun) reads the same as one from the source."""
    frozen_pdf, source_pdf = home / "bundle.pdf", home / "source.pdf"
    run_bundle(["report", "sample-thai", "--out", str(frozen_pdf)], home, "report sample-thai")
    run_source(["report", "sample-thai", "--out", str(source_pdf)], home)
    data = frozen_pdf.read_bytes()
    if not data.startswith(b"%PDF") or b"Sarabun" not in data:
        raise BundleCheckFailed("report: the bundle's PDF is not a PDF with the Sarabun font embedded")
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        print("== PDF report: written with Sarabun (text not compared: no pdftotext)")
        return
    frozen_text, source_text = (
        subprocess.run([pdftotext, "-layout", str(path), "-"], capture_output=True, text=True, encoding="utf-8",
                       check=True).stdout
        for path in (frozen_pdf, source_pdf)
    )
    if frozen_text != source_text or "ภาษาไทย" not in frozen_text:
        raise BundleCheckFailed("report: the bundle's PDF text differs from the source tree's")
    print(f"== PDF report: Thai text of the bundle's PDF equals the source's ({len(frozen_text)} characters)")


def check_real_window(home: Path) -> None:
    """Linux: open the window on the real X11 (xcb) platform under Xvfb until its first page has painted with data."""
    xvfb = shutil.which("xvfb-run")
    if IS_WINDOWS or xvfb is None:
        print("== real window: skipped (needs Linux with xvfb-run)")
        return
    env = {key: value for key, value in os.environ.items() if not key.startswith(("VOCDESK_", "PYTHON"))}
    env.update(QT_QPA_PLATFORM="xcb", VOCDESK_HOME=str(home), VOCDESK_BENCH_FIRST_PAINT="1")
    if home in SIGNED_IN:  # the benchmark hook signs in through the real dialog as this user
        env.update(VOCDESK_BENCH_USER=SIGNED_IN[home][0], VOCDESK_BENCH_PASSWORD=SIGNED_IN[home][1])
    try:
        done = subprocess.run([xvfb, "-a", "-s", "-screen 0 1280x800x24", str(CLI)], env=env, capture_output=True,
                              text=True, encoding="utf-8", timeout=TIMEOUT, cwd=home)
    except subprocess.TimeoutExpired as error:
        raise BundleCheckFailed(f"real window under Xvfb: no first paint within {TIMEOUT} s") from error
    if done.returncode != 0 or "first_paint" not in done.stdout:
        raise BundleCheckFailed(f"real window under Xvfb (xcb): exit {done.returncode}\n{done.stdout}\n{done.stderr}")
    print("== real window: the xcb platform plugin opened the main window under Xvfb and painted the first page")


def check_commands(home: Path) -> None:
    """Subcommands are discovered from vocdesk.cli.*_cmd at run time: the bundle's --help must equal the source's."""
    frozen = run_bundle(["--help"], home, "--help")
    source = subprocess.run([sys.executable, str(ROOT / "main.py"), "--help"], capture_output=True, text=True,
                            encoding="utf-8", cwd=ROOT, check=True, env={**os.environ, "COLUMNS": "100"}).stdout
    if frozen != source:
        raise BundleCheckFailed(f"--help differs from the source tree's (a subcommand missing?):\n{frozen}")


def check_idcard_reader(home: Path) -> None:
    """pyscard and its native module are in the bundle: `idcard readers` lists readers (exit 0) or says why none
    can be used (exit 2, no PC/SC service or no reader), but never that pyscard itself is missing."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("VOCDESK_", "PYTHON"))}
    home.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([str(CLI), "--lang", "en", "idcard", "readers", "--json"], capture_output=True, text=True,
                          encoding="utf-8", timeout=TIMEOUT, cwd=home, env={**env, "VOCDESK_HOME": str(home)})
    missing = "No module named" in done.stderr or "Traceback" in done.stderr
    if done.returncode not in (0, 2) or missing:
        raise BundleCheckFailed(f"idcard readers: exit code {done.returncode}\n{done.stdout}\n{done.stderr}")
    print(f"== idcard readers: OK (exit {done.returncode}: {done.stdout.strip() or done.stderr.strip()})", flush=True)


def check_excel_round_trip(home: Path) -> None:
    """Export the learners to .xlsx (openpyxl) and read them back with a dry-run import (calamine): all unchanged."""
    workbook = home / "learners.xlsx"
    exported = json.loads(run_bundle(["export", "learners", "--out", str(workbook), "--json"], home, "export learners"))
    if exported.get("rows") != DEMO_LEARNERS or not workbook.is_file():
        raise BundleCheckFailed(f"export: {exported.get('rows')} rows written, expected {DEMO_LEARNERS}")
    checked = json.loads(run_bundle(["import", "learners", str(workbook), "--dry-run", "--json"], home,
                                    "import learners --dry-run"))
    if (checked.get("valid"), checked.get("unchanged"), checked.get("errors")) != (DEMO_LEARNERS, DEMO_LEARNERS, []):
        raise BundleCheckFailed(f"import --dry-run of the export: valid {checked.get('valid')}, unchanged "
                                f"{checked.get('unchanged')}, errors {checked.get('errors')}")
    print(f"== Excel round trip in the bundle: {DEMO_LEARNERS} learners exported and read back unchanged")


def _head_revision() -> str:
    sys.path.insert(0, str(ROOT))
    from vocdesk.persistence.migrate import head_revision

    return head_revision(ROOT / "db")


def check_contents() -> None:
    """The bundle carries every migration and font, and none of the Qt parts the spec leaves out."""
    internal = BUNDLE / "_internal"
    problems = []
    for source in sorted((ROOT / "db" / "versions").glob("*.py")):
        if not (internal / "db" / "versions" / source.name).is_file():
            problems.append(f"migration {source.name} is missing")
    for font in sorted((ROOT / "resources" / "fonts").glob("*.ttf")):
        if not (internal / "resources" / "fonts" / font.name).is_file():
            problems.append(f"font {font.name} is missing")
    for needed in NEEDED_FILES:
        if not any(internal.glob(needed)):
            problems.append(f"{needed} is missing (a dynamic import or data file the spec must declare)")
    for path in internal.rglob("*"):
        name = path.name
        if name.endswith(".qm") and "PySide6" in path.parts and not KEPT_TRANSLATION.match(name):
            problems.append(f"unneeded Qt translation {name}")
        if any(part in name for part in LEFT_OUT):
            problems.append(f"a Qt part the spec leaves out is present: {path.relative_to(internal)}")
    if problems:
        raise BundleCheckFailed("bundle contents:\n  " + "\n  ".join(problems))
    print("== contents: migrations, fonts present; no QML/Quick/WebEngine/PDF/Wayland/virtual keyboard, numpy, "
          "setuptools, pygments, AVIF/WebP, lxml extras, rapidfuzz AVX2 copies, LittleCMS, stdnum databases; "
          "Qt th/en only")


def folder_megabytes(folder: Path) -> float:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink()) / 1e6


def make_zip() -> Path:
    import vocdesk

    platform = "windows" if IS_WINDOWS else sys.platform
    archive = shutil.make_archive(str(WORK / f"vocdesk-{vocdesk.__version__}-{platform}"), "zip", DIST, "vocdesk")
    return Path(archive)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-build", action="store_true", help="check the bundle already in build/_work/dist")
    parser.add_argument("--zip", action="store_true", help="also zip the bundle folder for distribution")
    args = parser.parse_args(argv)
    try:
        if not args.no_build:
            build()
        if not CLI.is_file():
            raise BundleCheckFailed(f"no bundle at {CLI}")
        check_contents()
        check_thai_collation(BUNDLE / "_internal", ROOT)
        check_behaviour()
    except (BundleCheckFailed, SlimCheckFailed, StartFailed) as failure:
        print(f"BUNDLE FAILED: {failure}", file=sys.stderr)
        return 1
    print(f"bundle: {BUNDLE} — {folder_megabytes(BUNDLE):.0f} MB")
    if args.zip:
        archive = make_zip()
        print(f"zip: {archive} — {archive.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
