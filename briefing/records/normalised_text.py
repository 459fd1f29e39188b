"""A source text in the contract's matching form, mapped back to the original.

Every match found in the normalised copy is mapped back to the exact span of
the *original* source text, to the paragraph(s) that hold it and to its line,
so that the reader shows the source's own words.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from array import array

from briefing.records.decomposed import nfc_pieces
from briefing.records.nearest_passage import Passage, nearest_passage
from briefing.records.normalising import (
    CHANGED_WHITESPACE,
    TRANSLATE,
    break_start,
    paragraph_break,
    plain_quotes,
)

_TOKENS = re.compile(r"\s+|\S+")
_NEWLINE = re.compile(r"\n")


class NormalisedText:
    """A source text's normalised form, with a map back to the original.

    Text already in NFC (nearly all) is normalised with C-speed calls: the
    quote and dash replacements keep every offset, so only runs of two or more
    whitespace characters move offsets, and a bisect over those runs maps
    back. Other text is NFC'd word by word (whitespace never composes), and a
    word whose length NFC changes maps as a whole to its original word.
    """

    def __init__(self, original: str) -> None:
        self.original = original
        self._paragraph_break = paragraph_break(original)
        #: where each paragraph break starts and ends, and each line break is,
        #: found once when first asked for: a quote whose words occur a great
        #: many times is placed with a bisect per match, not a scan of the text
        self._break_starts: list[int] | None = None
        self._break_ends: list[int] = []
        self._newlines: list[int] | None = None
        self._end: int | None = None
        #: where each run of whitespace ends in the original (`normalised_end`)
        self._run_ends: list[int] | None = None
        if unicodedata.is_normalized("NFC", original):
            self._init_nfc(original)
        else:
            self._init_by_word(original)

    def _init_nfc(self, original: str) -> None:
        # One pass over the whitespace that changes (`one_space`), which also
        # finds, for each run of 2+ whitespace characters: its position in
        # the normalised text, and the characters dropped before and by it.
        text = plain_quotes(original)  # keeps every offset
        pieces: list[str] = []
        positions: list[int] = []
        dropped_before: list[int] = []
        lengths: list[int] = []
        dropped = 0
        copied = 0
        for match in CHANGED_WHITESPACE.finditer(text):
            start, end = match.span()
            pieces.append(text[copied:start])
            pieces.append(" ")
            copied = end
            if end - start > 1:
                positions.append(start - dropped)
                dropped_before.append(dropped)
                lengths.append(end - start)
                dropped += end - start - 1
        self.text = "".join(pieces) + text[copied:] if pieces else text
        self._positions = positions
        self._dropped_before = dropped_before
        self._lengths = lengths
        self._by_word = False

    def _init_by_word(self, original: str) -> None:
        pieces: list[str] = []
        starts = array("l")
        ends = array("l")
        #: each word whose length NFC changed: where it starts in the normalised
        #: text, and where it starts and ends in the original
        changed_at = array("l")
        changed_from = array("l")
        changed_to = array("l")
        position = 0
        for match in _TOKENS.finditer(original):
            start, end = match.span()
            token = match.group()
            if token[0].isspace():
                pieces.append(" ")
                starts.append(start)
                ends.append(end)
                position += 1
                continue
            token = unicodedata.normalize("NFC", token).translate(TRANSLATE)
            pieces.append(token)
            if len(token) == end - start:
                starts.extend(range(start, end))
                ends.extend(range(start + 1, end + 1))
            else:  # mapped as a whole here; `_within_word` maps inside it when asked
                starts.extend([start] * len(token))
                ends.extend([end] * len(token))
                changed_at.append(position)
                changed_from.append(start)
                changed_to.append(end)
            position += len(token)
        self.text = "".join(pieces)
        self._starts = starts
        self._ends = ends
        self._changed = (changed_at, changed_from, changed_to)
        self._by_word = True

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span for the normalised text's [start, end)."""
        if self._by_word:
            first, last = self._starts[start], self._ends[end - 1]
            if self._changed[0]:
                first = self._within_word(start, first, at_end=False)
                last = self._within_word(end - 1, last, at_end=True)
            return first, last
        return self._original_start(start), self._original_end(end - 1)

    def _within_word(self, position: int, mapped: int, at_end: bool) -> int:
        """Where the normalised character at `position` starts (or ends, `at_end`)
        in the original, inside a word whose length NFC changed: the
        character with its own combining marks (`nfc_pieces`), not the whole
        word, so that "Müller" in "(Mu\u0308ller)." spans no bracket or stop.
        Worked out only for a span's two ends: a text of a million such
        words is normalised as fast as before."""
        changed_at, changed_from, changed_to = self._changed
        index = bisect.bisect_right(changed_at, position) - 1
        if index < 0:
            return mapped
        word_start, word_end = changed_from[index], changed_to[index]
        if not word_start <= mapped <= word_end:
            return mapped  # another word: mapped character by character already
        offset = position - changed_at[index]
        seen = 0
        for piece_start, length, composed in nfc_pieces(self.original[word_start:word_end]):
            if offset < seen + len(composed):
                first = word_start + piece_start
                if len(composed) == length:  # character by character
                    first += offset - seen
                    return first + 1 if at_end else first
                return first + length if at_end else first
            seen += len(composed)
        return mapped

    def _original_start(self, position: int) -> int:
        index = bisect.bisect_right(self._positions, position) - 1
        if index < 0:
            return position
        if self._positions[index] == position:
            return position + self._dropped_before[index]
        return position + self._dropped_before[index] + self._lengths[index] - 1

    def _original_end(self, position: int) -> int:
        """The original end (exclusive) of the normalised character at `position`."""
        index = bisect.bisect_right(self._positions, position) - 1
        if index >= 0 and self._positions[index] == position:
            return position + self._dropped_before[index] + self._lengths[index]
        return self._original_start(position) + 1

    def line_of(self, offset: int) -> int:
        """The 1-based line of the original text's `offset`."""
        if self._newlines is None:
            self._newlines = [m.start() for m in _NEWLINE.finditer(self.original)]
        return bisect.bisect_left(self._newlines, offset) + 1

    def paragraph_around(self, start: int, end: int) -> tuple[int, int]:
        """The paragraph(s) holding original[start:end] (see `paragraph_break`).

        `start` and `end` bound words (a match's first and last characters are
        not whitespace), so no break, which is only whitespace, straddles either.
        """
        breaks = self._breaks()
        before = bisect.bisect_right(self._break_ends, start) - 1
        paragraph_start = self._break_ends[before] if before >= 0 else 0
        following = bisect.bisect_left(breaks, end)
        paragraph_end = breaks[following] if following < len(breaks) else self._text_end()
        return paragraph_start, max(paragraph_end, end)

    def normalised_end(self, original_end: int) -> int:
        """How far the normalised text stands for the original's first
        `original_end` characters: a match ends by there, in the normalised
        text, exactly when it ends by `original_end` in the original."""
        if not self._by_word:
            return self._nfc_normalised_end(original_end)
        low, high = 0, len(self.text)
        while low < high:  # the first character that ends past `original_end`
            middle = (low + high) // 2
            if self.original_span(middle, middle + 1)[1] <= original_end:
                low = middle + 1
            else:
                high = middle
        return low

    def _nfc_normalised_end(self, original_end: int) -> int:
        """`normalised_end` by a bisect over the runs of whitespace (each one
        character of the normalised text), for text already in NFC."""
        if self._run_ends is None:
            self._run_ends = [
                position + dropped + length
                for position, dropped, length in zip(
                    self._positions, self._dropped_before, self._lengths, strict=True
                )
            ]
        runs = bisect.bisect_right(self._run_ends, original_end)  # the runs ending by it
        shift = 0
        if runs:  # characters after the last of them are `shift` on in the original
            shift = self._dropped_before[runs - 1] + self._lengths[runs - 1] - 1
        following = self._positions[runs] if runs < len(self._positions) else len(self.text)
        return max(0, min(original_end - shift, following))

    def next_paragraph_end(self, paragraph_end: int) -> int:
        """Where the paragraph after the one ending at `paragraph_end` ends
        (`paragraph_end` itself when that one is the last)."""
        breaks = self._breaks()
        following = bisect.bisect_left(breaks, paragraph_end)
        if following >= len(breaks):
            return paragraph_end
        if following + 1 < len(breaks):
            return breaks[following + 1]
        return max(self._text_end(), paragraph_end)

    def _text_end(self) -> int:
        """Where the text ends, trailing whitespace left out: found once, not
        by a copy of the whole text for each match (quadratic in a text of
        one paragraph that repeats a quote's first words)."""
        if self._end is None:
            self._end = len(self.original.rstrip())
        return self._end

    def _breaks(self) -> list[int]:
        """Where each paragraph break starts (and, in `_break_ends`, ends)."""
        if self._break_starts is None:
            spans = [m.span() for m in self._paragraph_break.finditer(self.original)]
            self._break_starts = [break_start(self.original, first) for first, _ in spans]
            self._break_ends = [last for _, last in spans]
        return self._break_starts

    def nearest_passage(self, needle: str, written: str = "") -> Passage | None:
        """The passage of the source most like `needle` (normalised; `written`:
        as the quote writes it), for a hint (`briefing.records.nearest_passage`)."""
        return nearest_passage(self, needle, written)
