"""Content made inert for each kind of file an export writes.

Content is untrusted. In JSON every character that a terminal or a text
editor could act on (C0 and C1 controls, DEL, bidirectional and zero-width
characters) is written as a `\\uXXXX` escape, so the file shows them as
escapes and reads back exactly; in Markdown each character that could be
markup where it stands is backslash-escaped, so nothing is read as markup,
HTML or a link; in HTML (what TimelineJS renders) `& < > " '` are entities;
in plain text nothing is escaped (nothing in it is markup), and hidden
characters are shown as symbols (`briefing.export.text`). A link is made
only for an address `web_address` accepts (http or https, with a host).
"""

from __future__ import annotations

import html
import re
from urllib.parse import quote

from briefing import __version__
from briefing.export.seal import SEAL_AT_END, UNSEALED, sealed
from briefing.present.citation import web_address
from briefing.records.text import inert_json

#: The first thing in every file an export writes: how `writing` knows its own,
#: with the digest of the file's text (`seal`): edited since, it is the user's.
GENERATOR_NAME = "briefing export"
GENERATOR = {"type": "Software", "name": GENERATOR_NAME, "version": __version__, "digest": UNSEALED}
#: How a Markdown export begins, in every version (`writing` knows its own by it).
MARKDOWN_MARK_START = f"<!-- written by {GENERATOR_NAME}: a copy, safe to write again"
#: The first line of a Markdown export.
MARKDOWN_MARK = f"{MARKDOWN_MARK_START} unless edited ({UNSEALED}) -->"
#: How a text export begins (`writing` knows its own by it): plain words, which a
#: screen reader says first, before the briefing's title.
TEXT_MARK_START = f"Written by {GENERATOR_NAME}: a copy, safe to write again"
#: The first line of a text export: its digest, which a screen reader would
#: read out digit by digit, is on its last line (`TEXT_SEAL`).
TEXT_MARK = f"{TEXT_MARK_START} unless edited ({SEAL_AT_END})."
#: The last line of a text export.
TEXT_SEAL = f"The digest of this copy: {UNSEALED}."


def json_text(document: dict[str, object]) -> str:
    """`document` as indented JSON, its generator first, with hidden characters
    escaped, sealed with its digest."""
    return sealed(inert_json({"generator": GENERATOR, **document}) + "\n")


#: Characters that are markup wherever they stand, in CommonMark or in what
#: GitHub adds to it (tables, strikethrough, math, @mentions, #references).
_MARKDOWN_ANYWHERE = re.compile(r"([\\`*_\[\]<>&|~$@#])")
#: What is markup only at the start of a line: a list item, a setext underline,
#: an ordered list's `1.` or `1)`.
_MARKDOWN_LINE_START = re.compile(r"^([-+=])|^([0-9]{1,9})([.)])", re.MULTILINE)
#: What GitHub turns into links or pictures: `scheme://`, `www.` and `:emoji:`.
_MARKDOWN_AUTOLINKS = re.compile(r"(?i)(?<=\bwww)(\.)|(:)(?=//|[a-z0-9_+-]+:)")
_LINE_BREAKS = re.compile(r"[ \t]*\n[ \t]*")


def markdown_text(text: str) -> str:
    """`text` as Markdown that reads as exactly these characters.

    A backslash goes before each character that could be markup where it
    stands (CommonMark allows one before any ASCII punctuation): `*`, `[`,
    `<`, `&` and the like anywhere, a `-` or `1.` that begins a line, the
    `:` of `https://` and the `.` of `www.` (which GitHub makes links of).
    Commas, full stops and apostrophes stay as they are, so the file reads
    well as plain text too. Lines are trimmed so that no indentation becomes
    a code block.
    """
    text = _LINE_BREAKS.sub("\n", text.strip())
    text = _MARKDOWN_ANYWHERE.sub(r"\\\1", text)
    text = _MARKDOWN_AUTOLINKS.sub(lambda m: "\\" + (m.group(1) or m.group(2)), text)
    return _MARKDOWN_LINE_START.sub(_escaped_line_start, text)


def _escaped_line_start(match: re.Match[str]) -> str:
    if match.group(1):
        return "\\" + match.group(1)
    return f"{match.group(2)}\\{match.group(3)}"


def markdown_kept_lines(text: str) -> str:
    """`markdown_text` whose line breaks stay breaks when rendered: a note's two
    lines became one line of a paragraph (an analyst's trial). A line ends in
    two spaces, CommonMark's hard break (a backslash, the other, shows in the
    plain text). Blank lines still part paragraphs."""
    lines = markdown_text(text).split("\n")
    kept = [
        line + ("  " if line and following else "")
        for line, following in zip(lines, [*lines[1:], ""], strict=True)
    ]
    return "\n".join(kept)


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
