"""A YAML comment that cuts a text short is said, at its `#`; one after a path is not."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE_FILES, briefing_files, check, write_folder

from briefing.check.raw import SharedValues
from briefing.check.report import problem_line
from briefing.check.streamed import read_records
from briefing.records.problems import ProblemSink

BASE = str(BASE_FILES["briefing.yaml"])


def _checked(tmp_path: Path, old: str, new: str) -> list[tuple[str, int, int]]:
    folder = write_folder(
        tmp_path / "b", briefing_files(**{"briefing.yaml": BASE.replace(old, new)})
    )
    return [(p.code, p.line, p.column) for p in check(folder)]


def test_a_hashtag_in_an_unquoted_quote_is_said_to_cut_it(tmp_path: Path) -> None:
    """`hello world` is still in the source: the check passed a quote that had
    lost its last words (an author's trial)."""
    said = _checked(tmp_path, "text: hello world", "text: hello world #today")
    assert said == [("comment-cuts-text", 20, 23)]  # at the '#'


def test_a_quoted_hashtag_and_a_comment_after_a_path_are_fine(tmp_path: Path) -> None:
    assert _checked(tmp_path, "text: hello world", 'text: "hello world"  # her words') == []
    assert (
        _checked(tmp_path / "2", "text: sources/s.txt", "text: sources/s.txt  # the article") == []
    )


def test_a_cut_is_found_in_a_flow_mapping_after_a_bom_and_with_crlf(tmp_path: Path) -> None:
    """Found where the parser placed the words, not by the file's look (a review)."""
    head = BASE.split("quotes:\n")[0]
    quote = "quotes:\n  - {id: q, speaker: a, source: s,\n     text: hello world #today\n    }\n"
    text = ("\ufeff" + head + quote).replace("\n", "\r\n")
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text.encode()}))
    assert [p.code for p in check(folder)] == ["comment-cuts-text"]


def test_a_hash_in_a_block_scalar_or_in_quotes_cuts_nothing(tmp_path: Path) -> None:
    """`note: |` then `text: she added #1`: the block's own words (a review)."""
    said = _checked(
        tmp_path, "    source: s\n", "    source: s\n    note: |\n      text: she added #1\n"
    )
    assert said == []
    inner = _checked(tmp_path / "2", "text: hello world", "text: 'hello \"world\" #1'")
    assert inner == [("quote-not-found", 20, 11)]  # its words, whole, not cut


def test_the_hint_is_yaml_that_reads_as_the_whole_text(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path / "b",
        briefing_files(
            **{"briefing.yaml": BASE.replace("text: hello world", 'text: hello "world" #now')}
        ),
    )
    (problem,) = [p for p in check(folder) if p.code == "comment-cuts-text"]
    assert problem.hint is not None
    written = problem.hint.split("text: ", 1)[1]
    import yaml

    assert yaml.safe_load(f"text: {written}") == {"text": 'hello "world" #now'}


def _said(in_tmp: Path, old: str, new: str) -> list[tuple[str, str | None]]:
    """Each problem as the author reads it: the located line, and its hint."""
    assert old in BASE
    write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": BASE.replace(old, new)}))
    return [(problem_line(p), p.hint) for p in check(in_tmp / "b")]


def test_a_comment_cutting_an_events_title_is_said_at_its_hash(in_tmp: Path) -> None:
    """`title: The cable railway #2 to open in the summer` became "The cable
    railway", with 0 problems (a new author's trial)."""
    said = _said(
        in_tmp, "    title: E\n", "    title: The cable railway #2 to open in the summer\n"
    )
    assert said == [
        (
            "b/briefing.yaml:15:30: warning[comment-cuts-text]: YAML reads the title as "
            "'The cable railway': ' #' begins a comment, so '#2 to open in the summer' "
            "is left out",
            "if it belongs to the title, put the title in quotes: "
            'title: "The cable railway #2 to open in the summer"',
        )
    ]


def test_a_comment_cutting_a_quotes_note_is_said(in_tmp: Path) -> None:
    said = _said(
        in_tmp, "    source: s\n", "    source: s\n    note: It is the best line #1 of the day\n"
    )
    assert said == [
        (
            "b/briefing.yaml:23:31: warning[comment-cuts-text]: YAML reads the note as "
            "'It is the best line': ' #' begins a comment, so '#1 of the day' is left out",
            "if it belongs to the note, put the note in quotes: "
            'note: "It is the best line #1 of the day"',
        )
    ]


def test_every_field_of_free_text_is_looked_at(in_tmp: Path) -> None:
    """Names, roles, places, summaries, an item of a list, a value over several lines."""
    actor = (
        "    kind: person\n"
        "    role: Foreign Secretary  #1 in the cabinet\n"
        "    aliases:\n      - Bob #2\n      - 'Bob #3'\n"
        "    summary: She spoke\n      first #4\n"
    )
    text = BASE.replace("    kind: person\n", actor).replace("  title: T\n", "  title: T #5\n")
    write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text}))
    said = [(problem_line(p), p.hint) for p in check(in_tmp / "b")]
    assert said == [
        (
            "b/briefing.yaml:3:12: warning[comment-cuts-text]: YAML reads the title as 'T': "
            "' #' begins a comment, so '#5' is left out",
            'if it belongs to the title, put the title in quotes: title: "T #5"',
        ),
        (
            "b/briefing.yaml:13:30: warning[comment-cuts-text]: YAML reads the role as "
            "'Foreign Secretary': ' #' begins a comment, so '#1 in the cabinet' is left out",
            "if it belongs to the role, put the role in quotes: "
            'role: "Foreign Secretary #1 in the cabinet"',
        ),
        (
            "b/briefing.yaml:15:13: warning[comment-cuts-text]: YAML reads this item of "
            "aliases as 'Bob': ' #' begins a comment, so '#2' is left out",
            'if it belongs to the item, put the item in quotes: "Bob #2"',
        ),
        (
            "b/briefing.yaml:18:13: warning[comment-cuts-text]: YAML reads the summary as "
            "'She spoke first': ' #' begins a comment, so '#4' is left out",
            "if it belongs to the summary, put the summary in quotes: "
            'summary: "She spoke first #4"',
        ),
    ]


def test_a_comment_after_an_id_a_date_a_url_or_a_kind_is_one(in_tmp: Path) -> None:
    """None of them can hold ' #': a comment after them is meant as one. A url's
    `#fragment` has no space before it, and is no comment."""
    text = (
        BASE.replace("  id: b\n", "  id: b  # the briefing's id\n")
        .replace("  as_of: 2022-02-10\n", "  as_of: 2022-02-10 # as of\n")
        .replace("    kind: person\n", "    kind: person # or a state?\n")
        .replace(
            "    text: sources/s.txt\n",
            "    text: sources/s.txt\n    url: https://example.org/a#part  # archived\n",
        )
    )
    text = text.replace("  title: T\n", "  title: T\n  language: en # English\n")
    write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text}))
    assert check(in_tmp / "b") == []


def test_a_comment_written_as_one_after_a_text_is_meant_as_one(in_tmp: Path) -> None:
    """`# ` and words, as `briefing new` writes after a when_text: no '#' glued
    to a word as in `#2`, nothing to warn of (an author could not silence it)."""
    text = BASE.replace("    title: E\n", "    title: E    # what happened\n")
    text = text.replace("  title: T\n", "  title: T # the briefing's\n  tags: [a, b] #\n")
    text = text.replace("    name: A\n", "    name: A\t## a person\n")
    write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text}))
    assert check(in_tmp / "b") == []


def test_a_file_with_a_cut_text_is_not_read_the_quick_way() -> None:
    """The reader of clean files gives up where the located check warns."""
    text = BASE.replace("    title: E\n", "    title: The cable railway #2\n")
    assert read_records(text.encode(), ProblemSink("f.yaml"), SharedValues()) is None
    commented = BASE.replace("    kind: person\n", "    kind: person  #state?\n")
    commented = commented.replace("    title: E\n", "    title: E  # what happened\n")
    assert read_records(commented.encode(), ProblemSink("f.yaml"), SharedValues()) is not None


def test_a_comment_taking_a_whole_value_is_said_beside_its_missing_value(in_tmp: Path) -> None:
    """`title: #2 to open` read as no title at all: "title has no value"
    alone left the author to guess why (an author's trial). A note that
    is not required, and an item of a list, are said to be cut too."""
    text = BASE.replace("    title: E\n", "    title:   #2 to open\n")
    text = text.replace("    source: s\n", "    source: s\n    note: #1\n")
    text = text.replace("    kind: person\n", "    kind: person\n    aliases:\n      - #tag\n")
    write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text}))
    said = [(problem_line(p), p.hint) for p in check(in_tmp / "b")]
    cuts = [(line.split(": ", 1)[1], hint) for line, hint in said if "comment-cuts" in line]
    assert cuts == [
        (
            "warning[comment-cuts-text]: YAML reads this item of aliases as empty: ' #' "
            "begins a comment, so '#tag' is left out",
            'if it belongs to the item, put the item in quotes: "#tag"',
        ),
        (
            "warning[comment-cuts-text]: YAML reads the title as empty: ' #' begins a "
            "comment, so '#2 to open' is left out",
            'if it belongs to the title, put the title in quotes: title: "#2 to open"',
        ),
        (
            "warning[comment-cuts-text]: YAML reads the note as empty: ' #' begins a "
            "comment, so '#1' is left out",
            'if it belongs to the note, put the note in quotes: note: "#1"',
        ),
    ]
    assert any(line.endswith("error[wrong-type]: title has no value") for line, _ in said)
    # A comment written as one after an empty value is one: `title:  # to do`.
    blank = BASE.replace("    title: E\n", "    title:  # to do\n")
    write_folder(in_tmp / "c", briefing_files(**{"briefing.yaml": blank}))
    assert [p.code for p in check(in_tmp / "c")] == ["wrong-type"]
