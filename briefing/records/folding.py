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
A word is a run of letters and digits: what stands between is not matched
(`~10` is `10`), and words typed together (`o'brien`, `can't`, `9-2`) are
found in a row, as Find finds them. The invisible format
characters (direction marks, soft hyphens, joiners) fold to nothing, in a
text and in what is typed alike.

A text searched many times (a pane's records, at every key) is kept in its
`searchable` form, its words between spaces: whether a word begins a word
of it is then a substring test, at C speed (a regular expression per word
took three times as long over 32,000 records).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

from briefing.records.scripts import UNSPACED_CHARACTER, WORD

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
    if unicodedata.category(character) == "Cf":
        # Invisible, and never typed: a direction mark or a soft hyphen pasted
        # with a name from a web page made the filter find nothing (a trial).
        return ""
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


def searchable(text: str) -> str:
    """`text` as a `Query` matcher takes it: its folded words, each after a space."""
    return " " + " ".join(WORD.findall(fold(text)))


class Query:
    """What the user typed after `/`: every word must begin a word of the text
    (`mac` finds "Macron", not "stomach"). In a script written without spaces
    each character is a word, and a run typed is a phrase of them: `冷静克制`
    is found inside `应保持冷静克制` (it was not: a trial), and not scattered."""

    def __init__(self, typed: str) -> None:
        self.typed = typed
        #: what was typed between spaces, folded: each a word, or words in a row
        #: (`can't` is `can` then `t`: apart, "t" found any word in t, a trial)
        self.words = tuple(dict.fromkeys(t for t in fold(typed).split() if WORD.search(t)))
        self._patterns = [_pattern(WORD.findall(word)) for word in self.words]

    def __bool__(self) -> bool:
        return bool(self.words)

    def matcher(self) -> Callable[[str], bool]:
        """Whether a `searchable` text holds every word (made once per key): the
        words of `o'brien` in a row, the last only begun (`o bri`)."""
        starts = [" " + " ".join(WORD.findall(word)) for word in self.words]
        if len(starts) == 1:
            start = starts[0]
            return lambda text: start in text
        return lambda text: all(start in text for start in starts)

    def matches(self, text: str) -> bool:
        """Whether `text` (as it is) holds every word."""
        return self.matcher()(searchable(text))

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


def _pattern(pieces: list[str]) -> re.Pattern[str]:
    """Where the folded text holds `pieces` in a row, the first beginning a word:
    what stands between two words is anything but letters or digits (`o'brien`,
    `9–2`), and nothing at all beside a character of a script written without
    spaces."""
    parts = []
    for n, piece in enumerate(pieces):
        unspaced = UNSPACED_CHARACTER.match(piece) is not None
        if n == 0:
            parts.append("" if unspaced else r"(?<!\w)")
        else:
            before = UNSPACED_CHARACTER.match(pieces[n - 1]) is not None
            parts.append(r"\W*" if unspaced or before else r"\W+")
        parts.append(re.escape(piece))
    return re.compile("".join(parts))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
