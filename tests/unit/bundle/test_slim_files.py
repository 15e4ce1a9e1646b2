"""build/slim_files.py: package files the app never reads, and vendored copies of collected libraries."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "build"))
import slim_files


@pytest.mark.parametrize(("dest", "dropped"), [
    ("docx/templates/default-docx-template/word/styles.xml", True),
    ("docx/templates/default.docx", False),
    ("docx/templates/default-styles.xml", False),
    ("stdnum/oui.dat", True),
    ("stdnum/th/tin.py", False),
    ("rapidfuzz/fuzz_cpp_avx2.cpython-311-x86_64-linux-gnu.so", True),
    ("rapidfuzz/distance/metrics_cpp_avx2.cpython-311-x86_64-linux-gnu.so", True),
    ("rapidfuzz/distance/metrics_cpp.cpython-311-x86_64-linux-gnu.so", True),
    ("rapidfuzz/fuzz_cpp.cpython-311-x86_64-linux-gnu.so", False),
    ("rapidfuzz/process_cpp_impl.cpython-311-x86_64-linux-gnu.so", False),
    ("rapidfuzz\\fuzz_cpp_avx2.cp311-win_amd64.pyd", True),
])
def test_which_files_are_left_out(dest: str, dropped: bool) -> None:
    assert (slim_files.unused_reason(dest) is not None) is dropped


def _file(folder: Path, name: str, size: int) -> str:
    path = folder / name
    path.write_bytes(b"\0" * size)
    return str(path)


def test_pillows_libxau_becomes_a_link_to_the_collected_one(tmp_path: Path) -> None:
    binaries = [
        ("libXau.so.6", _file(tmp_path, "libXau.so.6", 100), "BINARY"),
        ("pillow.libs/libXau-154567c4.so.6.0.0", _file(tmp_path, "padded", 2000), "BINARY"),
        ("pillow.libs/libxcb-9065bb12.so.1.1.0", _file(tmp_path, "xcb", 300), "BINARY"),
    ]
    linked, saved = slim_files.link_same_libraries(binaries)
    assert saved == 2000
    assert linked == [binaries[0], ("pillow.libs/libXau-154567c4.so.6.0.0", "../libXau.so.6", "SYMLINK"), binaries[2]]


def test_without_the_collected_library_the_vendored_copy_stays(tmp_path: Path) -> None:
    binaries = [("pillow.libs/libXau-154567c4.so.6.0.0", _file(tmp_path, "padded", 2000), "BINARY")]
    assert slim_files.link_same_libraries(binaries) == (binaries, 0)


def test_dropping_counts_the_bytes_left_out(tmp_path: Path) -> None:
    datas = [("stdnum/oui.dat", _file(tmp_path, "oui.dat", 1234), "DATA"),
             ("stdnum/th/tin.py", _file(tmp_path, "tin.py", 10), "DATA")]
    binaries, kept, saved = slim_files.drop_unused_files([], datas)
    assert (binaries, kept, saved) == ([], [datas[1]], 1234)


def test_pythons_openssl_becomes_a_link_to_psycopgs_newer_copy(tmp_path: Path) -> None:
    binaries = [
        ("libcrypto.so.3", _file(tmp_path, "crypto", 400), "BINARY"),
        ("libssl.so.3", _file(tmp_path, "ssl", 60), "BINARY"),
        ("psycopg_binary.libs/libcrypto-3a0647ea.so.3", _file(tmp_path, "pgcrypto", 500), "BINARY"),
        ("psycopg_binary.libs/libssl-6a9b88ec.so.3", _file(tmp_path, "pgssl", 90), "BINARY"),
    ]
    linked, saved = slim_files.link_same_libraries(binaries)
    assert saved == 460
    assert linked == [("libcrypto.so.3", "psycopg_binary.libs/libcrypto-3a0647ea.so.3", "SYMLINK"),
                      ("libssl.so.3", "psycopg_binary.libs/libssl-6a9b88ec.so.3", "SYMLINK"), *binaries[2:]]
