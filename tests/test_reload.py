"""Content changed under the reader: it reads the briefing again, live, in the same state.

An edit is taken in: the same screen, filters, rows and history, the quote
viewer reopened on the new text. While the files do not open, the last good
version stays on screen and `!` shows the problems.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, write_folder
from reader_helpers import SIZE, SMALL, drawn, reader, settle, toasts, until

from briefing.screens import live
from briefing.screens.app import BriefingApp
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.footer import KeysFooter
from briefing.screens.keeper import NEVER_OPENED
from briefing.screens.library import LibraryScreen
from briefing.screens.problems import ProblemsScreen
from briefing.screens.quote_viewer import QuoteViewer

#: a bound on every wait for the reader to notice (it looks every POLL_SECONDS)


@pytest.fixture(autouse=True)
def _look_often(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(live, "POLL_SECONDS", 0.2)


def footer_keys(app: BriefingApp) -> dict[str, str]:
    """The keys the footer shows now, with their descriptions."""
    return {
        key: binding.description
        for key, (_, binding, enabled, _) in app.screen.active_bindings.items()
        if binding.show and enabled
    }


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def header(screen: BriefingScreen) -> str:
    """The briefing screen's header line, as drawn."""
    return str(screen.query_one("#header").render())


def shown_briefing(app: BriefingApp) -> BriefingScreen:
    screen = app.open_briefing()
    assert screen is not None
    return screen


def library_of_two(tmp_path: Path) -> tuple[Path, Path]:
    """A content folder of two briefings, and the folder of the second (id `second`)."""
    library = tmp_path / "library"
    write_folder(library / "a-first", briefing_files())
    second = str(BASE_FILES["briefing.yaml"]).replace("id: b\n", "id: second\n")
    return library, write_folder(library / "b-second", briefing_files(**{"briefing.yaml": second}))


async def test_an_edit_is_read_again_live_with_the_viewer_reopened_on_the_new_text(
    tmp_path: Path,
) -> None:
    folder = write_folder(tmp_path / "content" / "b", briefing_files())
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, BriefingScreen)
        await pilot.press("tab", "tab", "enter")  # reading the quote in its source
        assert isinstance(app.screen, QuoteViewer)

        edit(folder / "briefing.yaml", "title: T\n", "title: T, revised\n")
        edit(folder / "sources" / "s.txt", "She said hello world.", "Later, she said hello world.")
        await until(pilot, lambda: shown_briefing(app).briefing.title == "T, revised", "a reload")
        await settle(pilot)
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer)  # reopened, on the new text
        source = viewer.queries.source("s").text
        assert source is not None and source.startswith("Later, she said hello world.")
        assert "Read again from disk." in toasts(app)


async def test_a_quote_removed_while_it_is_read_closes_its_viewer_and_says_so(
    tmp_path: Path,
) -> None:
    """The viewer closed and the only word was "Read again from disk." (a new user's trial)."""
    folder = write_folder(tmp_path / "content" / "b", briefing_files())
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")
        assert isinstance(app.screen, QuoteViewer)
        quotes = "quotes:\n  - id: q\n    text: hello world\n    speaker: a\n    source: s\n"
        edit(folder / "briefing.yaml", quotes, "")
        await until(pilot, lambda: not shown_briefing(app).queries.quotes, "a reload")
        await settle(pilot)
        assert isinstance(app.screen, BriefingScreen)
        assert "Read again from disk. The quote you were reading is no longer in it." in toasts(app)


async def test_filters_and_rows_stay_and_a_gone_record_s_filter_goes(tmp_path: Path) -> None:
    files = str(BASE_FILES["briefing.yaml"]).replace(
        "  - id: a\n    name: A\n    kind: person\n",
        "  - id: a\n    name: A\n    kind: person\n  - id: z\n    name: Z\n    kind: person\n",
    )
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": files}))
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        screen = shown_briefing(app)
        await pilot.press("j", "enter")  # narrowed to Z
        assert screen.state.record_filter is not None and screen.state.record_filter.id == "z"
        edit(folder / "briefing.yaml", "name: Z\n", "name: Zed\n")
        await until(pilot, lambda: screen.queries.actor("z").name == "Zed", "a reload")
        assert screen.state.record_filter is not None and screen.state.record_filter.id == "z"
        edit(folder / "briefing.yaml", "  - id: z\n    name: Zed\n    kind: person\n", "")
        await until(pilot, lambda: len(screen.queries.actors) == 1, "a reload")
        assert screen.state.record_filter is None  # its actor is gone: the whole briefing
        said = "The actor the panes were filtered by is no longer in it."
        # (the notice comes a moment after the records: read at once, it was not up yet)
        await until(pilot, lambda: said in toasts(app), "the notice of the filter gone")
        await pilot.press("backspace")  # the history led to Z: forgotten, nothing breaks
        assert app.screen is screen


async def test_while_the_files_do_not_open_the_last_good_version_stays(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "content" / "b", briefing_files())
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        screen = shown_briefing(app)
        assert "exclamation_mark" not in footer_keys(app)
        edit(folder / "sources" / "s.txt", "She said hello world.", "She said goodbye.")
        await until(pilot, lambda: bool(app.problems), "a failed reload")
        assert app.screen is screen  # the last good version, still readable
        assert screen.queries.quote("q").text == "hello world"
        assert footer_keys(app)["exclamation_mark"] == "Problems"
        await until(pilot, lambda: "Press ! to see the problems" in toasts(app), "the notice")
        app.clear_notifications()  # gone after 15 s: the header still says it
        await pilot.pause()
        assert header(screen).startswith("⚠ its files have 1 error (!): the last version that")
        await pilot.press("exclamation_mark")
        problems = app.screen
        assert isinstance(problems, ProblemsScreen)
        assert [p.code for p in problems.problems] == ["quote-not-found"]
        shown = footer_keys(app)  # a modal screen: it had none of the app's keys
        assert shown.get("q") == "Quit" and shown.get("question_mark") == "Keys"
        await pilot.press("escape")
        edit(folder / "sources" / "s.txt", "She said goodbye.", "She said hello world!")
        await until(pilot, lambda: not app.problems, "a good reload")
        assert "exclamation_mark" not in footer_keys(app)
        await until(pilot, lambda: "the files open again" in toasts(app), "its notice")
        assert "Press ! to see the problems" not in toasts(app)  # gone with the errors
        assert "⚠" not in header(screen)


async def test_at_80x24_the_footer_keeps_the_problems_key(tmp_path: Path) -> None:
    """`! Problems` was the first key cut at 80 columns, while the screen showed
    a version its files no longer give (a trial): it is kept, as `?` is."""
    folder = write_folder(tmp_path / "content" / "b", briefing_files())
    app = reader(folder, tmp_path)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await settle(pilot)
        edit(folder / "sources" / "s.txt", "She said hello world.", "She said goodbye.")
        await until(pilot, lambda: bool(app.problems), "a failed reload")
        await pilot.pause()
        line = app.screen.query_one(KeysFooter).render().plain
        assert "! Problems" in line and "? Keys" in line and "⏎ Filter by it" in line


async def test_errors_fixed_while_in_the_library_are_not_offered_again(tmp_path: Path) -> None:
    """Broken while open, fixed once back in the library, the briefing opened
    again still offered `! Problems` with the old errors (a trial)."""
    library, second = library_of_two(tmp_path)
    app = reader(library, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter")
        await settle(pilot)
        edit(second / "sources" / "s.txt", "She said hello world.", "She said goodbye.")
        await until(pilot, lambda: bool(app.problems), "a failed reload")
        await pilot.press("backspace")
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library")
        library_screen = app.screen
        edit(second / "sources" / "s.txt", "She said goodbye.", "She said hello world.")
        await until(pilot, lambda: all(s.opens for s in library_screen.summaries), "the fix")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, BriefingScreen), "the briefing")
        await settle(pilot)
        assert app.problems == ()
        assert "exclamation_mark" not in footer_keys(app)


async def test_a_briefing_opened_from_the_library_stays_over_it(tmp_path: Path) -> None:
    library, folder = library_of_two(tmp_path)
    app = reader(library, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("j", "enter")
        screen = shown_briefing(app)
        assert screen.briefing.id == "second"
        edit(folder / "briefing.yaml", "name: A\n", "name: A. Person\n")
        await until(pilot, lambda: screen.queries.actor("a").name == "A. Person", "a reload")
        assert app.screen is screen
        assert isinstance(app.screen_stack[-2], LibraryScreen)  # still there to go back to


async def test_an_unchanged_briefing_folder_opened_directly_is_not_read_again(
    tmp_path: Path,
) -> None:
    """A briefing folder given directly is its own content directory: its files are
    looked for where they are, not under a folder of its name inside itself."""
    folder = write_folder(tmp_path / "content" / "b", briefing_files())
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        screen = shown_briefing(app)
        queries = screen.queries
        await pilot.pause(1.5)  # several looks
        assert screen.queries is queries and "Read again" not in toasts(app)
        edit(folder / "briefing.yaml", "title: T\n", "title: T2\n")
        await until(pilot, lambda: screen.briefing.title == "T2", "a reload")


async def test_a_briefing_whose_folder_is_moved_away_says_so_and_stays(tmp_path: Path) -> None:
    """It said "This briefing's files now have 0 errors … Press ! to see the
    problems", with no `!` to press (a new user's trial)."""
    content = tmp_path / "content"
    folder = write_folder(content / "b", briefing_files())
    base = BASE_FILES["briefing.yaml"]
    assert isinstance(base, str)
    write_folder(
        content / "other", briefing_files(**{"briefing.yaml": base.replace("id: b", "id: c", 1)})
    )
    app = reader(content, tmp_path, "b")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        screen = shown_briefing(app)
        folder.rename(tmp_path / "elsewhere")
        await until(pilot, lambda: "folder is gone" in toasts(app), "a notice")
        assert "Press !" not in toasts(app) and "0 errors" not in toasts(app)
        assert "exclamation_mark" not in footer_keys(app)
        assert app.open_briefing() is screen
        assert screen.queries.quote("q").text == "hello world"  # the last version read
        assert header(screen).startswith("⚠ its folder is gone: the last version read")
        # Removed file by file, it was said to be gone three times: once is enough.
        folder.mkdir()  # something there again, still no briefing: read again
        (folder / "notes.txt").write_text("not a briefing\n", encoding="utf-8")
        await until(pilot, lambda: "no longer in its folder" in toasts(app), "its folder back")
        assert header(screen).startswith("⚠ no longer in its folder: the last version read")
        (folder / "more.txt").write_text("still not a briefing\n", encoding="utf-8")
        for _ in range(10):
            await pilot.pause(0.1)
        assert toasts(app).count("no longer in its folder") == 1
        assert toasts(app).count("folder is gone") == 1


async def test_back_in_the_library_a_briefing_read_again_is_listed_as_it_is_now(
    tmp_path: Path,
) -> None:
    """The library kept the row of the briefing as first read: its old title and
    counts (a new user's trial), though the briefing itself showed the new ones."""
    library, folder = library_of_two(tmp_path)
    app = reader(library, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("j", "enter")
        screen = shown_briefing(app)
        edit(folder / "briefing.yaml", "title: T\n", "title: Retitled\n")
        await until(pilot, lambda: screen.briefing.title == "Retitled", "a reload")
        await pilot.press("backspace")
        await settle(pilot)
        library_screen = app.screen
        assert isinstance(library_screen, LibraryScreen)
        titles = [row.summary.title for row in library_screen.shown]
        assert "Retitled" in titles and titles.count("T") == 1
        assert "Retitled" in drawn(library_screen.listing)


async def test_the_library_lists_a_broken_briefing_fixed_and_a_folder_added(
    tmp_path: Path,
) -> None:
    """A new user's trial: a broken briefing fixed while the library was on
    screen still showed its errors, and Enter said them again, until the
    reader was started again. The library looks at its files as the open
    briefing does."""
    library, second = library_of_two(tmp_path)
    edit(second / "briefing.yaml", "kind: person", "kind: persn")
    app = reader(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert [s.opens for s in screen.summaries] == [True, False]
        edit(second / "briefing.yaml", "kind: persn", "kind: person")
        await until(pilot, lambda: all(s.opens for s in screen.summaries), "the fix listed")
        # never opened, as the library says of every other (a third trial: it said nothing)
        await until(pilot, lambda: all(r.reading == NEVER_OPENED for r in screen.rows), "read")
        third = str(BASE_FILES["briefing.yaml"]).replace("id: b\n", "id: third\n")
        write_folder(library / "c-third", briefing_files(**{"briefing.yaml": third}))
        await until(pilot, lambda: len(screen.shown) == 3, "the new folder listed")
        assert app.screen is screen


async def test_a_briefing_whose_file_is_rebuilt_as_it_opens_opens_from_the_library(
    tmp_path: Path,
) -> None:
    """The index keeps the first open's callbacks for the loading screen and
    calls them again for a briefing's file it rebuilds; from the library that
    is the app's own thread, where call_from_thread raised (a review)."""
    library, _ = library_of_two(tmp_path)
    app = reader(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        for built in tmp_path.glob("index.json.briefings/*.json"):
            built.write_bytes(built.read_bytes()[:100])  # damaged: rebuilt as it is opened
        app.screen.show_briefing("b")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, BriefingScreen) and app.screen.briefing.id == "b"


async def test_a_library_folder_gone_is_said_once_not_at_every_look(tmp_path: Path) -> None:
    """The library's files looked at again and again, each look a failed read
    and a new notice: one every POLL_SECONDS (a review)."""
    library, _ = library_of_two(tmp_path)
    app = reader(library, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        library.rename(tmp_path / "moved")
        await until(pilot, lambda: "could not be read again" in toasts(app), "the loss said")
        await pilot.pause(1.5)  # several looks
        assert toasts(app).count("could not be read again") == 1
        (tmp_path / "moved").rename(library)  # back: listed again as it is
        await until(pilot, lambda: app.changed is None and app.on_disk, "read again")


async def test_an_event_s_title_lengthened_live_takes_the_rows_it_needs(tmp_path: Path) -> None:
    """The chronology keeps each event's row height by id, once per width: an
    event whose title the author lengthened was still drawn in two lines, its
    title's second line in place of its place and people."""
    folder = write_folder(tmp_path / "content" / "b", briefing_files())
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        chronology = shown_briefing(app).query_one("#chronology-list")
        assert "participants not named" in drawn(chronology)
        long = "Long " * 40 + "end"
        edit(folder / "briefing.yaml", "title: E\n", f"title: {long}\n")
        await until(pilot, lambda: "Long Long" in drawn(chronology), "a reload")
        assert "participants not named" in drawn(chronology)  # the row's third line


async def test_an_edit_made_while_the_reader_opens_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The files were noted after the first frame, not as the index read them:
    an edit made in between (while a large library is built, seconds) was taken
    as what was read, and the reader showed the old words until another edit."""
    from briefing.screens import app as app_module

    folder = write_folder(tmp_path / "content" / "b", briefing_files())
    opened = app_module.open_index

    def open_then_edited(*args: object, **kwargs: object) -> object:
        index = opened(*args, **kwargs)  # type: ignore[arg-type]
        edit(folder / "briefing.yaml", "title: T\n", "title: T, revised\n")
        return index

    monkeypatch.setattr(app_module, "open_index", open_then_edited)
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)  # (its first look may have come by now: no "T" asserted)
        await until(pilot, lambda: shown_briefing(app).briefing.title == "T, revised", "a reload")


async def test_the_viewer_and_details_say_their_words_are_no_longer_the_files(
    tmp_path: Path,
) -> None:
    """With a source changed so that its quote no longer opens, the viewer went
    on showing the old words with no sign; the header under it said so (an
    author's trial). The viewer says it too, and details and the summary opened
    then, until the files open again."""
    from briefing.screens.details import DetailsScreen

    folder = write_folder(tmp_path / "content" / "b", briefing_files())
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer)
        assert not viewer.query_one(".outdated-line").display
        edit(folder / "sources" / "s.txt", "She said hello world.", "She said goodbye.")
        await until(pilot, lambda: bool(app.problems), "a failed reload")
        assert app.screen is viewer  # the last good version, still readable
        line = viewer.query_one(".outdated-line")
        assert line.display and str(line.render()).startswith("⚠ its files have 1 error (!)")
        await pilot.press("escape", "shift+tab", "shift+tab", "d")  # an actor's details
        details = app.screen
        assert isinstance(details, DetailsScreen)
        assert details.query_one(".outdated-line").display
        await pilot.press("escape", "s")  # the summary
        assert app.screen.query_one(".outdated-line").display
        await pilot.press("escape", "d")
        edit(folder / "sources" / "s.txt", "She said goodbye.", "She said hello world!")
        await until(pilot, lambda: not app.problems, "a good reload")
        await settle(pilot)
        shown = app.screen  # details reopened on the new records
        assert isinstance(shown, DetailsScreen) and not shown.query_one(".outdated-line").display


@pytest.mark.parametrize("size", [SIZE, SMALL])
async def test_a_filter_being_typed_keeps_the_keys_through_a_reload(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """`/`, a few letters, a colleague saves a file: the reload took the focus
    to the list, and the next letters ran commands (`A` marked every record
    seen, `e` opened the export: a trial of a shared desk)."""
    from textual.widgets import Input

    folder = write_folder(tmp_path / "content" / "b", briefing_files())
    app = reader(folder, tmp_path)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        screen = shown_briefing(app)
        await pilot.press("slash", *"hel")
        await pilot.pause()
        box = app.focused
        assert isinstance(box, Input) and box.value == "hel"
        edit(folder / "briefing.yaml", "title: T\n", "title: T, revised\n")
        await until(pilot, lambda: screen.briefing.title == "T, revised", "a reload")
        await pilot.pause()
        await pilot.press(*"lo Ae")
        await pilot.pause()
        assert app.screen is screen  # no export, nothing else opened
        assert app.focused is box and box.value == "hello Ae"
        # the notice stands at the top, not over the box (at 80x24 it hid it)
        notice = screen.query_one("Toast")
        assert "Read again from disk." in str(notice.render())
        assert notice.region.bottom <= box.region.y
        await pilot.press("enter")  # back to the list: notices at the bottom again
        await pilot.pause()
        app.notify("A notice.")
        await until(pilot, lambda: "A notice." in toasts(app), "the notice")
        await pilot.pause()
        (latest,) = [t for t in screen.query("Toast") if "A notice." in str(t.render())]
        assert latest.region.bottom > box.region.y


async def test_a_note_being_written_is_not_closed_by_an_edit_of_the_files(
    tmp_path: Path,
) -> None:
    """A file saved in an editor closed what was open over the briefing (the
    list of briefings an actor is also in, a note being written) with no word,
    and the next Esc left the briefing (a trial). The briefing is read again
    once that is closed."""
    from textual.widgets import TextArea

    from briefing.screens.note_editor import NoteEditor

    folder = write_folder(tmp_path / "content" / "b", briefing_files())
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("w")  # a note on the actor under the cursor
        await pilot.pause()
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        editor.query_one(TextArea).insert("half a thought")
        edit(folder / "briefing.yaml", "title: T\n", "title: T, revised\n")
        await pilot.pause(live.POLL_SECONDS * 4)
        assert app.screen is editor  # still writing
        assert shown_briefing(app).briefing.title == "T"
        await pilot.press("escape")  # the note kept, the editor closed
        await until(pilot, lambda: shown_briefing(app).briefing.title == "T, revised", "a reload")
        assert isinstance(app.screen, BriefingScreen)


async def test_the_warnings_list_is_read_again_while_it_is_open(tmp_path: Path) -> None:
    """`!` is for walking the warnings while fixing them: a fix made while it
    was open was not read until it closed, and the fixed warning stayed listed
    (a review). It is read again in place, on the item it stood on; once the
    files break, it lists their errors."""
    from test_warned_records import warned_briefing

    folder = warned_briefing(tmp_path)
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("exclamation_mark")
        await until(pilot, lambda: isinstance(app.screen, ProblemsScreen), "the list")

        def title() -> str:  # "" while the list is made again (its screen not yet composed)
            return next((str(w.render()) for w in app.screen.query("#problems-title")), "")

        assert title().startswith("5 warnings")
        edit(folder / "briefing.yaml", "text: ello world", "text: hello world")  # mended
        await until(pilot, lambda: "4 warnings" in title(), "the list read again")
        assert isinstance(app.screen, ProblemsScreen)
        edit(folder / "briefing.yaml", "as_of: 2022-02-10", "as_of: 2022-02-31")  # broken
        await until(
            pilot,
            lambda: isinstance(app.screen, ProblemsScreen) and "error" in drawn_text(app),
            "the errors listed",
        )
        # the last good version stays, and the header still counts its warnings
        assert "⚠4 warnings" in header(shown_briefing(app))


def drawn_text(app: BriefingApp) -> str:
    return " ".join(str(s.render()) for s in app.screen.query("Static"))
