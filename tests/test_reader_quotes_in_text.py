"""The quote viewer's whole text marks the words of the source's other quotes,
and `]` and `[` walk the source's quotes in the order of its text: a desk
editor read a source top to bottom to see what each passage was made to say,
and the quotes pane lists quotes as said (left alone at stop 37)."""

from __future__ import annotations

from pathlib import Path

from conftest import write_folder
from reader_helpers import SIZE, reader, settle, shown_paragraphs
from test_reader_navigation import open_quote
from test_reader_speaker_names import styles_of
from textual.message import Message
from textual.notifications import Notify
from textual.widgets import Static

from briefing.screens.quote_passage import HIGHLIGHT, OTHER_QUOTE, layered

BRIEFING = """\
briefing:
  id: strike
  title: The strike
  as_of: 2025-06-12
sources:
  - id: herald
    title: Dockworkers walk out
    text: sources/herald.txt
  - id: gazette
    title: The port reopens
    text: sources/gazette.txt
actors:
  - id: berg
    name: Jonas Berg
    kind: person
events:
  - id: walkout
    title: The walkout
    when: 2025-06-11
    sources: [herald]
quotes:
  - id: last-in-text
    text: We go back on Monday
    speaker: berg
    source: herald
  - id: elsewhere
    text: The port is open
    speaker: berg
    source: gazette
  - id: first-in-text
    text: The offer is a poor one
    speaker: berg
    source: herald
  - id: middle-in-text
    text: Nobody wanted this
    speaker: berg
    source: herald
"""
HERALD = (
    '"The offer is a poor one," Berg said at dawn.\n\n'
    "The harbour stood still all day.\n\n"
    '"Nobody wanted this," Berg said. "We go back on Monday."\n'
)
GAZETTE = '"The port is open," Berg said.\n'


def _folder(tmp_path: Path) -> Path:
    files = {"briefing.yaml": BRIEFING, "sources/herald.txt": HERALD}
    return write_folder(tmp_path / "strike", {**files, "sources/gazette.txt": GAZETTE})


async def test_the_whole_text_marks_the_words_of_the_sources_other_quotes(tmp_path: Path) -> None:
    app = reader(_folder(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        viewer = await open_quote(app, pilot, "middle-in-text")
        paragraph = viewer.query_one(".paragraph.current", Static).render()
        assert styles_of(paragraph, "We go back") == []  # marked only in the whole text
        await pilot.press("f")
        await pilot.pause()
        shown = shown_paragraphs(viewer)
        assert [str(p) for p in shown][1] == "The harbour stood still all day."
        assert styles_of(shown[0], "The offer is a poor one") == [OTHER_QUOTE]
        assert not shown[1].spans
        assert styles_of(shown[2], "Nobody wanted this") == [HIGHLIGHT]
        assert styles_of(shown[2], "We go back on Monday") == [OTHER_QUOTE]


async def test_brackets_walk_the_sources_quotes_in_the_order_of_its_text(tmp_path: Path) -> None:
    app = reader(_folder(tmp_path), tmp_path)
    messages: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        viewer = await open_quote(app, pilot, "last-in-text")
        assert viewer.quote.id == "last-in-text"
        await pilot.press("left_square_bracket")
        assert viewer.quote.id == "middle-in-text"
        await pilot.press("left_square_bracket")
        assert viewer.quote.id == "first-in-text"
        await pilot.press("left_square_bracket")  # none before: said, and it stays
        assert viewer.quote.id == "first-in-text"
        assert any(
            "No quote is taken from this text before" in m.notification.message
            for m in messages
            if isinstance(m, Notify)
        )
        position = str(viewer.query_one("#viewer-position", Static).render())
        assert position.startswith("Quote 1 of 3 from this text, in its order")
        # n and p now walk the text's order: the gazette's quote is not in it
        await pilot.press("n", "n", "n")
        assert viewer.quote.id == "last-in-text"
        await pilot.press("right_square_bracket")
        assert viewer.quote.id == "last-in-text"


async def test_a_quote_alone_in_its_text_offers_no_walk(tmp_path: Path) -> None:
    app = reader(_folder(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        viewer = await open_quote(app, pilot, "elsewhere")
        assert viewer.check_action("in_text", (1,)) is False
        await pilot.press("right_square_bracket")
        assert viewer.quote.id == "elsewhere"


def test_overlapping_marks_are_cut_into_stretches_with_both_styles() -> None:
    marks = [(0, 10, "reverse"), (4, 8, "underline")]
    assert layered(marks) == [(0, 4, "reverse"), (4, 8, "reverse underline"), (8, 10, "reverse")]
    assert layered([(2, 3, "bold"), (5, 6, "bold")]) == [(2, 3, "bold"), (5, 6, "bold")]
