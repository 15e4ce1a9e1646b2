"""The one test command: ruff, mypy (strict on vocdesk/, ui/, main.py), import-linter, then pytest offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
import time

STATIC_CHECKS = [
    ("ruff", [sys.executable, "-m", "ruff", "check", "."]),
    ("mypy", [sys.executable, "-m", "mypy"]),
    ("import-linter", [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command as c;"
                       " sys.argv=['lint-imports']; c()"]),
]


PARALLEL = ["-n", "auto", "--maxprocesses", "4"]
"""pytest-xdist: one worker per core, at most four (each holds Qt, SQLAlchemy and a test database); tests sharing
the one virtual card reader take turns under a file lock (tests/idcard_virtual/fixtures.py). Arguments given to
`./dev test` come after these, so `-n 0` runs the suite in one process."""


def main(argv: list[str]) -> int:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    failed: list[str] = []
    only_pytest = "--pytest-only" in argv
    pytest_args = [a for a in argv if a != "--pytest-only"]
    if not only_pytest:
        for name, command in STATIC_CHECKS:
            started = time.monotonic()
            result = subprocess.run(command, env=env, check=False)
            print(f"== {name}: {'ok' if result.returncode == 0 else 'FAILED'} ({time.monotonic() - started:.1f} s)",
                  flush=True)
            if result.returncode != 0:
                failed.append(name)
    result = subprocess.run([sys.executable, "-m", "pytest", *PARALLEL, *pytest_args], env=env, check=False)
    if result.returncode != 0:
        failed.append("pytest")
    if failed:
        print(f"== FAILED: {', '.join(failed)}", flush=True)
        return 1
    print("== all checks passed", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
