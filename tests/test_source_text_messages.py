"""What `briefing check` says of a source text that is empty, or holds control characters.

Each message is read by an author who has never seen the code: it must say what
is wrong with the file, and where.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

from briefing.check.content import check_content
from briefing.present.display import for_display
from briefing.records.normalised_text import NormalisedText

BASE = BASE_FILES["briefing.yaml"]
assert isinstance(BASE, str)
#: A second quote from the source 's' (the base briefing has one, 'q', at line 20).
SECOND_QUOTE = "  - id: r\n    text: she left\n    speaker: a\n    source: s\n"


@pytest.mark.parametrize(
    ("text", "said"), [("", "is empty"), (" \n\n\t\n", "holds only whitespace")]
)
def test_an_empty_source_text_is_said_once_at_its_text_line(
    in_tmp: Path, text: str, said: str
) -> None:
    """Before: one bare "these words are not in the source" per quote (and a
    traceback for a text of only whitespace), nothing saying the file is empty."""
    files = briefing_files(**{"briefing.yaml": BASE + SECOND_QUOTE, "sources__s.txt": text})
    problems = check(write_folder(in_tmp / "b", files))
    assert [(p.file, p.line, p.column, p.code) for p in problems] == [
        ("b/briefing.yaml", 8, 11, "source-text-empty")
    ]
    assert problems[0].is_error
    message = problems[0].message
    assert f"the text file 'sources/s.txt' {said}" in message
    assert "none of the 2 quotes taken from it (q, r) can be found there" in message
    assert "paste the source's full text" in (problems[0].hint or "")


def test_an_empty_source_text_with_one_quote_names_it(in_tmp: Path) -> None:
    files = briefing_files(**{"sources__s.txt": ""})
    problems = check(write_folder(in_tmp / "b", files))
    assert [p.message for p in problems] == [
        "the text file 'sources/s.txt' is empty, so the quote 'q' taken from it "
        "cannot be found there"
    ]


def test_an_empty_source_text_no_quote_is_taken_from_is_only_a_warning(in_tmp: Path) -> None:
    """The contract asks only that the file exist: the briefing still opens."""
    files = briefing_files(
        **{
            "briefing.yaml": BASE.replace("source: s\n", "source: t\n"),
            "more.yaml": "sources:\n  - id: t\n    title: T\n",
            "sources__s.txt": "",
        }
    )
    write_folder(in_tmp / "b", files)
    result = check_content(in_tmp / "b")
    problems = result.all_problems()
    assert [(p.line, p.column, p.code, p.message) for p in problems] == [
        (8, 11, "empty-text", "the text file 'sources/s.txt' is empty")
    ]
    assert not problems[0].is_error
    assert result.folders[0].briefing is not None


def test_no_nearest_passage_in_a_text_of_only_whitespace() -> None:
    """Before: IndexError, an internal error of `briefing check`."""
    assert NormalisedText(" \n\n\t\n").nearest_passage("hello world") is None


def test_windows_line_endings_are_no_problem_and_never_reach_the_screen(in_tmp: Path) -> None:
    """Before: a control-character warning with no line, for every CR LF file."""
    files = briefing_files(**{"sources__s.txt": b"She said hello world.\r\n\r\nThen she left.\r\n"})
    write_folder(in_tmp / "b", files)
    result = check_content(in_tmp / "b")
    assert result.all_problems() == []
    briefing = result.folders[0].briefing
    assert briefing is not None
    quote = briefing.quotes[0]
    assert quote.span is not None and quote.span.paragraph_start == 0  # paragraphs still found
    shown = for_display(briefing).sources[0].text
    assert shown is not None and "\r" not in shown


def test_a_lone_carriage_return_is_warned_with_its_line_and_column(in_tmp: Path) -> None:
    files = briefing_files(
        **{"sources__s.txt": b"She said hello world.\r\n\r\nThen\rshe left.\r\n"}
    )
    problems = check(write_folder(in_tmp / "b", files))
    assert [(p.line, p.column, p.code) for p in problems] == [(8, 11, "control-character")]
    assert problems[0].message == (
        "the text file 'sources/s.txt' holds a carriage return (U+000D) with no line "
        "break after it (the first at its line 3, column 5); the reader shows it as a "
        "space, so the lines it ends run together"
    )
    assert "line endings" in (problems[0].hint or "")


def test_another_control_character_is_warned_with_its_line_and_column(in_tmp: Path) -> None:
    files = briefing_files(
        **{"sources__s.txt": "She said hello world.\r\n\r\nThen \x1b[2J left.\n"}
    )
    problems = check(write_folder(in_tmp / "b", files))
    assert [(p.line, p.column, p.code) for p in problems] == [(8, 11, "control-character")]
    assert problems[0].message == (
        "the text file 'sources/s.txt' holds invisible control characters (the first, "
        "escape U+001B, at its line 3, column 6); the reader shows them as symbols"
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("she left, and she left.\n", "occur 2 times in sources/s.txt (both on line 1)"),
        ("she left.\n\nand she left.\n", "occur 2 times in sources/s.txt (lines 1, 3)"),
        (
            "she left.\n\n" * 2000,
            "occur at least 1000 times in sources/s.txt (lines 1, 3, 5, 7, 9, 11, 13, 15, "
            "17, 19, and further on)",
        ),
    ],
)
def test_an_ambiguous_quote_says_where_in_a_line_of_its_own_size(
    in_tmp: Path, text: str, said: str
) -> None:
    """A text of repeats listed every match's line: 40,000 of them on one line."""
    files = briefing_files(**{"briefing.yaml": BASE + SECOND_QUOTE, "sources__s.txt": text})
    problems = [p for p in check(write_folder(in_tmp / "b", files)) if p.code == "quote-ambiguous"]
    assert len(problems) == 1
    assert problems[0].message == f"these words {said}"
