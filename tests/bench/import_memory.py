"""Peak memory of one learner import, in a process of its own: `python -m tests.bench.import_memory WORKBOOK DIR`
prints `before_kb=N peak_kb=M` (ru_maxrss once the app's modules are imported, and after the committed import)."""

from __future__ import annotations

import resource
import sys
from pathlib import Path


def main(workbook: Path, folder: Path) -> None:
    from tests.bench.bench_import_export import _context
    from vocdesk.services.kinds.imports import import_file

    folder.mkdir()
    ctx = _context(folder)
    import vocdesk.services.learners.import_write  # noqa: F401  (the import's own modules, loaded before measuring)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = import_file(ctx, "learners", workbook, commit=True).report
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if report.errors:
        raise SystemExit(f"the import failed: {report.errors[:3]}")
    print(f"before_kb={before} peak_kb={peak} imported={report.imported}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
