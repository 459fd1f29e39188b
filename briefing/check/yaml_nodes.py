"""The located values the safe YAML reader builds: scalars as written,
sequences, mappings keyed by text, and what stands where a value was refused."""

from __future__ import annotations

from dataclasses import dataclass, field

#: YAML's core tags that name a type of scalar, and what each makes of one:
#: data, not objects (YAML 1.1's other tags, `!!binary`, `!!set` ..., are refused).
SCALAR_TAGS = {
    "str": "text",
    "int": "a whole number",
    "float": "a number with a fraction",
    "bool": "a yes/no value",
    "null": "nothing (null)",
    "timestamp": "a date",
}


class Node:
    """A located YAML value. `line` and `column` are 1-based."""

    __slots__ = ("column", "line")

    line: int
    column: int


class Scalar(Node):
    """A scalar as written: `value` is its text; `plain` is True when unquoted
    and untagged, so that YAML gives it a type from its text.

    The type of a plain scalar (`no`, `12`, `2022-02-10`) is not decided here:
    the validator decides, where the contract says what it expects. One with
    the non-specific tag is text (`! no`: the tag makes a scalar a string),
    as quotes would make it; one with a core tag (`!!str no`, `!!int 2`) is
    a `Tagged`, whose field says whether it takes the type the tag names.
    """

    __slots__ = ("plain", "value")

    def __init__(self, value: str, plain: bool, line: int, column: int) -> None:
        self.value = value
        self.plain = plain
        self.line = line
        self.column = column

    def __repr__(self) -> str:
        return f"Scalar({self.value!r}, plain={self.plain}, at={self.line}:{self.column})"


class Tagged(Scalar):
    """A scalar with one of YAML's core scalar tags: `!!str no`, `!!int 2`.

    `tag` is the tag's name (`str`, `int`, `float`, `bool`, `null`,
    `timestamp`). Such a tag constructs no object: it names a type, which
    the field the value stands in takes or not (`fields.untagged`).
    """

    __slots__ = ("tag",)

    def __init__(self, value: str, tag: str, line: int, column: int) -> None:
        super().__init__(value, False, line, column)
        self.tag = tag

    def __repr__(self) -> str:
        return f"Tagged({self.value!r}, tag={self.tag}, at={self.line}:{self.column})"


class Sequence(Node):
    __slots__ = ("items",)

    def __init__(self, line: int, column: int) -> None:
        self.items: list[Node] = []
        self.line = line
        self.column = column


class Mapping(Node):
    """A mapping whose keys are scalars; `entries` maps key text to (key, value)."""

    __slots__ = ("entries",)

    def __init__(self, line: int, column: int) -> None:
        self.entries: dict[str, tuple[Scalar, Node]] = {}
        self.line = line
        self.column = column


class Refused(Node):
    """Stands where a value was refused (a tag, an alias ...): already reported."""

    __slots__ = ()

    def __init__(self, line: int, column: int) -> None:
        self.line = line
        self.column = column


@dataclass
class ReadResult:
    """The documents of one file (usually one), and what was wrong with it."""

    documents: list[Node] = field(default_factory=list)
    #: Where each document begins (line, column): its `---`, or its first
    #: value when it has none (a second document is reported at its start).
    starts: list[tuple[int, int]] = field(default_factory=list)
    #: False when the file could not be read to its end (a fatal problem).
    complete: bool = True
    #: By the place of each plain value a comment follows on its line (`line
    #: << 32 | column`, as `raw.packed`): the line and column of its `#`, and
    #: the comment (`comments.warn_comments_cutting_text`). Nearly always empty.
    cuts: dict[int, tuple[int, int, str]] = field(default_factory=dict)
