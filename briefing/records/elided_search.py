"""The search for the later parts of an elided quote, after a place of its first.

Each later part must follow the one before it within one paragraph of the
first part (in its paragraph or the next); after an insertion, at most
MAX_INSERTION_WORDS words further on. Every change here must stay linear in
the text's length (docs/performance.md).
"""

from __future__ import annotations

from briefing.records.counted_runs import CountedRuns
from briefing.records.editorial import MAX_INSERTION_WORDS, Piece, Segment
from briefing.records.normalised_text import NormalisedText


class Following:
    """The places of the segments after the first, for each place of the first.

    Depth first, each segment tried at its places in order: the first whole
    match found is the one a quote's `occurrence` counts, and the same as the
    first places alone give whenever they fit.

    Whether the rest can follow a segment's place depends on that place alone
    (and the paragraphs' end), not on how it was reached: a place found to
    leave no room for the rest is skipped from then on, for every place of
    the first segment (`_skip`). Without it, each place of the first tried
    every such place again: a thousand times over a text of one paragraph
    repeating the quote's words, when the quote is ambiguous. A segment is
    looked for no further than the paragraphs' end, and from where its last
    search left off when that search found nothing before it (`_find`): a
    text of many paragraphs was read to its end once for each of them.
    """

    def __init__(self, wanted: list[Segment], needles: list[str], source: NormalisedText) -> None:
        self.wanted, self.needles, self.source = wanted, needles, source
        #: (segment, paragraphs' end) -> {a place the rest cannot follow: the next place}
        self._skip: dict[tuple[int, int], dict[int, int]] = {}
        #: for each segment, its last search to the paragraphs' end: (from, found, stop)
        self._searched: list[tuple[int, int, int]] = [(0, -1, -1)] * len(needles)
        #: paragraphs' end in the source -> the same in the normalised text
        self._stops: dict[int, int] = {}
        self._longest: list[tuple[int, int]] = []
        self._limit = self._stop = 0
        #: the words after an insertion, counted in the normalised text (its
        #: reach) and in the text as written (the rule), each found once
        self._words = CountedRuns(source.text)
        self._words_as_written = CountedRuns(source.original)

    def after(self, end: int, original_end: int, limit: int) -> list[tuple[int, int]]:
        """The places of segments 1.. after a first one ending at `end` (`original_end`
        in the source as written), up to `limit`: all of them, or the most found."""
        self._longest, self._limit = [], limit
        if limit not in self._stops:
            self._stops[limit] = self.source.normalised_end(limit)
        self._stop = self._stops[limit]
        whole = self._from(1, end, original_end, [])
        return whole if whole is not None else self._longest

    def _from(
        self, index: int, end: int, original_end: int, so_far: list[tuple[int, int]]
    ) -> list[tuple[int, int]] | None:
        if index == len(self.needles):
            return so_far
        source, needle = self.source, self.needles[index]
        after_insertion = self.wanted[index].after is Piece.INSERTION
        # after an insertion, a few words on at most: not a search to the paragraphs' end
        stop = self._stop
        if after_insertion:
            # past the first letter of the seventh word on, more than five stand between
            reach = self._words.reach(end, MAX_INSERTION_WORDS + 2) + len(needle)
            stop = min(stop, reach)
        skip = self._skip.setdefault((index, self._limit), {})
        at = self._next(index, end, stop, skip)
        while at != -1:
            span = source.original_span(at, at + len(needle))
            if after_insertion and self._words_as_written.more_than(
                original_end, span[0], MAX_INSERTION_WORDS
            ):
                break  # a later place stands further away still
            found = [*so_far, span]
            if len(found) > len(self._longest):
                self._longest = found
            whole = self._from(index + 1, at + len(needle), span[1], found)
            if whole is not None:
                return whole
            following = self._next(index, at + 1, self._stop, skip)
            skip[at] = following  # the rest cannot follow it: never tried again
            at = following if following == -1 or following + len(needle) <= stop else -1
        return None

    def _next(self, index: int, start: int, stop: int, skip: dict[int, int]) -> int:
        """The first place of segment `index` at or after `start` that ends by
        `stop` and is not known to leave no room for the rest, or -1."""
        at = self._find(index, start)
        path = []
        while at in skip:
            path.append(at)
            at = skip[at]
        for passed in path[:-1]:
            skip[passed] = at  # the next search over them goes straight here
        return at if at == -1 or at + len(self.needles[index]) <= stop else -1

    def _find(self, index: int, start: int) -> int:
        # always to the paragraphs' end, the caller holding the place to `stop`:
        # a bounded search after an insertion read the same stretch again from
        # each place of the first part when the part was not there
        needle, text, stop = self.needles[index], self.source.text, self._stop
        searched_from, found, searched_stop = self._searched[index]
        if searched_stop == stop and searched_from <= start and (found == -1 or start <= found):
            return found  # nothing between: the last search said where the next place is
        found = text.find(needle, start, stop)
        self._searched[index] = (start, found, stop)
        return found
