"""A YAML comment that cuts a text short: `title: The cable railway #2 to open`.

YAML reads ` #` as the start of a comment, so an unquoted value that holds
one ends before it, silently: a quote of a tweet's hashtag lost its last
words and, being still in the source, passed the check; an event's title
"The cable railway #2 to open in the summer" became "The cable railway"
with no word said (authors' trials).

The parser says where each unquoted (plain) value ends: when a comment
follows it on that line, its `#` glued to a word as in `#2` (`# ` begins a
comment written as one), the YAML reader notes it (`comment_after`, in
`yaml_builder`), and this check warns at the `#` of each value of a field
of free text (`CUTTABLE`) that was cut. Ids, dates, kinds, counts, urls and
a source's path are left alone: none of them can hold a ` #` (a url has no
space; its `#fragment` follows it without one), so a comment after them is
meant as one. A quoted value and a block scalar end where their quotes or
their lines say, whatever follows. The reader of clean files
(`streamed`) gives up at a cut value, so this check only ever runs on the
located nodes.
"""

from __future__ import annotations

import json

from briefing.check.yaml_nodes import Mapping, Node, Scalar, Sequence, Tagged
from briefing.check.yaml_types import plain_type
from briefing.records.problems import ProblemSink
from briefing.records.schema import FIELDS, Kind
from briefing.records.text import SUGGESTED, cut, shown

#: Per section, the fields of free text a comment may cut: a title, a name,
#: a note, a summary, a role, a place, an item of tags, aliases or credits ...
#: Not `language`, a BCP 47 tag, which holds no space.
CUTTABLE: dict[str, frozenset[str]] = {
    section: frozenset(
        name for name, spec in fields.items() if spec.kind is Kind.TEXT and name != "language"
    )
    for section, fields in FIELDS.items()
}


def may_hold_cuts(text: str) -> bool:
    """Whether a comment may follow a value on its line in `text`: most files
    hold no `#` at all (one scan for one character: 1 ms over the 12 MB of a
    x1000 briefing, where the two for ` #` and a tab's took 25)."""
    return "#" in text and (" #" in text or "\t#" in text)


#: What a plain value is followed by when a comment follows it on its line:
#: readers look for one (`comment_after`) only then, not after nearly every value.
BLANKS = (" ", "\t")


def comment_after(text: str, end: int) -> int | None:
    """The index of the `#` that begins a comment right after a plain value
    ending at `end` (spaces or tabs between), when the `#` is glued to what
    follows it, as words are (`#2`, `#dockers`); else None.

    A comment written as one, `# ` and then words (`when_text: this week  #
    the source's own words`, as `briefing new` writes), is meant as one: a
    warning there would be noise an author cannot silence.
    """
    at = end
    length = len(text)
    while at < length and (text[at] == " " or text[at] == "\t"):
        at += 1
    if at == end or at + 1 >= length or text[at] != "#" or text[at + 1] in _NOT_GLUED:
        return None
    return at


#: What follows the `#` of a comment written as one.
_NOT_GLUED = " \t\r\n#"


def comment_text(text: str, at: int) -> str:
    """The comment that begins at `at`, to the end of its line."""
    ends = [end for end in (text.find("\n", at), text.find("\r", at)) if end >= 0]
    return text[at : min(ends)] if ends else text[at:]


def warn_comments_cutting_text(
    root: Node | None, cuts: dict[int, tuple[int, int, str]], sink: ProblemSink
) -> None:
    """A warning at each value of free text that a comment on its line cut short.

    `cuts`: by the place of each plain value a comment follows (`raw.packed`),
    the line and column of its `#` and the comment (`ReadResult.cuts`).
    """
    if not cuts or type(root) is not Mapping:
        return
    for section, (_key, value) in root.entries.items():
        cuttable = CUTTABLE.get(section)
        if cuttable is None:
            continue
        records = value.items if type(value) is Sequence else [value]
        for record in records:
            if type(record) is not Mapping:
                continue
            for name, (_key, field) in record.entries.items():
                if name not in cuttable:
                    continue
                if type(field) is Sequence:
                    for item in field.items:
                        _warn_if_cut(item, name, True, cuts, sink)
                else:
                    _warn_if_cut(field, name, False, cuts, sink)


def _warn_if_cut(
    node: Node,
    name: str,
    item: bool,
    cuts: dict[int, tuple[int, int, str]],
    sink: ProblemSink,
) -> None:
    """Warn when the comment noted after `node`, the value of the field `name`
    (an `item` of its list), cut it."""
    if not isinstance(node, Scalar) or (isinstance(node, Tagged) and node.tag != "str"):
        return  # (`!!int 2 #x` in a text field: its own error says what it takes)
    found = cuts.get(node.line << 32 | node.column)
    if found is None:
        return
    if node.plain and node.value and plain_type(node.value) is not None:
        return  # not text to YAML: its own error says to quote it
    line, column, left_out = found
    words = node.value
    whole = json.dumps(f"{words} {left_out}" if words else left_out, ensure_ascii=False)
    if item:
        what = f"this item of {name}"
        hint = "if it belongs to the item, put the item in quotes: "
    else:
        what, hint = f"the {name}", f"if it belongs to the {name}, put the {name} in quotes: "
        whole = f"{name}: {whole}"
    sink.warning(
        line,
        column,
        "comment-cuts-text",
        f"YAML reads {what} as {shown(words) if words else 'empty'}: ' #' begins a comment, so "
        f"{shown(left_out)} is left out",
        hint + cut(whole, SUGGESTED),
    )
