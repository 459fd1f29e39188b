"""`occurrence`: an integer >= 1, as YAML reads it; anything else said in words."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

from briefing import cli
from briefing.check.folder import check_folder
from briefing.present.quotes import COUNTED_IN_UP_TO, where_found

BASE = BASE_FILES["briefing.yaml"]
assert isinstance(BASE, str)
TWICE = "hello world, she said.\n\nhello world, she said again.\n"


def _folder(occurrence: str, folder: Path, source: str | None = None) -> Path:
    """The base briefing, its quote given `occurrence` (line 23, column 17); the
    source text `source` (by default, one that holds the quote once)."""
    text = BASE + f"    occurrence: {occurrence}\n"
    files = briefing_files(**{"briefing.yaml": text})
    if source is not None:
        files["sources/s.txt"] = source
    return write_folder(folder, files)


@pytest.mark.parametrize(("written", "count"), [("+1", 1), ("+2", 2), ("2", 2)])
def test_a_plus_signed_integer_is_that_integer(written: str, count: int, tmp_path: Path) -> None:
    """YAML reads `+2` as the integer 2: the quote is its second match."""
    result = check_folder(_folder(written, tmp_path / "b", TWICE))
    assert result.problems == []
    assert result.briefing is not None
    [quote] = result.briefing.quotes
    assert quote.occurrence == count
    starts = [start for start, _ in quote.span.pieces] if quote.span else []
    assert starts == [TWICE.index("hello")] if count == 1 else [TWICE.rindex("hello")]


@pytest.mark.parametrize("written", ["-1", "-2", "0", "+0", "-0"])
def test_an_integer_below_1_is_a_bad_occurrence(written: str, tmp_path: Path) -> None:
    problems = check(_folder(written, tmp_path / "b"))
    assert [(p.line, p.column, p.code) for p in problems] == [(23, 17, "bad-occurrence")]
    assert problems[0].message == f"occurrence counts from 1, not {int(written)}"


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("'1'", "write it without quotes, like 2"),
        ("'+1'", "write it without quotes, like 2"),
        ("1.0", "write a whole number, like 2"),
        ("-1.5", "write a whole number, like 2"),
        ("yes", "write a whole number, like 2"),
        ("first", "write a whole number, like 2"),
        ("[1]", None),
        # YAML 1.1 reads 010 as octal 8, and 08 as text: refused, never guessed
        ("010", "write it without the leading zero, 10: YAML reads 010 as 8 (octal)"),
        ("08", "write it without the leading zero, 8: YAML reads 010 as 8 (octal)"),
    ],
)
def test_what_is_not_an_integer_is_the_wrong_type(
    written: str, hint: str | None, tmp_path: Path
) -> None:
    problems = check(_folder(written, tmp_path / "b"))
    assert [(p.line, p.column, p.code) for p in problems] == [(23, 17, "wrong-type")]
    assert problems[0].hint == hint


@pytest.mark.parametrize("written", ["0", "'2'", "2.0"])
def test_a_refused_occurrence_is_said_once_not_also_as_an_ambiguous_quote(
    written: str, tmp_path: Path
) -> None:
    """The quote, anchored without the occurrence refused, was said 'ambiguous'
    too, with a hint to write an occurrence (an author's trial)."""
    problems = check(_folder(written, tmp_path / "b", TWICE))
    assert [p.code for p in problems] in (["bad-occurrence"], ["wrong-type"])


def test_a_refused_occurrence_still_lets_words_not_found_be_said(tmp_path: Path) -> None:
    """Anchoring was skipped for a refused occurrence: a misspelt quote passed (a review)."""
    text = BASE.replace("text: hello world", "text: hello wordl") + "    occurrence: 0\n"
    problems = check(write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text})))
    assert sorted(p.code for p in problems) == ["bad-occurrence", "quote-not-found"]


#: More digits than Python reads as a number (4300): `int()` of it raised, and
#: one such quote made check, list, index, export and the library fail (a trial).
HUGE = "1" + "0" * 5000


def test_a_number_too_long_to_read_is_out_of_range_said_briefly(tmp_path: Path) -> None:
    problems = check(_folder(HUGE, tmp_path / "b", TWICE))
    assert [(p.line, p.column, p.code) for p in problems] == [(23, 17, "occurrence-out-of-range")]
    assert problems[0].message.startswith("occurrence is '10000")
    assert "more matches than any source text" in problems[0].message
    assert len(problems[0].message) < 200


def test_a_number_longer_than_any_count_is_out_of_range_even_without_a_source_text(
    tmp_path: Path,
) -> None:
    text = BASE.replace("    text: sources/s.txt\n", "") + f"    occurrence: 1{'0' * 20}\n"
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text}))
    problems = check(folder)
    assert [(p.line, p.column, p.code) for p in problems] == [(22, 17, "occurrence-out-of-range")]


def test_a_negative_number_too_long_to_read_is_below_1_said_briefly(tmp_path: Path) -> None:
    problems = check(_folder("-" + HUGE, tmp_path / "b"))
    assert [(p.line, p.column, p.code) for p in problems] == [(23, 17, "bad-occurrence")]
    assert problems[0].message.startswith("occurrence counts from 1, not -10000")
    assert len(problems[0].message) < 200


def test_the_longest_count_read_is_still_a_number(tmp_path: Path) -> None:
    """Eighteen digits are read, and said out of range against the source text's count."""
    problems = check(_folder("9" * 18, tmp_path / "b", TWICE))
    assert [p.code for p in problems] == ["occurrence-out-of-range"]
    assert problems[0].message.startswith(f"occurrence is {'9' * 18}, but these words occur only 2")


def test_a_library_with_a_number_too_long_to_read_lists_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "library"
    _folder(HUGE, library / "broken", TWICE)
    good = BASE.replace("id: b", "id: good", 1)
    write_folder(library / "good", briefing_files(**{"briefing.yaml": good}))
    index = str(tmp_path / "index.json")
    assert cli.main(["check", str(library)]) == 1
    out = capsys.readouterr().out
    assert f"{library / 'broken' / 'briefing.yaml'}:23:17: error[occurrence-out-of-range]" in out
    assert len(out) < 1000
    assert cli.main(["list", str(library), "--index", index]) == 1
    rows = capsys.readouterr().out.splitlines()
    assert [row.split()[0] for row in rows] == ["b", "good"]
    assert "1 error" in rows[0] and rows[1].endswith("ok")


THRICE = TWICE + "hello world!\n"


@pytest.mark.parametrize(("source", "said"), [(TWICE, "2 of 2"), (THRICE, "2 of 3")])
def test_where_a_quote_stands_says_among_how_many_matches(
    source: str, said: str, tmp_path: Path
) -> None:
    """The viewer's "Found" line: the occurrence picked, and out of how many."""
    result = check_folder(_folder("2", tmp_path / "b", source))
    assert result.briefing is not None
    [quote] = result.briefing.quotes
    found = where_found(quote, source)
    assert found == f"in paragraph 2 of the source text (line 3; occurrence {said} of these words)"


def test_where_a_quote_stands_without_occurrence_says_no_count(tmp_path: Path) -> None:
    result = check_folder(_folder("1", tmp_path / "b"))
    assert result.briefing is not None
    [quote] = result.briefing.quotes
    quote = replace(quote, occurrence=None)
    assert where_found(quote, "hello world") == "in paragraph 1 of the source text (line 1)"
    # a text too long to count its paragraphs on the screen's thread: the line
    long = "hello world" + "\n\nx" * (COUNTED_IN_UP_TO // 2)
    assert where_found(quote, long) == "on line 1 of the source text"
