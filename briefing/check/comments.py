"""A YAML comment that cuts a quote short: `text: no option but to #reroute`.

YAML reads ` #` as the start of a comment, so an unquoted value that holds
one ends before it, silently: a quote of a tweet's hashtag lost its last
words and, being still in the source, passed the check (an author's trial).
Looked for where the parser placed each quote's words: on that line, right
after them, a comment. A quoted value, a block scalar, a source's path
(often followed by a comment on purpose) are left alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from briefing.check.raw import RawRecord
from briefing.check.yaml_prescan import LINE_BREAK
from briefing.records.problems import ProblemSink
from briefing.records.text import SUGGESTED, cut, shown

#: What follows a plain value whose end a comment made.
_COMMENT_AFTER = re.compile(r"[ \t]+(#.*)")


def warn_comments_cutting_text(
    data: bytes, records: Iterable[RawRecord], sink: ProblemSink
) -> None:
    """A warning at each quote whose unquoted words a comment on their line cut short."""
    if b"#" not in data:
        return  # nearly every file: one scan in C
    lines: list[str] | None = None
    for record in records:
        words = record.value("text") if record.section == "quotes" else None
        if not isinstance(words, str) or not words:
            continue
        if lines is None:
            lines = LINE_BREAK.split(data.decode("utf-8", "replace"))
        where = record.place("text")
        line = lines[where.line - 1] if 0 < where.line <= len(lines) else ""
        start = where.column - 1
        if where.line == 1:
            start += line.startswith("\ufeff")
        if not line.startswith(words, start):
            continue  # quoted, a block, or over several lines: no comment can cut it
        comment = _COMMENT_AFTER.fullmatch(line, start + len(words))
        if comment is None:
            continue
        left_out = comment.group(1)
        sink.warning(
            where.line,
            where.column,
            "comment-cuts-text",
            f"YAML reads the text as {shown(words)}: ' #' begins a comment, so "
            f"{shown(left_out)} is left out",
            "if it belongs to the text, put the text in quotes: "
            + cut("text: " + json.dumps(f"{words} {left_out}", ensure_ascii=False), SUGGESTED),
        )
