"""The areas' manifests: every declared kind, report, command and page is reachable, and nothing is declared twice."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from vocdesk.cli import build_parser
from vocdesk.services.core.area import Area
from vocdesk.services.core.areas import areas, declared_changes
from vocdesk.services.core.changes import Change, Changes
from vocdesk.services.core.permissions import all_permissions
from vocdesk.services.kinds.exports import export_kind, export_kinds
from vocdesk.services.kinds.imports import import_kind, import_kinds
from vocdesk.services.kinds.reports import all_reports

ROOT = Path(__file__).resolve().parents[3]


def test_the_areas_are_the_packages_under_services() -> None:
    assert [a.name for a in areas()] == ["core", "community", "dual", "equipment", "labour", "learners", "packages",
                                         "pdpa", "teachers", "training"]
    folders = sorted(p.name for p in (ROOT / "vocdesk/services").iterdir() if (p / "__init__.py").exists())
    assert folders == ["community", "core", "dual", "equipment", "kinds", "labour", "learners", "packages", "pdpa",
                       "teachers", "training"]


def test_every_import_and_export_kind_loads_and_none_is_declared_twice() -> None:
    assert import_kinds() == ["centre_responses", "demand", "enterprises", "equipment", "facilities", "fixit_jobs",
                              "learners", "logbook",
                              "outcomes", "placements", "purchases", "teachers", "trainees", "trainers"]
    assert sorted(export_kinds()) == ["enterprises", "equipment", "facilities", "fixit_jobs", "learners", "logbook",
                                      "outcomes", "placements", "teachers", "trainees", "trainers"]
    for name in import_kinds():
        kind = import_kind(name)
        assert kind.declaration.kind == name and kind.permission in all_permissions()
        assert kind.changes and all(isinstance(c, Change) for c in kind.changes)
    for name in export_kinds():
        assert export_kind(name).view_permission in all_permissions()


def test_every_declared_report_module_contributes_reports() -> None:
    registry = all_reports()
    for found in areas():
        for module in found.reports:
            from vocdesk.services.core.areas import resolve

            names = [report.name for report in resolve(found, module).PDF_REPORTS]
            assert names, f"{found.name}.{module} declares no PDF_REPORTS"
            assert all(registry.get(name) is not None for name in names)


def test_every_cli_module_is_declared_by_exactly_one_area_and_every_declared_one_is_a_command() -> None:
    on_disk = sorted(p.stem for p in (ROOT / "vocdesk/cli").glob("*_cmd.py"))
    declared = sorted(module for found in areas() for module in found.commands)
    assert declared == on_disk
    parser = build_parser()
    choices = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for module in declared:
        source = (ROOT / "vocdesk/cli" / f"{module}.py").read_text(encoding="utf-8")
        assert "COMMAND = Subcommand(" in source
    assert {"learner", "teacher", "asset", "grant", "package", "rollover", "import", "export", "demo",
            "visit", "logbook", "allowance", "dual"} <= set(choices)


def test_every_page_module_is_declared_by_exactly_one_area_and_listed_for_the_sidebar() -> None:
    from ui.pages import sidebar_entries

    on_disk = sorted(f"{p.parent.name}.{p.stem}" for p in (ROOT / "ui/pages").glob("*/*_page.py"))
    declared = sorted(f"{found.name}.{page}" for found in areas() for page in found.pages)
    assert declared == on_disk
    listed = sorted(f"{found.name}.{module}" for found in areas() if found.pages
                    for module in sidebar_entries(found.name))
    assert listed == on_disk  # each ui/pages/<area>/__init__.py PAGES: no page missing from the sidebar, none extra


def test_each_page_module_is_its_sidebar_entry_with_its_own_page_class() -> None:
    """The sidebar reads key, title, order and permission from PAGES without importing the page; the module's PAGE
    is made from that same entry (`page_of`), with a page class of the module itself as the factory."""
    from ui.pages import declared_entries, page_module_spec

    wrong = []
    for area, entry in declared_entries():
        page = page_module_spec(area, entry.module)
        listed = (entry.key, entry.title(), entry.order, entry.permission)
        own = (page.key, page.title(), page.order, page.permission, getattr(page.factory, "__module__", None))
        if own != (*listed, f"ui.pages.{area}.{entry.module}"):
            wrong.append(f"{area}.{entry.module}: PAGES says {listed}, PAGE is {own}")
    assert len(declared_entries()) > 30 and wrong == []


def test_a_permission_declared_by_two_areas_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import vocdesk.services.core.areas as registry
    import vocdesk.services.core.permissions as permissions

    twice = (Area("core", permissions={"x.view": frozenset({"auditor"})}),
             Area("extra", permissions={"x.view": frozenset({"auditor"})}))
    monkeypatch.setattr(registry, "areas", lambda: twice)
    permissions.all_permissions.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="declared twice"):
            permissions.all_permissions()
    finally:
        permissions.all_permissions.cache_clear()


def test_an_area_cannot_declare_another_areas_change() -> None:
    with pytest.raises(ValueError, match="another area"):
        Area("teachers", changes=(Change("learners", "learners"),))


def test_changes_refuse_plain_strings() -> None:
    with pytest.raises(TypeError):
        Changes(frozenset({"learners"}))  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Changes().touches("learners")  # type: ignore[arg-type]


def _names_passed_to(call: str, folder: Path) -> set[str]:
    """Constant names passed to `.changed(...)` / `.touches(...)` anywhere under `folder` (read from the source);
    for `changed`, also the `changes=(...)` that `apply_edit` / `apply_create` pass on to it."""
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if call == "changed" and isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                    and node.func.id in ("apply_edit", "apply_create"):
                for keyword in node.keywords:
                    if keyword.arg == "changes" and isinstance(keyword.value, ast.Tuple):
                        found.update(n.id for n in keyword.value.elts if isinstance(n, ast.Name))
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == call:
                for arg in node.args:
                    if isinstance(arg, ast.Name):
                        found.add(arg.id)
                    elif isinstance(arg, ast.Starred) and isinstance(arg.value, ast.Tuple | ast.GeneratorExp):
                        found.update(n.id for n in ast.walk(arg.value) if isinstance(n, ast.Name) and n.id.isupper())
    return found


def _declared_names() -> dict[str, Change]:
    import importlib

    names: dict[str, Change] = {}
    for module in ["vocdesk.services.core.changes", *(f"vocdesk.services.{a.name}" for a in areas()[1:])]:
        for name, value in vars(importlib.import_module(module)).items():
            if isinstance(value, Change):
                names[name] = value
    return names


def test_every_change_a_page_listens_for_is_emitted_by_some_service() -> None:
    declared = _names_passed_to("changed", ROOT / "vocdesk")
    emitted = {name.removesuffix("_CHANGED") for name in declared}
    listened = _names_passed_to("touches", ROOT / "ui")
    constants = _declared_names()
    assert listened, "no page listens for anything: the scan is broken"
    assert listened <= set(constants), f"pages listen for names no area declares: {listened - set(constants)}"
    never = sorted(name for name in listened if name not in emitted)
    assert not never, f"pages listen for changes no service emits: {never}"


def test_every_declared_change_is_emitted_somewhere() -> None:
    emitted = {name.removesuffix("_CHANGED") for name in _names_passed_to("changed", ROOT / "vocdesk/services")}
    constants = _declared_names()
    silent = sorted(str(constants[name]) for name in constants if name not in emitted
                    and constants[name] in declared_changes())
    assert not silent, f"declared but never emitted by a service: {silent}"
