"""A hard-wrapped source text shown with its wrapped lines joined (briefing.present.unwrapping)."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE_FILES, briefing_files, write_folder
from hypothesis import given
from hypothesis import strategies as st
from reader_helpers import SMALL, reader, screen_lines, settle

from briefing.present.unwrapping import unwrapped
from briefing.records.normalising import paragraphs
from briefing.screens.quote_viewer import QuoteViewer

#: A judgment copied from a PDF: lines of about 70 characters, a list, an address.
WRAPPED = (
    "49. I am satisfied that the decision of 10 October 2024 was one which the\n"
    "Secretary of State was entitled to reach. The claimant contends that the\n"
    "environmental return was wrong.\n"
    "\n"
    "50. The grounds are these:\n"
    "(a) the consultation was too short, and it left out the people of the valley;\n"
    "(b) the figures were not published.\n"
    "\n"
    "The Clerk\n"
    "Town Hall\n"
)


def test_the_wrapped_lines_of_a_paragraph_are_joined_and_nothing_else() -> None:
    shown = unwrapped(WRAPPED)
    assert len(shown) == len(WRAPPED)  # offsets into the text stay where they were
    assert "which the Secretary of State was entitled to reach. The claimant contends that the " \
        "environmental return" in shown  # fmt: skip
    assert "these:\n(a) the consultation" in shown  # a list item keeps its line
    assert "valley;\n(b)" in shown
    assert "The Clerk\nTown Hall" in shown  # short lines: an address
    assert paragraphs(shown) == paragraphs(WRAPPED)


def test_texts_that_are_not_hard_wrapped_are_shown_as_they_are() -> None:
    one_a_line = "First paragraph, a line of its own with many words in it.\nSecond one.\n"
    assert unwrapped(one_a_line) == one_a_line  # no blank line: each line is a paragraph
    long_lines = "x" * 300 + "\nshort\n\nnext\n"
    assert unwrapped(long_lines) == long_lines  # a paragraph a line, not wrapped


@given(st.text(alphabet="ab \n-(1).", max_size=400))
def test_unwrapping_changes_only_line_breaks_into_spaces(text: str) -> None:
    shown = unwrapped(text)
    assert len(shown) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, shown, strict=True))


async def test_at_80_columns_a_wrapped_paragraph_is_not_shown_ragged(tmp_path: Path) -> None:
    """A trial with long documents: each 88-character line of a PDF's text
    came out at 80 columns as a long row and a row of a word or two."""
    line = "The officers visited the works on each of the days the minister had named in the House"
    source = "\n".join([line] * 6) + " in the end.\n\nAnother paragraph.\n"
    base = str(BASE_FILES["briefing.yaml"]).replace("text: hello world", "text: in the end")
    folder = write_folder(
        tmp_path / "b", briefing_files(**{"briefing.yaml": base, "sources/s.txt": source})
    )
    app = reader(folder, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")
        await pilot.pause()
        assert isinstance(app.screen, QuoteViewer)
        rows = [row.strip() for row in screen_lines(app.export_screenshot())]
        first = next(n for n, row in enumerate(rows) if row.startswith("The officers"))
        shown = rows[first : rows.index("", first)]
        # rows filled to the width but the last, not a long row and a short one
        assert len(shown) == 7 and all(len(row) > 70 for row in shown[:-1]), rows
