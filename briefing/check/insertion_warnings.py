"""Warnings about what a quote's insertions stand for in its source.

An insertion is the author's words, not matched: `[the president]` may stand
for the source's "he". It may also stand for words that change what the
speaker said. "Russia [will] attack" passed against "Russia will not, under
any circumstances, attack", and `[.]` stood for "not" (a security review):
the reader shows the brackets, but the words left out only in the quote
viewer. The contract allows insertions, so these are warnings.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

from briefing.check.raw import RawRecord
from briefing.records.anchor_results import Span
from briefing.records.editorial import Piece, read_quote
from briefing.records.folding import fold
from briefing.records.scripts import WORD
from briefing.records.text import shown

#: Characters that draw nothing of their own (beside white space).
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0")


def warn_insertions_leaving_out(
    record: RawRecord, words: str, original: str, span: Span, source_id: str
) -> None:
    """Warn of an insertion that stands for source words and adds none of its
    own (its words are among them, or it holds none): it leaves words out
    with no elision mark."""
    insertions = insertions_between_parts(words)
    if len(insertions) != len(span.pieces) - 1:
        return  # matched as plain text, brackets and all
    found = []
    for inserted, (_, end), (start, _) in zip(
        insertions, span.pieces[:-1], span.pieces[1:], strict=True
    ):
        if inserted is None:
            continue  # an elision: marked as one
        stood_for = original[end:start]
        if shows_nothing(inserted) and not _words(stood_for):
            continue  # brackets for nothing: said as such (insertion-empty)
        # `it is [] a metaphor` for "it is not a metaphor": insertion-empty
        # alone told to remove the brackets, and not that they stood for "not"
        # (a trial of transcripts)
        if leaves_out(inserted, stood_for):
            found.append((inserted, " ".join(stood_for.split())))
    for inserted, stood_for in found:
        node = record.place("text")
        holds = "holds no words" if not _words(inserted) else "adds no word of its own"
        record.sink.warning(
            node.line,
            node.column,
            "insertion-leaves-out",
            f"the insertion {shown(f'[{inserted}]')} stands for {shown(stood_for)} in the "
            f"source {shown(source_id)} and {holds}: the quote leaves the source's "
            "words out with no elision mark",
            "quote the source's words as they stand, or mark the words left out "
            "with an elision (…)",
        )


def insertions_between_parts(words: str, insertions: bool = True) -> list[str | None]:
    """For each gap between two stretches of the speaker's words, in order (as
    `editorial.segments` finds them): the insertion that stands there (None:
    an elision, whatever else stands with it). `insertions` False: the
    reading with every bracket as text but an elision's (`editorial.readings`)."""
    gaps: list[str | None] = []
    seen_words = False
    current: str | None = None
    elided = False
    for piece in read_quote(words, insertions):
        if piece.kind is Piece.WORDS:
            if seen_words:
                gaps.append(None if elided else current)
            seen_words, current, elided = True, None, False
        elif piece.kind is Piece.INSERTION:
            current = piece.text if current is None else f"{current} {piece.text}"
        else:
            elided = True
    return gaps


def leaves_out(inserted: str, stood_for: str) -> bool:
    """Whether an insertion drops source words it stands for and adds none of its own."""
    stood_words = _words(stood_for)
    own = _words(inserted)
    return bool(stood_words - own) and not own - stood_words


def _words(text: str) -> Counter[str]:
    """The words of `text`, case and accents aside, as search compares them."""
    return Counter(fold(word) for word in WORD.findall(unicodedata.normalize("NFC", text)))


def shows_nothing(text: str) -> bool:
    """Whether `text` draws nothing: white space, format characters, fillers."""
    return all(
        char.isspace() or char in _FILLERS or unicodedata.category(char) in ("Cf", "Mn", "Me")
        for char in text
    )
