"""Warnings of a quote that leaves out a negation of its source, or adds one
(in the languages whose negations briefing.check.negations lists).

A desk editor's trial found quotes that said the opposite of their source,
every word of them found there: "intervene at this stage" from "would not
intervene at this stage" (a quote that starts right after "not"), "We will
[gladly] negotiate" for "will not negotiate" (an insertion that stands for
it), "is [not] a good one" (an insertion that adds one). Said as:

- `negation-left-out`: the quote, or a part of it, starts right after or
  ends right before a negation of the source, only white space or quotation
  marks between; or an insertion stands for source words that hold a
  negation, and holds none itself. Not where an elision leaves out only a
  word or two (elision-drops-few-words says so, naming the negation), nor
  an insertion that adds no word of its own (insertion-leaves-out);
- `negation-added`: an insertion holds a negation and the source words it
  stands for hold none.
"""

from __future__ import annotations

from briefing.check.insertion_warnings import leaves_out
from briefing.check.negations import Negations
from briefing.check.quote_places import around
from briefing.check.raw import RawRecord
from briefing.records.editorial import MAX_INSERTION_WORDS, Piece, read_quote
from briefing.records.normalising import WORD
from briefing.records.text import shown


def warn_negations(
    record: RawRecord,
    words: str,
    pieces: tuple[tuple[int, int], ...],
    gaps: list[str | None] | None,
    original: str,
    source_id: str,
    short: set[int],
    negations: Negations,
    paragraphs: tuple[int, int] = (0, -1),
) -> None:
    """`gaps`: what stands between the parts (None: an elision; None for all:
    not known); `short`: the gaps elision-drops-few-words warned of;
    `paragraphs`: where the first part's paragraph starts and the last part's
    ends (-1: the text's end), as the contract reads them: a text without blank
    lines has a paragraph a line, and "…the union answer is no⏎We will strike"
    took the line before's "no" as the quote's (a review)."""
    start, end = pieces[0][0], pieces[-1][1]
    until = None if paragraphs[1] < 0 else paragraphs[1]
    first = negations.before(original, start, paragraphs[0])
    last = negations.after(original, end, until)
    if len(pieces) == 1 and first is None and last is None and "[" not in words:
        return  # the most quotes
    edges = _edge_insertions(words) if "[" in words else ("", "")
    found: list[str] = []  # each negation left out, where
    added: list[tuple[str, str]] = []
    _edge(found, added, edges[0], first, original, start, negations, before=True)
    _edge(found, added, edges[1], last, original, end, negations, before=False)
    for number in range(len(pieces) - 1):
        (before_start, part_end), (part_start, after_end) = pieces[number], pieces[number + 1]
        shown_around = around(original, part_end, part_start, before_start, after_end)
        inserted = gaps[number] if gaps is not None else None
        if inserted is None:
            if number in short:
                continue
            left = negations.after(original, part_end, part_start)
            right = negations.before(original, part_start, part_end)
            if left is not None:
                found.append(f"a part ends right before {_in(left, original, part_end)}")
            elif right is not None:
                found.append(f"a part starts right after {_in(right, original, part_start)}")
            continue
        stood_for = original[part_end:part_start]
        had, has = negations.found_in(stood_for), negations.found_in(inserted)
        if had and not has and not leaves_out(inserted, stood_for):
            found.append(
                f"the insertion {shown(f'[{inserted}]')} stands for "
                f"{shown(' '.join(stood_for.split()))}, {shown(shown_around, 80)}"
            )
        elif has and not had:
            added.append((inserted, shown_around))
    if found:
        _warn_left_out(record, found, source_id)
    for inserted, passage in added:
        _warn_added(record, inserted, passage, source_id)


def _edge(
    found: list[str],
    added: list[tuple[str, str]],
    inserted: str,
    beside: str | None,
    original: str,
    position: int,
    negations: Negations,
    before: bool,
) -> None:
    """The quote's first (`before`) or last edge: a negation right beside it,
    or an insertion there that adds one the source's words nearby do not hold."""
    if inserted and negations.found_in(inserted):
        nearby = _nearby(original, position, before)
        if negations.found_in(nearby) is None:
            added.append((inserted, nearby))
        return
    if beside is not None:
        side = "starts right after" if before else "ends right before"
        found.append(f"the quote {side} {_in(beside, original, position)}")


def _edge_insertions(words: str) -> tuple[str, str]:
    """The insertion a quote starts with, and the one it ends with ("": none)."""
    pieces = read_quote(words)
    first = pieces[0].text if pieces and pieces[0].kind is Piece.INSERTION else ""
    last = pieces[-1].text if len(pieces) > 1 and pieces[-1].kind is Piece.INSERTION else ""
    return first, last


def _nearby(original: str, position: int, before: bool) -> str:
    """The source's few words (as many as an insertion may stand for) beside a quote's edge."""
    if before:
        found = WORD.findall(original[max(0, position - 80) : position])
        return " ".join(found[-MAX_INSERTION_WORDS:])
    return " ".join(WORD.findall(original[position : position + 80])[:MAX_INSERTION_WORDS])


def _in(negation: str, original: str, position: int) -> str:
    """A negation, and the source around the quote's edge beside it."""
    return f"{shown(negation)}, {shown(around(original, position, position), 80)}"


def _warn_left_out(record: RawRecord, found: list[str], source_id: str) -> None:
    node = record.place("text")
    record.sink.warning(
        node.line,
        node.column,
        "negation-left-out",
        f"in the source {shown(source_id)}, {'; '.join(found)}: the quote leaves out a "
        "negation of what was said, and its words alone say the opposite",
        "quote the negation with the words it belongs to",
    )


def _warn_added(record: RawRecord, inserted: str, passage: str, source_id: str) -> None:
    node = record.place("text")
    record.sink.warning(
        node.line,
        node.column,
        "negation-added",
        f"the insertion {shown(f'[{inserted}]')} adds a negation that the source "
        f"{shown(source_id)} does not have there, {shown(passage, 80)}: the quote says "
        "the opposite of what was said",
        "an insertion may name or explain what the words refer to, not turn them round: remove it",
    )
