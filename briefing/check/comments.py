"""A YAML comment that cuts a text short: `text: no option but to #reroute`.

YAML reads ` #` as the start of a comment, so an unquoted value that holds
one ends before it, silently: a quote of a tweet's hashtag lost its last
words and, being still in the source, passed the check (an author's trial).
Seen in the file's own lines, before it is parsed, for a quote's `text`
(under the top-level `quotes:`): a source's `text:` is a path, often
followed by a comment on purpose.
"""

from __future__ import annotations

import bisect
import re

from briefing.records.problems import ProblemSink
from briefing.records.text import shown

#: A `text:` key at the start of a line (or of a list item), its value
#: unquoted, then a comment on the same line.
_CUT = re.compile(
    rb"^(?P<lead>[ \t]*(?:-[ \t]+)?text:[ \t]+)"
    rb"(?P<value>[^ \t\r\n'\"|>&*!\[{#%@`][^\r\n]*?)[ \t]+(?P<comment>#[^\r\n]*)",
    re.MULTILINE,
)


#: A top-level key: the section the lines below it belong to.
_TOP_KEY = re.compile(rb"^(?P<key>[A-Za-z_][A-Za-z0-9_-]*)[ \t]*:", re.MULTILINE)


def warn_comments_cutting_text(data: bytes, sink: ProblemSink) -> None:
    """A warning at each `text:` whose unquoted value a comment cuts short."""
    if b"#" not in data:
        return  # nearly every file: one scan in C
    tops = [(top.start(), top.group("key")) for top in _TOP_KEY.finditer(data)]
    starts = [start for start, _ in tops]
    for match in _CUT.finditer(data):
        under = bisect.bisect_right(starts, match.start()) - 1
        if under < 0 or tops[under][1] != b"quotes":
            continue
        line = data.count(b"\n", 0, match.start()) + 1
        lead = match.group("lead").decode("utf-8", "replace")
        value = match.group("value").decode("utf-8", "replace")
        comment = match.group("comment").decode("utf-8", "replace")
        whole = f"{value} {comment}"
        sink.warning(
            line,
            len(lead) + 1,
            "comment-cuts-text",
            f"YAML reads the text as {shown(value)}: ' #' begins a comment, so "
            f"{shown(comment)} is left out",
            f'if it belongs to the text, put the text in quotes: text: "{whole}"',
        )
