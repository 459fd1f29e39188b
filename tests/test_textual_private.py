"""Textual's private names are used in one module, read against one release
(a code review: two modules imported them, and only the version pin guarded
an upgrade that would change them silently)."""

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
