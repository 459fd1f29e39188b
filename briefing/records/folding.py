"""Words as a reader types them: case, accents and typography folded away.

`fold` maps a text to the form a search compares: lower case (Unicode case
folding, so Greek and Cyrillic too, and `ß` is `ss`), accents dropped
(`é` → `e`, `ç` → `c`, Greek tonos too), the Latin letters that are not a
base letter with an accent spelled as readers type them (`ø` → `o`, `ł` →
`l`, `æ` → `ae`, `œ` → `oe`, `þ` → `th`, `đ` → `d`), and curly quotes and
dashes as their ASCII forms. Cyrillic `й` keeps its breve: it is a letter of
its own, not an accented `и` (`ё` still folds to `е`, as Russian readers
type it).

The fold is made character by character, so each character of a text folds
to a known piece of the folded text: `Query.spans` maps what matched back to
the characters on screen, for highlighting.

A `Query` is what the user typed: words, each of which must begin a word of
the text (`mac` finds "Macron", `francois` finds "François"), in any order.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

#: Letters that no decomposition takes apart, as readers type them.
_SPELLED = {
    "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe",
    "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ı": "i", "ħ": "h",
    "Ħ": "h", "ŧ": "t", "Ŧ": "t", "ŀ": "l", "Ŀ": "l",
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
    "«": '"', "»": '"', "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-",
    "−": "-", "\u00a0": " ", "\u202f": " ",
}  # fmt: skip
#: Letters whose mark makes another letter, not an accented one.
_KEPT = {"й": "й", "Й": "й"}


def _fold_character(character: str) -> str:
    kept = _KEPT.get(character)
    if kept is not None:
        return kept
    spelled = _SPELLED.get(character)
    if spelled is not None:
        return spelled
    decomposed = unicodedata.normalize("NFKD", character)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    base = "".join(_SPELLED.get(c, c) for c in base)
    return base.casefold()


class _Folds(dict[int, str]):
    """Each character's fold, worked out the first time it is met (for `str.translate`)."""

    def __missing__(self, code: int) -> str:
        folded = _fold_character(chr(code))
        self[code] = folded
        return folded


_FOLDS = _Folds()


def fold(text: str) -> str:
    """`text` as a search compares it: `François Ø. STRAẞE` → `francois o. strasse`."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLDS)


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """`fold(text)`, and for each of its characters the index in `text` it comes from."""
    pieces: list[str] = []
    origins: list[int] = []
    for index, character in enumerate(text):
        piece = fold(character)
        pieces.append(piece)
        origins.extend([index] * len(piece))
    return "".join(pieces), origins


class Query:
    """What the user typed after `/`: every word must begin a word of the text.

    A word typed that starts with a letter or digit must stand at the start
    of a word (`mac` finds "Macron", not "stomach"); one that starts with
    something else (`~10`, `?`) may stand anywhere.
    """

    def __init__(self, typed: str) -> None:
        self.typed = typed
        self.words = tuple(dict.fromkeys(fold(typed).split()))
        self._patterns = [
            re.compile((r"(?<!\w)" if word[0].isalnum() else "") + re.escape(word))
            for word in self.words
        ]

    def __bool__(self) -> bool:
        return bool(self.words)

    def matcher(self) -> Callable[[str], bool]:
        """Whether an already folded text holds every word (fast: made once per key)."""
        searches = [pattern.search for pattern in self._patterns]
        if len(searches) == 1:
            search = searches[0]
            return lambda folded: search(folded) is not None
        return lambda folded: all(search(folded) is not None for search in searches)

    def matches(self, text: str) -> bool:
        """Whether `text` (not folded) holds every word."""
        return self.matcher()(fold(text))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where in `text` the typed words stand, as (start, end) of its characters."""
        if not self._patterns:
            return []
        folded, origins = fold_with_offsets(text)
        found: list[tuple[int, int]] = []
        for pattern in self._patterns:
            for match in pattern.finditer(folded):
                if match.end() > match.start():
                    found.append((origins[match.start()], origins[match.end() - 1] + 1))
        return _merged(found)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
