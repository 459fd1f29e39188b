"""Finding a quote's words in its source, and mapping back to the source's own words."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from briefing.records.anchoring import NormalisedText, anchor, normalise, paragraphs

SOURCE = (
    "First paragraph, nothing quoted.\n\n"
    "Truss said “Any incursion would be a huge mistake” — and left.\n"
    "She tweeted   it\ttoo.\n\n"
    "Last paragraph: firm dialogue, and again firm dialogue.\n"
)


def test_typographic_marks_dashes_and_spaces_match_plain_ones() -> None:
    found = anchor(
        'said "Any incursion would be a huge mistake" - and', NormalisedText(SOURCE), None
    )
    assert found.span is not None
    assert (
        SOURCE[found.span.start : found.span.end]
        == "said “Any incursion would be a huge mistake” — and"
    )


def test_whitespace_runs_match_one_space_and_map_back_exactly() -> None:
    found = anchor("She tweeted it too.", NormalisedText(SOURCE), None)
    assert found.span is not None
    assert SOURCE[found.span.start : found.span.end] == "She tweeted   it\ttoo."


def test_span_comes_with_its_paragraph_and_line() -> None:
    found = anchor("huge mistake", NormalisedText(SOURCE), None)
    assert found.span is not None
    paragraph = SOURCE[found.span.paragraph_start : found.span.paragraph_end]
    assert paragraph.startswith("Truss said") and paragraph.endswith("it\ttoo.")
    assert found.span.line == 3


def test_several_matches_need_an_occurrence() -> None:
    text = NormalisedText(SOURCE)
    ambiguous = anchor("firm dialogue", text, None)
    assert (ambiguous.failure, ambiguous.count, ambiguous.lines) == ("ambiguous", 2, (6, 6))
    second = anchor("firm dialogue", text, 2)
    assert second.span is not None and second.span.start == SOURCE.rindex("firm dialogue")
    assert anchor("firm dialogue", text, 3).failure == "occurrence-out-of-range"


def test_case_matters_and_the_nearest_passage_is_offered() -> None:
    found = anchor("any incursion would be a huge mistake", NormalisedText(SOURCE), None)
    assert found.failure == "not-found"
    assert "ncursion would be a huge mistake" in found.nearest


def test_decomposed_source_matches_composed_quote() -> None:
    source = unicodedata.normalize("NFD", "Le président a dit « non » hier.")
    found = anchor("président a dit « non »", NormalisedText(source), None)
    assert found.span is not None
    assert unicodedata.normalize("NFC", source[found.span.start : found.span.end]) == (
        "président a dit « non »"
    )


words = st.text(st.sampled_from("abcé’“”—– \n\t"), min_size=1, max_size=60)


@given(words, words, words)
def test_any_quote_cut_from_a_source_is_found_in_its_own_words(
    before: str, middle: str, after: str
) -> None:
    source = before + middle + after
    if not normalise(middle).strip():
        return
    found = anchor(middle, NormalisedText(source), None)
    if found.failure == "ambiguous":
        found = anchor(middle, NormalisedText(source), 1)
        assert found.span is not None
    assert found.span is not None
    assert normalise(source[found.span.start : found.span.end]).strip() == normalise(middle).strip()


def test_a_text_with_no_blank_line_has_one_paragraph_a_line() -> None:
    """Web text often has one paragraph a line and no blank line (the contract)."""
    text = "First line here.\nSecond line with hello world in it.\nThird line.\n"
    span = anchor("hello world", NormalisedText(text), None).span
    assert span is not None
    assert text[span.paragraph_start : span.paragraph_end] == "Second line with hello world in it."
    assert paragraphs(text) == [(0, 16), (17, 52), (53, 64)]


def test_blank_lines_separate_paragraphs_when_there_are_any_crlf_too() -> None:
    text = "Para one\r\nstill one.\r\n\r\nPara two, hello world.\r\nstill two.\r\n"
    span = anchor("hello world", NormalisedText(text), None).span
    assert span is not None
    paragraph = text[span.paragraph_start : span.paragraph_end]
    assert paragraph.split() == ["Para", "two,", "hello", "world.", "still", "two."]
    assert [text[a:b].split()[0] for a, b in paragraphs(text)] == ["Para", "Para"]
    assert len(paragraphs(text)) == 2
