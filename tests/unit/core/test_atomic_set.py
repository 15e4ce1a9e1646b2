"""Writing a document set at once: all files appear, or none of them and no temporary file is left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vocdesk.io.atomic import write_set_atomic


def test_a_set_replaces_old_files_and_leaves_nothing_else(tmp_path: Path) -> None:
    (tmp_path / "contract.pdf").write_bytes(b"old")
    write_set_atomic({tmp_path / "contract.pdf": b"%PDF new", tmp_path / "sub" / "plan.pdf": b"%PDF plan"})
    assert (tmp_path / "contract.pdf").read_bytes() == b"%PDF new"
    assert (tmp_path / "sub" / "plan.pdf").read_bytes() == b"%PDF plan"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["contract.pdf", "plan.pdf", "sub"]


def test_a_file_that_cannot_be_written_leaves_the_whole_set_unwritten(tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "contract.pdf").write_bytes(b"old")
    real_fsync, calls = os.fsync, []

    def failing_second(descriptor: int) -> None:
        calls.append(descriptor)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", failing_second)
    with pytest.raises(OSError):
        write_set_atomic({tmp_path / "contract.pdf": b"%PDF new", tmp_path / "plan.pdf": b"%PDF plan"})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contract.pdf"]
    assert (tmp_path / "contract.pdf").read_bytes() == b"old"
