"""Finding a quote's words in its source text (the contract's Anchoring).

Matching is done on normalised copies (NFC; typographic quotes as ' or ";
en and em dashes as -; each run of whitespace as one space) and only for
matching: every match is mapped back to the exact span of the *original*
source text, and to the paragraph (blank-line separated) that holds it, so the
reader can show the source's own words.
"""

from __future__ import annotations

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
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


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

    NFC is applied word by word (whitespace never composes with anything), so a
    word whose length NFC changes maps as a whole to its original word.
    """

    def __init__(self, original: str) -> None:
        self.original = original
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
            if not unicodedata.is_normalized("NFC", token):
                token = unicodedata.normalize("NFC", token)
            token = token.translate(_TRANSLATE)
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

    def find_all(self, needle: str) -> list[tuple[int, int]]:
        """Every match of a normalised `needle`, as spans of the original text."""
        found: list[tuple[int, int]] = []
        if not needle:
            return found
        position = self.text.find(needle)
        while position != -1:
            last = position + len(needle) - 1
            found.append((self._starts[position], self._ends[last]))
            position = self.text.find(needle, position + 1)
        return found

    def line_of(self, offset: int) -> int:
        return self.original.count("\n", 0, offset) + 1

    def paragraph_around(self, start: int, end: int) -> tuple[int, int]:
        """The blank-line separated paragraph(s) holding original[start:end]."""
        text = self.original
        paragraph_start = 0
        for match in _PARAGRAPH_BREAK.finditer(text, 0, start):
            paragraph_start = match.end()
        following = _PARAGRAPH_BREAK.search(text, end)
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
