"""Content text for widgets: always plain, never markup, in cells every terminal agrees on.

Strings of a briefing's records reach here already cleaned of control
characters (briefing.present.display); others do not (the library's titles
come from the catalogue, messages from the checker), so every text is made
visible here once more, one symbol for one character: no escape sequence
ever reaches the terminal, whichever way a string came. What remains is to
never let a widget parse them: `Static`, `Label`,
`OptionList` and `notify()` read a plain `str` as markup, and `DataTable`
cells always do, so widgets only ever get the `Content` built here. It also
leaves out what terminals draw at different widths (briefing.screens.cells), so no row
pushes a border out of line.
"""

from __future__ import annotations

import re

from rich.cells import cell_len
from textual.content import Content

from briefing.present.quotes import insertions
from briefing.records.text import visible
from briefing.screens.cells import CUT, for_cells, truncate

_BEFORE_LINE_END = re.compile("[ \r]+\n")

#: How an author's insertion in a quote (`[the bridge]`) looks: not the speaker's words.
INSERTION_STYLE = "italic"


def plain(text: str, style: str = "") -> Content:
    """`text` as plain text, drawn alike on every terminal (briefing.screens.cells),
    optionally styled as a whole."""
    content = Content(for_cells(visible(text)))
    return content.stylize(style) if style and text else content


def plain_cells(text: str) -> int:
    """The cells `plain(text)` takes, measured as it is drawn (`len` where every
    character is ASCII: 32,000 titles at a time). The raw text measured
    otherwise: a title of a dozen joined emoji families measured 28 cells and
    was drawn in 52, cut where one as long in ASCII wrapped (a code review)."""
    return len(text) if text.isascii() else cell_len(for_cells(visible(text)))


def plain_cut(text: str, width: int, style: str = "") -> Content:
    """`text` as `plain` makes it, on one line (every run of whitespace one
    space), cut to `width` cells with the cut mark (briefing.screens.cells)."""
    return truncate(plain(" ".join(text.split()), style), width)


def first_words(text: str, count: int, style: str = "") -> Content:
    """The first `count` words of `text` as `plain` makes them, one space
    between, ending in the cut mark when there are more."""
    words = text.split()
    shown = plain(" ".join(words[:count]), style)
    return shown + CUT if len(words) > count else shown


def source_piece(text: str) -> str:
    """A piece of a source text as shown: no space or CR before a line end.

    A source saved on Windows ends its lines with CR LF; its CRs reach the
    screen as spaces (briefing.present.display keeps every offset), and a
    quote over a paragraph break showed them as highlighted cells, one on
    the blank line (a new user's trial). It changes lengths: call it only on
    pieces already cut at the source's offsets, so that no highlight moves.
    """
    return _BEFORE_LINE_END.sub("\n", text) if "\n" in text else text


def join(*parts: Content | str, separator: str = "") -> Content:
    """Join pieces; bare strings are taken as plain text too."""
    return Content(separator).join(
        part if isinstance(part, Content) else plain(part) for part in parts
    )


def quote_words(text: str, style: str = "") -> Content:
    """A quote's words as plain text, its author's insertions in INSERTION_STYLE."""
    content = plain(text, style)
    for start, end in insertions(content.plain):
        content = content.stylize(INSERTION_STYLE, start, end)
    return content
