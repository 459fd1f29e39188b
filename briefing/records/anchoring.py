"""Finding a quote's words in its source text (the contract's Anchoring).

Matching is done on normalised copies (NFC; typographic quotes as ' or ";
en and em dashes as -; each run of whitespace as one space) and only for
matching: every match is mapped back to the exact span of the *original*
source text, and to the paragraph that holds it, so the reader can show the
source's own words. Paragraphs are separated by blank lines; in a text with
no blank line at all (text copied from a web page often has one paragraph a
line), each line is a paragraph (`paragraph_break`).
"""

from __future__ import annotations

import bisect
import difflib
import re
import unicodedata
from array import array
from dataclasses import dataclass

_TRANSLATE = str.maketrans(
    {
        "‘": "'", "’": "'", "‚": "'", "‛": "'",
        "“": '"', "”": '"', "„": '"', "‟": '"',
        "«": '"', "»": '"', "‹": "'", "›": "'",
        "–": "-", "—": "-",
    }
)  # fmt: skip
_TOKENS = re.compile(r"\s+|\S+")
_WHITESPACE = re.compile(r"\s+")
_LONG_WHITESPACE = re.compile(r"\s{2,}")
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_END = re.compile(r"\n\s*")


def paragraph_break(text: str) -> re.Pattern[str]:
    """What separates `text`'s paragraphs: blank lines, or, in a text that has
    none, every line break (the contract's Anchoring)."""
    return _BLANK_LINE if _BLANK_LINE.search(text) else _LINE_END


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `text` that holds more than whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in paragraph_break(text).finditer(text):
        if text[start : match.start()].strip():
            spans.append((start, match.start()))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def normalise(text: str) -> str:
    """The contract's matching form of `text` (for quotes: also trimmed)."""
    text = unicodedata.normalize("NFC", text).translate(_TRANSLATE)
    return _WHITESPACE.sub(" ", text)


@dataclass(frozen=True, slots=True)
class Span:
    """Where a quote stands in the original source text (offsets in characters)."""

    start: int
    end: int
    paragraph_start: int
    paragraph_end: int
    #: 1-based line of `start` in the source file
    line: int


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
        if unicodedata.is_normalized("NFC", original):
            self._init_nfc(original)
        else:
            self._init_by_word(original)

    def _init_nfc(self, original: str) -> None:
        translated = original.translate(_TRANSLATE)
        self.text = _WHITESPACE.sub(" ", translated)
        # For each run of 2+ whitespace characters: its position in the
        # normalised text, and the characters dropped before and by it.
        positions: list[int] = []
        dropped_before: list[int] = []
        lengths: list[int] = []
        dropped = 0
        for match in _LONG_WHITESPACE.finditer(original):
            start, end = match.span()
            positions.append(start - dropped)
            dropped_before.append(dropped)
            lengths.append(end - start)
            dropped += end - start - 1
        self._positions = positions
        self._dropped_before = dropped_before
        self._lengths = lengths
        self._by_word = False

    def _init_by_word(self, original: str) -> None:
        pieces: list[str] = []
        starts = array("l")
        ends = array("l")
        for match in _TOKENS.finditer(original):
            start, end = match.span()
            token = match.group()
            if token[0].isspace():
                pieces.append(" ")
                starts.append(start)
                ends.append(end)
                continue
            token = unicodedata.normalize("NFC", token).translate(_TRANSLATE)
            pieces.append(token)
            if len(token) == end - start:
                starts.extend(range(start, end))
                ends.extend(range(start + 1, end + 1))
            else:
                starts.extend([start] * len(token))
                ends.extend([end] * len(token))
        self.text = "".join(pieces)
        self._starts = starts
        self._ends = ends
        self._by_word = True

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original text's span for the normalised text's [start, end)."""
        if self._by_word:
            return self._starts[start], self._ends[end - 1]
        return self._original_start(start), self._original_end(end - 1)

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

    def find_all(self, needle: str) -> list[tuple[int, int]]:
        """Every match of a normalised `needle`, as spans of the original text."""
        found: list[tuple[int, int]] = []
        if not needle:
            return found
        position = self.text.find(needle)
        while position != -1:
            found.append(self.original_span(position, position + len(needle)))
            position = self.text.find(needle, position + 1)
        return found

    def line_of(self, offset: int) -> int:
        return self.original.count("\n", 0, offset) + 1

    def paragraph_around(self, start: int, end: int) -> tuple[int, int]:
        """The paragraph(s) holding original[start:end] (see `paragraph_break`)."""
        text = self.original
        breaks = self._paragraph_break
        paragraph_start = 0
        for match in breaks.finditer(text, 0, start):
            paragraph_start = match.end()
        following = breaks.search(text, end)
        paragraph_end = following.start() if following else len(text.rstrip())
        return paragraph_start, max(paragraph_end, end)

    def nearest_passage(self, needle: str, limit: int = 100) -> str:
        """The passage of the source most like `needle`, for a 'not found' hint."""
        haystack = self.text
        matcher = difflib.SequenceMatcher(None, haystack, needle, autojunk=False)
        block = matcher.find_longest_match(0, len(haystack), 0, len(needle))
        if block.size == 0:
            return ""
        begin = max(0, block.a - block.b)
        end = min(len(haystack), begin + len(needle))
        begin = haystack.rfind(" ", 0, begin) + 1 if begin > 0 else 0
        following_space = haystack.find(" ", end)
        end = len(haystack) if following_space == -1 else following_space
        passage = haystack[begin:end].strip()
        if len(passage) > limit:
            passage = passage[: limit - 1] + "…"
        return passage


@dataclass(frozen=True, slots=True)
class AnchorResult:
    """What anchoring a quote found: a span, or why there is none."""

    span: Span | None
    #: "not-found", "ambiguous", "occurrence-out-of-range" or None when found
    failure: str | None = None
    count: int = 0
    lines: tuple[int, ...] = ()
    nearest: str = ""


def anchor(quote_text: str, source: NormalisedText, occurrence: int | None) -> AnchorResult:
    """Find `quote_text` in `source`; `occurrence` picks one of several matches."""
    needle = normalise(quote_text).strip()
    matches = source.find_all(needle)
    if not matches:
        return AnchorResult(None, "not-found", nearest=source.nearest_passage(needle))
    lines = tuple(source.line_of(start) for start, _ in matches)
    if occurrence is None:
        if len(matches) > 1:
            return AnchorResult(None, "ambiguous", count=len(matches), lines=lines)
        occurrence = 1
    if occurrence > len(matches):
        return AnchorResult(None, "occurrence-out-of-range", count=len(matches), lines=lines)
    start, end = matches[occurrence - 1]
    paragraph_start, paragraph_end = source.paragraph_around(start, end)
    span = Span(start, end, paragraph_start, paragraph_end, lines[occurrence - 1])
    return AnchorResult(span, count=len(matches), lines=lines)
