"""A value wrapped by hand onto a line no deeper than its key, said as such.

(At the key's column, or left of it, between its record's `- ` and the key:
PyYAML then says "could not find expected ':'", or speaks of indentation.)

An unquoted value may go on over several lines, but only on lines indented
deeper than its key. A quote's words wrapped at the key's own column

    text: In the name of the city
    of Brooklyn

are a new key to YAML, one with no ':', and PyYAML says "could not find
expected ':'": the hint to write `of: Brooklyn` (a new author's trial) made
an unknown field of the quote's last words. When the line before is a key
of text with a plain value on its line, and the line's first word is no
key of a briefing, it is taken for the value's continuation.
"""

from __future__ import annotations

import re

from briefing.check.yaml_indent_slips import indent_of
from briefing.records.schema import FIELDS, TOP_LEVEL_KEYS, Kind
from briefing.records.text import counted, shown

#: `key: value` (after the `- ` of a list item), the value plain and on the line:
#: not quoted, not a list or a mapping, not a block scalar, anchor, tag or comment.
_KEY_AND_PLAIN_VALUE = re.compile(r"(?P<lead>[ ]*(?:-[ ]+)*)(?P<key>\w+):[ ]+[^\s\"'\[{|>&*!#%@`]")
#: The first characters of a line that is not plain text going on.
_NOT_WORDS = tuple("-#\"'[]{}|>&*!%@`?")
#: Every key a briefing file has: a line starting with one lacks its ':'.
_KEYS = frozenset(TOP_LEVEL_KEYS).union(*(fields.keys() for fields in FIELDS.values()))
#: The fields of text, whose words may go on over lines (not an id, a date ...).
_TEXTS = frozenset(
    name for fields in FIELDS.values() for name, spec in fields.items() if spec.kind is Kind.TEXT
)


def continued_value(lines: list[str], line: int) -> tuple[str, str, str] | None:
    """(the key, message, hint) when line `line` (1-based), which YAML reads as
    a key without its ':', goes on with the plain value of the line before."""
    if not 1 < line <= len(lines):
        return None
    text, above = lines[line - 1], lines[line - 2]
    words = text.split()
    if not words or words[0].startswith(_NOT_WORDS) or words[0].rstrip(",.;") in _KEYS:
        return None
    if ": " in text or text.rstrip().endswith(":"):
        return None
    key = _KEY_AND_PLAIN_VALUE.match(above)
    if key is None or " #" in above:
        return None
    name = key.group("key")
    if name not in _TEXTS or indent_of(text) > len(key.group("lead")):
        return None
    said = shown(name + ":")
    if indent_of(text) == len(key.group("lead")):
        message = (
            f"this line is read as a key with no ':', not as more of the {name} above: "
            f"the lines of a value go on deeper than its key ({said})"
        )
    else:  # between its record's '- ' and the key, or further left
        message = (
            f"this line is not read as more of the {name} above: it is indented by "
            f"{counted(indent_of(text), 'space')}, and the lines of a value go on deeper "
            f"than its key ({said})"
        )
    return (
        name,
        message,
        f"indent the continued line deeper than {shown(name + ':')}, or use a block scalar: "
        f"{name}: >- on its own line, with the {name}'s lines indented under it",
    )
