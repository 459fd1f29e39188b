"""NEL, LS and PS in a briefing's YAML: read as the characters they are.

Text pasted from a PDF or a word processor brings them along. PyYAML (YAML
1.1) broke the line there, where an editor shows none: a title holding one
gave an indentation error about the next line, and every problem after it
was reported a line further down than the editor's.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

from briefing.check.content import check_content
from briefing.check.yamlsafe import read_yaml
from briefing.records.problems import ProblemSink

UNSEEN = {"NEL": "\x85", "LS": "\u2028", "PS": "\u2029"}
WARNED_AS = {
    "\x85": "control-character",
    "\u2028": "format-character",
    "\u2029": "format-character",
}
BASE = str(BASE_FILES["briefing.yaml"])
#: the title written three ways, with the character in the middle of its words
TITLES = {
    "plain": "  title: Talks{c}resume\n",
    "double-quoted": '  title: "Talks{c}resume"\n',
    "folded": "  title: >-\n    Talks{c}resume\n",
}


def _with_title(title: str, char: str) -> str:
    """The base briefing with `title` in place of its own, and an unknown field after it."""
    return BASE.replace("  title: T\n", title.format(c=char) + "  bogus: 1\n", 1)


def _line_of(text: str, words: str) -> int:
    """The line of `words` as an editor counts: CR, LF and CR LF break lines."""
    return text[: text.index(words)].count("\n") + 1


@pytest.mark.parametrize("char", UNSEEN.values(), ids=list(UNSEEN))
@pytest.mark.parametrize("title", TITLES.values(), ids=list(TITLES))
def test_the_value_holds_the_character_and_lines_are_the_editors(
    tmp_path: Path, title: str, char: str
) -> None:
    text = _with_title(title, char)
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text}))
    problems = check(folder)
    assert [(p.code, p.line) for p in problems] == [
        (WARNED_AS[char], _line_of(text, "title:")),
        ("unknown-field", _line_of(text, "bogus")),
    ]


@pytest.mark.parametrize("char", UNSEEN.values(), ids=list(UNSEEN))
def test_a_clean_file_keeps_the_character_in_the_briefing(tmp_path: Path, char: str) -> None:
    """Read by the fast reader of clean files, or not: the same title, warned of."""
    text = BASE.replace("  title: T\n", f"  title: Talks{char}resume\n", 1)
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text}))
    result = check_content(folder)
    assert [p.code for p in result.all_problems()] == [WARNED_AS[char]]
    (built,) = [f.briefing for f in result.folders if f.briefing is not None]
    assert built.title == f"Talks{char}resume"


def test_a_comment_cutting_a_quote_is_found_on_the_editors_line(tmp_path: Path) -> None:
    text = BASE.replace("    text: hello world\n", "    text: hello world #greeting\n", 1).replace(
        "  title: T\n", "  title: Talks\u2028resume\n", 1
    )
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text}))
    cut = [p for p in check(folder) if p.code == "comment-cuts-text"]
    assert [(p.line, p.column) for p in cut] == [(_line_of(text, "text: hello"), 23)]


def test_a_syntax_error_quotes_the_line_as_the_reader_marks_it() -> None:
    """The parser reads a stand-in character; the message never shows it."""
    sink = ProblemSink("b.yaml")
    read_yaml("a: 1\nTalks\u2028resume\nb: 2\n".encode(), sink)
    (problem,) = sink.problems
    assert (problem.line, problem.code) == (2, "yaml-syntax")
    assert "('Talks‸resume')" in problem.message
