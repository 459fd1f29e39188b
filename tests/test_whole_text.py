"""The whole text of a long source drawn line by line: what is drawn is what
is in sight (a trial with long documents: 15 s for `f` over 3 MB)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import briefing_files, write_folder
from hypothesis import given
from hypothesis import strategies as st
from reader_helpers import SIZE, current_paragraphs, reader, screen_lines, settle
from textual.app import App, ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import OptionList

from briefing.screens.paragraph_lines import GAP, ParagraphLines
from briefing.screens.quote_viewer import QuoteViewer
from briefing.screens.search import SearchScreen
from briefing.screens.source_text import SourceText
from briefing.screens.whole_text import WholeText
from briefing.screens.wrapping import line_count

#: A source of many paragraphs, the quoted words in the middle of it.
MANY = 3000
SOURCE = (
    "".join(
        f"Paragraph {n} of the hearing, where the committee heard evidence on water. " * 3 + "\n\n"
        for n in range(MANY // 2)
    )
    + "She said hello world.\n\n"
    + "".join(
        f"Paragraph {n} after the words, and the evidence went on for hours. " * 2 + "\n\n"
        for n in range(MANY // 2, MANY)
    )
)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "one",
        "a few words that wrap over a narrow width",
        "   leading spaces then words",
        "a word longerthanthewidthofthelinesurely and more",
        "tabs\tand\tmore\ttabs here",
        "wide 日本語の文字 characters “quoted” here",
        "trailing spaces         ",
        "two lines\nof text that wrap at the width",
        "no\u00a0break spaces\u2009and thin ones",
    ],
)
@pytest.mark.parametrize("width", [1, 4, 9, 20, 80])
def test_lines_are_counted_as_textual_wraps_them(text: str, width: int) -> None:
    assert line_count(text, width) == len(Content(text).wrap(width))


@given(
    st.lists(st.sampled_from(["a", "bb", "word", "longerword", " ", "  ", "’", "日本", "\n"])),
    st.integers(min_value=1, max_value=30),
)
def test_any_text_is_counted_as_textual_wraps_it(pieces: list[str], width: int) -> None:
    text = "".join(pieces)
    assert line_count(text, width) == len(Content(text).wrap(width))


async def test_the_whole_text_makes_only_the_paragraphs_in_sight(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each paragraph of the whole text was a widget, marked up front: 15 s at
    3 MB. Now `f` lands on the words having made only what the screen shows."""
    made: list[int] = []
    shown = WholeText.shown

    def counted(self: WholeText, index: int) -> Content:
        made.append(index)
        return shown(self, index)

    monkeypatch.setattr(WholeText, "shown", counted)
    folder = write_folder(tmp_path / "b", briefing_files(**{"sources/s.txt": SOURCE}))
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter", "f")
        await settle(pilot)
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer) and viewer.full
        assert len(viewer.query_one(ParagraphLines)) == MANY + 1
        assert 0 < len(set(made)) < 40
        screen = "\n".join(screen_lines(app.export_screenshot()))
        assert "She said hello world." in screen
        ((words, region),) = current_paragraphs(viewer)
        assert words.plain == "She said hello world."
        assert viewer.query_one("#passage").region.contains_region(region)
        # the end of the text, drawn when scrolled to
        viewer.query_one("#passage", VerticalScroll).scroll_end(animate=False, immediate=True)
        await pilot.pause()
        screen = "\n".join(screen_lines(app.export_screenshot()))
        assert f"Paragraph {MANY - 1} after the words" in screen
        assert len(set(made)) < 80


class _Drawn:
    """Paragraphs whose drawn text is longer than the text measured."""

    def __len__(self) -> int:
        return 3

    def shown(self, index: int) -> Content:
        return Content(f"paragraph {index} " + "drawn longer " * (6 if index == 0 else 0))

    def measured(self, index: int) -> str:
        return f"paragraph {index}"


class _Paragraphs(App[None]):
    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield ParagraphLines(_Drawn())


async def test_a_paragraph_drawn_taller_than_counted_moves_the_next_down() -> None:
    """Where marks make a paragraph's text other than measured, the lines after
    it move: nothing is cut or drawn over."""
    app = _Paragraphs()
    async with app.run_test(size=(30, 12)) as pilot:
        await pilot.pause()
        await pilot.pause()
        lines = app.query_one(ParagraphLines)
        starts = lines.starts(lines.size.width)
        assert starts[1] - GAP == len(Content(_Drawn().shown(0).plain).wrap(lines.size.width))
        assert lines.size.height == starts[-1]
        screen = screen_lines(app.export_screenshot())
        assert screen[starts[1]].startswith("paragraph 1")
        assert screen[starts[2]].startswith("paragraph 2")


async def test_find_s_passage_of_a_long_source_lands_on_its_hit_and_n_on_the_next(
    tmp_path: Path,
) -> None:
    """Find's source passage opened a widget per paragraph: 10 s at 3 MB, then
    the text's top, and 1.5 s a step (a trial with long documents)."""
    folder = write_folder(tmp_path / "b", briefing_files(**{"sources/s.txt": SOURCE}))
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", *"hours")
        await pilot.pause(0.3)
        await app.workers.wait_for_complete()
        await pilot.pause()
        search = app.screen
        assert isinstance(search, SearchScreen)
        results = search.query_one(OptionList)
        prompts = [str(results.get_option_at_index(n).prompt) for n in range(results.option_count)]
        results.focus()
        results.highlighted = prompts.index(next(p for p in prompts if "passages" in p)) + 2
        await pilot.press("enter")
        await settle(pilot)
        text = app.screen
        assert isinstance(text, SourceText)
        assert len(text.hits) == MANY and len(text.query_one(ParagraphLines)) == MANY + 1
        for _ in range(3):  # two hits a paragraph: n goes to the next paragraph too
            number = text._paragraph_of(text.hits[text.current][0])
            screen = "\n".join(screen_lines(app.export_screenshot()))
            assert f"Paragraph {number - 1} after the words" in screen  # (the quote's is one)
            (hit,) = [s for s in text.query_one(ParagraphLines).shown(number).spans
                      if "$accent" in str(s.style)]  # fmt: skip
            assert hit.end - hit.start == len("hours")
            await pilot.press("n")
            await pilot.pause()
