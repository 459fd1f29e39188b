"""Numbers as a numbers desk types them: one word each, whole, with their signs.

Search's words (the `/` filters and the palette: briefing.records.folding;
Find and `briefing search`: briefing.records.words and the word index) are
runs of letters and digits, as the checker's (briefing.records.scripts.WORD),
with these rules for numbers, made here once for all of them (a fact-checker
looking for every quote with a number found `/2%` list every row, by the 2
of its date's "2025", and Find light the 2 of "1.2%"):

- A number is a word of its own, a decimal or grouped one whole: a `.` or
  `,` between two digits, or between groups of three (`1.2`, `4,200`,
  `1,234.5`, `1.234.567,89`), so `2` does not find the 2 of "1.2%", and `1.2`
  finds "1.2%". `1.2` and `1,2` stay two numbers: which comma is a decimal
  one depends on the language (`4,200` is 4200 in English, 4.2 in German).
  A run of digits and dots that is neither is its numbers (a date's
  "11.09.2025" is `11`, `09`, `2025`: `2025` finds it). The letters after a
  number are a word of their own ("95m" is `95` and `m`, "2nd" `2` and
  `nd`), so `95m` finds "95m" and "95 million"; a word that begins with a
  letter keeps its digits ("H5N1", "G7", "v1.2").
- A word typed that ends in a digit is found whole, never as the start of a
  longer one: `2` finds "2", "2%", "2 °C" and "2nd", not "2025", "25", "2.5"
  nor the 2 of "1.2"; `20` finds twenties alone (not 2025, 200 nor 20.5),
  `2025` a date's year, `h5` no "H5N1" (`h5n` does). A word typed of letters
  still finds the words it begins (`mac` finds "Macron").
- A sign (a currency's, `%`, `‰`, `°`: SIGN) typed beside a number must stand
  beside that number in the text, glued or after a space: `2%` finds "2%" and
  "2 %" (French sets a space before it), not "2 percent" nor a date's 2;
  `$95m` finds "$95m" and "US$95m", `40€` "40 €". A space typed between a
  number and the sign after it is as none (`2 %` is `2%`). A sign typed with
  no number beside it is not looked for, and signs alone (`€`) hold nothing
  to look for.

In a text every sign is a search word of its own (TOKEN), so that words
typed in a row (`o'brien`, `9-2`) are not found across one: `costs-5` does
not find "costs $5" (`costs 5` does).

What compares a text's words with a word typed: `begins` (one word) and
`in_a_row` (the pieces of a word typed, `o'brien`, `2%`), for Find and for
the filters' highlights; the filters' matcher does the same as a substring
test on a text's `searchable` form (briefing.records.folding), at C speed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from briefing.records.scripts import MARKS_CLASS, SPACED_CLASS, UNSPACED_RANGES

#: The currency signs (Unicode's category Sc, as of 14.0.0: tests/test_numbers.py
#: makes the list again), then the signs of a quantity: per cent and per mille
#: (and the forms that fold to them), degrees (`℃` folds to `°c`).
SIGN_RANGES: tuple[tuple[int, int], ...] = (
    (0x0024, 0x0024), (0x00A2, 0x00A5), (0x058F, 0x058F), (0x060B, 0x060B),
    (0x07FE, 0x07FF), (0x09F2, 0x09F3), (0x09FB, 0x09FB), (0x0AF1, 0x0AF1),
    (0x0BF9, 0x0BF9), (0x0E3F, 0x0E3F), (0x17DB, 0x17DB), (0x20A0, 0x20C0),
    (0xA838, 0xA838), (0xFDFC, 0xFDFC), (0xFE69, 0xFE69), (0xFF04, 0xFF04),
    (0xFFE0, 0xFFE1), (0xFFE5, 0xFFE6), (0x11FDD, 0x11FE0), (0x1E2FF, 0x1E2FF),
    (0x1ECB0, 0x1ECB0),
    (0x0025, 0x0025), (0x066A, 0x066A), (0x2030, 0x2031), (0xFE6A, 0xFE6A),
    (0xFF05, 0xFF05), (0x00B0, 0x00B0), (0x2103, 0x2103), (0x2109, 0x2109),
)  # fmt: skip
_SIGNS = "".join(f"\\U{first:08x}-\\U{last:08x}" for first, last in SIGN_RANGES)
SIGN_CLASS = f"[{_SIGNS}]"
#: One sign.
SIGN = re.compile(SIGN_CLASS)
#: A number of one word: a decimal (`1.2`, `12,5`) or one grouped by threes
#: (`4,200`, `1.234.567,89`), whole: not where a run of digits and dots is
#: neither (a date's "11.09.2025", a version's "3.5.2"), whose numbers are
#: each a word (`11` `09` `2025`: `2025` finds the date), nor from inside one.
#: A whole number first, and every branch begun by a digit (the check that no
#: number stands before goes after it): the regular expression engine then
#: skips what cannot begin one, and texts were made searchable 15% faster.
_NUMBER = (
    r"\d++(?![.,]\d)"
    r"|\d(?<!\d[.,]\d)(?:\d{0,2}(?:[.,]\d{3})+(?:[.,]\d+)?|\d*[.,]\d+)(?![.,]?\d)"
    r"|\d+"
)
#: A search word, or a sign: a word that begins with a letter, and goes on
#: through letters, digits and marks, a number's `.` and `,` inside it
#: (scripts.WORD's: "H5N1", "G7", "v1.2"); a number (`_NUMBER`), the letters
#: after it a word of their own ("95m" is `95` `m`, "2nd" `2` `nd`); a
#: character of a script written without spaces, or a sign. In that order,
#: and a class for the last two: the quickest of the orders tried (searchable
#: texts made 20% faster).
TOKEN = re.compile(
    f"[^\\W\\d{UNSPACED_RANGES}]{SPACED_CLASS}*"
    f"(?:(?:{MARKS_CLASS}+|[.,](?=\\d)(?<=\\d.)){SPACED_CLASS}*)*"
    f"|{_NUMBER}"
    f"|[{UNSPACED_RANGES}{_SIGNS}]"
)
#: A space typed between a number and a sign after it (`2 %`, not `2 $5`),
#: then between a sign no number stands before and a number (`$ 95`, not the
#: `% 5` of `2% 5`): typed as if glued.
_SPACED_SIGN_AFTER = re.compile(f"(?<=\\d)\\s+(?={SIGN_CLASS}(?!{SIGN_CLASS}*\\d))")
_SPACED_SIGN_BEFORE = re.compile(f"(?<=(?<!\\d){SIGN_CLASS})\\s+(?=\\d)")


def begins(word: str, typed: str) -> bool:
    """Whether `typed` (a search word or a sign) begins the text's `word` as
    search means it: `mac` begins "macron"; a number typed, or a word typed
    that ends in one, is the word whole (`2` is not in "2025", nor `h5` in
    "h5n1")."""
    return word == typed if typed[-1:].isdecimal() else word.startswith(typed)


def in_a_row(words: Sequence[str], pieces: Sequence[str]) -> Iterator[int]:
    """Where in `words` (a text's search words and signs, in order) `pieces`
    stand one after the other, each whole but the last, which `begins` its
    word: the index of each first."""
    width = len(pieces)
    last = pieces[-1]
    if width == 1:
        yield from (n for n, word in enumerate(words) if begins(word, last))
        return
    first = pieces[0]
    for n in range(len(words) - width + 1):
        if (
            words[n] == first
            and begins(words[n + width - 1], last)
            and all(words[n + k] == pieces[k] for k in range(1, width - 1))
        ):
            yield n


def is_sign(piece: str) -> bool:
    return SIGN.fullmatch(piece) is not None


def typed_signs_joined(folded: str) -> str:
    """What was typed (folded), each sign glued to its number (`2 %` → `2%`),
    so that the words typed apart between spaces are the words meant."""
    return _SPACED_SIGN_BEFORE.sub("", _SPACED_SIGN_AFTER.sub("", folded))


def typed_pieces(typed: str) -> tuple[str, ...]:
    """The search words and signs of one word typed (folded, no space in it),
    to be found in a row: `o'brien` → `o`, `brien`; `$95m` → `$`, `95`, `m`;
    `2%` → `2`, `%`. A sign with no number beside it is left out (`c$`)."""
    found = TOKEN.findall(typed)
    return tuple(
        piece
        for n, piece in enumerate(found)
        if not is_sign(piece)
        or (n > 0 and found[n - 1][-1].isdecimal())
        or (n + 1 < len(found) and found[n + 1][0].isdecimal())
    )


def shown(pieces: Sequence[str]) -> str:
    """Pieces as one reads them: signs glued, and a number's letters (`2%`,
    `$95m`), other words apart (`o brien`)."""
    said = ""
    for n, piece in enumerate(pieces):
        previous = pieces[n - 1] if n else ""
        after_number = previous[:1].isdecimal() and not piece[:1].isdecimal()
        glued = is_sign(piece) or is_sign(previous) or after_number
        said += piece if not n or glued else " " + piece
    return said


def word_count(pieces: Sequence[str]) -> int:
    """How many of `pieces` are words apart (`shown`): `$95m` is one, `o'brien` two."""
    return shown(pieces).count(" ") + 1
