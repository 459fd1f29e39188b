"""The reader driven with Pilot: every path a user takes through a briefing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import CONTENT, briefing_files, write_folder
from reader_helpers import (
    SIZE,
    SMALL,
    current_paragraphs,
    reader,
    settle,
    shown_paragraphs,
    until,
    write_library,
)
from textual.widgets import Input, Static

from briefing.records.refs import Kind, RecordRef
from briefing.screens.actors_pane import ActorsPane
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.footer import KeysFooter
from briefing.screens.keys_panel import KeysPanel
from briefing.screens.library import LibraryScreen
from briefing.screens.loading import FailureScreen
from briefing.screens.pane import Pane
from briefing.screens.quote_passage import HIGHLIGHT
from briefing.screens.quote_viewer import QuoteViewer
from briefing.screens.record_list import RecordList
from briefing.screens.state import PaneName


def option_ids(screen, selector: str) -> list[str]:  # type: ignore[no-untyped-def]
    return screen.query_one(selector, RecordList).ids


def row_ids(screen) -> list[str]:  # type: ignore[no-untyped-def]
    return option_ids(screen, "#chronology-list")


def highlighted_option(screen, selector: str) -> str | None:  # type: ignore[no-untyped-def]
    return screen.query_one(selector, RecordList).highlighted_id


async def test_opens_straight_into_the_only_briefing(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        assert len(option_ids(screen, "#actors-list")) == 32
        assert len(row_ids(screen)) == 32
        assert len(option_ids(screen, "#quotes-list")) == 10
        assert app.focused is screen.query_one("#actors-list")


async def test_tab_moves_between_panes_and_back(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        seen = []
        for key in ("tab", "tab", "tab", "shift+tab"):
            await pilot.press(key)
            seen.append(app.focused.id if app.focused else None)
        assert seen == ["chronology-list", "quotes-list", "actors-list", "quotes-list"]


async def test_j_k_g_G_move_the_cursor(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert highlighted_option(screen, "#actors-list") == "liz-truss"
        await pilot.press("j")
        assert highlighted_option(screen, "#actors-list") == "boris-johnson"
        await pilot.press("G")
        assert highlighted_option(screen, "#actors-list") == "the-west"
        await pilot.press("k")
        assert highlighted_option(screen, "#actors-list") == "european-leaders"
        await pilot.press("g")
        assert highlighted_option(screen, "#actors-list") == "liz-truss"
        await pilot.press("tab", "j")
        assert highlighted_option(screen, "#chronology-list") == row_ids(screen)[1]
        await pilot.press("G")
        assert highlighted_option(screen, "#chronology-list") == row_ids(screen)[31]


async def test_choosing_an_actor_filters_and_esc_clears(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("enter")  # Liz Truss
        assert row_ids(screen) == ["truss-arrives-in-moscow", "truss-tweet", "truss-lavrov-meeting"]
        assert option_ids(screen, "#quotes-list") == [
            "truss-withdraw-or-face-consequences",
            "truss-any-incursion",
        ]
        header = screen.query_one("#header", Static)
        assert str(header.render()).startswith("Filtered by actor Liz Truss")
        await pilot.press("escape")
        assert len(row_ids(screen)) == 32 and "Filtered" not in str(header.render())


async def test_relayed_words_count_for_the_relay(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        screen.go(screen.current().filtered_by(RecordRef(Kind.ACTOR, "emmanuel-macron")))
        await pilot.pause()
        assert "putin-not-the-source-of-escalation" in option_ids(screen, "#quotes-list")


async def test_choosing_an_event_shows_its_participants_and_quotes(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("tab")
        table = screen.query_one("#chronology-list", RecordList)
        table.move_to("macron-scholz-duda-berlin")
        await pilot.press("enter")
        assert option_ids(screen, "#actors-list") == [
            "emmanuel-macron",
            "olaf-scholz",
            "andrzej-duda",
        ]
        assert option_ids(screen, "#quotes-list") == [
            "macron-firm-dialogue",
            "macron-ways-and-means",
        ]


async def test_backspace_walks_back_through_the_thread(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("enter")  # filter by Liz Truss
        await pilot.press("tab", "enter")  # then by her first event
        assert option_ids(screen, "#actors-list") == ["liz-truss"]
        await pilot.press("backspace")
        assert row_ids(screen) == ["truss-arrives-in-moscow", "truss-tweet", "truss-lavrov-meeting"]
        await pilot.press("backspace")
        assert len(row_ids(screen)) == 32
        assert app.focused is screen.query_one("#actors-list")


def _highlighted_words(viewer: QuoteViewer) -> str:
    ((content, _),) = current_paragraphs(viewer)
    spans = [s for s in content.spans if str(s.style) == HIGHLIGHT]
    assert len(spans) == 1
    return content.plain[spans[0].start : spans[0].end]


async def test_a_quote_opens_inside_its_source_with_the_exact_words_highlighted(
    tmp_path: Path,
) -> None:
    source = (CONTENT / "ukraine-diplomacy-2022-02-10" / "sources" / "article.txt").read_text(
        "utf-8"
    )
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "j", "enter")  # the second: Putin's, relayed, is first
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer)
        words = _highlighted_words(viewer)
        assert words.startswith("to meet Foreign Minister Lavrov")
        assert words in source
        assert words.endswith("severe consequences.")
        await pilot.press("n")
        assert _highlighted_words(viewer).startswith("Any incursion would be a huge mistake")
        await pilot.press("p")
        assert viewer.position == 1
        await pilot.press("f")  # the full text, scrolled to the span
        assert len(shown_paragraphs(viewer)) > 10
        assert _highlighted_words(viewer).startswith("to meet Foreign Minister")
        await pilot.press("backspace")  # back from the whole text to the quote's paragraph
        assert app.screen is viewer and not viewer.full
        assert len(viewer.query(".paragraph")) == 1
        await pilot.press("backspace")
        assert isinstance(app.screen, BriefingScreen)


async def test_from_a_quote_to_its_speaker_and_its_event(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "j", "enter", "a")
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        assert screen.state.record_filter == RecordRef(Kind.ACTOR, "liz-truss")
        await pilot.press("tab", "tab", "enter", "e")
        assert screen.state.record_filter == RecordRef(Kind.EVENT, "truss-tweet")
        await pilot.press("backspace")
        assert screen.state.record_filter == RecordRef(Kind.ACTOR, "liz-truss")


async def test_slash_filters_the_focused_pane_as_you_type(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("slash", "k", "i", "r", "b")
        assert option_ids(screen, "#actors-list") == ["john-kirby"]
        assert len(row_ids(screen)) == 32  # other panes untouched
        await pilot.press("q")  # typed into the filter: does not quit
        assert app.is_running
        await pilot.press("escape")
        assert len(option_ids(screen, "#actors-list")) == 32
        assert app.focused is screen.query_one("#actors-list")


async def test_palette_jumps_to_any_record(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("enter")  # a filter that hides Kirby's event
        await pilot.press("ctrl+p")
        await pilot.press(*"Event: John Kirby details")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.state.record_filter is None
        table = screen.query_one("#chronology-list", RecordList)
        assert table.highlighted_id == "kirby-details-deployment"
        assert app.focused is table


async def test_help_panel_and_quit(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert app.screen.query("KeysPanel")
        await pilot.press("question_mark")
        assert not app.screen.query_one(KeysPanel).display  # hidden, kept for the next `?`
        await pilot.press("q")
    assert app.return_code == 0


@pytest.mark.parametrize("where", ["the briefing", "the filter box", "a quote"])
async def test_ctrl_c_quits_as_q_does(tmp_path: Path, where: str) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        if where == "the filter box":
            await pilot.press("slash", "t")
        elif where == "a quote":
            await pilot.press("tab", "tab", "enter")
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


async def test_choosing_an_actor_posts_one_message_up(tmp_path: Path) -> None:
    chosen = []
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE, message_hook=chosen.append) as pilot:
        await settle(pilot)
        chosen.clear()
        await pilot.press("enter")
    messages = [m for m in chosen if isinstance(m, Pane.Chosen)]
    assert [(m.pane.id, m.ref) for m in messages] == [
        ("actors", RecordRef(Kind.ACTOR, "liz-truss"))
    ]


async def test_narrow_terminal_shows_one_pane_at_a_time(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        screen = app.screen
        assert screen.has_class("narrow")
        shown = [
            name
            for name in ("actors", "chronology", "quotes")
            if screen.query_one(f"#{name}").display
        ]
        assert shown == ["actors"]
        await pilot.press("tab")
        shown = [
            name
            for name in ("actors", "chronology", "quotes")
            if screen.query_one(f"#{name}").display
        ]
        assert shown == ["chronology"]


async def test_a_terminal_made_narrow_shows_the_pane_that_was_active(tmp_path: Path) -> None:
    """The pane chosen while the terminal was wide is the one shown, alone, when it narrows."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen

        def shown() -> list[str]:
            names = ("actors", "right", "chronology", "quotes")
            return [name for name in names if screen.query_one(f"#{name}").display]

        await pilot.press("tab", "tab", "tab")  # round to the actors, in the wide layout
        await pilot.resize_terminal(*SMALL)
        await settle(pilot)
        assert screen.has_class("narrow")
        assert shown() == ["actors"]  # the column of the other two panes hidden too
        await pilot.resize_terminal(*SIZE)
        await settle(pilot)
        assert not screen.has_class("narrow")
        assert shown() == ["actors", "right", "chronology", "quotes"]
        await pilot.press("tab", "tab")  # the quotes
        await pilot.resize_terminal(*SMALL)
        await settle(pilot)
        assert shown() == ["right", "quotes"]


async def test_the_narrow_layouts_tabs_mark_the_pane_shown(tmp_path: Path) -> None:
    """The tab of the active pane stands out, chosen narrow or before narrowing."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen

        def marked() -> list[str]:
            line = screen.query_one("#tabs", Static).render_line(0)
            return [s.text.strip() for s in line if s.style and s.style.reverse and s.text.strip()]

        await pilot.press("tab")  # the chronology, while wide
        await pilot.resize_terminal(*SMALL)
        await settle(pilot)
        assert marked() == ["Chronology"]
        await pilot.press("tab")
        await settle(pilot)
        assert marked() == ["Quotes"]


async def test_the_arrows_move_between_panes_as_tab_does(tmp_path: Path) -> None:
    """A reader's trial at 80x24 tried → and ← on the tabs line; they did nothing."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        await pilot.press("right")
        assert screen.state.active is PaneName.CHRONOLOGY
        await pilot.press("right", "right")  # round to the actors, as Tab goes
        assert screen.state.active is PaneName.ACTORS
        await pilot.press("left")
        assert screen.state.active is PaneName.QUOTES
        await pilot.press("slash", "a", "left", "x")  # in a filter box, ← moves its cursor
        assert screen.state.active is PaneName.QUOTES
        assert screen.query_one("#quotes .pane-filter", Input).value == "xa"


async def test_in_a_narrow_terminal_each_pane_fills_the_screen(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        heights = {}
        for name in ("actors", "chronology", "quotes"):
            heights[name] = app.screen.query_one(f"#{name}").region.height
            await pilot.press("tab")
        assert heights["actors"] > 15
        assert heights["chronology"] == heights["quotes"] == heights["actors"]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return write_library(tmp_path)


async def test_library_lists_an_invalid_briefing_with_its_problems(
    tmp_path: Path, library: Path
) -> None:
    app = reader(library, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        # newest first: the broken one has no date it can be sure of, and comes last
        assert [row.summary.folder for row in screen.shown] == ["good", "broken"]
        await pilot.press("j")
        problems = str(screen.query_one("#problems-text", Static).render())
        assert "broken/briefing.yaml:12:11: error[bad-enum]" in problems
        await pilot.press("enter")  # the broken one does not open
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("k", "enter")
        assert isinstance(app.screen, BriefingScreen)
        assert app.screen.briefing.id == "b"


@pytest.mark.parametrize(("size", "beside"), [(SIZE, True), (SMALL, False)])
async def test_a_broken_briefings_problems_never_narrow_the_list_below_100_columns(
    tmp_path: Path, library: Path, size: tuple[int, int], beside: bool
) -> None:
    """A new user's trial at 80x24: beside the list, the problems took half its
    width, and every title shrank to a few letters and back as the cursor moved."""
    app = reader(library, tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        listing = app.screen.query_one("#library-list")
        before = listing.region
        await pilot.press("j")  # the broken one: its problems are shown
        await settle(pilot)
        problems = app.screen.query_one("#problems").region
        assert problems.height > 3 and problems.width > 30
        if beside:
            assert problems.x >= listing.region.right and problems.y == listing.region.y
        else:  # under it, the list as wide as before
            assert problems.y >= listing.region.bottom and listing.region.width == before.width


async def test_unanchored_quote_says_so(tmp_path: Path) -> None:
    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    folder = write_folder(
        tmp_path / "b",
        briefing_files(**{"briefing.yaml": base.replace("    text: sources/s.txt\n", "")}),
    )
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")
        text = str(app.screen.query_one(".paragraph", Static).render())
        assert "Not checked against a source text" in text


async def test_a_long_list_filters_in_the_background_and_the_last_key_wins(tmp_path: Path) -> None:
    from bench.generate import generate

    folder = generate(tmp_path / "big", 70)  # 2,240 actors: past the background threshold
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert len(option_ids(screen, "#actors-list")) == 2240
        await pilot.press("slash", "1", "2", "3", "9")  # each key starts a newer match
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = option_ids(screen, "#actors-list")
        assert "a1239" in shown and len(shown) < 10  # the last key's filter, not an older one
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(option_ids(screen, "#actors-list")) == 2240


async def test_lists_redraw_in_a_new_themes_colours(tmp_path: Path) -> None:
    def cursor_background(app) -> str:  # type: ignore[no-untyped-def]
        lists = app.screen.query_one("#actors-list", RecordList)
        row = lists.render_line(1)  # line 0 is the "People" heading, line 1 the cursor
        return str(next(iter(row)).style.bgcolor)

    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        dark = cursor_background(app)
        app.theme = "textual-light"
        await pilot.pause()
        assert cursor_background(app) != dark


async def test_the_footer_follows_the_keys_of_what_has_focus(tmp_path: Path) -> None:
    def footer_keys(app) -> list[str]:  # type: ignore[no-untyped-def]
        footer = app.screen.query_one(KeysFooter)
        line = footer.render().plain  # what the footer draws, key by key
        shown = [key.description for key in footer.shown_keys()]
        return [description for description in shown if f" {description} " in f"{line} "]

    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Filter" in footer_keys(app) and "Clear filter" not in footer_keys(app)
        await pilot.press("slash")
        await pilot.pause()
        assert "Clear filter" in footer_keys(app)
        await pilot.press("escape")
        await pilot.pause()
        assert "Clear filter" not in footer_keys(app)
        await pilot.press("tab", "tab", "enter")  # a quote: the viewer's own keys
        await pilot.pause()
        assert {"Next/prev", "Full text", "Speaker", "Copy"} <= set(footer_keys(app))
        await pilot.press("escape")  # back: the briefing screen's keys again
        await pilot.pause()
        assert "Filter" in footer_keys(app) and "Next/prev" not in footer_keys(app)


async def test_keys_typed_in_a_burst_land_where_the_earlier_keys_sent_focus(
    tmp_path: Path,
) -> None:
    """A terminal delivers fast typing (or a pasted key macro) in one read: each
    key must find the focus the key before it moved, not the one before that."""
    from textual import events

    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key, character in (("tab", "\t"), ("tab", "\t"), ("enter", "\r")):
            app.post_message(events.Key(key, character))
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, QuoteViewer)  # Enter reached the quotes pane


async def test_an_actor_with_no_role_or_affiliation_takes_one_line(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        pane = screen.query_one("#actors", ActorsPane)
        nato = screen.queries.actor("nato")
        assert nato.role is None and not nato.affiliation_names
        assert [line.plain for line in pane.render_row(nato, 60)] == ["NATO  4 events"]
        layout = pane.row_layout([nato, screen.queries.actor("liz-truss")], 60)
        # people first (Liz Truss: two lines), then organisations (NATO: one)
        assert [layout.height(i) for i in range(len(layout.row_ids))] == [1, 2, 1, 1]


async def test_an_actors_counts_fit_beside_the_name_where_they_can(tmp_path: Path) -> None:
    """At 120 columns the actors pane is 35 cells wide: `0 quotes, 3 events` cut
    most rows at `0 quotes, 3 e…`. Counts of none are left out, and the quotes
    relayed go first when the whole does not fit. Events come before quotes, as
    in the panes, the filter line and `b` (they came after: a demanding user's trial)."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        pane = screen.query_one("#actors", ActorsPane)

        def first_line(actor_id: str, width: int) -> str:
            return pane.render_row(screen.queries.actor(actor_id), width)[0].plain.rstrip()

        width = pane.list_widget.scrollable_content_region.width  # 35 cells at 120 columns
        assert first_line("volodymyr-zelenskiy", width) == "Volodymyr Zelenskiy  3 events"
        wide = "Emmanuel Macron  5 events, 2 quotes (+1 relayed)"
        assert first_line("emmanuel-macron", 60) == wide
        assert first_line("emmanuel-macron", width) == "Emmanuel Macron  5 events, 2 quotes"
        assert first_line("liz-truss", width) == "Liz Truss  3 events, 2 quotes"


async def test_the_palette_opened_while_the_briefings_open_is_not_left_under_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opened over the loading screen, the palette stayed in the stack under the
    briefing screen that took the loading screen's place (a review)."""
    import threading

    from textual.command import CommandPalette

    from briefing.screens import app as app_module
    from briefing.screens.loading import LoadingScreen

    real = app_module.open_index
    palette_open = threading.Event()

    def held(*args: object, **kwargs: object) -> object:
        palette_open.wait(10)  # the index opens once the palette is over the loading screen
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(app_module, "open_index", held)
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, LoadingScreen), "the loading screen")
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette")
        assert isinstance(app.screen_stack[-2], LoadingScreen)
        palette_open.set()
        await until(pilot, lambda: len(app.screen_stack) == 2, "the briefing opened")
        await settle(pilot)
        assert [type(s).__name__ for s in app.screen_stack][1:] == ["BriefingScreen"]


async def test_a_library_that_cannot_be_read_is_said_plainly_and_ends_with_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A content folder unreadable by the time the index is built showed
    "UsageError: cannot read the folder ..." (a class name, to a reader) and
    q then ended with 0, as if it had opened (a demanding user's trial)."""
    content = write_library(tmp_path)
    real_scandir = os.scandir

    def refuse(path: str | os.PathLike[str] = ".") -> object:
        if os.fspath(path).rstrip("/").endswith("/content"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    app = reader(content, tmp_path / "index")
    monkeypatch.setattr(os, "scandir", refuse)
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, FailureScreen), "the failure screen")
        assert isinstance(app.screen, FailureScreen)
        assert "cannot read the folder" in app.screen.message
        assert "Permission denied" in app.screen.message
        assert "UsageError" not in app.screen.message
        await pilot.press("q")
    assert app.return_code == 2


async def test_enter_again_on_a_state_takes_in_its_members_words_and_backspace_returns(
    tmp_path: Path,
) -> None:
    """Filtered by Russia, Putin's and Lavrov's words were left out: a reader
    asking what Russia said wants its president's and its ministers' too (a
    new user's trial, of NASA and its administrator). Enter again takes them
    in, the header saying so; Enter once more, or Backspace, leaves them out."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        header = screen.query_one("#header", Static)
        screen.go(screen.current().filtered_by(RecordRef(Kind.ACTOR, "russia")))
        await pilot.pause()
        own = option_ids(screen, "#quotes-list")
        assert "putin-not-the-source-of-escalation" not in own
        assert "⏎ again: with its 4 members" in str(header.render())
        await pilot.press("enter")  # the cursor is on Russia in the actors pane
        await pilot.pause()
        widened = option_ids(screen, "#quotes-list")
        assert set(own) < set(widened) and "putin-not-the-source-of-escalation" in widened
        assert str(header.render()).startswith("Filtered by actor Russia and its 4 members")
        assert "⏎ again: without its members" in str(header.render())
        await pilot.press("backspace")
        await pilot.pause()
        assert option_ids(screen, "#quotes-list") == own
        await pilot.press("enter")
        await pilot.press("enter")
        await pilot.pause()
        assert option_ids(screen, "#quotes-list") == own
