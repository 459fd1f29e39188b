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
found in a row, as Find finds them. Numbers are read as a numbers desk types
them (briefing.records.numbers, the rule Find's shares): `1.2` and `4,200`
are one word each, a number typed is found whole (`2` finds "2%", not
"2025" nor the 2 of "1.2"), and a sign typed with it must be there (`2%`
finds "2 %", not "2 percent"). The invisible format
characters (direction marks, soft hyphens, joiners) fold to nothing, in a
text and in what is typed alike. What holds no word (`€`, `%`) holds nothing
to look for: `Query.holds_no_word`, which the filters say (a `/` that matched
every row for `€` said nothing of it: a fact-checker's trial).

A text searched many times (a pane's records, at every key) is kept in its
`searchable` form, its words (and signs) between spaces: whether a word
begins a word of it is then a substring test, at C speed (a regular
expression per word took three times as long over 32,000 records); a number
typed is found whole with the space after it (`" 2 "`). Highlights find the
same words among the text's (`numbers.in_a_row`), where they are.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from briefing.records.numbers import TOKEN, in_a_row, typed_pieces, typed_signs_joined

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
    """`text` as a `Query` matcher takes it: its folded search words and signs
    (briefing.records.numbers.TOKEN), each between spaces."""
    return " " + " ".join(TOKEN.findall(fold(text))) + " "


#: What the filters and Find say after what was typed (`€`) when it holds no word.
NO_WORD = (
    "holds no word to look for: words are letters and digits; signs alone ($, %, €) "
    "find nothing, and count typed beside a number (2%, $95m)"
)


class Query:
    """What the user typed after `/`: every word must begin a word of the text
    (`mac` finds "Macron", not "stomach"), a number whole with the signs typed
    beside it (`2%`: briefing.records.numbers). In a script written without
    spaces each character is a word, and a run typed is a phrase of them:
    `冷静克制` is found inside `应保持冷静克制` (it was not: a trial), and not
    scattered."""

    def __init__(self, typed: str) -> None:
        self.typed = typed
        pieces: dict[tuple[str, ...], str] = {}
        for word in typed_signs_joined(fold(typed)).split():
            # (`can't` is `can` then `t`: apart, "t" found any word in t, a trial)
            found = typed_pieces(word)
            if found:
                pieces.setdefault(found, word)
        #: what was typed between spaces, folded: each a word, or words in a row
        #: (a sign typed after a space is glued to its number: `2 %` is `2%`)
        self.words = tuple(pieces.values())
        self._pieces = list(pieces)

    def __bool__(self) -> bool:
        return bool(self.words)

    @property
    def holds_no_word(self) -> bool:
        """Something was typed, but no word to look for (`€`, `%`, `-`)."""
        return not self.words and bool(self.typed.strip())

    def matcher(self) -> Callable[[str], bool]:
        """Whether a `searchable` text holds every word (made once per key): the
        words of `o'brien` in a row, the last only begun (`o bri`), unless it
        ends in a digit (`2`, a number whole: `numbers.begins`)."""
        starts = [
            " " + " ".join(found) + (" " if found[-1][-1].isdecimal() else "")
            for found in self._pieces
        ]
        if len(starts) == 1:
            start = starts[0]
            return lambda text: start in text
        return lambda text: all(start in text for start in starts)

    def matches(self, text: str) -> bool:
        """Whether `text` (as it is) holds every word."""
        return self.matcher()(searchable(text))

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where in `text` the typed words stand, as (start, end) of its
        characters: its search words matched as the matcher matches them."""
        if not self._pieces:
            return []
        folded, origins = fold_with_offsets(text)
        places = [match.span() for match in TOKEN.finditer(folded)]
        words = [folded[start:end] for start, end in places]
        found: list[tuple[int, int]] = []
        for pieces in self._pieces:
            last = len(pieces) - 1
            for n in in_a_row(words, pieces):
                # to the end of what was typed: `mac` marks the "Mac" of "Macron"
                start, end = places[n][0], places[n + last][0] + len(pieces[last])
                found.append((origins[start], origins[end - 1] + 1))
        return _merged(found)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
