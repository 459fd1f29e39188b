"""The briefing screen's state: filters, jumps and Backspace agree with what is shown.

Issue 11: after `/kirb` in the quotes pane, a jump from the palette to a
quote of Liz Truss left the box saying "kirb" over a list that held only
Kirby's quote, without the target: the text filter had two owners (the box
and the pane) and the jump cleared only one of them.
"""

from __future__ import annotations

from pathlib import Path

import grimp
import pytest
from conftest import briefing_files, write_folder
from reader_helpers import SIZE, current_paragraphs, reader, settle, shown_paragraphs
from textual.app import App
from textual.widgets import Static

from briefing.records.refs import Kind, RecordRef
from briefing.screens.pane import FilterInput
from briefing.screens.quote_passage import HIGHLIGHT
from briefing.screens.quote_viewer import QuoteViewer
from briefing.screens.record_list import RecordList
from briefing.screens.state import History, PaneName, PaneState, ReaderState


def box(app: App[None], pane: str) -> FilterInput:
    return app.screen.query_one(f"#{pane} FilterInput", FilterInput)


def listed(app: App[None], pane: str) -> RecordList:
    return app.screen.query_one(f"#{pane}-list", RecordList)


@pytest.mark.parametrize(
    ("pane", "tabs", "typed", "search", "target", "total"),
    [
        # As the issue found it: the actors pane, Kirby, then Liz Truss.
        ("actors", (), "kirb", "Actor: Liz Truss", "liz-truss", 32),
        # A quote hidden by the quotes pane's own filter.
        ("quotes", ("tab", "tab"), "lavrov", "Any incursion would be", "truss-any-incursion", 10),
    ],
)
async def test_a_palette_jump_after_a_slash_filter_shows_its_target_and_clears_the_box(
    tmp_path: Path,
    pane: str,
    tabs: tuple[str, ...],
    typed: str,
    search: str,
    target: str,
    total: int,
) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press(*tabs, "slash", *typed, "enter")
        filtered = listed(app, pane).ids
        assert target not in filtered
        await pilot.press("ctrl+p", *search)
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        # The target is shown, under the cursor, and the box agrees with the list.
        assert listed(app, pane).highlighted_id == target
        assert len(listed(app, pane).ids) == total
        assert box(app, pane).value == "" and not box(app, pane).display
        assert app.focused is listed(app, pane)
        title = str(app.screen.query_one(f"#{pane} .pane-title", Static).render())
        assert title == f"{pane.capitalize()} ({total})"
        # Nothing was lost: Backspace brings the filter back, box and list alike.
        await pilot.press("backspace")
        assert box(app, pane).value == typed and box(app, pane).display
        assert listed(app, pane).ids == filtered


async def test_after_a_jump_backspace_restores_another_panes_filter_and_row(
    tmp_path: Path,
) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "slash", *"firm", "enter", "j")
        quotes = listed(app, "quotes")
        filtered = ["macron-firm-dialogue", "macron-ways-and-means"]
        assert quotes.ids == filtered
        await pilot.press("ctrl+p", *"Actor: John Kirby")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert listed(app, "actors").highlighted_id == "john-kirby"
        assert box(app, "quotes").value == "" and len(quotes.ids) == 10
        await pilot.press("backspace")
        assert box(app, "quotes").value == "firm" and quotes.ids == filtered
        assert quotes.highlighted_id == "macron-ways-and-means"


async def test_the_filter_line_counts_in_words_singular_and_plural(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        line = screen.query_one("#header", Static)
        screen.query_one("#actors-list", RecordList).move_to("john-kirby")
        await pilot.press("enter")
        assert "John Kirby — 1 event, 0 quotes" in str(line.render())
        await pilot.press("escape", "tab")
        screen.query_one("#chronology-list", RecordList).move_to("white-house-statement")
        await pilot.press("enter")
        assert "— 1 participant, 2 quotes" in str(line.render())


async def test_the_full_text_of_a_crlf_source_keeps_its_paragraphs(tmp_path: Path) -> None:
    """The full-text view split paragraphs on "\\n\\n" while anchoring found the
    quote's own paragraph: a CRLF source showed as one block."""
    text = "First, a greeting.\r\n\r\nShe said hello world.\r\n\r\nThen she left.\r\n"
    folder = write_folder(tmp_path / "b", briefing_files(**{"sources/s.txt": text.encode()}))
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer)
        own = str(viewer.query_one(".paragraph.current", Static).render()).strip()
        assert own == "She said hello world."
        await pilot.press("f")
        shown = [p.plain.strip() for p in shown_paragraphs(viewer)]
        assert shown == ["First, a greeting.", "She said hello world.", "Then she left."]
        ((content, _),) = current_paragraphs(viewer)
        assert content.plain.strip() == own
        (span,) = [s for s in content.spans if str(s.style) == HIGHLIGHT]
        assert content.plain[span.start : span.end] == "hello world"


# --- the state as a value ----------------------------------------------------

KIRBY = RecordRef(Kind.ACTOR, "john-kirby")
TWEET = RecordRef(Kind.EVENT, "truss-tweet")


def test_a_thread_keeps_the_text_filters_and_selects_its_record() -> None:
    typed = ReaderState().with_pane(PaneName.QUOTES, PaneState("kirb", "q1"))
    state = typed.filtered_by(TWEET)
    assert state.record_filter == TWEET and state.active is PaneName.CHRONOLOGY
    assert state.pane(PaneName.CHRONOLOGY).selected == "truss-tweet"
    assert state.pane(PaneName.QUOTES) == PaneState("kirb", "q1")
    assert state.unfiltered().pane(PaneName.QUOTES).text == "kirb"
    assert state.unfiltered().record_filter is None


def test_a_jump_clears_every_filter_and_selects_its_record_in_its_pane() -> None:
    typed = ReaderState().with_pane(PaneName.ACTORS, PaneState("kir", "john-kirby"))
    state = typed.filtered_by(TWEET).showing(RecordRef(Kind.QUOTE, "q2"))
    assert state.record_filter is None and state.active is PaneName.QUOTES
    assert [state.pane(name).text for name in PaneName] == ["", "", ""]
    assert state.pane(PaneName.QUOTES).selected == "q2"


def test_back_steps_over_states_equal_to_the_one_shown() -> None:
    history = History()
    first, second = ReaderState(), ReaderState().filtered_by(KIRBY)
    history.push(first)
    history.push(second)
    history.push(second)  # a thread chosen twice in one burst
    assert history.back(second) == first
    assert history.back(first) is None and len(history) == 0


def test_no_module_imports_itself_through_others() -> None:
    """briefing_screen and palette imported each other (the palette under
    TYPE_CHECKING, which an import graph counts too)."""
    graph = grimp.build_graph("briefing", cache_dir=None)
    cycles = [
        (module, imported)
        for module in sorted(graph.modules)
        for imported in sorted(graph.find_modules_directly_imported_by(module))
        if graph.chain_exists(importer=imported, imported=module)
    ]
    assert cycles == []


def test_only_an_actor_or_an_event_narrows_the_panes() -> None:
    with pytest.raises(ValueError, match="quote:q"):
        ReaderState().filtered_by(RecordRef(Kind.QUOTE, "q"))


def test_one_esc_clears_the_active_panes_text_then_the_record_filter_then_the_rest() -> None:
    kirby = RecordRef(Kind.ACTOR, "john-kirby")
    state = (
        ReaderState()
        .filtered_by(kirby)
        .with_pane(PaneName.ACTORS, PaneState("kir", "john-kirby"))
        .with_pane(PaneName.QUOTES, PaneState("pent", None))
    )
    first = state.cleared_once()
    assert first.pane(PaneName.ACTORS) == PaneState("", "john-kirby")  # the row kept
    assert first.record_filter == kirby and first.pane(PaneName.QUOTES).text == "pent"
    second = first.cleared_once()
    assert second.record_filter is None and second.pane(PaneName.QUOTES).text == "pent"
    third = second.cleared_once()
    assert third.pane(PaneName.QUOTES) == PaneState()
    assert third.cleared_once() == third
