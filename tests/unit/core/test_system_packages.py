"""`./dev` checks the Debian packages it needs: the list's sections, and the one apt-get line for what is missing."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / ".ci" / "system-packages.sh"


def _run(*args: str, package_list: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if package_list is not None:
        env["VOCDESK_PACKAGE_LIST"] = str(package_list)
    return subprocess.run(["bash", str(SCRIPT), *args], capture_output=True, text=True, env=env, timeout=60,
                          check=False)


def test_the_app_needs_qt_and_thai_fonts_but_not_the_test_servers() -> None:
    app = _run("--list", "app").stdout.split()
    everything = _run("--list", "app", "test").stdout.split()
    assert {"libxcb-cursor0", "fonts-thai-tlwg", "libthai0", "pcscd"} <= set(app)
    assert not {"postgresql", "vsmartcard-vpcd", "poppler-utils", "fet"} & set(app)
    assert {"postgresql", "vsmartcard-vpcd", "poppler-utils", "fet"} <= set(everything)
    assert len(everything) == len(set(everything)), "a package listed twice"


@pytest.mark.skipif(shutil.which("dpkg-query") is None, reason="needs dpkg (a Debian-family system)")
def test_missing_packages_are_named_in_one_apt_get_line(tmp_path: Path) -> None:
    listing = tmp_path / "packages.txt"
    listing.write_text("[app]\n# installed everywhere dpkg is\ndpkg\nno-such-package-vocdesk\n[test]\nalso-not-there\n",
                       encoding="utf-8")
    app = _run("--check", "app", package_list=listing)
    assert app.returncode == 1
    assert "sudo apt-get install -y no-such-package-vocdesk\n" in app.stderr and "also-not-there" not in app.stderr
    both = _run("--check", "app", "test", package_list=listing)
    assert "sudo apt-get install -y no-such-package-vocdesk also-not-there" in both.stderr


@pytest.mark.skipif(os.environ.get("VOCDESK_REQUIRE_TOOLS") != "1", reason="CI only: the machine .ci/run set up")
def test_ci_has_every_listed_package() -> None:
    checked = _run("--check", "app", "test")
    assert (checked.returncode, checked.stderr) == (0, "")
