"""A reader's notes and pins as an author edits the briefing: flags kept, ids renamed, records gone.

From a trial of a small news desk sharing one library: Esc in the editor of a
flagged note tied it to the new wording, a quote whose words had not changed
was said changed, the library's list of every briefing's pins did not say
which records were gone, and an id renamed left its notes with no way back.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from reader_helpers import SIZE, reader
from test_reader_memory import (
    BASE,
    content_of,
    remembered,
    rewrite,
    rows,
    stored,
)
from textual.pilot import Pilot
from textual.widgets import Static, TextArea

from briefing import cli
from briefing.screens.note_editor import NoteEditor
from briefing.userdata import storefile

EDITED = BASE.replace("text: hello world", "text: hello")


async def type_and_leave(pilot: Pilot[None], key: str, text: str, leave: str) -> None:
    """Open the note editor with `key`, add `text` at its end, and leave with `leave`."""
    await pilot.press(key)
    await pilot.pause()
    assert isinstance(pilot.app.screen, NoteEditor)
    pilot.app.screen.query_one(TextArea).insert(text)
    await pilot.press(leave)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def notes_said(capsys: pytest.CaptureFixture[str], content: Path) -> dict[str, dict[str, object]]:
    """`briefing notes --format json` of `content`, each entry by its record's id."""
    assert cli.main(["notes", str(content), "--format", "json"]) == 0
    found = json.loads(capsys.readouterr().out)
    return {entry["id"]: entry for briefing in found for entry in briefing["entries"]}


# --- 1. Esc keeps a flagged note flagged ---------------------------------------


async def test_esc_after_typing_in_a_flagged_note_keeps_the_flag_and_the_wording_it_was_about(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The hint says "Esc keeps it and closes · Ctrl+S ties it to the quote as it
    is now", but Esc after typing tied it too, and the words the note was written
    about were gone, from the reader and from `briefing notes` (a trial)."""
    content = content_of(tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await type_and_leave(pilot, "W", "on the whole", "escape")  # the briefing's own note
        await pilot.press("tab", "tab")
        await type_and_leave(pilot, "w", "is this verbatim?", "escape")
    rewrite(content, EDITED.replace("title: T", "title: T2"))
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await pilot.press("tab", "tab")
        assert rows(app, "quotes", 2)[1].endswith("Δ✎!")
        await type_and_leave(pilot, "w", " Asked the desk.", "escape")
        assert rows(app, "quotes", 2)[1].endswith("✎!")  # flagged still
        await pilot.press("w")
        await pilot.pause()
        warning = str(app.screen.query_one("#note-warning", Static).render())
        assert "It read: “hello world” — A" in warning  # the wording it was written about
        assert app.screen.query_one(TextArea).text == "is this verbatim? Asked the desk."
        await pilot.press("escape")
        await pilot.pause()
        await type_and_leave(pilot, "W", " And now?", "escape")  # the briefing's, retitled
        await pilot.press("W")
        await pilot.pause()
        assert "It read: T" in str(app.screen.query_one("#note-warning", Static).render())
        await pilot.press("escape")
        await app.workers.wait_for_complete()
    notes = stored(tmp_path, storefile.NOTES)
    assert notes["b/quote/q"]["record"] == "“hello world” — A"
    assert notes["b/quote/q"]["text"] == "is this verbatim? Asked the desk."
    assert notes["b/briefing/b"]["record"] == "T"
    said = notes_said(capsys, content)
    assert said["q"]["state"] == "changed" and said["q"]["kept"] == "“hello world” — A"
    assert said["b"]["state"] == "changed"
    # Ctrl+S, and only Ctrl+S, ties it to the quote as it is now.
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await pilot.press("tab", "tab")
        await type_and_leave(pilot, "w", "", "ctrl+s")
        assert rows(app, "quotes", 2)[1].endswith("✎")
        assert not rows(app, "quotes", 2)[1].endswith("!")
    assert stored(tmp_path, storefile.NOTES)["b/quote/q"]["record"] == "“hello” — A"
    assert notes_said(capsys, content)["q"]["state"] == "current"
