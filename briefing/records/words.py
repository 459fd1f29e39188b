"""Words for search: a text's words folded as a reader types them, and what was typed.

A word is a run of letters and digits (`\\w+`) of the folded text
(briefing.records.folding: case, accents and typography away), so "François"
is the word `francois`, and "O'Brien" the words `o` and `brien`; in a script
written without spaces, one character (briefing.records.scripts), so that a
word typed there is a phrase found inside a run. A number's `.` and `,` are
inside it (`1.2`, `4,200`), and a sign (`%`, `$`, `€`) is a word of its own
(briefing.records.numbers, the rule the `/` filters share). Each word
keeps where it stands in the original text (`start`, `end`, in characters),
for highlighting and for located lines.

A `SearchQuery` is what the user typed: words, and "quoted phrases" whose
words must follow each other. Each typed word must begin a word of the text
(`escalat` finds "escalation"): whole words and their beginnings, never
letters scattered through a word; a number typed finds a number whole (`2`
finds "2%", not "2025"), and the signs typed beside it must be there (`2%`,
`$95m`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.records.folding import fold
from briefing.records.numbers import TOKEN, shown, typed_pieces, typed_signs_joined, word_count

_TERM = re.compile(r'"([^"]*)"?|(\S+)')


@dataclass(frozen=True, slots=True)
class Word:
    folded: str
    #: where it stands in the original text, in characters
    start: int
    end: int


def words(text: str) -> list[Word]:
    """`text`'s words, folded, each with its place in `text`.

    Words are found in the text as written, then each is folded alone (C-speed
    calls: folding the whole text character by character cost ten times as
    much); a word that folds into several (rare: a ligature with a mark)
    gives each its whole span.
    """
    if text.isascii():
        lowered = text.lower()
        return [Word(m.group(), m.start(), m.end()) for m in TOKEN.finditer(lowered)]
    found = []
    for match in TOKEN.finditer(text):
        start, end = match.span()
        folded = fold(match.group())
        if folded == match.group() or folded.isalnum():
            found.append(Word(folded, start, end))
        else:
            found.extend(Word(piece, start, end) for piece in TOKEN.findall(folded))
    return found


def word_set(text: str) -> set[str]:
    """The folded words of `text`, without their places: what an index keeps.

    The whole text is folded at once (`str.translate`), which at a thousand
    times the bundled briefing's size took a third of the time of `words`.
    """
    return set(TOKEN.findall(fold(text)))


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """Terms that must all be found: each a word, or a phrase of words in a row."""

    typed: str
    terms: tuple[tuple[str, ...], ...]

    @classmethod
    def parse(cls, typed: str) -> SearchQuery:
        """`huge "allied resolve"` → the word `huge` and the phrase `allied resolve`.

        Typographic quotes count as `"`; an unclosed quote runs to the end."""
        terms: list[tuple[str, ...]] = []
        for match in _TERM.finditer(typed_signs_joined(fold(typed))):
            phrase, word = match.groups()
            found = typed_pieces(phrase if phrase is not None else word)
            if found and found not in terms:
                terms.append(found)
        return cls(typed, tuple(terms))

    def __bool__(self) -> bool:
        return bool(self.terms)

    def describe(self) -> str:
        """The terms as one reads them: `2%`, `$95m`, `"allied resolve"`."""
        return " ".join(shown(t) if word_count(t) == 1 else f'"{shown(t)}"' for t in self.terms)
