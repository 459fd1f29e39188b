"""The domain never loads the UI: `briefing` works without Textual."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "briefing"


def test_no_domain_module_imports_textual_or_screens_at_load_time() -> None:
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:  # top level only: the CLI may import the reader lazily
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(("textual", "screens")), f"{path.name} imports {name}"


def test_checking_never_loads_textual(tmp_path: Path) -> None:
    code = (
        "import sys, pkgutil, importlib, briefing\n"
        "for m in pkgutil.iter_modules(briefing.__path__):\n"
        "    if m.name != '__main__': importlib.import_module('briefing.' + m.name)\n"
        "from briefing.cli.commands import main\n"
        "status = main(['check', sys.argv[1]])\n"
        "loaded = sorted(n for n in sys.modules if n.split('.')[0] in ('textual', 'screens'))\n"
        "print(loaded)\n"
        "sys.exit(status)\n"
    )
    content = Path(__file__).resolve().parent.parent / "content"
    done = subprocess.run(
        [sys.executable, "-c", code, str(content)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().endswith("[]")


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
