"""A source text as the reader shows it: the line breaks of a hard-wrapped text joined.

Text copied from a PDF or a court's website keeps its line breaks, every 80
or 90 characters. At 80 columns each such line came out as one long row and
one of a word or two: a paragraph at twice its height, ragged (a trial with
long documents). Where a text's paragraphs are set apart by blank lines, and
its lines are all short (hard-wrapped, not a paragraph a line), a line break
after a line near that width is a wrap: shown as a space. The character is
replaced, not removed, so every offset into the text (a quote's words, a
search's hits, its paragraphs) stays where it was.

Not joined: a line break after a short line (an address, a list, a poem's
lines), before a line that opens a list item (`- `, `(a) `, `12. `), in a
text whose lines are a paragraph each, nor anywhere in a text of long lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.records.normalising import has_blank_lines

#: A text whose longest line is longer than this is not hard-wrapped.
WRAPPED_UP_TO = 160
#: A line this share of the longest, or longer, was wrapped, not ended;
#: and none shorter than WRAPPED_FROM (hard wraps are at 60 columns or more:
#: "She said" over "hello world." in a text of short lines is two lines).
WRAPPED_SHARE = 0.6
WRAPPED_FROM = 50
#: A line break inside a paragraph: a line of text on each side.
_INNER_BREAK = re.compile(r"(?<=\S)[ \t\r]*\n(?=[ \t]*\S)")  # (a CR LF's at its LF)
#: A line that opens a list item or a numbered paragraph.
_ITEM = re.compile(r"[ \t]*(?:[-–•*·]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)])[ \t]")


@lru_cache(maxsize=4)
def unwrapped(text: str) -> str:
    """`text` with the line breaks of its hard-wrapped lines as spaces (same length)."""
    if "\n" not in text:
        return text
    if not has_blank_lines(text):
        return text  # every line is a paragraph (the contract's)
    longest = max(len(line) for line in text.split("\n"))
    if longest > WRAPPED_UP_TO:
        return text
    shortest_wrapped = max(WRAPPED_FROM, longest * WRAPPED_SHARE)
    joined = list(text)
    for found in _INNER_BREAK.finditer(text):
        newline = text.index("\n", found.start())
        line_start = text.rfind("\n", 0, found.start()) + 1
        if len(text[line_start:newline].rstrip()) < shortest_wrapped or _ITEM.match(
            text, newline + 1
        ):
            continue
        joined[newline] = " "
    return "".join(joined)
