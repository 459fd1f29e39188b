"""Finding a quote's words in its source text (the contract's Anchoring).

`anchor` reads a quote's editorial marks, holds it to their rules
(briefing.records.quote_form), finds its parts in order in the source's
matching form (briefing.records.normalised_text; later parts of an elided
quote by briefing.records.elided_search), and counts its matches so that an
`occurrence` can pick one. What it finds is an AnchorResult
(briefing.records.anchor_results).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TypeVar

from briefing.records.anchor_results import AnchorResult, Failure, Span
from briefing.records.editorial import (
    Piece,
    QuotePiece,
    Segment,
    edge_ellipses,
    edge_name,
    has_marks,
    marks_alone,
    readings,
    says_nothing,
    segments,
    unpaired,
    without_edge_ellipses,
)
from briefing.records.elided_search import Following
from briefing.records.normalised_text import NormalisedText
from briefing.records.normalising import normalise
from briefing.records.quote_form import pieces_failure

#: Without an `occurrence`, matches are counted up to this many (an ambiguous
#: quote is said to occur "at least" that often), and this many lines are said.
MAX_COUNTED = 1000
MAX_LINES_SAID = 10


def anchor(quote_text: str, source: NormalisedText, occurrence: int | None) -> AnchorResult:
    """Find `quote_text` in `source`; `occurrence` picks one of several matches.

    A quote with editorial marks (briefing.records.editorial) is read with
    them first: its parts found in order within one paragraph of the first
    (in its paragraph or the next), its insertions left out, a bracket that
    pairs with nothing matched as text. When that reading finds nothing, its
    brackets are matched as text, for a source that itself holds `[` or `]`;
    its elisions stay elisions.
    """
    if says_nothing(quote_text):
        return AnchorResult(None, "no-words")  # found everywhere, and shows nothing
    found = _anchor(quote_text, source, occurrence)
    if found.failure is None or found.failure in _UNPLACED:
        return found
    if marks_alone(quote_text):
        # `…` alone is no elision, and matched as text: where the source has it
        # not, it is the quote of no words that `[…]` is (a new author's trial
        # had it "not in the source", with no hint).
        return AnchorResult(None, "no-words")
    if found.failure in ("not-found", "part-not-found"):
        return _edge_ellipses(quote_text, source, occurrence) or found
    return found


def _edge_ellipses(
    quote_text: str, source: NormalisedText, occurrence: int | None
) -> AnchorResult | None:
    """A quote not found that starts or ends with a bare `…`: no elision, by the
    contract's letter, and not in the source as text. Said as the elision at an
    edge that `[…] we will` is (a new author's trial was told "these words are
    not in the source" though they were), with the nearest passage to the rest
    where that is not in the source either."""
    first, last = edge_ellipses(quote_text)
    if not (first or last):
        return None
    rest = _anchor(without_edge_ellipses(quote_text), source, occurrence)
    missing = rest.failure in ("not-found", "part-not-found")
    return AnchorResult(
        None,
        "ellipsis-at-edge",
        nearest=rest.nearest if missing else None,
        edge=edge_name(bool(first), bool(last)),
        edge_marks=tuple(mark for mark in (first, last) if mark),
    )


#: Failures of a quote whose words were found (only not placed).
_UNPLACED = ("ambiguous", "occurrence-out-of-range")


def _anchor(quote_text: str, source: NormalisedText, occurrence: int | None) -> AnchorResult:
    """`anchor` for a quote that is not blank: each of its readings tried in
    turn (briefing.records.editorial.readings), the first that places it kept.

    The contract reads a plain `[` or `]` as text when nothing else reads, not
    an elision: every reading holds the parts of an elided quote to its rules,
    whatever the source has. Where none reads, the marks' reading says why
    ("why the editorial reading failed says more than not found"); a quote
    with a bracket that pairs with nothing is unreadable where a reading's
    words are not in the source (`[[…]]`), and told of the rule it breaks
    where they are (`The value [sic … is here`: a part of two words).
    """
    if not has_marks(quote_text):
        return _anchor_segments([Segment(quote_text, None)], source, occurrence)
    tried: list[AnchorResult] = []
    ways = readings(quote_text)
    # The nearest passages, each a search of the whole text, only for the failure said.
    hints = len(ways) == 1
    for pieces in ways:
        found = _anchor_reading(quote_text, pieces, source, occurrence, hints)
        if found.failure is None or found.failure in _UNPLACED:
            return found
        tried.append(found)
    if unpaired(ways[0]) and any(found.failure in _MISSING or found.also for found in tried):
        needle = normalise(quote_text).strip()
        return AnchorResult(None, "unreadable", nearest=source.nearest_passage(needle, quote_text))
    return tried[0] if hints else _anchor_reading(quote_text, ways[0], source, occurrence, True)


def _anchor_reading(
    quote_text: str,
    pieces: list[QuotePiece],
    source: NormalisedText,
    occurrence: int | None,
    hints: bool,
) -> AnchorResult:
    """One reading of a quote anchored; `hints`: with the nearest passages."""
    if all(piece.kind is Piece.WORDS for piece in pieces):
        return _anchor_segments([Segment(quote_text, None)], source, occurrence, hints)
    return _anchor_edited(pieces, source, occurrence, hints)


#: Failures of a reading whose words are not in the source (not a rule of its own).
_MISSING = ("not-found", "part-not-found")


def _anchor_edited(
    pieces: list[QuotePiece], source: NormalisedText, occurrence: int | None, hints: bool = True
) -> AnchorResult:
    """A reading with marks anchored; where it fails, every other part that is
    not in the source at all is said with it (`AnchorResult.also`): a quote
    with a part too short and a part not in the source was told of the first
    alone, and the author met the second only once the first was mended (an
    audit)."""
    wanted = segments(pieces)
    form = pieces_failure(pieces)
    if form is not None:
        if form.failure in ("only-insertions", "no-words"):
            return form
        return replace(form, also=_absent(wanted, source, 0, hints))
    found = _anchor_segments(wanted, source, occurrence, hints)
    if found.failure == "not-found":
        return replace(found, also=_absent(wanted, source, 1, hints))
    if found.failure == "part-not-found":
        reported = next(n for n, segment in enumerate(wanted) if segment.words == found.part)
        return replace(found, also=_absent(wanted, source, reported + 1, hints))
    return found


#: The most other parts not in the source that get the nearest passage as a
#: hint: each is a search of the whole text (two seconds in a text of 4 MB),
#: and a quote given the wrong source has none of its parts there.
_MOST_HINTED = 2


def _absent(
    wanted: list[Segment], source: NormalisedText, start: int, hints: bool
) -> tuple[AnchorResult, ...]:
    """Each segment from `start` on that is nowhere in the source."""
    found: list[AnchorResult] = []
    for segment in wanted[start:]:
        needle = normalise(segment.words).strip()
        if needle in source.text:
            continue
        hinted = hints and len(found) < _MOST_HINTED
        nearest = source.nearest_passage(needle, segment.words) if hinted else None
        found.append(AnchorResult(None, "part-not-in-source", nearest=nearest, part=segment.words))
    return tuple(found)


def _anchor_segments(
    wanted: list[Segment], source: NormalisedText, occurrence: int | None, hints: bool = True
) -> AnchorResult:
    """Find the segments in order within one paragraph of the first (in its
    paragraph or the next); every such match counts.

    After an elision the next segment may stand anywhere further on in those
    paragraphs; after an insertion, at most MAX_INSERTION_WORDS words further.
    The first match that fits is taken: a later one only stands further away.

    Matches are taken one at a time, and only as many as the answer needs
    (`_tally`): a text where the words occur millions of times costs no more
    memory than one where they occur once.
    """
    needles = [normalise(segment.words).strip() for segment in wanted]
    if needles[0] not in source.text:
        nearest = source.nearest_passage(needles[0], wanted[0].words) if hints else None
        return AnchorResult(None, "not-found", nearest=nearest)
    if len(needles) == 1:
        return _anchor_whole(needles[0], source, occurrence)
    reached = [0]  # the most segments a match of the first one was followed by

    def wholes() -> Iterator[tuple[list[tuple[int, int]], tuple[int, int]]]:
        for found, paragraph in _matches(wanted, needles, source):
            if len(found) == len(needles):
                yield found, paragraph
            else:
                reached[0] = max(reached[0], len(found))

    count, first, chosen = _tally(wholes(), occurrence)
    if count == 0:
        missing = needles[reached[0]]
        return AnchorResult(
            None,
            "part-not-found",
            nearest=source.nearest_passage(missing, wanted[reached[0]].words) if hints else None,
            part=wanted[reached[0]].words,
            part_elsewhere=missing in source.text,
            part_after_insertion=wanted[reached[0]].after is Piece.INSERTION,
        )
    lines = tuple(source.line_of(found[0][0]) for found, _ in first)
    if chosen is None:
        return _unplaced(count, lines, occurrence)
    found, (paragraph_start, paragraph_end) = chosen
    start, end = found[0][0], found[-1][1]
    span = Span(
        start,
        end,
        paragraph_start,
        max(paragraph_end, end),
        source.line_of(start),
        tuple(found) if len(found) > 1 else (),
    )
    return AnchorResult(span, count=count, lines=lines)


def _anchor_whole(needle: str, source: NormalisedText, occurrence: int | None) -> AnchorResult:
    """`_anchor_segments` for a quote of one part: every match is whole, so they are
    counted by position alone, and only those said or chosen are placed."""

    def positions() -> Iterator[int]:
        position = source.text.find(needle)
        while position != -1:
            yield position
            position = source.text.find(needle, position + 1)

    count, first, chosen = _tally(positions(), occurrence)
    lines = tuple(source.line_of(source.original_span(p, p + len(needle))[0]) for p in first)
    if chosen is None:
        return _unplaced(count, lines, occurrence)
    start, end = source.original_span(chosen, chosen + len(needle))
    paragraph_start, paragraph_end = source.paragraph_around(start, end)
    span = Span(start, end, paragraph_start, max(paragraph_end, end), source.line_of(start))
    return AnchorResult(span, count=count, lines=lines)


Match = TypeVar("Match")


def _tally(
    matches: Iterator[Match], occurrence: int | None
) -> tuple[int, list[Match], Match | None]:
    """How many `matches` there are, the first MAX_LINES_SAID of them, and the one
    `occurrence` picks (without one: the match, when there is exactly one).

    Only as many are taken as the answer needs: up to `occurrence`, or without
    one up to MAX_COUNTED (an ambiguous quote occurs "at least" that often).
    """
    count, chosen = 0, None
    first: list[Match] = []
    enough = occurrence if occurrence is not None else MAX_COUNTED
    for match in matches:
        count += 1
        if len(first) < MAX_LINES_SAID:
            first.append(match)
        if count == (occurrence or 1):
            chosen = match
        if count >= enough and (occurrence is not None or count > 1):
            break
    if occurrence is None and count > 1:
        chosen = None  # several, and none picked
    return count, first, chosen


def _unplaced(count: int, lines: tuple[int, ...], occurrence: int | None) -> AnchorResult:
    """Matches were found, but none is the quote's: several and no `occurrence`,
    or fewer than it asks for."""
    failure: Failure = "ambiguous" if occurrence is None else "occurrence-out-of-range"
    return AnchorResult(None, failure, count=count, lines=lines)


def _matches(
    wanted: list[Segment], needles: list[str], source: NormalisedText
) -> Iterator[tuple[list[tuple[int, int]], tuple[int, int]]]:
    """Each match of the first segment, with as many of the next segments as follow
    it in order within one paragraph of it (all of them: a whole match), and the
    paragraphs they stand in.

    "Within one paragraph of the first" (the contract): in the first segment's
    paragraph or the one right after it. Each later segment is taken at its
    first place that lets the rest follow (`Following`): taking its first
    place alone refused "a b c … d e f [x] g h" when the first "d e f" was
    followed by six words before "g h" and a later one by none (the audit of
    the contract)."""
    text = source.text
    following = Following(wanted, needles, source)
    position = text.find(needles[0])
    while position != -1:
        first_end = position + len(needles[0])
        first = source.original_span(position, first_end)
        paragraph = source.paragraph_around(*first)
        limit = source.next_paragraph_end(paragraph[1])
        found = [first, *following.after(first_end, first[1], limit)]
        if found[-1][1] > paragraph[1]:
            paragraph = (paragraph[0], limit)
        yield found, paragraph
        position = text.find(needles[0], position + 1)
