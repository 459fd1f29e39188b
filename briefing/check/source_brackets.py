"""An insertion of a quote that its source itself holds, brackets and all.

The contract reads `[words]` in a quote as an insertion, the author's words,
whatever the source holds: a quote copied with the source's own `[space]`
("to dock for the [space] station", as a reporter bracketed it) is found,
and the reader then shows `[space]` marked as the quote's author's, not as
the source's. Allowed, so a warning; looked for only where the quote was
found, in the few characters next to each of its parts.
"""

from __future__ import annotations

from briefing.records.anchor_results import Span
from briefing.records.editorial import Piece, has_marks, read_quote
from briefing.records.normalising import normalise


def bracketed_in_source(quote: str, original: str, span: Span) -> list[str]:
    """The insertions of `quote` (`[space]`, as written) that the source
    `original` holds itself, brackets and all, where the quote stands in it."""
    if not has_marks(quote):
        return []
    pieces = read_quote(quote)
    # the insertions before each stretch of the speaker's words, and after the last
    gaps: list[list[str] | None] = [[]]
    for piece in pieces:
        gap = gaps[-1]
        if piece.kind is Piece.WORDS:
            gaps.append([])
        elif piece.kind is Piece.ELISION:
            gaps[-1] = None  # words left out: the source there is not the quote's
        elif gap is not None:
            gap.append(f"[{piece.text}]")
    stretches = span.pieces
    if len(gaps) != len(stretches) + 1:
        return []  # read as plain text, brackets and all: no insertion
    found: list[str] = []
    for number, gap in enumerate(gaps):
        if not gap:
            continue
        start = stretches[number - 1][1] if number > 0 else None
        end = stretches[number][0] if number < len(stretches) else None
        if _holds(original, start, end, " ".join(gap)):
            found.extend(gap)
    return found


#: How far before a quote's first part, or after its last, a bracket is looked for.
_NEAR = 200


def _holds(original: str, start: int | None, end: int | None, written: str) -> bool:
    """Whether the source between `start` and `end` (None: the quote's edge,
    so the text right before `end` or right after `start`) is `written`."""
    wanted = normalise(written).strip()
    if start is None:
        assert end is not None
        return normalise(original[max(0, end - _NEAR) : end]).rstrip().endswith(wanted)
    if end is None:
        return normalise(original[start : start + _NEAR]).lstrip().startswith(wanted)
    return normalise(original[start:end]).strip() == wanted
