"""The domain never loads the UI: `briefing` works without Textual."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "briefing"
FOLDERS = ("INDEX", "DATA", "CONFIG", "STATE")


#: What only the reader may load: Textual, and the screens (as the package
#: names them, `briefing.screens`, and as the folder at the repository's root).
UI = ("textual", "briefing.screens", "screens")


def _top_level_imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_no_module_of_the_package_but_the_screens_imports_the_ui_at_load_time() -> None:
    """The command line included: it imports the reader inside the function that
    starts it (a maintainer's trial: a top-level import of a screen in
    cli/notes.py passed every check, and `briefing notes` loaded 53 Textual
    modules; the test looked for `screens.`, which the package calls
    `briefing.screens`)."""
    modules = [p for p in PACKAGE.rglob("*.py") if "screens" not in p.relative_to(PACKAGE).parts]
    assert PACKAGE / "cli" / "notes.py" in modules
    for path in modules:
        for name in _top_level_imports(path):
            assert not name.startswith(UI), f"{path.relative_to(PACKAGE)} imports {name}"


COMMANDS = [
    ["check", "{content}"],
    ["list", "{content}"],
    ["notes", "{content}"],
    ["search", "Truss", "{content}"],
    ["export", "{content}/ukraine-diplomacy-2022-02-10", "--to", "json", "-o", "-"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_commands_but_the_reader_never_load_textual(tmp_path: Path, command: list[str]) -> None:
    code = (
        "import sys, pkgutil, importlib, briefing\n"
        "for m in pkgutil.iter_modules(briefing.__path__):\n"
        "    if m.name not in ('__main__', 'screens'):\n"
        "        importlib.import_module('briefing.' + m.name)\n"
        "from briefing.cli.commands import main\n"
        "status = main(sys.argv[1:])\n"
        "loaded = sorted(n for n in sys.modules if n.startswith(('textual', 'briefing.screens')))\n"
        "print('LOADED', loaded, file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    content = Path(__file__).resolve().parent.parent / "content"
    env = {**os.environ, **{f"BRIEFING_{n}_DIR": str(tmp_path / n) for n in FOLDERS}}
    args = [part.format(content=content) for part in command]
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env
    )
    assert done.returncode == 0, done.stdout[-500:] + done.stderr
    assert "LOADED []" in done.stderr, done.stderr


def test_a_warm_open_loads_no_yaml_and_no_checker(tmp_path: Path) -> None:
    content = Path(__file__).resolve().parent.parent / "content"
    index = tmp_path / "index.json"
    code = (
        "import sys; from pathlib import Path\n"
        "from briefing.index.store import open_index\n"
        "i = open_index(Path(sys.argv[1]), Path(sys.argv[2]))\n"
        "i.briefing(i.summaries()[0].id)\n"
        "print(i.rebuilt, sorted(m for m in sys.modules if m.split('.')[0] == 'yaml'"
        " or m in ('briefing.check.content', 'briefing.check.folder', 'briefing.check.fields')))\n"
    )
    run = [sys.executable, "-c", code, str(content), str(index)]
    cold = subprocess.run(run, capture_output=True, text=True)
    assert cold.stdout.startswith("True ['briefing.check.fields', 'briefing.check.folder'"), (
        cold.stdout + cold.stderr
    )
    warm = subprocess.run(run, capture_output=True, text=True)
    assert warm.stdout.strip() == "False []", warm.stdout + warm.stderr
