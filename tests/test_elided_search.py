"""The search for an elided quote's later parts: as the contract reads, and in
work that grows with the text, not with its square.

The work is counted, not timed (timings live in `make bench`): the places
mapped back to the source (`original_span`), and the characters `str.find`
reads in the normalised text.
"""

from __future__ import annotations

from conftest import lines_run
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.records.anchoring import MAX_COUNTED, anchor
from briefing.records.editorial import (
    MAX_INSERTION_WORDS,
    Piece,
    read_quote,
    segments,
    word_count,
)
from briefing.records.normalised_text import NormalisedText
from briefing.records.normalising import normalise


class _CountedFinds(str):
    """A normalised text that counts the characters its `find` reads."""

    read = 0

    def find(self, sub: str, start: int | None = None, end: int | None = None) -> int:  # type: ignore[override]
        first = 0 if start is None else start
        last = len(self) if end is None else min(end, len(self))
        found = super().find(sub, first, last)
        _CountedFinds.read += (found + len(sub) if found != -1 else last) - first
        return found


class _CountedText(NormalisedText):
    """A source that counts the places it maps back, and its finds' reading."""

    def __init__(self, original: str) -> None:
        super().__init__(original)
        self.text = _CountedFinds(self.text)
        _CountedFinds.read = 0
        self.mapped = 0

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        self.mapped += 1
        return super().original_span(start, end)

    @property
    def read(self) -> int:
        return _CountedFinds.read


def test_a_middle_part_is_tried_once_at_each_place_for_all_places_of_the_first() -> None:
    """Each "d e f" is followed by too many words for "[x] g h i" but the last:
    every place of "a b c" tried every "d e f" again (a thousand times over, as
    the quote is ambiguous: 75 s for 100,000 repeats)."""
    repeats = 3000
    text = "a b c " * repeats + "d e f " * repeats + "g h i"
    source = _CountedText(text)
    found = anchor("a b c … d e f [x] g h i", source, None)
    assert found.failure == "ambiguous" and found.count == MAX_COUNTED
    assert source.mapped < 10 * (2 * repeats + 1)


def test_a_text_of_many_paragraphs_is_not_read_to_its_end_for_each_first_part() -> None:
    """Each paragraph holds the first part; the last part is in none (or at the
    very end): each was looked for to the text's end, a read per paragraph
    (13 s for 100,000 paragraphs)."""
    paragraphs = 3000
    for text in ("a b c\n\n" * paragraphs, "a b c d e f\n\n" * paragraphs + "g h i"):
        for quote in ("a b c … g h i", "a b c … d e f … g h i", "a b c [x] g h i"):
            source = _CountedText(text)
            anchor(quote, source, None)
            assert source.read < 20 * len(text), quote


def test_a_first_part_repeated_in_one_paragraph_is_followed_once() -> None:
    text = "a b c " * 20_000
    for quote in ("a b c … g h i", "a b c [x] g h i", "a b c … a b c … g h i"):
        source = _CountedText(text)
        found = anchor(quote, source, None)
        assert found.failure == "part-not-found"
        assert source.mapped < 10 * 20_000 and source.read < 20 * len(text), quote


def test_words_after_an_insertion_are_counted_once_over_a_text_of_dashes() -> None:
    """A source of dashes holds no words: the words after `[x]` were counted
    afresh from each place of "- -", each count reading to the text's end
    (40 KB held `briefing check` four minutes)."""
    repeats = 1000
    for tail, verdict in (
        ("\n", "part-not-found"),
        ("a b c d e f g zzz\n", "part-not-found"),  # seven words between: too many
        ("a b zzz\n", "ambiguous"),  # from every "- -", two words and dashes between
    ):
        text = "- " * repeats + tail
        found = anchor("- - [x] zzz", NormalisedText(text), None)
        assert found.failure == verdict, tail
        source = NormalisedText(text)
        lines = lines_run(lambda: anchor("- - [x] zzz", source, None))  # noqa: B023 (run at once)
        assert lines < 400 * repeats, tail  # a few hundred a place of "- -": not one per dash


def test_a_dash_run_after_an_insertion_is_read_once() -> None:
    """One run of dashes glued to a word, a quote's first part inside it."""
    text = "a" + "-" * 2000 + " zzz"
    found = anchor("-- [x] zzz", NormalisedText(text), None)
    assert found.failure == "ambiguous"
    assert lines_run(lambda: anchor("-- [x] zzz", NormalisedText(text), None)) < 400 * 2000


# --- the contract, read the plainest way -------------------------------------


def _places(text: str, needle: str) -> list[int]:
    found, at = [], text.find(needle)
    while at != -1:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def _wholes(quote: str, source: NormalisedText) -> list[tuple[tuple[int, int], ...]]:
    """Every whole match, one per place of the first part (its first in
    order), found by trying every place of every part: each part after the
    one before it, all within the first part's paragraph and the next, and at
    most MAX_INSERTION_WORDS source words where an insertion stands."""
    pieces = read_quote(quote)
    assert pieces is not None
    wanted = segments(pieces)
    needles = [normalise(segment.words).strip() for segment in wanted]
    text, original = source.text, source.original
    found = []
    for first_at in _places(text, needles[0]):
        first = source.original_span(first_at, first_at + len(needles[0]))
        limit = source.next_paragraph_end(source.paragraph_around(*first)[1])

        def rest(
            index: int, after: int, spans: tuple[tuple[int, int], ...], limit: int = limit
        ) -> tuple[tuple[int, int], ...] | None:
            if index == len(needles):
                return spans
            for at in _places(text, needles[index]):
                span = source.original_span(at, at + len(needles[index]))
                if at < after or span[1] > limit:
                    continue
                between = original[spans[-1][1] : span[0]]
                if wanted[index].after is Piece.INSERTION and (
                    word_count(between) > MAX_INSERTION_WORDS
                ):
                    continue
                whole = rest(index + 1, at + len(needles[index]), (*spans, span))
                if whole is not None:
                    return whole
            return None

        whole = rest(1, first_at + len(needles[0]), (first,))
        if whole is not None:
            found.append(whole)
    return found


_WORDS = st.sampled_from(["a", "b", "ab", "e\u0301"])  # a decomposed word: mapped word by word
_BREAKS = st.sampled_from([" ", " ", " ", "\n", "\n\n", "  ", " x ", " - ", "-"])
_TEXTS = st.lists(st.tuples(_WORDS, _BREAKS), max_size=40).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)


@st.composite
def _quote_and_text(draw: st.DrawFn) -> tuple[str, str]:
    """An elided quote (parts of at least three words, insertions inside them),
    and a text that holds its pieces a few times, in order or not."""
    parts = []
    for _ in range(draw(st.integers(2, 3))):
        pieces = [
            " ".join(draw(st.lists(_WORDS, min_size=1, max_size=3)))
            for _ in range(draw(st.integers(1, 2)))
        ]
        while sum(len(piece.split()) for piece in pieces) < 3:
            pieces[-1] += " a"
        parts.append(" [x] ".join(pieces))
    quote = " … ".join(parts)
    read = read_quote(quote)
    assert read is not None
    chunks = []
    for _ in range(draw(st.integers(1, 3))):
        for segment in segments(read):
            chunks.append(draw(_TEXTS) + segment.words + draw(_BREAKS))
    chunks.append(draw(_TEXTS))
    if draw(st.booleans()):
        chunks = draw(st.permutations(chunks))
    return quote, "".join(chunks)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_quote_and_text(), st.sampled_from([None, 1, 2, 3]))
def test_an_elided_quote_is_found_where_the_contract_finds_it(
    quote_and_text: tuple[str, str], occurrence: int | None
) -> None:
    quote, text = quote_and_text
    source = NormalisedText(text)
    wholes = _wholes(quote, source)
    found = anchor(quote, source, occurrence)
    if not wholes:
        assert found.span is None and found.count == 0
        return
    wanted = occurrence if occurrence is not None else 1
    if occurrence is None and len(wholes) > 1:
        assert found.failure == "ambiguous" and found.count == len(wholes)
    elif wanted > len(wholes):
        assert found.failure == "occurrence-out-of-range" and found.count == len(wholes)
    else:
        assert found.span is not None
        assert found.span.pieces == wholes[wanted - 1]
