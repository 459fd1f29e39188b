"""The commonest slips in a line's value, said in plain words: (message, hint).

An apostrophe inside a single-quoted text, a value holding ': ', a quoted
value that words follow, a list's items without brackets, a bracket or a
quotation mark never closed. A line indented unlike its neighbours is left
to briefing.check.yaml_indent_slips.
"""

from __future__ import annotations

import json
import re

import yaml

from briefing.check.yaml_indent_slips import indent_of
from briefing.records.schema import FIELDS
from briefing.records.text import SUGGESTED, cut, shown

#: A single-quoted text that a letter follows at once: an apostrophe ended it.
_APOSTROPHE = re.compile(r"(?<![\w'])'((?:[^']|'')*)'(?=\w)(\w*)")
#: `key: value` whose value, unquoted, holds ': ' again.
_COLON_IN_VALUE = re.compile(r"^\s*(?:-\s+)?([\w-]+):\s+([^'\"\s|>&*!%@`{\[][^#]*?:(?:\s|$).*)$")


#: `key: [words] more words`: an insertion at the start of an unquoted quote.
_BRACKET_THEN_WORDS = re.compile(r"^\s*(?:-\s+)?([\w-]+):\s+([\[{][^\]}]*[\]}]\s*[^\s#].*)$")
#: `key: "words," he said. "more`: a text in double quotes that words follow.
_DOUBLE_QUOTED_THEN_WORDS = re.compile(r'^\s*(?:-\s+)?([\w-]+):\s+("(?:[^"\\]|\\.)*"\s*[^\s#].*)$')
#: `key: "words` with no closing quotation mark on its line.
_OPEN_QUOTE = re.compile(r'^\s*(?:-\s+)?([\w-]+):\s+"(?:[^"\\]|\\.)*$')


#: The fields that hold a list: `tags: [a, b], c` is a list's slip, not a text's.
LIST_FIELDS = frozenset(
    spec.name for table in FIELDS.values() for spec in table.values() if spec.many
)
#: A key whose value is a block scalar (`summary: |`, `note: >-`).
_BLOCK_START = re.compile(r"^\s*(?:-\s+)?[^\s#][^:#]*:\s*[|>][-+0-9]*\s*(?:#.*)?$")


def _in_block_scalar(lines: list[str], line: int) -> bool:
    """Whether `line` (1-based) is inside a block scalar: under a `key: |` less
    indented than it, with only more indented or blank lines between."""
    indent = indent_of(lines[line - 1])
    for above in range(line - 1, 0, -1):
        text = lines[above - 1]
        if not text.strip():
            continue
        if indent_of(text) < indent:
            return _BLOCK_START.match(text) is not None
    return False


def bracket_never_closed(lines: list[str], line: int, column: int) -> tuple[str, str] | None:
    """A `[` or `{` that starts a value and is never closed: (message, hint).

    PyYAML said "did not find expected ',' or ']'" at the next key, lines on,
    with the hint "a bracket is not closed" and no word of which. (It says
    the same of words after a quoted item, `[a, "b" c]`: a bracket that
    closes is left to that message, said where the words are.)"""
    text = lines[line]
    bracket = text[column : column + 1]
    if bracket not in ("[", "{") or _closes(lines, line, column):
        return None
    closing = "]" if bracket == "[" else "}"
    valued = _KEY_BEFORE.match(text[:column])
    message = f"this '{bracket}' is never closed"
    if valued is None or valued.group(1) in LIST_FIELDS:
        return message, f"close it with '{closing}'"
    key, value = valued.group(1), text[column:].rstrip()
    return (
        f"{message}: a value that begins with '{bracket}' is read by YAML as a "
        f"{'list' if bracket == '[' else 'mapping'}",
        "put the value in quotes: " + _written(key, json.dumps(value, ensure_ascii=False)),
    )


#: A `#` that YAML reads as a comment inside brackets: after a space, a `[`, a `,`.
_HASH_IN_FLOW = re.compile(r"(?<=[\s\[,{])#")


def comment_in_brackets(lines: list[str], line: int, column: int) -> tuple[int, str, str] | None:
    """A `#` inside the `[` at `lines[line][column]` that YAML reads as the
    start of a comment, hiding the rest of the line, its `]` with it:
    (the `#`'s column, message, hint). `tags: [#streik, #hamburg]` was told
    "did not find expected node content" on a later line, with no hint (a trial)."""
    text = lines[line]
    if text[column : column + 1] != "[":
        return None
    found = _HASH_IN_FLOW.search(text, column + 1)
    if found is None or "]" not in text[found.start() :]:
        return None
    inside = text[column + 1 : text.rindex("]")]
    items = [item.strip() for item in inside.split(",")]
    quoted = ", ".join(
        json.dumps(item, ensure_ascii=False) if "#" in item else item for item in items
    )
    valued = _KEY_BEFORE.match(text[:column])
    written = _written(valued.group(1), f"[{quoted}]") if valued is not None else f"[{quoted}]"
    return (
        found.start(),
        "this '#' begins a comment to YAML, which hides the rest of the line, the list's ']' "
        "with it",
        f"put each item that holds a '#' in quotes: {written}",
    )


def comment_in_brackets_above(lines: list[str], line: int) -> tuple[int, int, str, str] | None:
    """`comment_in_brackets` on the nearest line at or above `line` (0-based)
    that holds one: (its line, the '#''s column, message, hint). libyaml
    marks the next key, lines on, not the bracket."""
    for number in range(min(line, len(lines) - 1), max(-1, line - 50), -1):
        text = lines[number]
        at = text.find("[")
        while at >= 0:
            found = comment_in_brackets(lines, number, at)
            if found is not None:
                return (number, *found)
            at = text.find("[", at + 1)
    return None


def open_at_end(text: str) -> tuple[int, int] | None:
    """The innermost `[` or `{` still open where the file ends (0-based line
    and column), or None. PyYAML says "did not find expected node content
    (while parsing a flow node)" at the end of a file that ends inside one
    (`garbage: [`), with no word of the bracket: its scanner's tokens say
    which it is (an audit)."""
    loader = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
    opened: list[tuple[int, int]] = []
    try:
        for token in yaml.scan(text, Loader=loader):
            if isinstance(token, _FLOW_STARTS):
                opened.append((token.start_mark.line, token.start_mark.column))
            elif isinstance(token, _FLOW_ENDS) and opened:
                opened.pop()
    except yaml.YAMLError:
        return None
    return opened[-1] if opened else None


_FLOW_STARTS = (yaml.FlowSequenceStartToken, yaml.FlowMappingStartToken)
_FLOW_ENDS = (yaml.FlowSequenceEndToken, yaml.FlowMappingEndToken)


#: What stands before a value on its line: `key: `, or `- key: ` in a list.
_KEY_BEFORE = re.compile(r"^\s*(?:-\s+)?([\w-]+):\s+$")
#: Where a quoted scalar may start in flow: after these, or at a line's start.
_SCALAR_STARTS = ("", "[", "{", ",", ":", "-", "?")


def _closes(lines: list[str], line: int, column: int) -> bool:
    """Whether the bracket at `lines[line][column]` is closed further on: brackets
    counted to the end of the text, outside quoted scalars and comments (an
    apostrophe inside a word opens nothing)."""
    depth, quote, before = 0, "", ""
    for number in range(line, len(lines)):
        text = lines[number]
        at = column if number == line else 0
        before = "" if not quote else before
        while at < len(text):
            char = text[at]
            if quote:
                if char == "\\" and quote == '"':
                    at += 1
                elif char == quote and text[at + 1 : at + 2] == "'" == quote:
                    at += 1  # '' inside single quotes
                elif char == quote:
                    quote, before = "", char
            elif char == "#" and (at == 0 or text[at - 1].isspace()):
                break  # a comment
            elif char in "'\"" and before in _SCALAR_STARTS:
                quote = char
            elif char in "[{":
                depth += 1
            elif char in "]}":
                depth -= 1
                if depth == 0:
                    return True
            if not char.isspace() and not quote:
                before = char
            at += 1
    return False


def quote_left_open_before(lines: list[str], line: int) -> tuple[int, int, str, str] | None:
    """A double-quoted value left open on a line above the error: YAML read on
    into the lines below, and failed at the next quotation mark, far from the
    slip (an author's trial). (its line, its column, message, hint)."""
    if not 0 < line <= len(lines) or '"' not in lines[line - 1]:
        return None  # the parser fails at the quotation mark that closes what was left open
    for before in range(line - 1, max(0, line - 30), -1):
        if '"' in lines[before - 1] and _OPEN_QUOTE.match(lines[before - 1]) is None:
            return None  # a quotation mark between: not one text read on to the error
        opened = _OPEN_QUOTE.match(lines[before - 1])
        if opened is not None and _in_block_scalar(lines, before):
            return None  # a block's own words, not a key and its value
        if opened is not None:
            column = lines[before - 1].index('"') + 1
            return (
                before,
                column,
                f'the value of {shown(opened.group(1))} opens a quotation mark (") that is '
                "not closed on its line, so YAML read on into the lines below",
                'close it at the end of the text: "…"',
            )
    return None


def slip(lines: list[str], line: int) -> tuple[str, str] | None:
    """The commonest slips, said in plain words: (message, hint), or None.

    An apostrophe inside a single-quoted text, a value holding ': ', a
    quoted value that words follow; PyYAML names each of them in parser
    terms ("did not find expected key"). Said at the parser's mark: a line
    indented unlike its neighbours is briefing.check.yaml_indent_slips's,
    said where the line's content starts.
    """
    if not 0 < line <= len(lines):
        return None
    offending = lines[line - 1]
    apostrophe = _APOSTROPHE.search(offending)
    if apostrophe is not None:
        word = apostrophe.group(1).split()[-1] if apostrophe.group(1).split() else ""
        return (
            f"the apostrophe in {shown(word + chr(39) + apostrophe.group(2))} ends the "
            "text in single quotes early",
            "inside '...' write an apostrophe twice (Europe''s), or use double quotes",
        )
    quoted = _DOUBLE_QUOTED_THEN_WORDS.match(offending)
    if quoted is not None and quoted.group(1) in LIST_FIELDS:
        return _items_unbracketed(quoted.group(1), quoted.group(2).rstrip())
    if quoted is not None:  # a quote pasted with its own quotation marks (an author's trial)
        key, value = quoted.group(1), quoted.group(2).rstrip()
        return (
            "a quotation mark inside this text in double quotes ends it early, and words "
            "follow where it ends",
            "to keep every quotation mark as text, put the value in single quotes: "
            + _written(key, "'" + value.replace("'", "''") + "'"),
        )
    bracketed = _BRACKET_THEN_WORDS.match(offending)
    if bracketed is not None and bracketed.group(1) not in LIST_FIELDS:
        key, value = bracketed.group(1), bracketed.group(2).rstrip()
        return (
            f"the value of {shown(key)} begins with '{value[0]}', which YAML reads as the "
            "start of a list or a mapping, and words follow where it ends",
            "put the value in quotes: " + _written(key, json.dumps(value, ensure_ascii=False)),
        )
    colon = _COLON_IN_VALUE.match(offending)
    if colon is not None:
        key, value = colon.group(1), colon.group(2).rstrip()
        return (
            f"the value of {shown(key)} holds ': ', which YAML reads as the start of a key",
            "put the value in quotes: " + _written(key, json.dumps(value, ensure_ascii=False)),
        )
    return None


def _written(key: str, value: str) -> str:
    """`key: value`, a line a hint writes out for the author to copy, bounded."""
    return cut(f"{key}: {value}", SUGGESTED)


def _items_unbracketed(key: str, value: str) -> tuple[str, str] | None:
    """`tags: "a", "b"`: a list's items without its brackets, (message, hint), or
    None when the value in brackets would not be a list of texts either. (Told to
    put it in single quotes, the author made a text where a list goes.)"""
    listed = f"{key}: [{value}]"
    try:
        read = yaml.safe_load(listed)
    except yaml.YAMLError:
        return None
    items = read.get(key) if isinstance(read, dict) else None
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        return None
    return (
        f"the items of {shown(key)} stand without brackets: YAML takes the first one "
        "for the whole value, and fails at what follows it",
        f"put the items in brackets: {cut(listed, SUGGESTED)}",
    )
