"""A result's words in context: where the words searched for stand, highlighted.

Find's rows (briefing.screens.search, briefing.screens.passage_rows) and the
source text opened from them (briefing.screens.source_text) show hits so.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from textual.content import Content

from briefing.index.located import SNIPPET_CONTEXT, context
from briefing.screens.cells import CUT, CUT_BEFORE
from briefing.screens.safe import join, plain, source_piece

HIT_STYLE = "bold reverse"


def highlighted(
    text: str, spans: Sequence[tuple[int, int]], style: str = HIT_STYLE, styles: Sequence[str] = ()
) -> Content:
    """`text` as plain Content with `spans` styled (`styles[i]` for span i when given):
    built piece by piece, so that what `plain` leaves out never shifts a highlight."""
    pieces: list[Content] = []
    at = 0
    for number, (start, end) in enumerate(spans):
        pieces.append(plain(source_piece(text[at:start])))
        pieces.append(plain(source_piece(text[start:end]), styles[number] if styles else style))
        at = end
    pieces.append(plain(source_piece(text[at:])))
    return join(*pieces)


def in_context(text: str, spans: Sequence[tuple[int, int]]) -> Content:
    """The hit of the most words (the words typed found one after another are
    one hit), else where most hits stand together, highlighted in its context
    with the hits around it, on one line, with the cut marks where the text
    goes on, before and after (briefing.index.located). Around the first hit
    alone, Find showed "chef de l'etat" as a lone "de" early in the passage,
    and the words together further on not at all (a correspondent's trial)."""
    if not spans:  # none: the text's opening
        around = context(text, (0, SNIPPET_CONTEXT))
        found = highlighted(text[around].replace("\n", " "), ())
        return join(found, CUT if around.stop < len(text) else Content(""))
    starts = sorted(start for start, _ in spans)
    span = max(
        spans,
        key=lambda hit: (len(text[hit[0] : hit[1]].split()), _near(hit, starts), -hit[0]),
    )
    around = context(text, span)
    hits: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if around.start <= start and end <= around.stop and (not hits or start >= hits[-1][1]):
            hits.append((start - around.start, end - around.start))
    found = highlighted(text[around].replace("\n", " "), hits)
    before = CUT_BEFORE if around.start > 0 else Content("")
    return join(before, found, CUT if around.stop < len(text) else Content(""))


def _near(hit: tuple[int, int], starts: list[int]) -> int:
    """How many hits (their `starts`, in order) stand within a snippet's context
    of `hit`: found by halving, as a long paragraph holds thousands (counted
    one by one against each other, 18,000 hits took 8.7 s a row: a review)."""
    low = bisect.bisect_left(starts, hit[0] - SNIPPET_CONTEXT)
    return bisect.bisect_right(starts, hit[0] + SNIPPET_CONTEXT) - low
