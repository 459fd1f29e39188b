"""Textual's private names are used in one module, read against one release
(a code review: two modules imported them, and only the version pin guarded
an upgrade that would change them silently; a second found three private
attributes read elsewhere, which the check of imports could not see)."""

from __future__ import annotations

import ast
from pathlib import Path

import textual

from briefing.screens.textual_private import READ_AGAINST

SCREENS = Path(__file__).resolve().parent.parent / "screens"


def _private_imports(path: Path) -> list[str]:
    """`module.name` for each private Textual module or name `path` imports."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("textual"):
            module = node.module or ""
            private_module = any(part.startswith("_") for part in module.split("."))
            found += [
                f"{module}.{alias.name}"
                for alias in node.names
                if private_module or alias.name.startswith("_")
            ]
        elif isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("textual._")]
    return found


def test_only_textual_private_imports_textual_s_private_names() -> None:
    tests = Path(__file__).resolve().parent
    users = {
        path.name: names
        for path in sorted([*SCREENS.glob("*.py"), *tests.glob("*.py")])
        if (names := _private_imports(path)) and path.name != "textual_private.py"
    }
    assert users == {}
    assert _private_imports(SCREENS / "textual_private.py")  # the check sees them


def test_the_private_names_were_read_against_the_textual_installed() -> None:
    """Past this release, read what textual_private names again before moving the pin."""
    assert textual.__version__.startswith(READ_AGAINST + "."), textual.__version__


def _defined_private_names(paths: list[Path]) -> set[str]:
    """Every `_name` the files at `paths` define: functions, classes, attributes
    assigned (`self._x = ...`), class-level names."""
    found: set[str] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                found.add(node.name)
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
                found.add(node.attr)
            elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                found.add(node.id)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                found.add(node.target.id)
    return {name for name in found if name.startswith("_") and not name.startswith("__")}


#: Modules whose private-looking names are their public API (`os._exit`).
_MODULES = frozenset({"os", "sys"})


def test_no_module_but_textual_private_reads_a_private_attribute_of_textual() -> None:
    """An attribute only Textual defines (`node._bindings`, `driver._debug`,
    `app._notifications`) read anywhere but textual_private: names our own code
    defines too (`_layout`, `_cache`) cannot be told apart, and pass."""
    tests = Path(__file__).resolve().parent
    ours = sorted([*SCREENS.glob("*.py"), *tests.glob("*.py")])
    repo = SCREENS.parent
    defined_by_us = _defined_private_names([*ours, *(repo / "briefing").rglob("*.py")])
    textuals = _defined_private_names(list(Path(textual.__file__).parent.rglob("*.py")))
    only_textuals = textuals - defined_by_us
    found = {
        f"{path.name}:{node.lineno}: {node.attr}"
        for path in ours
        if path.name != "textual_private.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute)
        and node.attr in only_textuals
        and not (isinstance(node.value, ast.Name) and node.value.id in _MODULES)
    }
    assert found == set()
    assert "_compositor" in only_textuals  # the check sees textual_private's own
