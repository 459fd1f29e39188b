"""Lines indented unlike the lines they belong with, said in plain words.

PyYAML says "did not find expected key" or "expected '-' indicator" where an
author moved a key or a list item to another column; these say which
column the line belongs in, and why.
"""

from __future__ import annotations

import re

from briefing.check.yaml_prescan import ODD_INDENT
from briefing.records.schema import TOP_LEVEL_KEYS
from briefing.records.text import counted, shown


def indent_of(text: str) -> int:
    """How many spaces `text` begins with."""
    return len(text) - len(text.lstrip(" "))


def _keys_at(text: str) -> int:
    """Where the line's keys start: after the `- ` of a list item."""
    bare = text.lstrip(" ")
    return len(text) - len(bare.lstrip("- ") if bare.startswith("- ") else bare)


def _is_item(text: str) -> bool:
    bare = text.lstrip(" ")
    return bare.startswith("- ") or bare.rstrip() == "-"


def unindented_key_before(lines: list[str], line: int) -> tuple[int, str, str] | None:
    """A record's key moved to the start of its line, which only a section may
    start, found by the indented line after it: (its line, message, hint)."""
    if not 0 < line <= len(lines) or indent_of(lines[line - 1]) == 0:
        return None
    before = line - 1
    while before > 0 and (not lines[before - 1].strip() or lines[before - 1].startswith("#")):
        before -= 1
    if before == 0:
        return None
    text = lines[before - 1]
    key = _KEY_LINE.match(text)
    if key is None or indent_of(text) != 0 or ODD_INDENT.match(text):
        return None  # (indented with a space YAML does not know: report_odd_indents)
    name = text.split(":", 1)[0].strip()
    if name in TOP_LEVEL_KEYS:
        return None
    hint = "indent it like the keys of the record it belongs with"
    previous = next(
        (
            (number, lines[number - 1])
            for number in range(before - 1, 0, -1)
            if _KEY_LINE.match(lines[number - 1]) and _keys_at(lines[number - 1]) > 0
        ),
        None,
    )
    if previous is not None:
        number, key_line = previous
        keys = _keys_at(key_line)
        named = key_line[keys:].split(":", 1)[0]
        hint = (
            f"indent it by {counted(keys, 'space')}, like {shown(named + ':')} on line "
            f"{number}, if it belongs to the same record"
        )
    return (
        before,
        f"{shown(name + ':')} starts at the beginning of its line, where only a section "
        f"({', '.join(k + ':' for k in TOP_LEVEL_KEYS)}) may start",
        hint,
    )


def misplaced_at_known_column(lines: list[str], line: int) -> tuple[str, str] | None:
    """A line that starts in a column used above, but by the wrong kind of line.

    A key moved back to the column of its record's `- ` (the parser: "did not
    find expected '-' indicator"), and a list item moved back to the column of
    the keys around its list ("did not find expected key").
    """
    offending = lines[line - 1]
    here = indent_of(offending)
    # The lines above it, nearest first, with their 1-based numbers.
    above = [
        (number, text)
        for number, text in reversed(list(enumerate(lines[: line - 1], start=1)))
        if text.strip() and not text.lstrip().startswith("#")
    ]
    parent = next(((n, text) for n, text in above if indent_of(text) <= here), None)
    if parent is None or indent_of(parent[1]) != here:
        return None
    parent_line, parent_text = parent
    if not _is_item(offending) and _is_item(parent_text):
        keys = _keys_at(parent_text)
        first_key = parent_text.strip()[2:].split(":", 1)[0].strip()
        what = "key" if _KEY_LINE.match(offending) else "line"
        return (
            f"this {what} is indented by {counted(here, 'space')}, like the '- ' of the "
            f"record on line {parent_line}, not like that record's keys ({keys}): "
            "YAML expects a new list item here",
            f"if it belongs to that record, indent it by {counted(keys, 'space')}, like "
            f"{shown(first_key + ':')} on line {parent_line}; if it starts a new record, "
            "begin it with '- '",
        )
    if _is_item(offending) and not _is_item(parent_text):
        items = [
            (n, text)
            for n, text in reversed(above)
            if n > parent_line and _is_item(text) and indent_of(text) > here
        ]
        if not items:
            return _item_at_keys_column(above, here)
        item_line, item_text = items[0]
        column = indent_of(item_text)
        key = parent_text.strip().split(":", 1)[0]
        return (
            f"this list item is indented by {counted(here, 'space')}, like the key "
            f"{shown(key + ':')} on line {parent_line}, but the items of the list under "
            f"that key by {column} (line {item_line}): the items of one list start in "
            "the same column",
            f"indent its '- ' by {counted(column, 'space')}, like line {item_line}",
        )
    return None


def _item_at_keys_column(above: list[tuple[int, str]], here: int) -> tuple[str, str] | None:
    """A list item at the column of the keys of the record above it: a new
    record begun one level too deep (the parser: "did not find expected key").
    `above`: the lines above it, nearest first."""
    record = next(((n, text) for n, text in above if indent_of(text) < here), None)
    if record is None or not _is_item(record[1]) or _keys_at(record[1]) != here:
        return None
    record_line, record_text = record
    dash = indent_of(record_text)
    return (
        f"this list item is indented by {counted(here, 'space')}, like the keys of the "
        f"record on line {record_line}: YAML expects another key of that record here",
        f"if it starts a new record, indent its '- ' by {counted(dash, 'space')}, like "
        f"line {record_line}; if it is an item of a list of that record's, put it under "
        "that list's key, indented deeper than the key",
    )


def indent_slip(lines: list[str], line: int) -> tuple[int, str, str] | None:
    """Line `line` indented unlike the lines it belongs with: (column, message, hint).

    The column is where the line's content starts: the message speaks of its
    indentation, and PyYAML's mark is often at the line's ':' ("mapping
    values are not allowed here"), which sent an editor to the wrong place.
    """
    if not 0 < line <= len(lines):
        return None
    said = (
        _block_line_dedented(lines, line)
        or uneven_indent(lines, line)
        or misplaced_at_known_column(lines, line)
    )
    if said is None:
        return None
    return (indent_of(lines[line - 1]) + 1, *said)


#: A line that holds a key: `title: ...`, `sources:`.
_KEY_LINE = re.compile(r"\s*[^\s#'\"-][^:#]*:(\s|$)")


def uneven_indent(lines: list[str], line: int) -> tuple[str, str] | None:
    """A line indented unlike any line it could belong with, said in plain words."""

    def indent(text: str) -> int:
        return len(text) - len(text.lstrip(" "))

    def keys_at(text: str) -> int:
        """Where the line's keys start: after the `- ` of a list item."""
        bare = text.lstrip(" ")
        return len(text) - len(bare.lstrip("- ") if bare.startswith("- ") else bare)

    offending = lines[line - 1]
    earlier = [
        text for text in lines[: line - 1] if text.strip() and not text.lstrip().startswith("#")
    ]
    if not earlier or not offending.strip() or ODD_INDENT.match(earlier[-1]):
        return None  # (the line before indented with a space YAML does not know: said)
    # An item's dash lines up with dashes; a key with the keys before it.
    is_item = offending.lstrip(" ").startswith("- ")
    here = indent(offending)
    before = indent(earlier[-1]) if is_item else keys_at(earlier[-1])
    opens_block = earlier[-1].rstrip().endswith((":", "|", ">", "|-", ">-", "-"))
    known = {indent(text) for text in earlier} | {keys_at(text) for text in earlier}
    deeper_without_reason = here > before and not opens_block
    unknown_dedent = here < before and here not in known
    if not (deeper_without_reason or unknown_dedent):
        return None
    if is_item and unknown_dedent:
        said = _item_beside_items(lines[: line - 1], here)
        if said is not None:
            return said
    after_dash = "" if is_item or before == indent(earlier[-1]) else " (after its '- ')"
    return (
        f"this line is indented by {counted(here, 'space')}, the line before it by "
        f"{before}{after_dash}: "
        "the keys of one record, and the items of one list, start in the same column",
        "indent it like the lines it belongs with (YAML counts the spaces)",
    )


def _item_beside_items(above: list[str], here: int) -> tuple[str, str] | None:
    """A list item indented by `here`, between the keys of the record above it
    and that record's own '- ': said against the '- ' it most likely lines up
    with, not against the line before it (a record's last key)."""
    for number in range(len(above), 0, -1):
        text = above[number - 1]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        column = indent_of(text)
        if column < here and _is_item(text):
            return (
                f"this list item is indented by {counted(here, 'space')}, the item on line "
                f"{number} by {column}: the items of one list start in the same column",
                f"indent its '- ' by {counted(column, 'space')}, like line {number}",
            )
        if column < here:
            return None  # a key above the list: not a list's item slipped
    return None


#: `summary: >-`, `- text: |`: a key whose block scalar begins on the next line.
_BLOCK_OPENER = re.compile(r"\s*(?:-\s+)?(?P<key>[^\s#'\"-][^:#]*):\s+[|>][-+]?\s*(?:#.*)?$")


def _block_line_dedented(lines: list[str], line: int) -> tuple[str, str] | None:
    """A line of a block scalar (`summary: >-`) indented less than the block's
    first line, yet deeper than its key: YAML ends the block at it, then finds
    no key there. Said against the block's first line, which sets the column
    of all its lines, not against "the keys of one record"."""
    here = indent_of(lines[line - 1])
    first = None
    for number in range(line - 1, 0, -1):
        text = lines[number - 1]
        if not text.strip():
            continue
        opener = _BLOCK_OPENER.match(text)
        if opener is not None:
            if first is None or _keys_at(text) >= here:
                return None
            key, (first_line, column) = opener.group("key"), first
            return (
                f"this line is indented by {counted(here, 'space')}, less than the first "
                f"line of the {key}'s block (line {first_line}, {column}): the lines of a "
                "block start in the column of its first line",
                f"indent it by {counted(column, 'space')}, like line {first_line}, or "
                f"indent line {first_line} by {counted(here, 'space')}",
            )
        if indent_of(text) <= here:
            return None
        first = (number, indent_of(text))
    return None
