"""Content made inert for each kind of file an export writes.

Content is untrusted. In JSON every character that a terminal or a text
editor could act on (C0 and C1 controls, DEL, bidirectional and zero-width
characters) is written as a `\\uXXXX` escape, so the file shows them as
escapes and reads back exactly; in Markdown every ASCII punctuation character
is backslash-escaped, so nothing is read as markup or HTML; in HTML (what
TimelineJS renders) `& < > " '` are entities. A link is made only for an
address `web_address` accepts (http or https, with a host).
"""

from __future__ import annotations

import html
import json
import re
from urllib.parse import quote

from briefing import __version__
from briefing.present.citation import web_address

#: The first thing in every file an export writes: how `writing` knows its own.
GENERATOR_NAME = "briefing export"
GENERATOR = {"type": "Software", "name": GENERATOR_NAME, "version": __version__}
#: The first line of a Markdown export.
MARKDOWN_MARK = f"<!-- written by {GENERATOR_NAME}: a copy, safe to write again -->"

_ESCAPED_IN_JSON = re.compile("[\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


def json_text(document: dict[str, object]) -> str:
    """`document` as indented JSON, its generator first, with hidden characters escaped."""
    text = json.dumps({"generator": GENERATOR, **document}, ensure_ascii=False, indent=2)
    return _ESCAPED_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


_MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_LINE_BREAKS = re.compile(r"[ \t]*\n[ \t]*")


def markdown_text(text: str) -> str:
    """`text` as Markdown that reads as exactly these characters.

    Every ASCII punctuation character is escaped (CommonMark allows it for
    all of them), so `*`, `[`, `<`, `&`, a leading `#` or `1.` are text; lines
    are trimmed so that no indentation becomes a code block.
    """
    return _MARKDOWN_PUNCTUATION.sub(r"\\\1", _LINE_BREAKS.sub("\n", text.strip()))


def markdown_line(text: str) -> str:
    """`markdown_text` on one line (for a list item or a heading)."""
    return markdown_text(" ".join(text.split()))


def markdown_link(label: str, url: str | None) -> str:
    """`[label](<url>)` for a checked web address, else the label as text."""
    address = web_address(url)
    if address is None:
        return markdown_line(label)
    return f"[{markdown_line(label)}](<{link_target(address)}>)"


def link_target(address: str) -> str:
    """A checked address with every character that could end or break a link target
    percent-encoded (spaces, `<`, `>`, quotes, controls)."""
    return quote(address, safe="/:?#[]@!$&'()*+,;=%-._~")


def html_text(text: str) -> str:
    """`text` for an HTML field: entities for `& < > " '`, paragraphs as <p>."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    return "".join(f"<p>{html.escape(' '.join(p.split()))}</p>" for p in paragraphs)


def html_line(text: str) -> str:
    """`text` on one line, for an HTML field, with entities for `& < > " '`."""
    return html.escape(" ".join(text.split()))


def html_link(label: str, url: str | None) -> str:
    """An <a> for a checked web address, else the label as text."""
    address = web_address(url)
    if address is None:
        return html.escape(label)
    return f'<a href="{html.escape(link_target(address))}">{html.escape(label)}</a>'


#: What a spreadsheet reads as the start of a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(text: str) -> str:
    """A cell a spreadsheet shows as text: one that would start a formula gets a
    leading `'` (the usual defence against CSV injection)."""
    return "'" + text if text.startswith(_FORMULA_START) else text
