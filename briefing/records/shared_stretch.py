"""The longest stretch a source shares with a quote that is not in it, in bounded work.

difflib's longest match takes, for each character of the source, a step for
each place of that character in the quote: a source of 4 MB took three and a
half minutes for one hint. Up to HINT_STEPS, the whole source is read as
before; past it, only windows around the places of the quote's own words,
no more of them than the same budget allows. A hint found nowhere there is
no hint: the check says the quote is not there, without a nearby passage.
"""

from __future__ import annotations

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
