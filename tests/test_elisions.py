"""Elisions and insertions, end to end: checked, indexed, and read back part by part."""

from __future__ import annotations

from pathlib import Path

from conftest import BASE_FILES, briefing_files, check, write_folder

from briefing.index.store import open_index

SOURCE = (
    "He spoke of the principles of the reforms, and of how to avoid a repetition "
    "of the crisis.\nThey must abide 20th century rules, he said.\n"
)


def briefing_quoting(text: str) -> dict[str, str | bytes | None]:
    base = str(BASE_FILES["briefing.yaml"]).replace("text: hello world", f"text: {text}")
    return briefing_files(**{"briefing.yaml": base, "sources/s.txt": SOURCE})


def test_an_elided_quote_is_indexed_with_its_parts(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path / "b", briefing_quoting("principles of the reforms … repetition of the crisis")
    )
    assert check(folder) == []
    quote = open_index(folder, tmp_path / "index.json").briefing("b").quotes[0]
    assert quote.span is not None
    assert [SOURCE[a:b] for a, b in quote.span.pieces] == [
        "principles of the reforms",
        "repetition of the crisis",
    ]


def test_an_insertion_is_accepted_and_parts_in_two_paragraphs_are_not(tmp_path: Path) -> None:
    inserted = write_folder(
        tmp_path / "i", briefing_quoting("They must abide [by] 20th century rules")
    )
    assert check(inserted) == []
    apart = write_folder(
        tmp_path / "a", briefing_quoting("the principles of the reforms … abide 20th century rules")
    )
    (problem,) = check(apart)
    assert problem.code == "quote-not-found"
    assert "'abide 20th century rules'" in problem.message
    # The part is in the source: the hint says why it does not count, not how it differs.
    assert problem.hint is not None
    assert problem.hint.startswith("those words are at line 2 of the source, but not after")
    assert "one paragraph" in problem.hint


def test_a_part_not_in_the_source_at_all_gets_the_nearest_passage(tmp_path: Path) -> None:
    changed = write_folder(
        tmp_path / "c", briefing_quoting("the principles of the reforms … repetition of the panic")
    )
    (problem,) = check(changed)
    assert problem.hint is not None
    assert "where the quote has 'panic'" in problem.hint


def test_an_insertion_over_more_words_than_it_may_replace_is_said_so(tmp_path: Path) -> None:
    """The message spoke of elisions and paragraphs for a quote that has neither
    (a new user's trial): an insertion stands in for at most five words."""
    folder = write_folder(
        tmp_path / "w", briefing_quoting("He spoke [on] how to avoid a repetition")
    )
    (problem,) = check(folder)
    assert problem.code == "quote-not-found"
    assert "'how to avoid a repetition'" in problem.message and "within 5 words" in problem.message
    assert problem.hint is not None and "at most 5" in problem.hint and "elision" in problem.hint
    assert "paragraph" not in problem.message + problem.hint
