"""Where each character of a word not in NFC stands once the word is in NFC.

A source text not in NFC is normalised word by word; a word whose length
NFC changes is mapped back as a whole, and only a match's two ends are
placed inside it, character by character with its combining marks
(`nfc_pieces`).
"""

from __future__ import annotations

import re
import unicodedata


def nfc_pieces(word: str) -> list[tuple[int, int, str]]:
    """`word` in NFC, piece by piece: (offset, length in `word`, the piece's NFC).

    A piece is a character with the combining marks after it, or a run of
    characters with none, so that a decomposed "Ko\u0308ln-Bonn" maps "ö" to
    its two characters and every other character to itself: a quote that
    ends at "Köln" ends there in the source too, not at the end of the word.
    Where composing pieces one by one would not give the word's NFC (Hangul
    jamo, scripts whose vowel signs compose with the letter before them),
    those pieces are one.
    """
    whole = unicodedata.normalize("NFC", word)
    if whole == word:
        return [(0, len(word), word)]
    pieces: list[tuple[int, int, str]] = []
    position = 0
    for cluster in _clusters().finditer(word):
        start, end = cluster.span()
        if start > position:
            pieces.extend(_run_pieces(word, position, start))
        pieces.append((start, end - start, unicodedata.normalize("NFC", cluster.group())))
        position = end
    if position < len(word):
        pieces.extend(_run_pieces(word, position, len(word)))
    if "".join(piece for _, _, piece in pieces) == whole:
        return pieces
    return _composed_pieces(word, whole)


def _run_pieces(word: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The pieces of `word[start:end]`, a run of characters without marks."""
    run = word[start:end]
    composed = unicodedata.normalize("NFC", run)
    if composed == run:
        return [(start, end - start, run)]
    return [(start + at, length, piece) for at, length, piece in _composed_pieces(run, composed)]


def _composed_pieces(word: str, whole: str) -> list[tuple[int, int, str]]:
    """`nfc_pieces` where pieces compose with each other: a character and
    its marks each, joined to the one before it where the two compose."""
    starts = [i for i, char in enumerate(word) if i == 0 or not unicodedata.combining(char)]
    pieces: list[tuple[int, int, str]] = []
    for a, b in zip(starts, [*starts[1:], len(word)], strict=True):
        piece = unicodedata.normalize("NFC", word[a:b])
        if pieces:
            before, _, composed = pieces[-1]
            both = unicodedata.normalize("NFC", word[before:b])
            if both != composed + piece:  # they compose with each other: one piece
                pieces[-1] = (before, b - before, both)
                continue
        pieces.append((a, b - a, piece))
    if "".join(piece for _, _, piece in pieces) != whole:
        return [(0, len(word), whole)]
    return pieces


_CLUSTER: re.Pattern[str] | None = None


def _clusters() -> re.Pattern[str]:
    """A character followed by one or more combining marks. Made when a text
    first needs it (most never do): listing the marks takes a tenth of a second."""
    global _CLUSTER
    if _CLUSTER is None:
        marks = [chr(c) for c in range(0x300, 0x110000) if unicodedata.combining(chr(c))]
        _CLUSTER = re.compile(f".[{''.join(re.escape(m) for m in marks)}]+", re.DOTALL)
    return _CLUSTER
