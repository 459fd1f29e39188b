"""Content text for widgets: always plain, never markup.

Strings reach here already cleaned of control characters (briefing.display).
What remains is to never let a widget parse them: `Static`, `Label`,
`OptionList` and `notify()` read a plain `str` as markup, and `DataTable`
cells always do, so widgets only ever get the `Content` built here.
"""

from __future__ import annotations

from textual.content import Content
from textual.fuzzy import Matcher


def plain(text: str, style: str = "") -> Content:
    """`text` as it is, optionally styled as a whole."""
    content = Content(text)
    return content.stylize(style) if style and text else content


def join(*parts: Content | str, separator: str = "") -> Content:
    """Join pieces; bare strings are taken as plain text too."""
    return Content(separator).join(
        part if isinstance(part, Content) else Content(part) for part in parts
    )


def ellipsis(text: str, width: int) -> str:
    """`text` on one line, cut to `width` with an ellipsis, never silently."""
    line = " ".join(text.split())
    return line if len(line) <= width else line[: max(0, width - 1)] + "…"


def highlighted(matcher: Matcher, text: str, style: str = "bold underline") -> Content:
    """Like `Matcher.highlight`, which parses its input as markup, but plain."""
    content = Content(text)
    score, offsets = matcher.fuzzy_search.match(matcher.query, text)
    if not score:
        return content
    for offset in offsets:
        if not text[offset].isspace():
            content = content.stylize(style, offset, offset + 1)
    return content
