"""The rules a quote's own words keep, whatever its source holds.

A quote with editorial marks (briefing.records.editorial) must keep words of
the speaker's: no quote of only insertions, no elided part under
MIN_PART_WORDS words, no elision at an edge or next to another.
"""

from __future__ import annotations

from briefing.records.anchor_results import AnchorResult
from briefing.records.editorial import (
    MIN_PART_WORDS,
    Piece,
    QuotePiece,
    edge_name,
    has_marks,
    parts,
    readings,
    says_nothing,
    unpaired,
    word_count,
)


def form_failure(quote_text: str) -> AnchorResult | None:
    """What breaks the rules of a quote's own words, whatever its source holds:
    no words at all, only insertions, an elided part under MIN_PART_WORDS
    words. For a quote whose source has no text, which is not anchored (its
    form is checked all the same). A bracket read as text is not among them:
    the source may hold it, and without its text no one can say; so a rule is
    said broken only where every reading that keeps an elision breaks it
    (briefing.records.editorial.readings)."""
    if says_nothing(quote_text):
        return AnchorResult(None, "no-words")
    if not has_marks(quote_text):
        return None
    marked, *others = readings(quote_text)
    failure = pieces_failure(marked)
    if failure is None or (unpaired(marked) and not _elided(marked)):
        return None  # or read as plain text, brackets and all: no rule to break
    if any(pieces_failure(way) is None for way in others if _elided(way)):
        return None
    return failure


def _elided(pieces: list[QuotePiece]) -> bool:
    return any(piece.kind is Piece.ELISION for piece in pieces)


def pieces_failure(pieces: list[QuotePiece]) -> AnchorResult | None:
    words = parts(pieces)
    if not words:
        inserted = any(piece.kind is Piece.INSERTION for piece in pieces)
        return AnchorResult(None, "only-insertions" if inserted else "no-words")
    if len(words) > 1:
        short = tuple(part for part in words if word_count(part) < MIN_PART_WORDS)
        if short:
            return AnchorResult(None, "part-too-short", part=short[0], short_parts=short)
    if _elisions_together(pieces):
        return AnchorResult(None, "part-too-short", part="")
    return _elision_at_edge(pieces)


def _elision_at_edge(pieces: list[QuotePiece]) -> AnchorResult | None:
    """An elision with none of the speaker's words before it ("[…] we will",
    "[the mayor] … we will") or after it: a part of no words, which `parts`
    drops. (A bare `…` there is no elision at all: it is matched as written,
    and said the same way where the source has it not: anchoring.anchor.)"""
    said = [piece for piece in pieces if piece.kind is not Piece.INSERTION]
    first, last = (said[0], said[-1]) if said else (None, None)
    at_start = first is not None and first.kind is Piece.ELISION
    at_end = last is not None and last.kind is Piece.ELISION
    if not (at_start or at_end):
        return None
    marks = tuple(piece.text for piece, at in ((first, at_start), (last, at_end)) if at and piece)
    return AnchorResult(None, "elision-at-edge", edge=edge_name(at_start, at_end), edge_marks=marks)


def _elisions_together(pieces: list[QuotePiece]) -> bool:
    """Whether two elisions stand with none of the speaker's words between them
    ("… …", "… [the minister] …"): a part of no words, which `parts` drops."""
    since_elision: bool | None = None  # None: no elision yet
    for piece in pieces:
        if piece.kind is Piece.ELISION:
            if since_elision is False:
                return True
            since_elision = False
        elif piece.kind is Piece.WORDS:
            since_elision = True
    return False
