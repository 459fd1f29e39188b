"""What the reader remembers, pinned as SVG snapshots: marks in a pane, the note editor.

docs/example, read once (pins and notes made then), and edited since: a
quote added (new), a quote's words changed (changed, and its note flagged).
Update with `pytest tests/test_snapshots_memory.py --snapshot-update`, and
look at the new SVGs before committing them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import REPO
from reader_helpers import SIZE, SMALL, reader
from test_reader_memory import remembered

from briefing.check.content import check_content
from briefing.present.display import for_display
from briefing.screens.record_list import RecordList
from briefing.userdata.reading import BriefingMemory
from briefing.userdata.store import UserStore

SIZES = {"120x40": SIZE, "80x24": SMALL}
NEW_QUOTE = """\
  - id: council-late-summer
    text: Repairs are expected to last until late summer
    speaker: riverside-council
    source: gazette
"""


def read_once_then_edited(tmp_path: Path) -> Path:
    """docs/example as the user left it (a pin, two notes), then edited by its author."""
    content = tmp_path / "content"
    shutil.copytree(REPO / "docs" / "example", content / "example")
    briefing = check_content(content).folders[0].briefing
    assert briefing is not None
    store = UserStore(tmp_path / "data" / "notes.json")
    memory = BriefingMemory(store, for_display(briefing))
    memory.record_visit()
    memory.toggle_pin(memory.key("quote", "duarte-reopen"))
    memory.write_note(memory.key("quote", "vidal-three-years"), "Ask the club for the letters.")
    memory.write_note(memory.key("quote", "duarte-only-choice"), "Her words, or the council's?")
    assert store.save()
    quotes = content / "example" / "quotes.yaml"
    text = quotes.read_text(encoding="utf-8")
    text = text.replace("text: the only responsible choice", "text: responsible choice")
    quotes.write_text(text + NEW_QUOTE, encoding="utf-8")
    return content


@pytest.mark.parametrize("size", SIZES)
def test_the_quotes_pane_with_marks(snap_compare, tmp_path: Path, size: str) -> None:  # type: ignore[no-untyped-def]
    async def to_quotes(pilot):  # type: ignore[no-untyped-def]
        await remembered(pilot)
        await pilot.press("tab", "tab")
        await pilot.pause()

    app = reader(read_once_then_edited(tmp_path), tmp_path)
    assert snap_compare(app, terminal_size=SIZES[size], run_before=to_quotes)


def test_the_note_editor(snap_compare, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """On a note whose quote changed since it was written."""

    async def edit_the_note(pilot):  # type: ignore[no-untyped-def]
        await remembered(pilot)
        await pilot.press("tab", "tab")
        pilot.app.screen.query_one("#quotes-list", RecordList).move_to("duarte-only-choice")
        await pilot.press("w")
        await pilot.pause()
        await pilot.pause()

    app = reader(read_once_then_edited(tmp_path), tmp_path)
    assert snap_compare(app, terminal_size=SMALL, run_before=edit_the_note)
