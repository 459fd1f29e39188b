"""A quote's editorial marks: elisions (`…`) and insertions (`[by]`), as journalists use them.

The contract (Anchoring) allows two marks inside a quote's `text`:

- an elision, `…` or `...` with a space or a bracket on each side (`[…]` and
  `[...]` too, and `(…)` and `(...)`: round brackets are brackets, and German
  and French journalism writes an elision so): the words on either side are
  separate parts of the quote, each of which must be found in the source, in
  order, within one paragraph of the first (in the first part's paragraph or
  the one right after it);
- an insertion in square brackets, `[the president]`: the author's words, not
  the speaker's, never matched against the source. It may stand where the
  source has none (`abide [by] the rules`) or in place of a few of the
  source's words (`[the bridge]` for "it"): at most MAX_INSERTION_WORDS.

`read_quote` gives the pieces of one reading of a quote: a `[` or `]` that
pairs with nothing is text there (the source itself may hold it), and the
marks around it are marks all the same. `readings` gives each reading the
anchoring tries, in order: the marks, then every bracket as text but an
elision's (the contract: a plain `[` or `]` "is matched as text when the
quote has no other reading").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from briefing.records.scripts import UNSPACED_SCRIPTS


class Piece(StrEnum):
    WORDS = "words"
    ELISION = "elision"
    INSERTION = "insertion"


@dataclass(frozen=True, slots=True)
class QuotePiece:
    kind: Piece
    #: as written in the quote (for an insertion, without its brackets)
    text: str


#: A bracketed group, `[…]`, `[...]` or an insertion; an ellipsis in round
#: brackets, `(…)` or `(...)`, as German and French journalism writes an
#: elision (round brackets are brackets: the contract); or a bare `…`/`...`
#: with a space or a bracket on each side.
_MARK = re.compile(
    r"\[(?P<group>[^\[\]]*)\]|\(\s*(?:…|\.\.\.)\s*\)|(?<=[\s\]])(?:…|\.\.\.)(?=[\s\[])"
)
_ELISION = ("…", "...")
#: The fewest words a part of an elided quote may have (the contract).
MIN_PART_WORDS = 3
#: The most source words an insertion may stand in place of.
MAX_INSERTION_WORDS = 5


@dataclass(frozen=True, slots=True)
class Segment:
    """Speaker's words matched as one stretch, and what comes before them."""

    words: str
    #: what separates it from the segment before: ELISION (anything, within
    #: one paragraph of the first segment), INSERTION (at most MAX_INSERTION_WORDS source words),
    #: or None for the first segment
    after: Piece | None


#: `…` or `...` before a quote's first word, or after its last: no elision, as
#: no words stand on its other side.
_LEADING_ELLIPSIS = re.compile(r"\s*(…|\.\.\.)\s")
_TRAILING_ELLIPSIS = re.compile(r"\s(…|\.\.\.)\s*\Z")


def edge_ellipsis(text: str) -> str | None:
    """ "start" or "end" when `text` opens or closes with an ellipsis set apart by
    a space (`… But we`), which the contract does not read as an elision."""
    first, last = edge_ellipses(text)
    return "start" if first else "end" if last else None


def edge_ellipses(text: str) -> tuple[str, str]:
    """The ellipsis set apart by a space that opens `text`, and the one that
    closes it, as written ("" where there is none)."""
    first = _LEADING_ELLIPSIS.match(text)
    last = _TRAILING_ELLIPSIS.search(text, first.end() - 1 if first else 0)
    return (first.group(1) if first else "", last.group(1) if last else "")


def without_edge_ellipses(text: str) -> str:
    """`text` less the ellipses `edge_ellipses` finds."""
    first = _LEADING_ELLIPSIS.match(text)
    if first:
        text = text[first.end() :]
    last = _TRAILING_ELLIPSIS.search(text)
    return text[: last.start()] if last else text


def edge_name(first: bool, last: bool) -> str:
    """ "start", "end" or "both": the edges of a quote an ellipsis stands at."""
    return "both" if first and last else "start" if first else "end"


def has_marks(text: str) -> bool:
    """True when `text` may hold an editorial mark (a cheap test before reading it)."""
    return "[" in text or "]" in text or "…" in text or "..." in text


def read_quote(text: str, insertions: bool = True) -> list[QuotePiece]:
    """The quote's pieces in order. A `[` or `]` that pairs with nothing is
    part of the words around it (`The value [sic … the rest`: the source may
    hold it); with `insertions` False, so is every bracketed group but an
    elision (`[sic]` read as the source's own characters)."""
    pieces: list[QuotePiece] = []
    position = 0
    for match in _MARK.finditer(text):
        group = match.group("group")
        elision = group is None or group.strip() in _ELISION
        if not (elision or insertions):
            continue  # brackets read as text, with the words around them
        _words(pieces, text[position : match.start()])
        if elision:
            pieces.append(QuotePiece(Piece.ELISION, match.group()))
        else:
            pieces.append(QuotePiece(Piece.INSERTION, group))
        position = match.end()
    _words(pieces, text[position:])
    return pieces


def readings(text: str) -> list[list[QuotePiece]]:
    """The readings of a quote the anchoring tries, in order: its marks (a
    bracket that pairs with nothing read as text), then, where that differs,
    every bracket as text but an elision's, which is always one."""
    marked = read_quote(text)
    literal = read_quote(text, insertions=False)
    return [marked] if literal == marked else [marked, literal]


def unpaired(pieces: list[QuotePiece]) -> bool:
    """Whether a reading holds a `[` or `]` that pairs with nothing (read as text)."""
    return any(p.kind is Piece.WORDS and ("[" in p.text or "]" in p.text) for p in pieces)


def _words(pieces: list[QuotePiece], text: str) -> None:
    if text.strip():
        pieces.append(QuotePiece(Piece.WORDS, text))


def word_count(text: str) -> int:
    """The words of `text`: runs between spaces that hold a letter or a digit.

    A dash or an ellipsis standing alone is no word: "— maybe —" is one.
    Chinese, Japanese, Thai, Lao, Khmer and Myanmar put no spaces between
    words: each of their letters and digits counts as one ("我们将赢得这场战争"
    was one word, and no elided part of a Chinese quote was ever three).
    Other letters next to them make a word of their own: "iPhone手机" is three.
    """
    count = 0
    for run in text.split():
        # within a word of a script with spaces; a mark inside one ("co-op",
        # "10–20") leaves it one word
        spaced = False
        for char in run:
            if not char.isalnum():
                continue  # a combining mark too: a Thai vowel sign is no letter of its own
            unspaced = _unspaced(char)
            if unspaced or not spaced:
                count += 1
            spaced = not unspaced
    return count


def unspaced_in(text: str) -> bool:
    """Whether `text` holds a letter of a script written without spaces, each
    of which `word_count` counts as a word."""
    return any(_unspaced(char) for char in text)


def _unspaced(char: str) -> bool:
    code = ord(char)
    return code >= 0x0E00 and any(first <= code <= last for first, last in UNSPACED_SCRIPTS)


def says_nothing(text: str) -> bool:
    """Whether `text` is empty or only whitespace: no quote at all.

    It occurs all over any source, and shows nothing. (A quote of punctuation
    alone, a tweet's "!", is still words the contract lets one quote.)
    """
    return not text.strip()


#: Elision marks and whitespace, and nothing else: `…`, `...`, `[…]`, `(…)`.
_MARKS_ALONE = re.compile(r"(?:\s|…|\.\.\.|\[\s*(?:…|\.\.\.)\s*\]|\(\s*(?:…|\.\.\.)\s*\))+")


def marks_alone(text: str) -> bool:
    """Whether `text` is elision marks alone (`…`, `[…]`, `... ...`), none of the
    speaker's words. A bare `…` alone is no elision (nothing on either side):
    read as text, it is still no quote one means."""
    return _MARKS_ALONE.fullmatch(text) is not None


def parts(pieces: list[QuotePiece]) -> list[str]:
    """The speaker's words between elisions, insertions left out: what is matched."""
    found: list[list[str]] = [[]]
    for piece in pieces:
        if piece.kind is Piece.ELISION:
            found.append([])
        elif piece.kind is Piece.WORDS:
            found[-1].append(piece.text)
    return [" ".join(" ".join(words).split()) for words in found if words]


def segments(pieces: list[QuotePiece]) -> list[Segment]:
    """The stretches of speaker's words to find in the source, in order."""
    found: list[Segment] = []
    gap: Piece | None = None
    for piece in pieces:
        if piece.kind is Piece.WORDS:
            words = " ".join(piece.text.split())
            found.append(Segment(words, gap if found else None))
            gap = None
        elif gap is not Piece.ELISION:  # an elision's gap holds an insertion's
            gap = piece.kind
    return found
