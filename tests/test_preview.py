"""A large briefing shows its first rows at once, and the whole when it is read.

The index keeps a preview of a large briefing (its first rows of each list,
with every record they name) at the start of its file; the reader shows it
while the whole is read in a worker, says so, and then shows the whole in
its place. Here "large" is made small (a threshold of a few records) so that
the bundled briefing has a preview.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from reader_helpers import SIZE, drawn, reader, toasts, until
from textual.command import CommandList
from textual.containers import VerticalScroll
from textual.widgets import Static, TextArea

from briefing.files.config import CONFIG_DIR_ENV
from briefing.files.locations import bundled_content_dir
from briefing.index import preview
from briefing.index.store import Index, open_index
from briefing.records.refs import Kind, RecordRef
from briefing.records.words import SearchQuery
from briefing.screens import palette
from briefing.screens.app import BriefingApp
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.details import DetailsScreen
from briefing.screens.library import LibraryScreen
from briefing.screens.palette import ReaderPalette
from briefing.screens.quote_viewer import QuoteViewer
from briefing.screens.record_list import RecordList
from briefing.screens.source_list import SourceList
from briefing.screens.state import SearchTarget
from briefing.screens.summary import SummaryScreen

ROWS = 4


@pytest.fixture(autouse=True)
def _small_previews(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(preview, "PREVIEW_FROM_RECORDS", 20)
    monkeypatch.setattr(preview, "ROWS", ROWS)
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """The bundled briefing, and a small one beside it (which gets no preview)."""
    folder = tmp_path / "content"
    shutil.copytree(bundled_content_dir(), folder)
    return folder


def opened(content: Path, tmp_path: Path) -> Index:
    return open_index(content, tmp_path / "index.json", workers=1)


def test_a_large_briefing_has_a_preview_of_its_first_rows(content: Path, tmp_path: Path) -> None:
    index = opened(content, tmp_path)
    (summary,) = index.summaries()
    assert summary.id is not None
    found = index.preview(summary.id)
    assert found is not None
    first, totals = found
    whole = index.queries(summary.id)
    assert (totals.actors, totals.events, totals.quotes) == (
        len(whole.actors),
        len(whole.chronology),
        len(whole.quotes),
    )
    # The first rows of each list as the reader orders them...
    assert [e.id for e in first.chronology[:ROWS]] == [e.id for e in whole.chronology[:ROWS]]
    assert [q.id for q in first.quotes] == [q.id for q in whole.quotes[:ROWS]]
    for kind in {a.kind for a in whole.actors}:
        of_kind = [a.id for a in whole.actors if a.kind == kind][:ROWS]
        assert [a.id for a in first.actors if a.kind == kind][: len(of_kind)] == of_kind
    # ... and every record they name, the same as in the whole.
    for quote in first.quotes:
        assert first.source(quote.source) == whole.source(quote.source)
        assert first.actor(quote.speaker) == whole.actor(quote.speaker)
    for event in first.chronology:
        assert event == whole.event(event.id)
        for actor in event.actors:
            assert first.actor(actor) == whole.actor(actor)
    assert len(first.chronology) < len(whole.chronology)


def test_a_briefing_under_the_threshold_has_none(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(preview, "PREVIEW_FROM_RECORDS", 10_000)
    index = opened(content, tmp_path)
    (summary,) = index.summaries()
    assert summary.id is not None
    assert index.preview(summary.id) is None


def test_a_damaged_preview_is_not_trusted(content: Path, tmp_path: Path) -> None:
    index = opened(content, tmp_path)
    (summary,) = index.summaries()
    assert summary.id is not None
    (file,) = (tmp_path / "index.json.briefings").glob("*.json")
    data = file.read_bytes()
    at = data.index(b'"_preview"')
    file.write_bytes(data[: at + 30] + b"\x00garbage" + data[at + 38 :])
    assert opened(content, tmp_path).preview(summary.id) is None


@pytest.fixture
def slow_whole(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The whole briefing is read only once the test lets it."""
    let_go = threading.Event()
    read_whole = Index.queries

    def held(self: Index, briefing_id: str) -> object:
        assert let_go.wait(20), "the test never let the whole be read"
        return read_whole(self, briefing_id)

    monkeypatch.setattr(Index, "queries", held)
    yield let_go
    let_go.set()


@pytest.fixture
def failing_whole(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Reading the whole briefing fails (its file gone) once the test lets it."""
    let_go = threading.Event()

    def failing(self: Index, briefing_id: str) -> object:
        assert let_go.wait(20), "the test never let the reading fail"
        raise OSError("the index file went away")

    monkeypatch.setattr(Index, "queries", failing)
    yield let_go
    let_go.set()


def header(app: BriefingApp) -> str:
    """What the header says, whole: drawn, it is cut to the width (at 120
    columns, in the middle of what it says of the rest being read)."""
    return str(app.screen.query_one("#header", Static).visual)


def briefing_shown(app: BriefingApp) -> bool:
    """The briefing screen is up, its header drawn (not only pushed), and its
    panes listing their records: on a busy machine the header came a message
    before the panes' rows, and a cursor moved in between was moved on a list
    still empty (a title still without its count)."""
    return (
        isinstance(app.screen, BriefingScreen)
        and bool(app.screen.query("#header"))
        and all(
            "(" in str(title.render())
            for pane in ("actors", "chronology", "quotes")
            for title in app.screen.query(f"#{pane} .pane-title")
        )
        and len(app.screen.query(".pane-title")) == 3
    )


def pane_title(app: BriefingApp, pane: str) -> str:
    return str(app.screen.query_one(f"#{pane} .pane-title").render())


async def test_the_first_rows_show_before_the_whole_is_read(
    content: Path, tmp_path: Path, slow_whole: threading.Event
) -> None:
    opened(content, tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: briefing_shown(app), "the first rows")
        assert "the first rows; reading all 32 actors, 32 events, 10 quotes" in header(app)
        assert "the first" in pane_title(app, "chronology")
        assert "of 32" in pane_title(app, "chronology")
        await pilot.press("j")  # the first rows can be read meanwhile
        slow_whole.set()
        await until(pilot, lambda: "reading" not in header(app), "the whole")
        assert pane_title(app, "chronology").endswith("(32)")
        assert isinstance(app.screen, BriefingScreen) and app.screen.reading is None


async def test_from_the_library_too(content: Path, tmp_path: Path) -> None:
    shutil.copytree(content / "ukraine-diplomacy-2022-02-10", content / "other")
    briefing = content / "other" / "briefing.yaml"
    text = briefing.read_text(encoding="utf-8")
    briefing.write_text(text.replace("id: ", "id: other-", 1), encoding="utf-8")
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, LibraryScreen), "the library")
        await pilot.press("enter")
        await until(pilot, lambda: briefing_shown(app), "the briefing")
        await until(pilot, lambda: "reading" not in header(app), "the whole")
        assert pane_title(app, "quotes").endswith("(10)")


async def test_the_whole_read_before_the_preview_is_drawn_takes_its_place(
    content: Path, tmp_path: Path
) -> None:
    """On a busy machine the whole can come before the preview's screen is mounted."""
    index = opened(content, tmp_path)
    (summary,) = index.summaries()
    assert summary.id is not None
    found = index.preview(summary.id)
    assert found is not None
    screen = BriefingScreen(found[0], reading=found[1])
    screen.take_whole(index.queries(summary.id))  # not mounted yet: no crash
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: briefing_shown(app), "the briefing")
        await app.push_screen(screen)
        await pilot.pause()
        assert "reading" not in header(app)
        assert pane_title(app, "chronology").endswith("(32)")


def shown_text(app: BriefingApp) -> str:
    """Every Static of the screen on top, as drawn, joined."""
    return " ".join(str(s.render()) for s in app.screen.query(Static))


async def test_the_summary_opened_before_the_whole_is_read_says_the_whole_counts(
    content: Path, tmp_path: Path, slow_whole: threading.Event
) -> None:
    """A new user's trial: `s` pressed while a large briefing was read showed the
    first rows' counts (717 actors of 32,000) as the briefing's, and kept them."""
    opened(content, tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: briefing_shown(app), "the first rows")
        await pilot.press("s")
        assert isinstance(app.screen, SummaryScreen)
        said = shown_text(app)
        assert "32 actors · 32 events · 10 quotes" in said  # the whole's, known already
        # What is not known yet says so: the sources are read with the rest.
        assert "reading them with the rest of the briefing…" in said
        assert not app.screen.query(SourceList)
        await pilot.press("j", "j")  # read on meanwhile: the reader stays where it is
        slow_whole.set()
        await until(pilot, lambda: app.screen.query(SourceList), "the sources listed")
        box = app.screen.query_one("#summary-box", VerticalScroll)
        await until(pilot, lambda: box.scroll_y == 2, "the place kept")
        said = shown_text(app)
        assert "32 actors · 32 events · 10 quotes" in said
        assert "reading" not in said
        assert "Every event here rests on one published source" in said
        assert "Truss meets Lavrov" in app.screen.query_one(SourceList).shown_text


async def test_the_summary_opened_on_the_first_rows_shows_the_note_when_it_is_read(
    content: Path, tmp_path: Path, slow_whole: threading.Event
) -> None:
    """The note on the briefing is read with the reader's memory, after the whole:
    a summary opened before showed none, even once it was read."""
    app = reader(content, tmp_path)
    slow_whole.set()
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: briefing_shown(app) and app.screen.remembering, "the memory")
        await pilot.press("W")
        await pilot.pause()
        app.screen.query_one(TextArea).insert("Read with the Kyiv talks.")
        await pilot.press("escape")
        await app.workers.wait_for_complete()
    slow_whole.clear()
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: briefing_shown(app), "the first rows")
        await pilot.press("s")
        assert "Read with the Kyiv talks." not in shown_text(app)
        slow_whole.set()
        await until(pilot, lambda: "Read with the Kyiv talks." in shown_text(app), "the note")
        await until(pilot, lambda: isinstance(app.focused, VerticalScroll), "the summary's focus")
        box = app.screen.query_one("#summary-box", VerticalScroll)
        await pilot.press("pagedown")  # the keys still go to the summary
        await until(pilot, lambda: box.scroll_y > 0, "a page down in the summary")


async def test_details_opened_on_the_first_rows_list_the_whole_records_when_read(
    content: Path, tmp_path: Path, slow_whole: threading.Event
) -> None:
    """`d` on an actor of the first rows: its affiliation (not among them) raised
    a KeyError, and its events and quotes were those of the first rows, for good."""
    app = reader(content, tmp_path)
    slow_whole.set()
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: briefing_shown(app) and app.screen.remembering, "the memory")
    slow_whole.clear()
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: briefing_shown(app), "the first rows")
        app.screen.query_one("#actors-list", RecordList).move_to("emmanuel-macron")
        await pilot.press("d")
        assert isinstance(app.screen, DetailsScreen)
        said = shown_text(app)
        assert "France" in said and "5 events" in said  # its own fields: all known
        assert "Events (" not in said and "listed once the whole briefing is read" in said
        assert not app.screen.check_action("pin", ())  # the memory comes after the whole
        slow_whole.set()
        await until(pilot, lambda: "Events (5)" in shown_text(app), "the whole's events")
        assert "Quotes (3)" in shown_text(app)
        await until(pilot, lambda: app.screen.check_action("pin", ()), "the memory")
        await pilot.press("asterisk")
        await until(pilot, lambda: "pinned" in shown_text(app), "the pin")


async def test_an_events_details_on_the_first_rows_count_its_quotes_when_read(
    content: Path, tmp_path: Path, slow_whole: threading.Event
) -> None:
    opened(content, tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: briefing_shown(app), "the first rows")
        await pilot.press("tab")
        app.screen.query_one("#chronology-list", RecordList).move_to("foreign-ministry-warning")
        await pilot.press("d")
        assert isinstance(app.screen, DetailsScreen)
        assert "1 quote" not in shown_text(app)  # one of its two is beyond the first rows
        slow_whole.set()
        await until(pilot, lambda: "2 quotes" in shown_text(app), "the whole's count")


async def test_find_opens_on_the_first_rows_only_what_they_hold(
    tmp_path: Path, slow_whole: threading.Event
) -> None:
    """Find reads the index, not the first rows: a passage of a source none of
    them names was opened from them, a KeyError (a crash report); the summary
    said the first rows' counts."""
    from bench.generate import generate

    content = generate(tmp_path / "big", 10)
    opened(content, tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await until(pilot, lambda: briefing_shown(app), "the first rows")
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        source = next(
            s.id
            for s in opened(content, tmp_path).briefing(screen.briefing.id).sources
            if not screen.queries.has(RecordRef(Kind.SOURCE, s.id))
        )
        query = SearchQuery.parse("crisis")
        screen.show_search_result(SearchTarget(screen.briefing.id, "passage", source, query))
        await pilot.pause()
        assert app.screen is screen
        assert "not read yet" in toasts(app)
        # The briefing's own result, its summary: the whole's counts, as from `s`.
        screen.show_search_result(SearchTarget(screen.briefing.id, "briefing", "", query))
        await pilot.pause()
        assert isinstance(app.screen, SummaryScreen)
        assert "reading them with the rest of the briefing…" in shown_text(app)
        slow_whole.set()  # (else the reader, ending, waits for the held read)


async def test_the_quote_viewer_on_the_first_rows_steps_through_the_whole_when_read(
    content: Path, tmp_path: Path, slow_whole: threading.Event
) -> None:
    """ "Quote 1 of 4" was the first rows' count, and n stopped at the fourth quote of
    ten, even once the whole was read."""
    opened(content, tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await until(pilot, lambda: briefing_shown(app), "the first rows")
        await pilot.press("tab", "tab", "enter")
        assert isinstance(app.screen, QuoteViewer)
        assert position(app).startswith(f"Quote 1 of {ROWS} read so far · ")
        await pilot.press(*"n" * ROWS)
        assert position(app).startswith(f"Quote {ROWS} of {ROWS} read so far · ")
        assert "the rest come in a moment" in toasts(app)
        slow_whole.set()
        await until(pilot, lambda: position(app).startswith(f"Quote {ROWS} of 10 · "), "all 10")
        await pilot.press("n")
        assert position(app).startswith(f"Quote {ROWS + 1} of 10 · ")


def position(app: BriefingApp) -> str:
    return str(app.screen.query_one("#viewer-position", Static).render())


async def test_what_the_panes_count_of_the_first_rows_is_said_to_be_read_so_far(
    content: Path, tmp_path: Path, slow_whole: threading.Event
) -> None:
    """Narrowed to an actor while a large briefing was read, the panes said
    "Chronology (1)" and "No quotes for this actor." of one with five events and
    three quotes; a `/` filter said "of 4" of four events of 32."""
    opened(content, tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: briefing_shown(app), "the first rows")
        assert pane_title(app, "actors") == "Actors (the first 23 of 32)"
        assert "People (6 read so far)" in drawn(app.screen.query_one("#actors-list", RecordList))
        app.screen.query_one("#actors-list", RecordList).move_to("emmanuel-macron")
        await pilot.press("enter")
        assert "Emmanuel Macron — 1 event, 1 relayed quote read so far" in header(app)
        assert pane_title(app, "chronology") == "Chronology (1 read so far)"
        await pilot.press("escape", "tab", "slash", *"truss")
        await until(pilot, lambda: "of the first" in pane_title(app, "chronology"), "a filter")
        assert pane_title(app, "chronology") == "Chronology (1 of the first 6)"
        await pilot.press("escape", "escape", "shift+tab")
        app.screen.query_one("#actors-list", RecordList).move_to("emmanuel-macron")
        await pilot.press("enter")
        slow_whole.set()
        await until(pilot, lambda: "read so far" not in header(app), "the whole")
        assert "Emmanuel Macron — 5 events, 2 quotes (+1 relayed)" in header(app)
        assert pane_title(app, "chronology") == "Chronology (5)"


async def test_when_the_rest_cannot_be_read_nothing_says_it_is_on_its_way(
    content: Path, tmp_path: Path, failing_whole: threading.Event
) -> None:
    """The header, the summary and the details said "reading…" for good when the
    rest of a large briefing could not be read (a helper's review): a wait is
    never endless."""
    opened(content, tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await until(pilot, lambda: briefing_shown(app), "the first rows")
        await pilot.press("s")
        await until(pilot, lambda: "reading them with the rest" in shown_text(app), "the summary")
        failing_whole.set()
        await until(pilot, lambda: "could not be read" in shown_text(app), "the summary told")
        assert "reading them with the rest" not in shown_text(app)
        await pilot.press("escape")
        await pilot.pause()
        assert "the rest of the 32 actors, 32 events, 10 quotes could not be read" in header(app)
        assert "reading all" not in header(app)
        await pilot.press("d")
        await until(pilot, lambda: "could not be read" in shown_text(app), "the details told")
        assert "once the whole briefing is read" not in shown_text(app)


def palette_rows(app: BriefingApp) -> list[str]:
    """The palette's rows now, the first line of each."""
    commands = app.screen.query_one(CommandList)
    return [
        commands.get_option_at_index(n).prompt.plain.split("\n")[0]
        for n in range(commands.option_count)
    ]


def searched(app: BriefingApp) -> str:
    """What the palette says, above its box, of what it searches ("": nothing)."""
    line = app.screen.query_one("#palette-searched", Static)
    return str(line.render()) if line.display else ""


async def test_the_palette_over_the_first_rows_says_so_and_searches_the_whole_when_read(
    content: Path, tmp_path: Path, slow_whole: threading.Event
) -> None:
    """Ctrl+P searched a large briefing's first rows while the rest was read, and
    did not say so (a demanding user's trial): it says so, and searches the
    whole once it is read, at once what was typed, the palette still open."""
    opened(content, tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: briefing_shown(app), "the first rows")
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        first = len(screen.queries.actors + screen.queries.chronology + screen.queries.quotes)
        await pilot.press("ctrl+p", *"truss")
        await until(pilot, lambda: isinstance(app.screen, ReaderPalette), "the palette")
        said = f"Searching the first {first} records only: the rest is still loading…"
        assert searched(app) == said
        await until(pilot, lambda: palette_rows(app), "the first rows' Truss")
        assert not any("truss-lavrov-meeting" in row for row in palette_rows(app))
        slow_whole.set()
        await until(pilot, lambda: screen.reading is None, "the whole")
        await until(
            pilot,
            lambda: any("truss-lavrov-meeting" in row for row in palette_rows(app)),
            "the whole searched, the palette still open",
        )
        assert searched(app) == ""
        await pilot.press("escape")
        await pilot.press("ctrl+p", *"berlin officials")
        await until(pilot, lambda: palette_rows(app), "the whole's rows")
        assert any("berlin-officials-talks" in row for row in palette_rows(app))
        assert searched(app) == ""


async def test_the_palette_says_when_the_rest_could_not_be_read(
    content: Path, tmp_path: Path, failing_whole: threading.Event
) -> None:
    opened(content, tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: briefing_shown(app), "the first rows")
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, ReaderPalette), "the palette")
        assert searched(app).endswith("records only: the rest is still loading…")
        failing_whole.set()
        await until(pilot, lambda: "could not be read" in searched(app), "the palette told")
        assert searched(app).endswith("records only: the rest of the briefing could not be read")


async def test_the_rest_no_longer_in_the_index_is_said_in_words(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The notice said Python's words for the error: `'big'` for a briefing
    removed from the index while its first rows were shown."""
    let_go = threading.Event()

    def gone(self: Index, briefing_id: str) -> object:
        assert let_go.wait(20), "the test never let the reading fail"
        raise KeyError(briefing_id)

    monkeypatch.setattr(Index, "queries", gone)
    opened(content, tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await until(pilot, lambda: briefing_shown(app), "the first rows")
        let_go.set()
        await until(pilot, lambda: "could not be read" in toasts(app), "the notice")
        assert "The rest of the briefing could not be read: it is no longer in the index" in (
            toasts(app)
        )
        assert "'" not in toasts(app)


async def test_the_palette_lists_no_more_than_its_limit_once_the_whole_is_read(
    content: Path, tmp_path: Path, slow_whole: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With nothing typed, the palette lists a briefing only up to LISTED_BEFORE_TYPING
    records (the whole of a large one froze it). Open over first rows within that
    limit, with a space typed while the whole was read, a Backspace then listed the
    whole: the limit was held to the first rows (a review)."""
    opened(content, tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: briefing_shown(app), "the first rows")
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        first = sum(map(len, (screen.queries.actors, screen.queries.chronology)))
        first += len(screen.queries.quotes)
        monkeypatch.setattr(palette, "LISTED_BEFORE_TYPING", first)
        await pilot.press("ctrl+p")
        await until(pilot, lambda: bool(palette_rows(app)), "the first rows listed")
        await pilot.press("space")
        slow_whole.set()
        await until(pilot, lambda: screen.reading is None, "the whole")
        await pilot.press("backspace")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, ReaderPalette)
        assert len(palette_rows(app)) <= first


async def test_the_whole_read_as_the_palette_opens_is_taken_when_it_shows(
    content: Path, tmp_path: Path, slow_whole: threading.Event
) -> None:
    """The whole can be read between Ctrl+P and the palette's first frame (a busy
    machine): the briefing screen told a palette not yet composed, which raised
    NoMatches in the reader (a review). It shows the whole as searched."""
    index = opened(content, tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: briefing_shown(app), "the first rows")
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        (summary,) = index.summaries()
        assert summary.id is not None
        slow_whole.set()
        whole = index.queries(summary.id)
        app.action_command_palette()  # Ctrl+P, and before the palette is composed ...
        screen.take_whole(whole)  # ... the whole, as the worker's message hands it over
        await until(pilot, lambda: isinstance(app.screen, ReaderPalette), "the palette")
        await pilot.pause()
        line = app.screen.query_one("#palette-searched", Static)
        assert not line.display  # the whole is searched: nothing said above the box
        await pilot.press(*"truss")
        await until(pilot, lambda: any("Liz Truss" in row for row in palette_rows(app)), "Truss")


async def test_a_place_beyond_the_first_rows_is_shown_when_the_whole_comes(
    content: Path, tmp_path: Path, slow_whole: threading.Event
) -> None:
    """A large briefing's place was read against its first rows: a row or a
    filter beyond them was dropped, and the next quit kept the first row (a review)."""
    from briefing.screens.state import PaneName
    from briefing.userdata.places import Places, briefing_key, places_path

    index = opened(content, tmp_path)
    (folder,) = [p for p in content.iterdir() if p.is_dir()]
    found = index.preview(folder.name)
    assert found is not None
    first_rows = {event.id for event in found[0].chronology}
    events = index.briefing(folder.name).events
    last = next(e.id for e in reversed(events) if e.id not in first_rows)
    place = {"active": "chronology", "panes": {"chronology": {"selected": last}}}
    Places(places_path()).put({briefing_key(folder): place})
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: briefing_shown(app), "the first rows")
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        assert screen.current().active is PaneName.CHRONOLOGY
        slow_whole.set()
        await until(pilot, lambda: screen.reading is None, "the whole")
        await pilot.pause()
        assert screen.current().pane(PaneName.CHRONOLOGY).selected == last


async def test_the_warnings_list_opened_on_the_first_rows_is_made_again_when_read(
    content: Path, tmp_path: Path, slow_whole: threading.Event
) -> None:
    """`!` opened while a large briefing was read said of every warning "not
    read yet", Enter dimmed, until it was opened again (a review): it is made
    again when the whole is read, its quote's item then one to go to."""
    from briefing.screens.problems import ProblemsScreen
    from briefing.screens.warned_list import WarningList

    quotes = content / "ukraine-diplomacy-2022-02-10" / "quotes.yaml"
    text = quotes.read_text(encoding="utf-8")
    assert "text: would not be the source" in text
    quotes.write_text(text.replace("text: would not be", "text: ould not be", 1), "utf-8")
    opened(content, tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: briefing_shown(app), "the first rows")
        await pilot.press("exclamation_mark")
        await until(pilot, lambda: isinstance(app.screen, ProblemsScreen), "the list")

        def title() -> str:  # "" while the list is made again (its screen not yet composed)
            return next((str(w.render()) for w in app.screen.query("#problems-title")), "")

        assert "still being read" in title()
        slow_whole.set()
        await until(pilot, lambda: "still being read" not in title(), "the list made again")
        assert title() == "1 warning on 1 record"
        listing = app.screen.query_one(WarningList)
        assert listing.items[0].record is not None  # the quote's: Enter goes there
