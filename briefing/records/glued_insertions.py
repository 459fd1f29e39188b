"""Insertions glued to the edge of a part of a quote, for the source's letters there.

A journalist writes `[T]he bridge is safe` for "the bridge is safe": the
insertion `[T]` stands for the source's "t", in another case. The quote is
found as "he bridge is safe", which starts inside the word "the"; but the
word is whole, the insertion standing for the rest of it. `widened` gives
each stretch of the source a quote was found in with the letters such an
insertion stands for: the checker does not warn the word is cut, and the
reader shows those letters as an insertion's.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.records.editorial import Piece, QuotePiece, has_marks, read_quote


def widened(
    quote_text: str, text: str, stretches: Sequence[tuple[int, int]], offset: int = 0
) -> list[tuple[int, int]]:
    """Each stretch (start, end) a quote was found in, of a source of which
    `text` starts at `offset`, widened over the source's letters that an
    insertion glued to its edge stands for, their case aside; as it is where
    none does. None is where the quote was found read another way (its
    brackets as text)."""
    edges = glued_edges(read_quote(quote_text)) if has_marks(quote_text) else []
    if len(edges) != len(stretches):
        return list(stretches)
    found = []
    for (start, end), (first, last) in zip(stretches, edges, strict=True):
        if first and _stands_for(text, start - offset - len(first), first):
            start -= len(first)
        if last and _stands_for(text, end - offset, last):
            end += len(last)
        found.append((start, end))
    return found


def _stands_for(text: str, start: int, inserted: str) -> bool:
    """Whether `text` holds the insertion's letters at `start`, their case aside."""
    end = start + len(inserted)
    return start >= 0 and end <= len(text) and text[start:end].casefold() == inserted.casefold()


def glued_edges(pieces: list[QuotePiece]) -> list[tuple[str, str]]:
    """For each stretch of the speaker's words (each `segments` gives), the
    insertion glued to its first letter where that insertion opens a part of
    the quote (`[T]he bridge`, a journalist's capital), and the one glued to
    its last letter where that insertion closes a part; "" where there is none."""
    found: list[tuple[str, str]] = []
    for index, piece in enumerate(pieces):
        if piece.kind is not Piece.WORDS:
            continue
        found.append(
            (
                _glued(pieces, index, -1) if not piece.text[:1].isspace() else "",
                _glued(pieces, index, 1) if not piece.text[-1:].isspace() else "",
            )
        )
    return found


def _glued(pieces: list[QuotePiece], index: int, step: int) -> str:
    """The insertion next to pieces[index] on the side `step` points to, where
    it stands at the edge of its part (nothing, or an elision, beyond it)."""
    beside, beyond = index + step, index + 2 * step
    if not 0 <= beside < len(pieces) or pieces[beside].kind is not Piece.INSERTION:
        return ""
    if 0 <= beyond < len(pieces) and pieces[beyond].kind is not Piece.ELISION:
        return ""
    return pieces[beside].text
