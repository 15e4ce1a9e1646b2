"""Every coded error the core can raise has a Thai and an English text in the message catalogue."""

from __future__ import annotations

import ast
from pathlib import Path

from vocdesk.messages import catalogue

VOCDESK = Path(__file__).resolve().parents[3] / "vocdesk"


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _error_classes(trees: list[ast.Module]) -> dict[str, str | None]:
    """Class name -> its class-level default code (None: inherits), for VocDeskError and every subclass."""
    classes: dict[str, tuple[list[str], str | None]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                code = next((stmt.value.value for stmt in node.body
                             if isinstance(stmt, (ast.Assign, ast.AnnAssign)) and isinstance(stmt.value, ast.Constant)
                             and isinstance(stmt.value.value, str)
                             and any(_name(t) == "code" for t in
                                     (stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]))), None)
                classes[node.name] = ([n for n in map(_name, node.bases) if n], code)
    errors: dict[str, str | None] = {"VocDeskError": classes["VocDeskError"][1]}
    grew = True
    while grew:
        grew = False
        for name, (bases, code) in classes.items():
            if name not in errors and any(base in errors for base in bases):
                errors[name], grew = code, True
    return errors


def _raised_codes() -> dict[str, str]:
    """Code -> where it is first seen, from class defaults and from literal codes passed to an error class."""
    paths = sorted(VOCDESK.rglob("*.py"))
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in paths]
    errors = _error_classes(trees)
    codes = {code: f"class {name}" for name, code in errors.items() if code}
    for path, tree in zip(paths, trees, strict=True):
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _name(node.func) in errors:
                literal = [a for a in node.args[:1] if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                literal += [k.value for k in node.keywords if k.arg == "code" and isinstance(k.value, ast.Constant)
                            and isinstance(k.value.value, str)]
                for arg in literal:
                    assert isinstance(arg, ast.Constant)
                    codes.setdefault(str(arg.value), f"{path.relative_to(VOCDESK)}:{node.lineno}")
    return codes


def test_the_scan_finds_the_errors_the_core_raises() -> None:
    codes = _raised_codes()
    # A few codes picked by hand from different areas and kinds of raise: a default, a literal, a subclass.
    for code in ("not_found", "invalid", "permission_denied", "conflict", "file_refused"):
        assert code in codes
    assert len(codes) > 100


def test_every_coded_error_has_thai_and_english_text() -> None:
    texts = catalogue()
    missing = sorted(f"{code} ({where})" for code, where in _raised_codes().items()
                     if not (texts.get(code, ("", ""))[0].strip() and texts.get(code, ("", ""))[1].strip()))
    assert missing == []
