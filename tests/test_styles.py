"""Every screen's stylesheet is read once at start, by name, without importing every screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from briefing.screens.app import BriefingApp
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.details import DetailsScreen
from briefing.screens.elsewhere import ElsewhereScreen
from briefing.screens.library import LibraryScreen
from briefing.screens.note_editor import NoteEditor
from briefing.screens.pins import PinsScreen
from briefing.screens.problems import ProblemsScreen
from briefing.screens.quote_viewer import QuoteViewer
from briefing.screens.summary import SummaryScreen

TESTS = Path(__file__).resolve().parent
SCREENS = TESTS.parent / "screens"


def test_the_app_reads_the_stylesheet_of_each_screen_it_opens() -> None:
    """Every .tcss file beside the screens, read at start: Find's and the export
    choice's were not, and each was parsed as it opened (a code review)."""
    listed = list(BriefingApp.CSS_PATH)
    assert sorted(listed) == sorted(path.name for path in SCREENS.glob("*.tcss"))
    for screen in (BriefingScreen, LibraryScreen, QuoteViewer, SummaryScreen, DetailsScreen,
                   ElsewhereScreen, ProblemsScreen, NoteEditor, PinsScreen):  # fmt: skip
        assert screen.CSS_PATH in listed, screen.__name__


def test_starting_the_reader_imports_no_screen_it_does_not_show(tmp_path: Path) -> None:
    """The note editor (Textual's TextArea), the export dialog and the browser
    module cost some 15 ms of a start, the screens opened over the panes and
    the library (for one briefing) another 12: they are imported when first
    used. The reader is started and shown (with a settings file, which is
    checked)."""
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "config.toml").write_text('theme = "textual-dark"\n')
    code = f"""
import asyncio, os, sys
os.environ["BRIEFING_CONFIG_DIR"] = {str(tmp_path / "config")!r}
from reader_helpers import SIZE, reader, settle
from pathlib import Path

async def main():
    app = reader(None, Path({str(tmp_path)!r}))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
asyncio.run(main())
late = ("briefing.screens.note_editor", "briefing.screens.export_choice", "webbrowser",
        "textual.widgets._text_area", "briefing.screens.details", "briefing.screens.quote_viewer",
        "briefing.screens.pins", "briefing.screens.search", "briefing.screens.summary",
        "briefing.screens.elsewhere", "briefing.screens.library", "briefing.screens.keys_panel",
        "briefing.screens.problems")
print(" ".join(name for name in late if name in sys.modules))
"""
    env = {**os.environ, "PYTHONPATH": str(TESTS)}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
