"""The types YAML gives scalars, and the core tags that name them.

A plain scalar gets a type from its text (`no` is a yes/no value, `12` a
number: `plain_type`), as YAML 1.1 resolves it. A tagged one gets the type
its tag names (`!!int 2`): such a tag constructs no object, and is read
where the field takes that type (`untagged`), said wrong where it does not.
"""

from __future__ import annotations

import re

from yaml.resolver import Resolver

from briefing.check.yaml_nodes import SCALAR_TAGS, Node, Refused, Scalar, Tagged
from briefing.records.problems import ProblemSink
from briefing.records.schema import Field, Kind
from briefing.records.text import SUGGESTED, cut, shown

_IMPLICIT = Resolver.yaml_implicit_resolvers
TYPE_NAMES = {
    "tag:yaml.org,2002:bool": "a yes/no value",
    "tag:yaml.org,2002:int": "a number",
    "tag:yaml.org,2002:float": "a number",
    "tag:yaml.org,2002:null": "nothing (null)",
    "tag:yaml.org,2002:timestamp": "a date",
}

#: The numbers of YAML 1.2's core schema that YAML 1.1 reads as text: an
#: exponent without a dot or a sign (`1e3`, `1.0e3`), an octal `0o17`. Tools of
#: YAML 1.2 read them as numbers, so in a text field they must be quoted too: the
#: format is read the same way by every tool (a contract audit).
_YAML_12_NUMBERS = (
    ("tag:yaml.org,2002:int", re.compile(r"0o[0-7]+\Z")),
    (
        "tag:yaml.org,2002:float",
        re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+\Z"),
    ),
)

#: By a plain scalar's first character ("" when it is empty), the types it may
#: get, each with its pattern (YAML 1.1's, then 1.2's numbers): none for most letters.
_TYPES_BY_FIRST: dict[str, tuple[tuple[str, re.Pattern[str]], ...]] = {
    first: tuple((tag, pattern) for tag, pattern in resolvers if tag in TYPE_NAMES)
    for first, resolvers in _IMPLICIT.items()
}
for _first in "+-.0123456789":
    _TYPES_BY_FIRST[_first] = (*_TYPES_BY_FIRST.get(_first, ()), *_YAML_12_NUMBERS)


#: Each core scalar tag's pattern, as YAML 1.1 resolves a plain scalar to it
#: (`!!str` takes any text): a tagged value must be of the type its tag names.
_TAG_PATTERNS: dict[str, re.Pattern[str]] = {
    tag.removeprefix("tag:yaml.org,2002:"): pattern
    for resolvers in _IMPLICIT.values()
    for tag, pattern in resolvers
    if tag in TYPE_NAMES
}

#: By a field's kind, the core tags of the types it takes: a tag naming one
#: of them is the same as no tag (`occurrence: !!int 2`, `title: !!str no`).
#: An id and a date also take a number (`id: 12`, `as_of: 2022`, as written),
#: and a date YAML's timestamp (`when: 2022-02-10` unquoted is one).
_TAGS_TAKEN: dict[Kind, frozenset[str]] = {
    Kind.TEXT: frozenset({"str"}),
    Kind.PATH: frozenset({"str"}),
    Kind.URL: frozenset({"str"}),
    Kind.ENUM: frozenset({"str"}),
    Kind.ID: frozenset({"str", "int"}),
    Kind.REF: frozenset({"str", "int"}),
    Kind.DATE: frozenset({"str", "int", "timestamp"}),
    Kind.COUNT: frozenset({"int"}),
}


def plain_type(value: str) -> str | None:
    """The type YAML gives a plain scalar (None when it is text): YAML 1.1's,
    or a number of YAML 1.2's."""
    for tag, pattern in _TYPES_BY_FIRST.get(value[:1], ()):
        if pattern.match(value):
            return tag
    return None


def _takes(spec: Field) -> str:
    """What one value of a field takes, in words."""
    kind = spec.kind
    if kind is Kind.ENUM:
        return "one of " + ", ".join(spec.choices)
    return _KIND_WORDS[kind]


_KIND_WORDS = {
    Kind.TEXT: "text",
    Kind.PATH: "text (a file's path)",
    Kind.URL: "text (a web address)",
    Kind.ID: "an id",
    Kind.REF: "an id",
    Kind.DATE: "a date",
    Kind.COUNT: "a whole number of 1 or more",
}


def untagged(spec: Field, node: Node, sink: ProblemSink, item: bool = False) -> Node:
    """`node` as its field reads it, when it carries a core tag (`!!int 2`).

    A tag that names a type the field takes is the same as none: the value
    is read as if written plain (`!!str`: as if quoted). A tag naming another
    type is a wrong-type error that says what the field takes, and so is a
    value that is not of the type its tag names (`!!int abc`). `item`: the
    node is an item of the field's list, labelled `an item of ...`. A field
    that takes a list gets the value untagged: its own check says a list is
    needed, and how to write one.
    """
    if type(node) is not Tagged:
        return node
    tag, value = node.tag, node.value
    if spec.many and not item:
        return Scalar(value, tag != "str", node.line, node.column)
    label = f"an item of {spec.name}" if item else spec.name
    written = shown("!!" + tag)
    taken = _TAGS_TAKEN[spec.kind]
    if tag not in taken:
        makes = f"{shown(value)} {SCALAR_TAGS[tag]}" if value else f"it {SCALAR_TAGS[tag]}"
        if not value:
            hint = "remove the tag and write a value"
        elif spec.kind in _READ_AS_TEXT and plain_type(value) is not None and not item:
            hint = f'remove the tag and put the value in quotes: "{cut(value, SUGGESTED)}"'
        else:
            hint = "remove the tag"
        sink.error(
            node.line,
            node.column,
            "wrong-type",
            f"{label} must be {_takes(spec)}, but the tag {written} makes {makes}",
            hint,
        )
        return Refused(node.line, node.column)
    if tag == "str":
        return Scalar(value, False, node.line, node.column)
    if not _TAG_PATTERNS[tag].match(value):
        sink.error(
            node.line,
            node.column,
            "wrong-type",
            f"{label}: the tag {written} says {shown(value)} is {_TAG_FORMS[tag]}, which it is not",
            "write a whole number, like 2"
            if spec.kind is Kind.COUNT
            else f"remove the tag: {_takes(spec)} needs none",
        )
        return Refused(node.line, node.column)
    return Scalar(value, True, node.line, node.column)


#: The kinds whose plain value must read as text to YAML (`_text_value`):
#: the others (ids, dates, kinds ...) are read as written.
_READ_AS_TEXT = (Kind.TEXT, Kind.PATH, Kind.URL)

#: What a value of each tag a field may take looks like, for one that is not.
_TAG_FORMS = {
    "int": "a whole number",
    "timestamp": "a YAML timestamp (a day, or a day and a time with seconds)",
}
