"""The longest stretch a source shares with a quote that is not in it, in bounded work.

difflib's longest match takes, for each character of the source, a step for
each place of that character in the quote: a source of 4 MB took three and a
half minutes for one hint. Up to HINT_STEPS, the whole source is read as
before; past it, only windows around the places of the quote's own words,
no more of them than the same budget allows. A hint found nowhere there is
no hint: the check says the quote is not there, without a nearby passage.
"""

from __future__ import annotations

import bisect
import difflib
import re

#: The most steps (source characters times quote characters) one hint may take.
HINT_STEPS = 20_000_000


def found_but_case(haystack: str, needle: str) -> tuple[int, int] | None:
    """Where `needle` stands in `haystack` with only its case differing."""
    if not needle:
        return None
    if len(haystack) * len(needle) <= HINT_STEPS:
        found = re.search(re.escape(needle), haystack, re.IGNORECASE)
        return None if found is None else found.span()
    lowered = haystack.lower()
    if len(lowered) != len(haystack):  # a letter whose lower case is longer: offsets move
        return None
    at = lowered.find(needle.lower())  # a linear search, where the pattern backtracks
    return None if at == -1 else (at, at + len(needle))


#: A footnote's mark glued to the word or sign before it: `evidence[25]`,
#: `survey.[3]`, `the¹²`.
FOOTNOTE_MARK = re.compile(r"(?<=\S)(?:\[\d{1,4}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)")


def found_past_footnote_marks(haystack: str, needle: str) -> tuple[int, int] | None:
    """Where `needle` stands in `haystack` read without its footnote marks:
    a quote copied from a judgment or a report that left out `[2]` after
    "the" was told of the nearest passage in another paragraph, with
    another number, which the author would have "corrected" into a quote of
    the wrong finding (a trial of long documents)."""
    if not needle or FOOTNOTE_MARK.search(needle) or not FOOTNOTE_MARK.search(haystack):
        return None
    pieces: list[str] = []
    #: where each piece starts, in the text without marks and in `haystack`
    starts: list[tuple[int, int]] = []
    kept = at = 0
    for mark in FOOTNOTE_MARK.finditer(haystack):
        starts.append((kept, at))
        pieces.append(haystack[at : mark.start()])
        kept += mark.start() - at
        at = mark.end()
    starts.append((kept, at))
    pieces.append(haystack[at:])
    found = "".join(pieces).find(needle)
    if found == -1:
        return None

    def in_haystack(offset: int) -> int:
        piece = bisect.bisect_right(starts, (offset, len(haystack))) - 1
        kept_start, haystack_start = starts[piece]
        return haystack_start + offset - kept_start

    return in_haystack(found), in_haystack(found + len(needle) - 1) + 1


def longest_shared(haystack: str, needle: str) -> tuple[int, int, int] | None:
    """The longest stretch the two share: where it starts in each, and its
    length; None when they share none, or none in the windows the budget reads."""
    matcher = difflib.SequenceMatcher(None, haystack, needle, autojunk=False)
    if len(haystack) * len(needle) <= HINT_STEPS:
        return _longest(matcher, 0, len(haystack))
    width = 3 * len(needle)
    best: tuple[int, int, int] | None = None
    for start in sorted(_places_of_words(haystack, needle, HINT_STEPS // (width * len(needle)))):
        found = _longest(matcher, max(0, start - width // 2), min(start + width, len(haystack)))
        if found is not None and (best is None or found[2] > best[2]):
            best = found  # the first of the longest, as over the whole source
    return best


#: The places of each of the quote's words a window is read around.
_PLACES_A_WORD = 4


def _places_of_words(haystack: str, needle: str, most: int) -> set[int]:
    """The first places of the needle's words in the source, longest words
    first, `most` of them in all."""
    places: set[int] = set()
    words = sorted({word for word in needle.split() if len(word) >= 3}, key=len, reverse=True)
    for word in words:
        at, taken = haystack.find(word), 0
        while at != -1 and taken < _PLACES_A_WORD and len(places) < most:
            places.add(at)
            taken += 1
            at = haystack.find(word, at + 1)
    return places


def _longest(
    matcher: difflib.SequenceMatcher[str], first: int, last: int
) -> tuple[int, int, int] | None:
    block = matcher.find_longest_match(first, last)  # against the whole needle
    return None if block.size == 0 else (block.a, block.b, block.size)
