"""A search hit as a place in a file: `FILE:LINE:COL`, in the YAML or the source text.

A passage's hit is placed by counting lines in its source text (the text the
index holds is the file's, character for character). A field's hit is placed
from where its value starts in the YAML (the checker keeps it): the YAML is
read from there, and the hit's word is found again among its words, as many
times as it occurs in the value before the hit, so a hit on the third line
of a block scalar, or after an escape in a quoted one, lands on its word.
A quote's speaker's (or reporter's) name is placed at the quote's `speaker:`
(`reported_by:`) line.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing.index.words import PEOPLE_FIELDS, Hit
from briefing.records.text import CUT_BEFORE_MARK, CUT_MARK, line_and_column
from briefing.records.words import words

#: Characters of context on each side of a hit in a snippet.
SNIPPET_CONTEXT = 40


@dataclass(frozen=True, slots=True)
class Located:
    file: Path
    line: int
    #: 1-based, in characters
    column: int


class Locator:
    """Places hits of one briefing folder, reading each YAML file once."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._lines: dict[str, list[str]] = {}

    def place(self, hit: Hit, span: tuple[int, int], whole_text: str | None = None) -> Located:
        """Where `span` of `hit` stands; `whole_text`: a passage's whole source text."""
        doc = hit.doc
        path = self.folder / doc.file
        if doc.kind == "passage":
            assert whole_text is not None
            line, column = line_and_column(whole_text, hit.base + span[0])
            return Located(path, line, column)
        if doc.kind == "quote" and doc.field in PEOPLE_FIELDS:
            # the name stands in the actor's record, and the quote names its id:
            # the quote's own line (not the name looked for further on, in
            # another record's words)
            return Located(path, doc.line, doc.column)
        return Located(path, *self._in_yaml(doc.file, doc.line, doc.column, hit.text, span))

    def _in_yaml(
        self, file: str, line: int, column: int, text: str, span: tuple[int, int]
    ) -> tuple[int, int]:
        in_value = words(text)
        target = next((w for w in in_value if w.start >= span[0]), None)
        if target is None or line < 1:
            return line, column
        before = sum(1 for w in in_value if w.folded == target.folded and w.start < target.start)
        lines = self._read(file)
        seen = 0
        for number in range(line - 1, len(lines)):
            start = column - 1 if number == line - 1 else 0
            for word in words(lines[number][start:]):
                if word.folded == target.folded:
                    if seen == before:
                        return number + 1, start + word.start + 1
                    seen += 1
        return line, column  # not found again (the file changed): the value's start

    def _read(self, file: str) -> list[str]:
        lines = self._lines.get(file)
        if lines is None:
            try:
                text = (self.folder / file).read_text(encoding="utf-8", errors="replace")
            except OSError:
                text = ""
            lines = self._lines[file] = text.split("\n")
        return lines


def snippet(text: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """The hit with some context, on one line, `◂` and `▸` where the text goes
    on, and where the hit stands in it: the reader's marks of a cut (`…` in a
    quote is its author's elision, and `…Russia…` read as one: an analyst's trial)."""
    around = context(text, span)
    before = CUT_BEFORE_MARK if around.start > 0 else ""
    after = CUT_MARK if around.stop < len(text) else ""
    # A line's end is a space, one for one (a CR LF two: the hit's place holds);
    # a source with Windows line ends showed `␍` (a multilingual author's trial).
    piece = before + text[around].replace("\r", " ").replace("\n", " ") + after
    lead = len(before) + span[0] - around.start
    return piece, (lead, lead + span[1] - span[0])


def context(text: str, span: tuple[int, int]) -> slice:
    """The part of `text` a snippet of the hit at `span` shows: some context
    on each side, from and to a word's edge."""
    start = max(0, span[0] - SNIPPET_CONTEXT)
    end = min(len(text), span[1] + SNIPPET_CONTEXT)
    # start and end at a word's edge, not inside one
    while start > 0 and not text[start - 1].isspace() and span[0] - start < SNIPPET_CONTEXT + 15:
        start -= 1
    while end < len(text) and not text[end].isspace() and end - span[1] < SNIPPET_CONTEXT + 15:
        end += 1
    return slice(start, end)
