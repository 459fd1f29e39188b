"""How many lines a text takes wrapped at a width, as Textual wraps it, fast.

The whole text of a long source (briefing.screens.paragraph_lines) needs the
height of each of its paragraphs to know where each starts, before any is
drawn. Textual's own wrapping (`Content.wrap`) took 0.6 s over a 3 MB
transcript; this counts the lines of the usual text (one cell a character,
spaces the only whitespace, no word longer than the width) in a few string
searches a line, and leaves every other line to `Content.wrap`.

The rule Textual follows (rich's `divide_line`): a word goes on the line if
its end, trailing spaces left out, is within the width; else a new line
starts at the word.
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from textual.content import Content

#: Whitespace other than the space: a line holding one is left to Textual.
_OTHER_SPACE = re.compile(r"[^\S ]")
_NOT_SPACE = re.compile(r"\S")


def line_count(text: str, width: int) -> int:
    """The lines `text` takes in a widget `width` cells wide (each of its
    lines wrapped apart, as Textual does)."""
    width = max(1, width)
    return sum(_lines_of(line, width) for line in text.split("\n"))


def _lines_of(line: str, width: int) -> int:
    if "\t" not in line and len(line) <= width and (line.isascii() or cell_len(line) <= width):
        return 1
    simple = _simple(line, width)
    return simple if simple is not None else max(1, len(Content(line).wrap(width)))


def _simple(line: str, width: int) -> int | None:
    """The count for a line of single-cell characters and spaces whose every
    word fits the width; None for any other."""
    if not line.isascii() and (cell_len(line) != len(line) or _OTHER_SPACE.search(line)):
        return None
    if "\t" in line:
        return None  # Textual expands tabs
    end = len(line.rstrip(" "))
    start, count = 0, 1
    while end - start > width:
        # the last word that ends within the width (leading spaces are the first word's)
        space = line.rfind(" ", start, start + width + 1)
        word_end = len(line[start:space].rstrip(" ")) + start if space > start else start
        if word_end <= start:
            return None  # a word longer than the width: Textual folds it
        found = _NOT_SPACE.search(line, word_end)
        if found is None:  # pragma: no cover - `end` is a non-space after it
            return None
        start, count = found.start(), count + 1
    return count
