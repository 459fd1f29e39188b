"""The contract's matching form of a text, and where its paragraphs are.

Quotes and source texts are matched in a normalised form (NFC; typographic
quotes as ' or "; en and em dashes as -; each run of whitespace as one
space), used only for matching. Paragraphs are separated by blank lines; in
a text with no blank line at all (text copied from a web page often has one
paragraph a line), each line is a paragraph (`paragraph_break`).
"""

from __future__ import annotations

import re
import unicodedata

#: Typographic quotes and dashes, as the matching form writes them.
TRANSLATE = str.maketrans(
    {
        "‘": "'", "’": "'", "‚": "'", "‛": "'",
        "“": '"', "”": '"', "„": '"', "‟": '"',
        "«": '"', "»": '"', "‹": "'", "›": "'",
        "–": "-", "—": "-",
    }
)  # fmt: skip
_REPLACED = tuple((chr(code), str(plain)) for code, plain in TRANSLATE.items())
#: The whitespace that making every run of whitespace one space changes: runs,
#: and single characters other than a space. Matching only those skips every
#: word break. Written as a run that starts with a character other than a
#: space, or a space and more: `\s{2,}|[^\S ]` matched the same, at two
#: thirds of the speed (docs/performance.md).
CHANGED_WHITESPACE = re.compile(r"[^\S ]\s*| \s+")
#: A line of nothing but whitespace, any of it: a line holding only a no-break
#: space (a web page's `&nbsp;`) looks blank, and is (a contract audit).
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
_LINE_END = re.compile(r"\n\s*")
#: A word as the hints and the elided search step over text: a run of
#: characters other than whitespace.
WORD = re.compile(r"\S+")


def paragraph_break(text: str) -> re.Pattern[str]:
    """What separates `text`'s paragraphs: blank lines, or, in a text that has
    none, every line break (the contract's Anchoring). Blank lines before the
    first line or after the last separate nothing, and do not count."""
    return _BLANK_LINE if has_blank_lines(text) else _LINE_END


def has_blank_lines(text: str) -> bool:
    """Whether blank lines set `text`'s paragraphs apart (else each line is one)."""
    return _BLANK_LINE.search(text.strip()) is not None


def break_start(text: str, position: int) -> int:
    """Where the paragraph before a break found at `position` ends: before the
    whitespace that ends its last line too, spaces and tabs as well as the `\r`
    of a CRLF line end, which the break, from the `\n`, left in (a paragraph of
    a CRLF text ended in `\r`). An LF text's paragraph ending in spaces ends
    before them too: `paragraph_end` in the export moved with INDEX_FORMAT 24."""
    while position > 0 and text[position - 1] != "\n" and text[position - 1].isspace():
        position -= 1
    return position


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `text` that holds more than whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in paragraph_break(text).finditer(text):
        if text[start : match.start()].strip():
            spans.append((start, break_start(text, match.start())))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def normalise(text: str) -> str:
    """The contract's matching form of `text` (for quotes: also trimmed)."""
    return one_space(plain_quotes(unicodedata.normalize("NFC", text)))


def plain_quotes(text: str) -> str:
    """`text.translate(TRANSLATE)`, faster on long texts.

    `str.translate` looks every character up in the table; a source text
    holds few curly quotes and dashes, so one fast scan per kind that is
    there costs a tenth of it (docs/performance.md).
    """
    for char, plain in _REPLACED:
        if char in text:
            text = text.replace(char, plain)
    return text


def one_space(text: str) -> str:
    """Every run of whitespace as one space, as a substitution of every run would."""
    return CHANGED_WHITESPACE.sub(" ", text)
