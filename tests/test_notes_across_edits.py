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
from conftest import briefing_files, write_folder
from reader_helpers import SIZE, reader, settle, toasts
from test_reader_memory import (
    BASE,
    content_of,
    enter_offered,
    header,
    remembered,
    rewrite,
    rows,
    stored,
)
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Static, TextArea

from briefing import cli
from briefing.screens.footer import KeysFooter
from briefing.screens.keeper import Keeper
from briefing.screens.library import LibraryScreen
from briefing.screens.library_pins import LibraryPinsScreen
from briefing.screens.note_editor import NoteEditor
from briefing.screens.pins import PinsScreen
from briefing.screens.record_list import RecordList
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
        hint = str(app.screen.query_one("#note-hint", Static).render())
        assert hint.startswith("Esc keeps it, flagged still, and closes"), hint
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


# --- 2. an id it refers to renamed is no change ----------------------------------

WITH_EVENT = BASE + "    event: e\n"
EVENT_RENAMED = WITH_EVENT.replace("  - id: e\n", "  - id: first-e\n").replace(
    "    event: e\n", "    event: first-e\n"
)


async def test_a_quote_whose_event_id_was_renamed_is_not_said_changed(tmp_path: Path) -> None:
    """Δ on the row and ! on the note, for a quote whose words had not changed:
    only the id of its event had, and the note showed its very words as what
    it "read" (a trial of a shared desk)."""
    content = content_of(tmp_path, WITH_EVENT)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await pilot.press("tab", "tab")
        await type_and_leave(pilot, "w", "is this verbatim?", "escape")
    rewrite(content, EVENT_RENAMED)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        row = rows(app, "quotes", 2)[1]
        assert row.endswith("✎") and "Δ" not in row
        assert not header(app).startswith("Δ")
        await pilot.press("tab", "tab", "enter")
        await pilot.pause()
        assert "changed since" not in str(app.screen.query_one("#chain", Static).render())


# --- 3. the library's list says which records are gone ----------------------------

MORE = BASE + "  - id: q2\n    text: she left\n    speaker: a\n    source: s\n"
#: A second briefing, to make a library.
OTHER = BASE.replace("id: b\n", "id: c\n", 1)


async def library_pins(pilot: Pilot[None]) -> LibraryPinsScreen:
    """The library's P, once the records of its briefings are compared with the pins."""
    await settle(pilot)
    await pilot.press("P")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, LibraryPinsScreen)
    return screen


async def kept_in_a_library_then_renamed(tmp_path: Path) -> Path:
    """A library of two briefings; in `b`, opened from it, the quote q2 pinned
    and noted ("why did she leave?"), then its id renamed q-left. Its content."""
    content = tmp_path / "content"
    write_folder(content / "one", briefing_files(**{"briefing.yaml": MORE}))
    write_folder(content / "two", briefing_files(**{"briefing.yaml": OTHER}))
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        library.show_briefing("b")
        await pilot.press("enter")
        await remembered(pilot)
        await pilot.press("tab", "tab", "j", "asterisk")
        await type_and_leave(pilot, "w", "why did she leave?", "escape")
    (content / "one" / "briefing.yaml").write_text(RENAMED, encoding="utf-8")
    return content


async def test_the_librarys_pins_say_which_records_are_gone_and_enter_there_says_why(
    tmp_path: Path,
) -> None:
    """The library's P listed a quote whose id was renamed twice alike (old id,
    new id), and Enter on the old one opened the briefing at its first quote,
    saying nothing (a trial of a shared desk)."""
    content = await kept_in_a_library_then_renamed(tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await library_pins(pilot)
        listed = rows(app, "pins", 4)
        assert "★✎ quote    “she left” — A" in listed[1]
        assert "no longer in the briefing, reads as the quote q-left now: m moves it" in listed[2]
        assert listed[2].endswith(" · why did she leave?")
        assert not enter_offered(app)  # dimmed, and pressed all the same, it says why
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        said = toasts(app)
        assert "“she left” — A is no longer in the briefing" in said
        assert "Its pin and note are kept" in said
        # not "It no longer in the briefing, reads as …" (a review)
        assert "as it last read. It reads as the quote q-left now: m moves it there." in said
        # `m` moves them onto the quote, as in the briefing's own P (the library's
        # was the only list to say the record was gone, and had no `m`)
        assert footer_keys(app)["m"]
        await pilot.press("m")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "to the quote q-left, which reads as it did." in toasts(app)
        listed = rows(app, "pins", 4)
        assert "★✎ quote    “she left” — A" in listed[1] and "no longer" not in listed[2]
        assert screen.query_one("#pins-list", RecordList).highlighted_id == "b/quote/q-left"
        assert "m" not in footer_keys(app)  # nothing left to move
        await pilot.press("escape")
        await settle(pilot)
        # the quote moved onto is seen: its briefing's row no longer says "1 new"
        assert rows(app, "library", 1)[0].endswith("   as of 10 Feb 2022")
        assert "new" not in rows(app, "library", 1)[0]
    assert stored(tmp_path, storefile.NOTES)["b/quote/q-left"]["text"] == "why did she leave?"
    assert list(stored(tmp_path, storefile.PINS)) == ["b/quote/q-left"]


async def test_enter_on_a_gone_record_before_the_library_compared_it_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter pressed before the worker has said which records are gone reads
    that briefing at once: it never opens on a record that is not there."""
    content = content_of(tmp_path, MORE)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await pilot.press("tab", "tab", "j", "asterisk")
        await app.workers.wait_for_complete()
    rewrite(content, BASE)
    write_folder(content / "c", briefing_files(**{"briefing.yaml": OTHER}))
    monkeypatch.setattr(Keeper, "kept_standings", lambda *_: None)  # it has not answered yet
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await library_pins(pilot)
        assert "no longer" not in rows(app, "pins", 3)[2]
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert "no longer in the briefing" in toasts(app)
        assert "no longer in the briefing" in rows(app, "pins", 3)[2]


async def test_enter_on_an_orphan_in_the_briefings_own_pins_says_why(tmp_path: Path) -> None:
    """Enter, dimmed on a record no longer in the briefing, did nothing and said
    nothing when pressed (a trial of a shared desk)."""
    content = content_of(tmp_path, MORE)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await pilot.press("tab", "tab", "j")
        await type_and_leave(pilot, "w", "she left", "escape")
    rewrite(content, BASE)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await remembered(pilot)
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, PinsScreen)
        app.screen.query_one("#pins-list", RecordList).move_to("b/quote/q2")
        await pilot.pause()
        assert not enter_offered(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PinsScreen)
        assert "“she left” — A is no longer in the briefing" in toasts(app)
        assert "Its note is kept" in toasts(app)


# --- 5. smaller points -------------------------------------------------------------


async def test_the_header_counts_the_pins_and_notes_of_records_gone_apart(
    tmp_path: Path,
) -> None:
    """★2 · ✎1 counted a pin and a note of a quote no longer in the briefing,
    with only one pin to be found on screen (a trial of a shared desk)."""
    content = content_of(tmp_path, MORE)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await pilot.press("asterisk", "tab", "tab", "j", "asterisk")
        await type_and_leave(pilot, "w", "she left", "escape")
        assert header(app).startswith("★2 · ✎1 │")
    rewrite(content, BASE)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        assert header(app).startswith("★1 · 1 gone │"), header(app)


async def test_a_pin_in_a_read_only_data_folder_says_why_it_is_not_saved(
    tmp_path: Path,
) -> None:
    """The note's notice said why ("its folder is read-only"), the pin's only
    "pin kept, not saved yet" (a trial of a shared desk)."""
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o555)
    app = reader(content_of(tmp_path), tmp_path)
    try:
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await remembered(pilot)
            await pilot.press("asterisk")
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert "Pinned: A — pin kept, not saved yet: its folder is read-only" in toasts(app)
    finally:
        data.chmod(0o755)


# --- 4. a record's id renamed: its note and pin moved onto it ---------------------

RENAMED = MORE.replace("id: q2\n", "id: q-left\n")


def footer_keys(app: App[None]) -> dict[str, bool]:
    """The keys the footer shows, each with whether it is offered (not dimmed)."""
    footer = app.screen.query_one(KeysFooter)
    return {key.display: key.enabled for key in footer.shown_keys()}


async def keep_on_q2(pilot: Pilot[None], note: str = "why did she leave?") -> None:
    await remembered(pilot)
    await pilot.press("tab", "tab", "j", "asterisk")
    await type_and_leave(pilot, "w", note, "escape")


async def test_m_moves_the_note_and_pin_of_a_renamed_record_onto_it(tmp_path: Path) -> None:
    """A quote's id renamed left its note and pin under "No longer in the
    briefing", with the very words right there as a new quote, and no way to
    move them (a trial of a shared desk)."""
    content = content_of(tmp_path, MORE)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await keep_on_q2(pilot)
    rewrite(content, RENAMED)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await remembered(pilot)
        assert rows(app, "quotes", 4)[3].endswith("+")  # the renamed quote is new
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, PinsScreen)
        listing = app.screen.query_one("#pins-list", RecordList)
        assert listing.highlighted_id == "b/quote/q2"
        assert footer_keys(app)["m"]  # shown in the footer where it acts
        listed = rows(app, "pins", 3)
        assert listed[0].startswith("No longer in the briefing (1)")
        assert "reads as the quote q-left now: m moves it there · why did she leave?" in listed[2]
        await pilot.press("m")
        await app.workers.wait_for_complete()
        await pilot.pause()
        said = toasts(app)
        assert "Moved your pin and note from the quote q2, no longer in the briefing, " in said
        assert "to the quote q-left, which reads as it did." in said
        listed = rows(app, "pins", 3)
        assert listed[0].startswith("Pinned or noted (1)") and "★✎ quote    “she left”" in listed[1]
        assert listing.highlighted_id == "b/quote/q-left"
        assert "m" not in footer_keys(app)  # nothing left to move
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        # tied to it as it is: no "!"; the one the user kept, not new to them: no "+"
        assert rows(app, "quotes", 4)[3].endswith(" ★✎")
    assert "b/quote/q2" not in stored(tmp_path, storefile.NOTES)
    assert stored(tmp_path, storefile.NOTES)["b/quote/q-left"]["text"] == "why did she leave?"
    assert list(stored(tmp_path, storefile.PINS)) == ["b/quote/q-left"]


async def test_a_note_moved_onto_a_record_with_a_note_keeps_both_texts(tmp_path: Path) -> None:
    content = content_of(tmp_path, MORE)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await keep_on_q2(pilot, "first thoughts")
    rewrite(content, RENAMED)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await remembered(pilot)
        await pilot.press("tab", "tab", "j")
        await type_and_leave(pilot, "w", "written on the new one", "escape")
        await pilot.press("P")
        await pilot.pause()
        app.screen.query_one("#pins-list", RecordList).move_to("b/quote/q2")
        await pilot.press("m")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "q-left had a note already: both texts are kept in it." in toasts(app)
    text = stored(tmp_path, storefile.NOTES)["b/quote/q-left"]["text"]
    assert isinstance(text, str)
    assert text.startswith("written on the new one\n\n— moved here from the quote q2, ")
    assert text.endswith("—\nfirst thoughts")
    assert "b/quote/q2" not in stored(tmp_path, storefile.NOTES)


async def test_no_move_is_offered_where_two_records_read_as_the_gone_one(tmp_path: Path) -> None:
    """Which of two is the renamed one, the reader cannot tell: it does not guess."""
    content = content_of(tmp_path, MORE)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await keep_on_q2(pilot)
    twice = RENAMED + "  - id: q-again\n    text: she left\n    speaker: a\n    source: s\n"
    rewrite(content, twice)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await pilot.press("P")
        await pilot.pause()
        app.screen.query_one("#pins-list", RecordList).move_to("b/quote/q2")
        await pilot.pause()
        assert "m" not in footer_keys(app)
        assert "moves it" not in "\n".join(rows(app, "pins", 3))
        await pilot.press("m")
        await app.workers.wait_for_complete()
    assert "b/quote/q2" in stored(tmp_path, storefile.NOTES)


async def test_m_in_the_librarys_pins_after_another_window_moved_them_says_so(
    tmp_path: Path,
) -> None:
    """Another reader moved the note and pin first: `m` said "nothing to move
    it onto", as if the move had failed, and the cursor went to the first row
    (a review)."""
    content = await kept_in_a_library_then_renamed(tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        screen = await library_pins(pilot)
        assert "m moves it there" in rows(app, "pins", 4)[2]
        # another window's move, as its save leaves the store
        moved = {"b/quote/q-left": screen.store.get(storefile.NOTES, "b/quote/q2")}
        screen.store.change(
            [
                (storefile.NOTES, "b/quote/q-left", moved["b/quote/q-left"]),
                (storefile.NOTES, "b/quote/q2", None),
                (storefile.PINS, "b/quote/q2", None),
            ]
        )
        await pilot.press("m")
        await pilot.pause()
        assert "Nothing left to move: another window moved or removed" in toasts(app)
        assert "✎ quote    “she left” — A" in rows(app, "pins", 4)[1]
        listing = screen.query_one("#pins-list", RecordList)
        assert listing.highlighted_id == "b/quote/q-left"


async def test_a_note_kept_with_other_quotation_marks_is_offered_its_renamed_quote(
    tmp_path: Path,
) -> None:
    """Kept by a version that wrote every quote in “…”, a note in a French
    briefing, whose quotes read « … » now, was never offered `m` once the
    quote's id was renamed (a long-time user's trial)."""
    french = MORE.replace("  title: T\n", "  title: T\n  language: fr\n", 1)
    content = content_of(tmp_path, french)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await keep_on_q2(pilot)
    path = tmp_path / "data" / "notes.json"
    kept = json.loads(path.read_text(encoding="utf-8"))
    record = kept["notes"]["b/quote/q2"]["record"]
    assert record.startswith("«")  # as this version writes it
    kept["notes"]["b/quote/q2"]["record"] = "“she left” — A"  # as an older one did
    path.write_text(json.dumps(kept), encoding="utf-8")
    rewrite(content, french.replace("id: q2\n", "id: q-left\n"))
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await pilot.press("P")
        await pilot.pause()
        assert "reads as the quote q-left now: m moves it there" in rows(app, "pins", 3)[2]


async def test_a_flagged_note_in_p_says_what_changed_in_line_with_the_others(
    tmp_path: Path,
) -> None:
    """`! changed since ·` said since what nowhere, and pushed the note's text
    out of line with the other notes' (a long-time user's trial)."""
    content = content_of(tmp_path, MORE)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await pilot.press("tab", "tab")
        await type_and_leave(pilot, "w", "first " + "and a long line " * 12, "escape")
        await pilot.press("j")
        await type_and_leave(pilot, "w", "second", "escape")
    rewrite(content, MORE.replace("text: hello world", "text: hello"))
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await pilot.press("P")
        await pilot.pause()
        listed = rows(app, "pins", 5)
        flagged = next(row for row in listed if "first" in row)
        plain_row = next(row for row in listed if "second" in row)
        assert flagged.index("first") == plain_row.index("second")
        assert flagged.startswith(" ! ")
        assert flagged.endswith("(the record changed since this note was written)")
