"""Which Qt files a VocDesk bundle keeps: the plugins and translations a Widgets app on Windows/Linux needs."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

# PySide6 modules VocDesk does not use; excluding them stops hooks from pulling their libraries in. One that our own
# source names (see `excluded_modules`) stays in, so a new `from PySide6 import QtNetwork` cannot break the bundle.
UNUSED_QT_MODULES = [
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuick3D",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtQmlFeatures",
    "PySide6.QtNetwork",
    "PySide6.QtTest",
]

# Python modules that must never ride along: development tools, test suites, unused GUI toolkits.
EXCLUDED_TOOLS = [
    "tkinter",
    "PySide6.scripts",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "importlinter",
    "PyInstaller",
    "IPython",
    "matplotlib",
    "pandas.plotting",
    "pandas.tests",
    "numpy.tests",
    "sqlalchemy.testing",
    # The ORDS tests' validator (a dev dependency): the app never imports it; listed so no hook can pull it in.
    "frictionless",
    # Pulled in only by optional imports the app never takes (openpyxl and reportlab try numpy; pandas, which the
    # app does not bundle, needs it); together about 40 MB of the one-folder bundle, mostly OpenBLAS.
    "numpy",
    # Pulled in by tooling paths (setuptools' vendored packages, pkg_resources, a help pager's syntax colouring).
    "setuptools",
    "pkg_resources",
    "distutils",
    "pygments",
    "pydoc_data",
    # Pillow's AVIF and WebP codecs (about 6 MB of libraries): reports embed PNG and JPEG only.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL._webp",
    "PIL.WebPImagePlugin",
    # Pillow's colour management (LittleCMS, 0.5 MB): only Image.convert to or from LAB asks for it; Tk is excluded.
    "PIL.ImageCms",
    "PIL._imagingcms",
    "PIL.ImageTk",
    "PIL._imagingtk",
    # lxml beyond lxml.etree (python-docx needs only etree): objectify, the HTML tools, Schematron, SAX, about 4 MB;
    # python-stdnum's Dominican NCF check would import lxml.html, but the app validates Thai numbers only.
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.sax",
    "lxml.cssselect",
    "lxml.doctestcompare",
    "lxml.usedoctest",
    # The line editor of an interactive prompt (and libreadline, libtinfo): the CLI's only typed answers (getpass's
    # password, backup restore's "yes") are read by input() and getpass, which work without it.
    "readline",
    # Python's Chinese, Japanese and Korean codecs (0.9 MB): VocDesk reads UTF-8, UTF-16 and Thai code pages (cp874,
    # tis-620, which are plain charmaps); a CJK name now answers "unknown encoding" instead.
    "_codecs_cn",
    "_codecs_hk",
    "_codecs_iso2022",
    "_codecs_jp",
    "_codecs_kr",
    "_codecs_tw",
    "_multibytecodec",
]

_QT_NAME = re.compile(r"\bQt[A-Z][A-Za-z0-9]+\b")


def excluded_modules(root: Path) -> list[str]:
    """EXCLUDED_TOOLS plus each unused Qt module that no file of main.py, ui/ or vocdesk/ mentions."""
    sources = [root / "main.py", *sorted((root / "ui").rglob("*.py")), *sorted((root / "vocdesk").rglob("*.py"))]
    mentioned: set[str] = set()
    for source in sources:
        mentioned.update(_QT_NAME.findall(source.read_text(encoding="utf-8")))
    unused = [name for name in UNUSED_QT_MODULES if name.removeprefix("PySide6.") not in mentioned]
    return EXCLUDED_TOOLS + unused


# Plugin folder → file-name stems to keep (name minus "lib" and extension: libqxcb.so, qwindows.dll).
# Anything in another folder (QML tooling, Wayland, EGL, SQL drivers, TLS, designer, virtual keyboard…) is dropped.
KEPT_PLUGINS: dict[str, tuple[str, ...]] = {
    "platforms": ("qxcb", "qoffscreen", "qwindows", "qminimal"),
    "platformthemes": ("qxdgdesktopportal",),  # not qgtk3: it would drag GTK, cairo and pango into the bundle
    "platforminputcontexts": ("composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"),
    "xcbglintegrations": ("qxcb-glx-integration", "qxcb-egl-integration"),
    "imageformats": ("qsvg", "qico", "qjpeg", "qgif"),
    "iconengines": ("qsvgicon",),
    "styles": ("qmodernwindowsstyle", "qwindowsvistastyle"),
    "printsupport": ("cupsprintersupport", "windowsprintersupport"),
}

# Qt's own translations: only Thai and English (Qt ships no qtbase_th today; kept if a later Qt adds it).
KEPT_TRANSLATION = re.compile(r"^qt(base)?_(th|en)\.qm$")

# Qt libraries that only excluded modules or dropped plugins need; one stays when its PySide6 module was collected.
DROPPED_LIBRARY = re.compile(
    r"Qt6(EglFs|Qml|Quick|WebEngine|WebChannel|WebSockets|Pdf|VirtualKeyboard|Wayland|WlShell|EglFS|Designer|Help|Labs|"
    r"Lottie|ShaderTools|3D|Sql|Test|UiTools|OpenGL|Concurrent|Xml|Network)[A-Za-z0-9]*",
)
_PYSIDE_MODULE = re.compile(r"^(Qt[A-Za-z0-9]+)\.(abi3\.so|pyd)$")


def _plugin_parts(dest: str) -> tuple[str, str] | None:
    """('platforms', 'libqxcb.so') inside Qt's plugins (PySide6/Qt/plugins on Linux, PySide6/plugins on Windows)."""
    parts = dest.replace("\\", "/").split("/")
    if "plugins" not in parts:
        return None
    index = parts.index("plugins")
    if index == 0 or parts[index - 1].lower() not in ("qt", "qt6", "pyside6") or len(parts) < index + 3:
        return None
    return parts[index + 1], parts[-1]


def collected_qt_modules(dests: Iterable[str]) -> set[str]:
    """Names like 'QtWidgets' of the PySide6 extension modules present in a bundle."""
    found = set()
    for dest in dests:
        parts = dest.replace("\\", "/").split("/")
        match = _PYSIDE_MODULE.match(parts[-1])
        if match and len(parts) >= 2 and parts[-2] == "PySide6":
            found.add(match.group(1))
    return found


def keep_qt_file(dest: str, modules: set[str]) -> bool:
    """Decide for one bundle destination path whether it belongs in the slim bundle (`modules`: collected ones)."""
    parts = dest.replace("\\", "/").split("/")
    name = parts[-1]
    plugin = _plugin_parts(dest)
    if plugin is not None:
        folder, file_name = plugin
        stem = file_name.split(".")[0].removeprefix("lib")
        return stem in KEPT_PLUGINS.get(folder, ())
    if "translations" in parts and name.endswith(".qm") and "PySide6" in parts:
        return bool(KEPT_TRANSLATION.match(name))
    library = DROPPED_LIBRARY.search(name)
    if library and ("PySide6" in parts or name.startswith(("libQt6", "Qt6"))):
        return "Qt" + library.group(0).removeprefix("Qt6") in modules
    return True


Entry = tuple[str, str, str]  # PyInstaller TOC entry: (destination, source, kind)


def _base(dest: str) -> str:
    return dest.replace("\\", "/").rsplit("/", 1)[-1].lower()


def _closure(roots: Iterable[Entry], by_name: dict[str, Entry], imports_of: Callable[[str], Iterable[str]]) -> set[str]:
    """Names of every bundled library reachable from `roots` through link-time imports."""
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        _dest, source, _kind = stack.pop()
        for name in imports_of(source):
            key = _base(name)
            if key in by_name and key not in seen:
                seen.add(key)
                stack.append(by_name[key])
    return seen


def slim_bundle(
    binaries: Iterable[Entry], datas: Iterable[Entry], imports_of: Callable[[str], Iterable[str]]
) -> tuple[list[Entry], list[Entry]]:
    """Drop unneeded Qt files, then the libraries only they needed (GTK for qgtk3…), then symlinks left dangling.

    `imports_of(path)` names the shared libraries a binary links against (PyInstaller's bindepend.get_imports).
    """
    binaries, datas = list(binaries), list(datas)
    modules = collected_qt_modules(dest for dest, _source, _kind in binaries)
    kept = [entry for entry in binaries if keep_qt_file(entry[0], modules)]
    dropped = [entry for entry in binaries if not keep_qt_file(entry[0], modules)]
    by_name = {_base(entry[0]): entry for entry in binaries}
    # A kept file is a root if it was collected for its own sake: an extension, a plugin, or nothing dropped needs it.
    needed_by_dropped = _closure(dropped, by_name, imports_of)
    roots = [
        entry for entry in kept
        if entry[2] == "EXTENSION" or _plugin_parts(entry[0]) or _base(entry[0]) not in needed_by_dropped
    ]
    live = {_base(entry[0]) for entry in roots} | _closure(roots, by_name, imports_of)
    binaries = [entry for entry in kept if _base(entry[0]) in live]
    datas = [entry for entry in datas if keep_qt_file(entry[0], modules)]
    present = {_path(entry[0]) for entry in binaries + datas if entry[2] != "SYMLINK"}
    datas = [entry for entry in datas if entry[2] != "SYMLINK" or _path(entry[1]) in present]
    return binaries, datas


def _path(dest: str) -> str:
    return dest.replace("\\", "/")
