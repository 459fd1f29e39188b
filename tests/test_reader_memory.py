"""The reader remembers: new and changed records, pins and notes, on every screen (issue 14)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import briefing_files, write_folder
from reader_helpers import SIZE, reader, settle, toasts, until
from textual import events
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Static, TextArea

from briefing.files.lock import file_lock
from briefing.records.model import Briefing
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.details import DetailsScreen
from briefing.screens.footer import KeysFooter
from briefing.screens.library import LibraryScreen
from briefing.screens.library_pins import LibraryPinsScreen
from briefing.screens.note_editor import NoteEditor
from briefing.screens.pins import PinsScreen
from briefing.screens.quote_viewer import QuoteViewer
from briefing.screens.record_list import RecordList
from briefing.userdata import storefile
from briefing.userdata.reading import BriefingMemory
from briefing.userdata.store import UserStore

BASE = str(briefing_files()["briefing.yaml"])
#: The base briefing with a second actor, event and quote.
MORE = BASE + "  - id: q2\n    text: she left\n    speaker: a\n    source: s\n"


def content_of(tmp_path: Path, text: str = BASE) -> Path:
    content = tmp_path / "content"
    write_folder(content / "b", briefing_files(**{"briefing.yaml": text}))
    return content


def rewrite(content: Path, text: str) -> None:
    (content / "b" / "briefing.yaml").write_text(text, encoding="utf-8")


def stored(tmp_path: Path, table: str) -> dict[str, dict[str, object]]:
    """A table of the store in the test's data folder, as a fresh reader reads it."""
    return dict(UserStore(tmp_path / "data" / "notes.json").table(table))


async def remembered(pilot: Pilot[None]) -> BriefingScreen:
    """Wait until the briefing screen has its memory (it is read after the first frame)."""
    await settle(pilot)
    for _ in range(100):
        screen = pilot.app.screen
        if isinstance(screen, BriefingScreen) and screen.remembering is not None:
            await pilot.pause()
            return screen
        await pilot.pause(0.02)
    raise AssertionError("the briefing's memory never came")


def rows(app: App[None], pane: str, count: int = 8) -> list[str]:
    records = app.screen.query_one(f"#{pane}-list", RecordList)
    return ["".join(s.text for s in records.render_line(y)).rstrip() for y in range(count)]


def header(app: App[None]) -> str:
    return str(app.screen.query_one("#header", Static).render())


async def write_note(pilot: Pilot[None], key: str, text: str) -> None:
    await pilot.press(key)
    await pilot.pause()
    assert isinstance(pilot.app.screen, NoteEditor)
    pilot.app.screen.query_one(TextArea).insert(text)
    await pilot.press("escape")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_a_pin_is_marked_in_its_row_counted_and_kept(tmp_path: Path) -> None:
    content = content_of(tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        assert "★" not in rows(app, "actors")[1]
        await pilot.press("asterisk")
        await app.workers.wait_for_complete()
        assert rows(app, "actors")[1].endswith("★")
        assert header(app).startswith("★1 │ as of")
        assert list(stored(tmp_path, storefile.PINS)) == ["b/actor/a"]  # saved at once
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        assert rows(app, "actors")[1].endswith("★")  # still pinned in a new reader
        await pilot.press("asterisk")
        await app.workers.wait_for_complete()
        assert "★" not in rows(app, "actors")[1]
    assert stored(tmp_path, storefile.PINS) == {}


async def test_a_note_is_written_in_the_editor_and_shown_beside_its_record(
    tmp_path: Path,
) -> None:
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await write_note(pilot, "w", "Met [bold]Lavrov[/bold]")
        assert rows(app, "actors")[1].endswith("✎")
        assert stored(tmp_path, storefile.NOTES)["b/actor/a"]["text"] == "Met [bold]Lavrov[/bold]"
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen)
        note = str(app.screen.query_one("#details-note", Static).render())
        assert "Your note" in note and "Met [bold]Lavrov[/bold]" in note  # as typed, not markup
        await pilot.press("escape", "tab", "tab", "enter")
        await pilot.pause()
        assert isinstance(app.screen, QuoteViewer)
        await write_note(pilot, "w", "hello to whom?")
        assert "hello to whom?" in str(app.screen.query_one("#chain", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        assert rows(app, "quotes", 2)[1].endswith("✎")
        await write_note(pilot, "W", "on the whole briefing")
    notes = stored(tmp_path, storefile.NOTES)
    assert sorted(notes) == ["b/actor/a", "b/briefing/b", "b/quote/q"]


async def test_a_joiner_typed_into_a_note_is_kept(tmp_path: Path) -> None:
    """An emoji family typed through an input method comes as keys, the joiners
    among them: the TextArea dropped them (a new user's trial), and the note
    saved was three people, not one family."""
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await pilot.press("w")
        await pilot.pause()
        for character in f"{family} \u062e\u200c\u062a":  # and a Persian word
            app.post_message(events.Key(character, character))
        await pilot.pause()
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert stored(tmp_path, storefile.NOTES)["b/actor/a"]["text"] == f"{family} \u062e\u200c\u062a"


async def test_a_paste_brings_no_control_into_a_note_or_a_box(tmp_path: Path) -> None:
    """Pasted text reached the terminal as it was from the boxes that show it:
    a C1 CSI, a right-to-left override, shift-out (an adversarial trial)."""
    pasted = (
        "before \x9b2J \u202eevil.exe\u202c\r\n"
        "after \x0e\x0f\x7f\x1b[31mend \U0001f468\u200d\U0001f469"
    )
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await pilot.press("w")
        await pilot.pause()
        app.post_message(events.Paste(pasted))
        await pilot.pause()
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.press("slash")
        app.post_message(events.Paste("a\x1b[2Jb"))
        await pilot.pause()
        assert app.focused is not None and getattr(app.focused, "value", None) == "a[2Jb"
    assert stored(tmp_path, storefile.NOTES)["b/actor/a"]["text"] == (
        "before 2J evil.exe\nafter [31mend \U0001f468\u200d\U0001f469"
    )


@pytest.mark.parametrize("left", ["", "  \n \n"], ids=["nothing", "only blanks"])
async def test_emptying_a_note_deletes_it(tmp_path: Path, left: str) -> None:
    """A note left empty is deleted (README); one of spaces and blank lines too."""
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await write_note(pilot, "w", "short-lived")
        await pilot.press("w")
        await pilot.pause()
        app.screen.query_one(TextArea).clear()
        app.screen.query_one(TextArea).insert(left)
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        assert "✎" not in rows(app, "actors")[1]
    assert stored(tmp_path, storefile.NOTES) == {}


async def test_an_edited_quote_shows_as_changed_and_its_note_is_flagged(tmp_path: Path) -> None:
    content = content_of(tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        assert "Δ" not in header(app) and "new" not in header(app)  # a first visit: all known
        await pilot.press("tab", "tab")
        await write_note(pilot, "w", "is this verbatim?")
    rewrite(content, BASE.replace("text: hello world", "text: hello"))
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        assert header(app).startswith("Δ1 changed · ✎1 │")
        assert rows(app, "quotes", 2)[1].endswith("Δ✎!")
        await pilot.press("tab", "tab", "enter")  # the quote, on screen in full: seen
        await pilot.pause()
        chain = str(app.screen.query_one("#chain", Static).render())
        assert "the quote changed since this note; it read: “hello world” — A" in chain
        # its row's Δ goes as it is seen: said here (a trial saw it go unexplained)
        position = str(app.screen.query_one("#viewer-position", Static).render())
        assert position.endswith("Δ changed since you last saw it"), position
        await pilot.press("escape")
        await pilot.pause()
        assert rows(app, "quotes", 2)[1].endswith("✎!")  # seen, and the note still flagged
        assert not header(app).startswith("Δ")
        await write_note(pilot, "w", " (yes)")  # written again, and left with Esc: flagged still
        assert rows(app, "quotes", 2)[1].endswith("✎!")
        await pilot.press("w", "ctrl+s")  # tied to the quote as it is now
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert rows(app, "quotes", 2)[1].endswith("✎")


async def test_u_goes_to_each_new_record_and_mark_all_seen_clears_them(tmp_path: Path) -> None:
    content = content_of(tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
    more = MORE.replace("events:\n", "events:\n  - id: e0\n    title: Earlier\n"
                        "    when: 2022-02-01\n    sources: [s]\n")  # fmt: skip
    rewrite(content, more)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await remembered(pilot)
        assert header(app).startswith("+2 new │")
        await pilot.press("u")
        assert screen.state.active == "chronology"
        assert screen.query_one("#chronology-list", RecordList).highlighted_id == "e0"
        await pilot.press("d")  # its details say what its mark meant, as the mark goes
        await pilot.pause()
        was = str(app.screen.query_one("#details-was", Static).render())
        assert was == "+ new since you last opened the briefing"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("d")  # seen now: nothing to say
        await pilot.pause()
        assert not app.screen.query_one("#details-was", Static).display
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("u")
        assert screen.query_one("#quotes-list", RecordList).highlighted_id == "q2"
        assert rows(app, "quotes", 4)[3].endswith("+")
        await pilot.press("A")
        await app.workers.wait_for_complete()
        assert "+" not in rows(app, "quotes", 4)[3] and "new" not in header(app)
        await pilot.press("u")
        assert screen.query_one("#quotes-list", RecordList).highlighted_id == "q2"  # stays
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        assert "new" not in header(app)  # seen stays seen


async def test_details_and_the_viewer_count_as_seen_and_pin(tmp_path: Path) -> None:
    content = content_of(tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
    rewrite(content, MORE.replace("name: A", "name: A. Person"))
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        assert rows(app, "actors")[1].endswith("Δ")
        await pilot.press("d", "asterisk")
        await pilot.pause()
        assert "pinned" in str(app.screen.query_one("#details-pinned", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        assert rows(app, "actors")[1].endswith("★")  # seen in the details, and pinned there
        await pilot.press("tab", "tab", "j", "enter", "asterisk")
        await pilot.pause()
        position = str(app.screen.query_one("#viewer-position", Static).render())
        assert "★ pinned" in position
        await pilot.press("escape")
        await pilot.pause()
        assert rows(app, "quotes", 4)[3].endswith("★")
        # q, said by "A. Person" now and not looked at since, is changed still
        assert header(app).startswith("Δ1 changed · ★2 │")
    assert sorted(stored(tmp_path, storefile.PINS)) == ["b/actor/a", "b/quote/q2"]


async def test_deleting_the_index_folder_keeps_every_note(tmp_path: Path) -> None:
    content = content_of(tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await write_note(pilot, "w", "kept")
        await pilot.press("asterisk")
    index = tmp_path / "index.json"
    assert index.exists()
    for made in tmp_path.glob("index.json*"):
        shutil.rmtree(made) if made.is_dir() else made.unlink()
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        assert rows(app, "actors")[1].endswith("★✎")
        assert index.exists()  # the cache was built again
    assert stored(tmp_path, storefile.NOTES)["b/actor/a"]["text"] == "kept"


def enter_offered(app: App[object]) -> bool:
    """Whether the footer offers Enter (rather than showing it dimmed)."""
    footer = app.screen.query_one(KeysFooter)
    return next(k.enabled for k in footer.shown_keys() if k.display == "⏎")


async def test_the_pins_screen_lists_pins_notes_and_orphans_and_goes_to_a_record(
    tmp_path: Path,
) -> None:
    content = content_of(tmp_path, MORE)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await pilot.press("tab", "tab", "j")
        await write_note(pilot, "w", "she left")
        await pilot.press("k", "asterisk")
        await app.workers.wait_for_complete()
    rewrite(content, BASE)  # q2 is gone
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await remembered(pilot)
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, PinsScreen)
        listed = rows(app, "pins", 7)
        assert listed[0].startswith("Pinned or noted (1)")  # "and" read as both
        assert "★  quote    “hello world” — A" in listed[1]
        assert listed[3].startswith("No longer in the briefing (1)")
        assert " ✎ quote    “she left” — A" in listed[4] and "she left" in listed[5]
        app.screen.query_one("#pins-list", RecordList).move_to("b/quote/q2")
        await pilot.pause()
        assert not enter_offered(app)  # nothing to go to: the footer dims Enter
        await pilot.press("enter")  # and no editor to fall into
        await pilot.pause()
        assert isinstance(app.screen, PinsScreen)
        app.screen.query_one("#pins-list", RecordList).move_to("b/quote/q")
        await pilot.pause()
        assert enter_offered(app)
        app.screen.query_one("#pins-list", RecordList).move_to("b/quote/q")
        await write_note(pilot, "w", "see this")  # noted here: its row says so at once
        assert "★✎ quote" in rows(app, "pins", 3)[1] and "see this" in rows(app, "pins", 3)[2]
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.state.active == "quotes"
        assert screen.query_one("#quotes-list", RecordList).highlighted_id == "q"
        await pilot.press("backspace")  # back to the list it came from, on its row
        await pilot.pause()
        assert isinstance(app.screen, PinsScreen)
        assert app.screen.query_one("#pins-list", RecordList).highlighted_id == "b/quote/q"
    assert "b/quote/q2" in stored(tmp_path, storefile.NOTES)  # the orphan is kept


async def test_the_library_says_never_opened_and_what_is_new_and_lists_every_pin(
    tmp_path: Path,
) -> None:
    content = tmp_path / "content"
    write_folder(content / "one", briefing_files())
    other = BASE.replace("id: b\n", "id: c\n", 1).replace("title: T", "title: Other")
    write_folder(content / "two", briefing_files(**{"briefing.yaml": other}))
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        assert [row.reading for row in library.rows] == ["never opened", "never opened"]
        assert "never opened · as of" in rows(app, "library", 2)[0]  # drawn, not only known
        library.show_briefing("b")
        await pilot.press("enter")
        await remembered(pilot)
        await pilot.press("asterisk")
        await app.workers.wait_for_complete()
        await pilot.press("backspace")
        await settle(pilot)
        assert {row.summary.id: row.reading for row in library.rows} == {
            "b": "",
            "c": "never opened",
        }
    (content / "one" / "briefing.yaml").write_text(MORE, encoding="utf-8")
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        for _ in range(50):
            if any(row.reading == "1 new" for row in library.rows):
                break
            await pilot.pause(0.02)
        assert {row.summary.id: row.reading for row in library.rows}["b"] == "1 new"
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, LibraryPinsScreen)
        listed = rows(app, "pins", 3)
        assert listed[0].startswith("T (1)") and "actor    A" in listed[1]
        await pilot.press("enter")
        screen = await remembered(pilot)
        assert screen.briefing.id == "b"
        assert screen.state.active == "actors"
        assert screen.query_one("#actors-list", RecordList).highlighted_id == "a"


def library_with_kept_of_a_briefing_gone(tmp_path: Path) -> Path:
    """A library of two briefings (b, c), and kept: a pin in b, and a pin and a
    note of a briefing "gone", not in it."""
    content = tmp_path / "content"
    write_folder(content / "one", briefing_files())
    other = BASE.replace("id: b\n", "id: c\n", 1).replace("title: T", "title: Other")
    write_folder(content / "two", briefing_files(**{"briefing.yaml": other}))
    store = UserStore(tmp_path / "data" / "notes.json")
    when = "2024-01-01T00:00:00+00:00"
    store.put(storefile.PINS, "b/actor/a", {"digest": None, "record": "A", "pinned": when})
    store.put(
        storefile.PINS, "gone/quote/q", {"digest": None, "record": "“bye” — X", "pinned": when}
    )
    note = {"text": "ask X", "digest": None, "record": "X", "written": when}
    store.put(storefile.NOTES, "gone/actor/x", note)
    assert store.save()
    return content


async def test_the_library_lists_pins_of_a_briefing_not_in_it_without_offering_enter(
    tmp_path: Path,
) -> None:
    """Enter was offered on a group "not in this library", then said it could not
    work (a demanding user's trial): it is dimmed there, and each row says why,
    as Enter pressed all the same does (a shared desk's trial); the pins and
    notes are listed all the same, and Enter opens the others."""
    app = reader(library_with_kept_of_a_briefing_gone(tmp_path), tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, LibraryPinsScreen)

        listed = rows(app, "pins", 8)
        assert listed[0].startswith("T (1)") and "actor    A" in listed[1]
        assert listed[3].startswith("gone (not in this library) (2)")
        assert "actor    X" in listed[4]
        assert "its briefing is not in this library · ask X" in listed[5]
        assert "quote    “bye” — X" in listed[6]
        assert listed[7].strip() == "its briefing is not in this library"
        assert enter_offered(app)  # on the pin of T, which opens
        listing = app.screen.query_one("#pins-list", RecordList)
        await pilot.press("j")
        await pilot.pause()
        assert listing.highlighted_id == "gone/actor/x"
        assert not enter_offered(app)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, LibraryPinsScreen)  # nothing opened, and why said
        assert "Nothing to open: its briefing is not in this library" in toasts(app)
        await pilot.press("k")
        await pilot.pause()
        assert enter_offered(app)
        await pilot.press("enter")
        screen = await remembered(pilot)
        assert screen.briefing.id == "b"
    kept = stored(tmp_path, storefile.PINS)
    assert "gone/quote/q" in kept and "b/actor/a" in kept
    assert "gone/actor/x" in stored(tmp_path, storefile.NOTES)


async def test_the_library_unpins_any_pin_and_pins_it_back_as_it_was(tmp_path: Path) -> None:
    """A pin of a briefing no longer in the library could be removed nowhere: the
    library's list unpins it with `*`, the row stays until the list is left, and
    `*` again puts the pin back as it was; a note alone is not pinned from there."""
    app = reader(library_with_kept_of_a_briefing_gone(tmp_path), tmp_path)
    gone = stored(tmp_path, storefile.PINS)["gone/quote/q"]
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("P")
        await pilot.pause()
        listing = app.screen.query_one("#pins-list", RecordList)
        assert isinstance(app.screen, LibraryPinsScreen)  # (two briefings: the library)
        assert listing.move_to("gone/quote/q")
        await pilot.press("asterisk")
        await until_saved(app)
        assert "gone/quote/q" not in stored(tmp_path, storefile.PINS)
        assert "b/actor/a" in stored(tmp_path, storefile.PINS)  # the others untouched
        assert "Unpinned: “bye” — X" in toasts(app)
        listed = rows(app, "pins", 8)
        assert "   quote    “bye” — X" in listed[6]  # still listed, without its ★
        assert listed[3].startswith("gone (not in this library) (1)")  # and not counted
        assert "2 pinned or noted records" in str(app.screen.query_one("#pins-title").render())
        await pilot.press("asterisk")  # changed my mind
        await until_saved(app)
        assert stored(tmp_path, storefile.PINS)["gone/quote/q"] == gone
        assert "★  quote    “bye” — X" in rows(app, "pins", 8)[6]
        await pilot.press("asterisk", "escape")
        await until_saved(app)
        await pilot.press("P")
        await pilot.pause()
        assert not any("bye" in row for row in rows(app, "pins", 8))  # gone once left
        app.screen.query_one("#pins-list", RecordList).move_to("gone/actor/x")
        await pilot.press("asterisk")
        await pilot.pause()
        assert "Open its briefing to pin it" in toasts(app)
    assert "gone/actor/x" not in stored(tmp_path, storefile.PINS)
    assert stored(tmp_path, storefile.NOTES)["gone/actor/x"]["text"] == "ask X"


async def test_the_library_edits_and_deletes_a_note_of_a_briefing_gone(tmp_path: Path) -> None:
    """A note on a record of a briefing no longer in the library could be read
    in the library's list and edited or deleted nowhere (a trial)."""
    app = reader(library_with_kept_of_a_briefing_gone(tmp_path), tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("P")
        await pilot.pause()
        app.screen.query_one("#pins-list", RecordList).move_to("gone/actor/x")
        await pilot.press("w")
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert editor.query_one(TextArea).text == "ask X"
        editor.query_one(TextArea).insert(", then Y")  # at its end
        await pilot.press("escape")  # Esc keeps it
        await until_saved(app)
        assert stored(tmp_path, storefile.NOTES)["gone/actor/x"]["text"] == "ask X, then Y"
        assert stored(tmp_path, storefile.NOTES)["gone/actor/x"]["record"] == "X"  # as noted
        assert "ask X, then Y" in rows(app, "pins", 8)[5]
        await pilot.press("w")
        await pilot.pause()
        app.screen.query_one(TextArea).clear()
        await pilot.press("escape")  # left empty: deleted
        await until_saved(app)
        assert "Note deleted." in toasts(app)
        app.screen.query_one("#pins-list", RecordList).move_to("gone/quote/q")
        await pilot.press("w")  # a pin alone: a new note is written in its briefing
        await pilot.pause()
        assert isinstance(app.screen, LibraryPinsScreen)
        assert "Open its briefing to write a note on it" in toasts(app)
    assert "gone/actor/x" not in stored(tmp_path, storefile.NOTES)


async def until_saved(app: App[object]) -> None:
    """Once the save the change asked for is over."""
    await app.workers.wait_for_complete()


async def test_a_large_briefings_first_rows_are_not_taken_for_the_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What is remembered of a briefing shown by its preview is of the whole, once
    it is read: opened again, none of the records past the first rows is new."""
    from briefing.files.locations import bundled_content_dir
    from briefing.index import preview

    monkeypatch.setattr(preview, "PREVIEW_FROM_RECORDS", 20)
    monkeypatch.setattr(preview, "ROWS", 4)
    content = tmp_path / "content"
    shutil.copytree(bundled_content_dir(), content)
    for _ in range(2):
        app = reader(content, tmp_path)
        async with app.run_test(size=SIZE) as pilot:
            screen = await remembered(pilot)
            assert screen.reading is None  # the whole, not its first rows
            assert "new" not in header(app)
            assert screen.remembering is not None
            assert screen.remembering.memory.counts() == (0, 0)
    seen = stored(tmp_path, storefile.SEEN)
    assert len(seen) == len(
        screen.queries.actors + screen.queries.chronology + screen.queries.quotes
    )


async def test_a_record_added_while_reading_is_new_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.screens import live

    monkeypatch.setattr(live, "POLL_SECONDS", 0.2)
    content = content_of(tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await remembered(pilot)
        assert "new" not in header(app)
        rewrite(content, MORE)  # the author adds a quote while the reader is open
        for _ in range(100):
            memory = screen.remembering.memory if screen.remembering is not None else None
            if memory is not None and memory.counts() == (1, 0):
                break
            await pilot.pause(0.1)
        await pilot.pause()
        assert "+1 new" in header(app)
        assert rows(app, "quotes", 4)[3].rstrip().endswith("+")  # q2 said by A: marked


async def test_the_summary_explains_the_marks_and_shows_the_note_on_the_briefing(
    tmp_path: Path,
) -> None:
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await write_note(pilot, "W", "Read with the Kyiv talks.")
        await pilot.press("s")
        await pilot.pause()
        shown = " ".join(str(part.render()) for part in app.screen.query(Static))
        assert "Your marks" in shown and "pinned" in shown
        assert "Your note" in shown and "Read with the Kyiv talks." in shown
        await pilot.press("escape", "P")
        await pilot.pause()
        assert isinstance(app.screen, PinsScreen)
        assert " ✎ briefing T" in rows(app, "pins", 2)[1]  # its kind apart from its title


async def test_enter_on_the_briefing_in_the_pins_goes_to_its_summary_never_into_its_note(
    tmp_path: Path,
) -> None:
    """Enter on the "✎ briefing" row opened the note editor, under a header that
    said "go to the record": Backspace, Back everywhere else, deleted the note's
    last character (a new user's trial)."""
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await write_note(pilot, "W", "Read with the Kyiv talks.")
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, PinsScreen)
        title = str(app.screen.query_one("#pins-title", Static).render())
        assert "Enter: go to the record · w: its note" in title
        await pilot.press("enter")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
        shown = " ".join(str(part.render()) for part in app.screen.query(Static))
        assert "Your note" in shown and "Read with the Kyiv talks." in shown  # the summary
        await pilot.press("backspace")
        await pilot.pause()
        assert isinstance(app.screen, PinsScreen)  # Back, as everywhere
        await app.workers.wait_for_complete()
    assert stored(tmp_path, storefile.NOTES)["b/briefing/b"]["text"] == "Read with the Kyiv talks."


async def test_esc_with_nothing_typed_leaves_a_flagged_note_as_it_was(tmp_path: Path) -> None:
    """Esc with nothing typed tied a flagged note to the record as it is now,
    its ✎! gone: a user who opened the editor by mistake changed the note."""
    content = content_of(tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await pilot.press("tab", "tab")
        await write_note(pilot, "w", "is this verbatim?")
    before = stored(tmp_path, storefile.NOTES)["b/quote/q"]
    rewrite(content, BASE.replace("text: hello world", "text: hello"))
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await pilot.press("tab", "tab", "w")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert rows(app, "quotes", 2)[1].endswith("✎!")  # still flagged
        assert stored(tmp_path, storefile.NOTES)["b/quote/q"] == before  # not written
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("ctrl+s")  # saved on purpose: tied to the quote as it is now
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert rows(app, "quotes", 2)[1].endswith("✎")
    after = stored(tmp_path, storefile.NOTES)["b/quote/q"]
    assert after["text"] == "is this verbatim?" and after["digest"] != before["digest"]


async def test_back_in_the_library_only_the_briefing_read_is_counted_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.screens import keeper

    content = tmp_path / "content"
    write_folder(content / "one", briefing_files())
    other = BASE.replace("id: b\n", "id: c\n", 1).replace("title: T", "title: Other")
    write_folder(content / "two", briefing_files(**{"briefing.yaml": other}))
    for briefing_id in ("b", "c"):  # both opened once
        async with reader(content, tmp_path, briefing_id).run_test(size=SIZE) as pilot:
            await remembered(pilot)
    counted: list[str] = []
    real = keeper.BriefingMemory

    def counting(store: UserStore, briefing: Briefing) -> BriefingMemory:
        counted.append(briefing.id)
        return real(store, briefing)

    monkeypatch.setattr(keeper, "BriefingMemory", counting)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        assert sorted(counted) == ["b", "c"]
        library.show_briefing("b")
        await pilot.press("enter")
        await remembered(pilot)
        await pilot.press("backspace")
        await settle(pilot)
        assert app.screen is library
        assert sorted(counted) == ["b", "b", "b", "c"]  # opened, then counted again; c kept
        assert {row.summary.id: row.reading for row in library.rows} == {"b": "", "c": ""}


async def test_a_note_being_written_when_the_reader_ends_is_kept(tmp_path: Path) -> None:
    """Ended by a signal or a closed terminal with the editor open: nothing typed is lost."""
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        app.screen.query_one(TextArea).insert("half a thought")
        await pilot.pause()
        app.exit(None, 143)  # as SIGTERM asks
    notes = stored(tmp_path, storefile.NOTES)
    assert [note["text"] for note in notes.values()] == ["half a thought"]


async def test_a_note_that_cannot_be_saved_is_not_said_kept_and_is_listed_at_the_end(
    tmp_path: Path,
) -> None:
    """The notes folder read-only, Esc said "Note kept." and quitting lost the
    note's text (a new user's trial). Now the notice says it lasts only this
    session, and why; the reader ends with the note in full for the terminal,
    its escape sequences shown, never sent."""
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o555)  # respected even by root, as `chattr +i` is (why_unwritable)
    app = reader(content_of(tmp_path), tmp_path)
    try:
        async with app.run_test(size=SIZE, notifications=True) as pilot:
            await remembered(pilot)
            await write_note(pilot, "w", "Met him\nred: \x1b[31mloud")
            await pilot.pause()
            said = toasts(app)
            assert "Note kept." not in said
            assert "Note kept, not saved yet: its folder is read-only" in said
            assert "when you quit, which prints it if it still cannot." in said
            assert rows(app, "actors")[1].endswith("✎")  # kept for the session all the same
    finally:
        data.chmod(0o755)
    assert any("1 note and" in line and "could not be saved" in line for line in app.keeper.unsaved)
    listing = app.keeper.unsaved_listing
    assert "Note on the actor a of briefing b (A), written" in "\n".join(listing)
    assert listing[-2:] == ["Met him", "red: ␛[31mloud"]
    assert list(data.iterdir()) == []


async def test_a_note_not_saved_while_another_reader_holds_the_lock_is_saved_later(
    tmp_path: Path,
) -> None:
    """A save that waited too long for the lock is tried again at the next change and
    at the end: the notice said it lasted "in this session only" (a review)."""
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await remembered(pilot)
        store = app.keeper.store
        store.lock_wait = 0.2
        with file_lock(store.path, "the test", 5):
            await write_note(pilot, "w", "Met him")
            await pilot.pause()
        said = toasts(app)
        assert "Note kept, not saved yet:" in said and "held the lock" in said
        assert "saving again at the next change, and when you quit" in said
        assert "this session only" not in said
    assert app.keeper.unsaved == []  # saved as the reader ended
    assert UserStore(store.path).get(storefile.NOTES, "b/actor/a")["text"] == "Met him"  # type: ignore[index]


async def test_a_pin_that_cannot_be_saved_is_said_kept_not_saved_as_a_note_is(
    tmp_path: Path,
) -> None:
    """With a folder at notes.json.lock, a note said "Note kept, not saved yet" and
    a pin just "Pinned: …"; the notice blamed notes.json, a normal file (a trial)."""
    content = content_of(tmp_path)
    (tmp_path / "data" / "notes.json.lock").mkdir(parents=True)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await remembered(pilot)
        await pilot.press("asterisk")
        await until_saved(app)
        await pilot.pause()
        said = toasts(app)
        assert "Pinned: A — pin kept, not saved yet: " in said
        assert "; saving again at the next change, " in said
        assert "and when you quit, which prints it if it still cannot." in said
        assert "notes.json.lock is a folder, not a file" in said, said
        assert rows(app, "actors")[1].endswith("★")  # pinned for the session all the same
    assert (tmp_path / "data" / "notes.json.lock").is_dir()  # never the program's to remove


async def test_a_pin_saved_is_said_pinned(tmp_path: Path) -> None:
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await remembered(pilot)
        await pilot.press("asterisk")
        await until_saved(app)
        await pilot.pause()
        assert "Pinned: A" in toasts(app)
    assert "b/actor/a" in stored(tmp_path, storefile.PINS)


async def test_a_memory_read_as_the_reader_ends_is_let_go(tmp_path: Path) -> None:
    """The keeper's worker hands the memory over on the UI thread; arriving as the
    reader ended, it marked rows already taken down: a crash report on quitting
    (seen once in CI)."""
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen) and screen.remembering is not None
        memory = screen.remembering.memory
    screen.remember(memory)  # after the end: nothing to show it on, and no error


async def test_a_note_saved_by_another_reader_is_the_one_opened_for_editing(
    tmp_path: Path,
) -> None:
    """A second reader opened its old copy of the note (a new user's trial): the
    user edited words that were no longer the note's, and the save that merged
    the two texts held the older one twice."""
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await write_note(pilot, "w", "ONE")
        other = UserStore()  # another reader of the same notes file
        document = dict(other.get(storefile.NOTES, "b/actor/a") or {})
        assert document["text"] == "ONE"
        other.put(storefile.NOTES, "b/actor/a", {**document, "text": "TWO, from the other"})
        assert other.save()
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        assert app.screen.query_one(TextArea).text == "TWO, from the other"
        app.screen.query_one(TextArea).insert(", and more")  # at the end, where the cursor is
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
    note = stored(tmp_path, storefile.NOTES)["b/actor/a"]
    assert note["text"] == "TWO, from the other, and more"  # nothing twice, no merge


async def test_a_note_saved_by_another_reader_while_this_one_types_it_is_kept_too(
    tmp_path: Path,
) -> None:
    """Both readers had the note's editor open; the other saved first; this one,
    which read the notes file again meanwhile, saved its text over the other's,
    said "Note saved." and nothing else (an analyst's trial)."""
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await remembered(pilot)
        await write_note(pilot, "w", "ONE")
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        other = UserStore()  # another reader, its editor open on the same note
        document = dict(other.get(storefile.NOTES, "b/actor/a") or {})
        other.put(storefile.NOTES, "b/actor/a", {**document, "text": "ONE [from the other]"})
        assert other.save()
        assert app.keeper.store.refresh()  # as the reader does every few seconds
        app.screen.query_one(TextArea).insert(" [from this one]")
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "both texts are kept" in toasts(app)
    text = stored(tmp_path, storefile.NOTES)["b/actor/a"]["text"]
    assert text.startswith("ONE [from this one]\n\n— written meanwhile in another briefing window")
    assert text.endswith("—\nONE [from the other]")


async def test_what_is_said_as_the_reader_ends_promises_no_later_save(tmp_path: Path) -> None:
    """Its notes folder under a file, the pin could never be saved; the first
    line printed at the end still said "saving again at the next change, and
    when you quit", after the user had quit (a new user's trial)."""
    (tmp_path / "data").write_text("a file where the folder would be\n", encoding="utf-8")
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
        await pilot.press("asterisk")
        await app.workers.wait_for_complete()
        await pilot.pause()
    said = "\n".join(app.keeper.unsaved)
    assert "1 pin and" in said and "could not be saved" in said
    assert "saving again" not in said and "when you quit" not in said


async def test_a_damaged_notes_file_left_as_it_is_is_said_again_as_the_reader_ends(
    tmp_path: Path,
) -> None:
    """A toast said it, for a few seconds; then the pins and notes were gone from
    view and nothing on the terminal said where they went (a new user's trial).
    It is left where it is until mended (a long-time user's trial)."""
    data = tmp_path / "data"
    data.mkdir()
    written = UserStore(data / "notes.json")
    written.put(storefile.NOTES, "b/quote/q", {"text": "a note", "written": "2026-11-26"})
    assert written.save()
    good = (data / "notes.json").read_bytes()
    (data / "notes.json").write_bytes(good[: len(good) // 2])  # cut short
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await remembered(pilot)
    said = "\n".join(app.keeper.unsaved)  # what could not be saved, and why
    assert "is damaged" in said and "until you mend it" in said
    assert (data / "notes.json").read_bytes() == good[: len(good) // 2]
    assert not [p for p in data.iterdir() if "damaged" in p.name]


async def test_saves_that_fail_alike_say_so_once_while_it_is_on_screen(tmp_path: Path) -> None:
    """Each save that failed put the same notice up again: they piled up over
    the note editor (a new user's trial)."""
    (tmp_path / "data").write_text("a file where the folder would be\n", encoding="utf-8")
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await remembered(pilot)
        for _ in range(3):
            await pilot.press("asterisk")  # pin, unpin, pin: a save each
            await app.workers.wait_for_complete()
            await pilot.pause()
        shown = [str(toast.render()) for toast in app.screen.query("Toast")]
        # the notes file's own notice, once; each pin's says why too, as a note's does
        said = [text for text in shown if "could not" in text and "— pin " not in text]
        assert len(said) == 1, shown


async def test_the_pins_are_listed_as_the_panes_list_their_records(tmp_path: Path) -> None:
    """`P` listed pins by kind and id: the last event of the chronology pinned
    first came before it, an event before an actor. They follow the panes now."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await remembered(pilot)
        chronology = screen.queries.chronology
        first, last = chronology[0], chronology[-1]
        assert first.id > last.id  # by id, the order would be the other way round
        await pilot.press("tab", "G", "asterisk", "g", "asterisk")  # the last event, the first
        await pilot.press("shift+tab", "G", "asterisk")  # an actor, pinned last
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, PinsScreen)
        listed = rows(app, "pins", 7)
    kinds = [row.split("★", 1)[1].split()[0] for row in listed if "★" in row]
    assert kinds == ["actor", "event", "event"]
    events = [row for row in listed if "event" in row]
    assert first.title[:20] in events[0] and last.title[:20] in events[1]


async def test_a_pin_saved_by_another_reader_is_marked_in_its_row_after_p(
    tmp_path: Path,
) -> None:
    """The panes' marks were made again only when this reader's memory changed
    (its version): a pin saved by another reader, read again at `P` and listed
    there, was still not in its row after Back."""
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await remembered(pilot)
        assert "★" not in rows(app, "actors")[1]
        other = BriefingMemory(UserStore(), screen.briefing)  # another reader's
        assert other.toggle_pin(other.key("actor", "a")) and other.store.save()
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, PinsScreen)
        assert any("★" in row for row in rows(app, "pins", 4))  # listed there
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        assert rows(app, "actors")[1].endswith("★")
        assert header(app).startswith("★1 │ as of")


async def test_the_pinned_actors_are_listed_under_the_panes_headings_order(
    tmp_path: Path,
) -> None:
    """The actors pane lists people, then organisations, states and groups; `P`
    listed pinned actors as the briefing's file holds them (its states first)."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await remembered(pilot)
        actors = screen.queries.actors
        state = next(a for a in actors if a.kind == "state")
        person = next(a for a in actors if a.kind == "person")
        assert actors.index(state) < actors.index(person)  # in the file: the state first
        assert screen.remembering is not None
        memory = screen.remembering.memory
        for actor in (state, person):
            memory.toggle_pin(memory.key("actor", actor.id))
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, PinsScreen)
        listed = [row for row in rows(app, "pins", 6) if "★" in row]
    assert person.name[:20] in listed[0] and state.name[:20] in listed[1]


async def test_another_readers_pin_shows_here_without_a_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two readers open: one unpinned, and the other's rows and header's ★
    count went on saying pinned, disagreeing with its own `P` (a trial). The
    notes file is looked at again every few seconds, and what changed shown."""
    from briefing.screens import briefing_screen

    monkeypatch.setattr(briefing_screen, "OTHERS_LOOK_SECONDS", 0.1)
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        screen = await remembered(pilot)
        assert "★" not in rows(app, "actors")[1]
        other = BriefingMemory(UserStore(), screen.briefing)  # another reader's
        assert other.toggle_pin(other.key("actor", "a")) and other.store.save()
        await until(pilot, lambda: rows(app, "actors")[1].endswith("★"), "the pin shown")
        assert header(app).startswith("★1 │ as of")
        assert other.toggle_pin(other.key("actor", "a")) is False and other.store.save()
        await until(pilot, lambda: "★" not in rows(app, "actors")[1], "the unpin shown")
        assert not header(app).startswith("★")


async def test_a_pin_or_a_note_in_an_empty_pane_says_there_is_no_record(tmp_path: Path) -> None:
    """`w` and `*` in a pane a filter had emptied did nothing and said nothing;
    the analyst then typed the note's words into the pane, as keys (a trial)."""
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await remembered(pilot)
        await pilot.press("slash", *"zzzz", "enter")
        await pilot.pause()
        await pilot.press("w")
        await pilot.pause()
        assert not isinstance(app.screen, NoteEditor)
        assert "No record under the cursor to write a note on" in toasts(app)
        assert "W writes a note on the briefing" in toasts(app)
        await pilot.press("asterisk")
        await pilot.pause()
        assert "No record under the cursor to pin" in toasts(app)
    assert stored(tmp_path, storefile.PINS) == {}


async def test_ctrl_c_in_a_note_with_nothing_selected_says_how_to_quit(tmp_path: Path) -> None:
    app = reader(content_of(tmp_path), tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await remembered(pilot)
        await pilot.press("w")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        app.screen.query_one(TextArea).insert("draft")
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)  # the draft is still there
        assert "Nothing is selected to copy. To quit, close the note first: Esc keeps it." in (
            toasts(app)
        )
