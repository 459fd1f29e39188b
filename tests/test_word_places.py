"""A quote not found is said where its first word that differs is written."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE_FILES, briefing_files, check, write_folder

BASE = str(BASE_FILES["briefing.yaml"])
SOURCE = "She said: we met in the meeting of the year before, all of us.\n"


def _quoting(tmp_path: Path, text: str) -> tuple[int, int, str]:
    yaml = BASE.replace("    text: hello world\n", text)
    files = briefing_files(**{"briefing.yaml": yaml, "sources/s.txt": SOURCE})
    [problem] = check(write_folder(tmp_path / "b", files))
    assert problem.code == "quote-not-found"
    return problem.line, problem.column, problem.hint or ""


def test_a_typo_in_a_quote_written_over_lines_is_said_at_its_line(tmp_path: Path) -> None:
    """A typo on line 128 was said at 125, where `text: >-` stands (an author's trial)."""
    text = "    text: >-\n      we met in the meeting\n      of the yaer before\n"
    line, column, hint = _quoting(tmp_path, text)
    at = BASE.index("    text: hello world")
    assert (line, column) == (BASE[:at].count("\n") + 3, 14)
    assert "it has 'year' where the quote has 'yaer'" in hint


def test_a_word_the_quote_holds_twice_is_said_at_the_value(tmp_path: Path) -> None:
    """Which of the two differs cannot be told from the word: the value's start."""
    text = "    text: >-\n      the meeting of the yaer\n      before, the yaer\n"
    line, column, _ = _quoting(tmp_path, text)
    at = BASE.index("    text: hello world")
    assert (line, column) == (BASE[:at].count("\n") + 1, 11)


def test_a_word_written_with_an_escape_is_said_at_the_value(tmp_path: Path) -> None:
    text = '    text: "we met in the meeting of the y\\u0061er before"\n'
    line, column, _ = _quoting(tmp_path, text)
    at = BASE.index("    text: hello world")
    assert (line, column) == (BASE[:at].count("\n") + 1, 11)
