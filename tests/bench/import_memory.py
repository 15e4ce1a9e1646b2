"""Peak memory of one learner import, in a process of its own: `python -m tests.bench.import_memory WORKBOOK DIR`
prints `before_kb=N peak_kb=M` (peak resident memory once the app's modules are imported, and after the import)."""

from __future__ import annotations

import resource
import sys
from pathlib import Path


def peak_kb() -> int:
    """This process's peak resident set. Linux keeps `ru_maxrss` across exec (a child started by a big parent
    reports the parent's peak), so read the kernel's per-process high-water mark, VmHWM, where there is one."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main(workbook: Path, folder: Path) -> None:
    from tests.bench.bench_import_export import _context
    from vocdesk.services.kinds.imports import import_file

    folder.mkdir()
    ctx = _context(folder)
    import vocdesk.services.learners.import_write  # noqa: F401  (the import's own modules, loaded before measuring)
    before = peak_kb()
    report = import_file(ctx, "learners", workbook, commit=True).report
    peak = peak_kb()
    if report.errors:
        raise SystemExit(f"the import failed: {report.errors[:3]}")
    print(f"before_kb={before} peak_kb={peak} imported={report.imported}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
