"""`fixit point-export` on the point's laptop and `fixit point-merge` at the college, with the package key."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.factories.community import people
from tests.integration.community.test_fixit_cli import ok, run_cli
from vocdesk.bootstrap import open_app
from vocdesk.paths import AppPaths

POINT = ("fixit", "point", "add", "--code", "HY1", "--name", "จุดซ่อมหาดใหญ่", "--kind", "flood_relief", "--start",
         "2568-11-29", "--end", "2568-12-03")


def test_the_laptops_file_merges_once_and_a_changed_byte_is_refused(tmp_path: Path) -> None:
    college, laptop = tmp_path / "college", tmp_path / "laptop"
    secret = tmp_path / "passphrase.txt"
    secret.write_text("กุญแจวิทยาลัย 2569\n", encoding="utf-8")
    for home in (college, laptop):
        opened = open_app(str(home))
        people(opened.context, "6620001")
        opened.context.db.dispose()
        ok(home, *POINT)
    assert run_cli(college, "package", "keygen", "--passphrase-file", str(secret)).returncode == 0
    shutil.copytree(AppPaths.resolve(college).keys_dir, AppPaths.resolve(laptop).keys_dir, dirs_exist_ok=True)
    for owner in ("นางมาลี ศรีสุข", "นายสมชาย ใจดี"):
        ok(laptop, "fixit", "job", "add", "--point", "HY1", "--owner", owner, "--category", "motorcycle",
           "--problem", "รถจมน้ำ", "--received", "2568-11-30")
    out = tmp_path / "HY1.json"
    exported = ok(laptop, "fixit", "point-export", "HY1", "--out", str(out), "--passphrase-file", str(secret))
    assert exported == {"point": "HY1", "jobs": 2, "file": str(out), "signature": f"{out}.minisig"}

    assert ok(college, "fixit", "point-merge", str(out)) == {"point": "HY1", "jobs": 2, "parts": 0, "minutes": 0,
                                                             "shifts": 0}
    assert ok(college, "fixit", "point-merge", str(out))["jobs"] == 0  # type: ignore[index]
    listed = ok(college, "fixit", "job", "list", "--point", "HY1")
    assert sorted(j["owner_name"] for j in listed) == ["นางมาลี ศรีสุข", "นายสมชาย ใจดี"]  # type: ignore[union-attr,index]

    data = bytearray(out.read_bytes())
    data[data.index(b'"jobs"') + 1] ^= 0x20  # one changed byte
    out.write_bytes(bytes(data))
    refused = run_cli(college, "fixit", "point-merge", str(out), "--json")
    assert refused.returncode == 1, refused.stderr
    answer = json.loads(refused.stdout)
    assert answer["refused"] == "community.point_file_refused" and "nothing written" in answer["message_en"]
