"""A safe YAML reader that keeps every value's line and column.

It consumes PyYAML's *event stream* (the C parser when present, else the pure
one) and builds its own located nodes, so that nothing is ever constructed
from a tag, no alias is ever expanded, and no scalar type is decided until the
validator asks for one (that is what makes it fast: see bench/).

Refused, each with a located problem: bytes that are not UTF-8, characters
YAML forbids, tabs used for indentation, explicit tags (other than the plain
`!!str`/`!!map`/`!!seq` and `!`), anchors and aliases, directives (`%YAML`,
`%TAG`), duplicate keys, keys that are not scalars, nesting deeper than
MAX_DEPTH and files larger than MAX_BYTES. Any parse error becomes a located
`yaml-syntax` problem.
"""

from __future__ import annotations

import bisect
import codecs
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from briefing.records.problems import ProblemSink
from briefing.records.schema import FIELDS, TOP_LEVEL_KEYS
from briefing.records.text import counted, shown

#: Largest YAML file read, in bytes. Larger files get one `yaml-too-large` error.
MAX_BYTES = 64 * 1024 * 1024
#: Deepest nesting of mappings and sequences. A briefing needs four levels;
#: the cap keeps hostile input (thousands of `[`) cheap and recursion-free.
MAX_DEPTH = 64

#: PyYAML's C parser when it is built with libyaml, else the pure one.
DEFAULT_LOADER = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
_ALLOWED_SCALAR_TAGS = {None, "!", "tag:yaml.org,2002:str"}
_ALLOWED_MAP_TAGS = {None, "!", "tag:yaml.org,2002:map"}
_ALLOWED_SEQ_TAGS = {None, "!", "tag:yaml.org,2002:seq"}
# YAML 1.1's printable set, as PyYAML's reader checks it (tab, LF, CR allowed).
_NON_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
_TAB_INDENT = re.compile("^[ ]*\t[ \t]*[^ \t\r\n]", re.MULTILINE)


class Node:
    """A located YAML value. `line` and `column` are 1-based."""

    __slots__ = ("column", "line")

    line: int
    column: int


class Scalar(Node):
    """A scalar as written: `value` is its text; `plain` is True when unquoted
    and untagged, so that YAML gives it a type from its text.

    The type of a plain scalar (`no`, `12`, `2022-02-10`) is not decided here:
    the validator decides, where the contract says what it expects. A tagged
    one is text: `!!str no` says so, and so does `! no` (the non-specific
    tag makes a scalar a string), as quotes would.
    """

    __slots__ = ("plain", "value")

    def __init__(self, value: str, plain: bool, line: int, column: int) -> None:
        self.value = value
        self.plain = plain
        self.line = line
        self.column = column

    def __repr__(self) -> str:
        return f"Scalar({self.value!r}, plain={self.plain}, at={self.line}:{self.column})"


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
    #: False when the file could not be read to its end (a fatal problem).
    complete: bool = True


class _LineTable:
    """Turns character offsets into 1-based (line, column) the way YAML counts."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def locate(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._starts, offset) - 1
        return index + 1, offset - self._starts[index] + 1


def read_yaml(data: bytes, sink: ProblemSink, loader: type[Any] | None = None) -> ReadResult:
    """Read YAML `data` into located nodes, reporting every refusal to `sink`.

    `loader` picks PyYAML's parser (the C one by default, when present); only
    its event stream is used, never its constructor.
    """
    if len(data) > MAX_BYTES:
        sink.error(
            1,
            1,
            "yaml-too-large",
            f"this file is {len(data):,} bytes; a YAML file may hold at most {MAX_BYTES:,}",
            "split the briefing across several files",
        )
        return ReadResult(complete=False)
    data = _without_bom(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        _report_bad_encoding(data, exc, sink)
        return ReadResult(complete=False)
    if _NON_PRINTABLE.search(text):
        _report_non_printable(text, sink)
        return ReadResult(complete=False)
    data = _end_whitespace_line(data)
    loader = loader or DEFAULT_LOADER
    directive_lines = _refuse_directives(data, text, loader, sink)
    builder = _Builder(sink, text if "?" in text else None)
    parser = loader(data)
    try:
        builder.consume(parser.get_event, "\t" in text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if "nesting depth" in (exc.problem or ""):  # libyaml's own cap (1000), met first
            _report_too_deep(line, column, sink)
        elif line not in directive_lines:  # a broken directive is reported as one
            _report_syntax(text, line, column, exc, sink)
        builder.result.complete = False
    except _TooDeep as exc:
        _report_too_deep(exc.line, exc.column, sink)
        builder.result.complete = False
    except yaml.YAMLError as exc:  # a reader error we did not catch above
        sink.error(1, 1, "yaml-syntax", f"this file is not valid YAML: {_first_line(exc)}")
        builder.result.complete = False
    finally:
        parser.dispose()
    _report_tab_indents(text, builder.scalar_spans, sink)
    return builder.result


def unremarkable(data: bytes) -> tuple[bytes, str] | None:
    """`data` as `read_yaml` gives it to the parser, and its text, when nothing
    `read_yaml` looks for before or after the events can be there: None when
    the file is too large, not UTF-8, holds a character YAML forbids, may
    hold a directive, or a tab that may indent a line.

    For `briefing.check.streamed`, which reads only files with nothing to report.
    """
    if len(data) > MAX_BYTES:
        return None
    data = _without_bom(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if _NON_PRINTABLE.search(text) or _TAB_INDENT.search(text):
        return None
    if _may_hold_directive(text):
        return None
    return _end_whitespace_line(data), text


def _without_bom(data: bytes) -> bytes:
    """`data` without the byte order mark some editors (Notepad) begin a file with.

    It marks the encoding, nothing more, and the parser skips it; the checks
    made on the text before the parser runs look at what follows it. With the
    mark left in, a directive or a tab at the very start of the file went
    unseen there (a `%YAML` after the mark was accepted: a new user's trial).
    """
    while data.startswith(codecs.BOM_UTF8):  # every one: a second hid a directive too
        data = data[len(codecs.BOM_UTF8) :]
    return data


#: A `%` at the start of a line, after any break YAML 1.1 knows: CR, LF, and
#: NEL, LS and PS, after which both PyYAML parsers start a line too (a `%TAG`
#: after a LS was obeyed, and accepted).
_LINE_START_PERCENT = re.compile("(?:\\A|[\r\n\x85\u2028\u2029])%")


def _may_hold_directive(text: str) -> bool:
    """Whether a `%` starts a line of `text`: a directive may stand there."""
    return "%" in text and _LINE_START_PERCENT.search(text) is not None


def _refuse_directives(data: bytes, text: str, loader: type[Any], sink: ProblemSink) -> set[int]:
    """Report every directive (`%YAML`, `%TAG`, any `%NAME`): a briefing has none.

    Only the scanner knows where one stands: a `%` in the first column is a
    directive between documents, but content inside a block or multi-line
    scalar. So a file with a `%` at the start of a line (rare) is scanned once
    more, token by token. PyYAML's own handling is not relied on: it accepts
    some invalid directives (`%YAML 1.1#...`), some without the `...` that
    must come before them, and skips unknown ones without a trace in its
    events. Every line its scanner reads as a directive is refused, even the
    rare one YAML would read as text (a top-level `|` scalar at column 1,
    yaml-test-suite M7A3): PyYAML would misread it, so it must be changed.
    Returns the (1-based) lines of the directives reported.
    """
    if not _may_hold_directive(text):
        return set()
    found: list[tuple[int, int, str]] = []
    scanner = loader(data)
    try:
        while not scanner.check_token(yaml.StreamEndToken):
            token = scanner.get_token()
            if type(token) is yaml.DirectiveToken:
                found.append((token.start_mark.line, token.start_mark.column, token.name))
    except yaml.MarkedYAMLError as exc:
        # A directive too broken to scan is still a directive; any other error
        # is the parser's to report.
        mark = exc.context_mark
        if exc.context == _IN_DIRECTIVE and mark is not None:
            found.append((mark.line, mark.column, _directive_name(text, mark.index)))
    except yaml.YAMLError:
        pass  # a reader error: the parser that follows reports it
    finally:
        scanner.dispose()
    for line, column, name in found:
        sink.error(
            line + 1,
            column + 1,
            "yaml-directive",
            f"directives ({shown('%' + name)}) are not allowed in a briefing",
            "delete the line: a briefing is plain YAML, read the same way everywhere",
        )
    return {line + 1 for line, _column, _name in found}


#: How both of PyYAML's scanners name an error inside a directive.
_IN_DIRECTIVE = "while scanning a directive"
_DIRECTIVE_NAME = re.compile(r"%([^\s#]*)")


def _directive_name(text: str, index: int) -> str:
    match = _DIRECTIVE_NAME.match(text, index)
    return match.group(1) if match else ""


def _report_too_deep(line: int, column: int, sink: ProblemSink) -> None:
    sink.error(
        line,
        column,
        "yaml-too-deep",
        f"values are nested more than {MAX_DEPTH} levels deep here",
        "a briefing needs only a few levels; look for unclosed brackets",
    )


def _end_whitespace_line(data: bytes) -> bytes:
    """End a final whitespace-only line with a line break.

    Both PyYAML parsers drop such a line from a block scalar (yaml-test-suite
    JEF9/02, L24T/01); with the break they read it as YAML says.
    """
    last = data[data.rfind(b"\n") + 1 :]
    if last and not last.strip(b" "):
        return data + b"\n"
    return data


class _TooDeep(Exception):
    def __init__(self, line: int, column: int) -> None:
        self.line = line
        self.column = column


class _Builder:
    """Turns the event stream into nodes with an explicit stack (no recursion)."""

    def __init__(self, sink: ProblemSink, text_with_question_marks: str | None) -> None:
        self.sink = sink
        # PyYAML reads `{?foo: x}` and `[?x]` as explicit keys, where YAML 1.2
        # reads plain text '?foo': such scalars are refused (yaml-test-suite
        # 652Z, HM87). Only files holding a '?' need the look.
        self._question_text = text_with_question_marks
        self.result = ReadResult()
        # (line, end_line) of multi-line scalars: tabs inside them are content.
        self.scalar_spans: list[tuple[int, int]] = []
        # Each frame: [node, pending key or None, the Refused node standing in or None]
        self._stack: list[list[Any]] = []

    def consume(self, next_event: Callable[[], Any], track_spans: bool) -> None:
        """Build nodes from the parser's events; `track_spans` when the file holds a tab.

        `next_event` is the parser's own `get_event` (a C method for libyaml):
        calling it directly costs half of `yaml.parse`'s generator. Scalars are
        nearly all the events, so their common case is inlined: no properties,
        added to a list, or as a key, or as a written value. Events are typed
        `Any`: the loop tells them apart by `type() is`, cheaper than isinstance
        on a million events, which a type checker cannot follow.
        """
        stack = self._stack
        documents = self.result.documents
        spans = self.scalar_spans
        look_for_questions = self._question_text is not None
        # Equal texts held once: every key of every record (`id`, `name` ...)
        # and the values a file repeats (references, dates, kinds) were each
        # a string of their own, in the tree and in the records built from it.
        texts: dict[str, str] = {}
        same_text = texts.setdefault
        while True:
            event = next_event()
            kind = type(event)
            if kind is ScalarEvent:
                mark = event.start_mark
                line = mark.line + 1
                if track_spans:
                    end_line = event.end_mark.line + 1
                    if end_line > line:
                        spans.append((line, end_line))
                value = event.value
                scalar = Scalar(same_text(value, value), not event.style, line, mark.column + 1)
                node: Node = scalar
                if event.anchor is not None or event.tag is not None or look_for_questions:
                    node = self._scalar_properties(event, scalar)
                if not stack:
                    documents.append(node)
                    continue
                frame = stack[-1]
                parent = frame[0]
                if type(parent) is Sequence:
                    parent.items.append(node)
                elif frame[1] is None:
                    frame[1] = node  # a key; its value comes next
                else:
                    key = frame[1]
                    frame[1] = None
                    entries = parent.entries
                    if (
                        type(key) is Scalar
                        and key.value not in entries
                        and (type(node) is not Scalar or node.value or not node.plain)
                    ):
                        entries[key.value] = (key, node)
                    else:
                        self._add_entry(parent, key, node)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                mark = event.start_mark
                if len(stack) >= MAX_DEPTH:
                    raise _TooDeep(mark.line + 1, mark.column + 1)
                if kind is MappingStartEvent:
                    node = Mapping(mark.line + 1, mark.column + 1)
                    allowed = _ALLOWED_MAP_TAGS
                else:
                    node = Sequence(mark.line + 1, mark.column + 1)
                    allowed = _ALLOWED_SEQ_TAGS
                refused: Node | None = None
                if event.anchor is not None:
                    refused = self._refuse_anchor(node, event.anchor)
                elif event.tag not in allowed:
                    refused = self._refuse_tag(node, event.tag)
                stack.append([node, None, refused])
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                node, _pending, refused = stack.pop()
                self._add(refused if refused is not None else node)
            elif kind is AliasEvent:
                mark = event.start_mark
                self.sink.error(
                    mark.line + 1,
                    mark.column + 1,
                    "yaml-anchor",
                    f"aliases ({shown('*' + str(event.anchor))}) are not allowed in a briefing",
                    "write the value out in full",
                )
                self._add(Refused(mark.line + 1, mark.column + 1))
            elif kind is StreamEndEvent or event is None:
                return
            # Stream and document start/end events carry nothing to keep.

    def _scalar_properties(self, event: Any, node: Scalar) -> Node:
        if event.anchor is not None:
            return self._refuse_anchor(node, event.anchor)
        if event.tag not in _ALLOWED_SCALAR_TAGS:
            return self._refuse_tag(node, event.tag)
        if self._question_text is not None and not event.style:
            refused = self._refuse_split_question(node, event.start_mark.index)
            if refused is not node:
                return refused
        if event.tag is not None:  # an allowed one: `!!str` or `!`
            node.plain = False
        return node

    def _add(self, node: Node) -> None:
        """Add a finished node to the document, or to the collection it is in."""
        stack = self._stack
        if not stack:
            self.result.documents.append(node)
            return
        frame = stack[-1]
        parent = frame[0]
        if type(parent) is Sequence:
            parent.items.append(node)
        elif frame[1] is None:
            frame[1] = node
        else:
            key = frame[1]
            frame[1] = None
            self._add_entry(parent, key, node)

    def _add_entry(self, parent: Mapping, key: Node, node: Node) -> None:
        if type(node) is Scalar and node.plain and not node.value:
            # A value that is not written (`title:`) is located at its key.
            node.line, node.column = key.line, key.column
        if type(key) is not Scalar:
            if type(key) is not Refused:
                self.sink.error(
                    key.line,
                    key.column,
                    "yaml-complex-key",
                    "a key must be a plain word, not a list or a mapping",
                )
            return
        entries = parent.entries
        first = entries.get(key.value)
        if first is not None:
            self.sink.error(
                key.line,
                key.column,
                "yaml-duplicate-key",
                f"the key {shown(key.value)} appears twice in the same mapping",
                f"it is first given on line {first[0].line}; keep one of them",
            )
            return
        entries[key.value] = (key, node)

    def _refuse_split_question(self, node: Scalar, index: int) -> Node:
        text = self._question_text
        if text is None or index == 0 or text[index - 1] != "?" or not node.value:
            return node
        self.sink.error(
            node.line,
            node.column - 1,
            "yaml-syntax",
            f"'?{node.value}' cannot be read reliably inside brackets",
            f'put it in quotes: "?{node.value}"',
        )
        return Refused(node.line, node.column - 1)

    def _refuse_anchor(self, node: Node, anchor: str) -> Refused:
        self.sink.error(
            node.line,
            node.column,
            "yaml-anchor",
            f"anchors ({shown('&' + anchor)}) are not allowed in a briefing",
            "write each value out in full",
        )
        return Refused(node.line, node.column)

    def _refuse_tag(self, node: Node, tag: str) -> Refused:
        self.sink.error(
            node.line,
            node.column,
            "yaml-tag",
            f"the tag {shown(_as_written(tag))} is not allowed: a briefing holds only plain text, "
            "lists and mappings",
            "remove the tag",
        )
        return Refused(node.line, node.column)


#: The prefix `!!` stands for (the parser gives a tag with it written out).
_YAML_TAGS = "tag:yaml.org,2002:"


def _as_written(tag: str) -> str:
    """`!!int` for `tag:yaml.org,2002:int`: a tag as authors write it."""
    return "!!" + tag.removeprefix(_YAML_TAGS) if tag.startswith(_YAML_TAGS) else tag


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _report_bad_encoding(data: bytes, exc: UnicodeDecodeError, sink: ProblemSink) -> None:
    good = data[: exc.start].decode("utf-8")
    line, column = _LineTable(good).locate(len(good))
    looks = ""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        looks = " (it looks like UTF-16)"
    sink.error(
        line,
        column,
        "yaml-encoding",
        f"this file is not UTF-8 text{looks}: byte 0x{data[exc.start]:02x} cannot be read",
        "save the file as UTF-8",
    )


def _report_non_printable(text: str, sink: ProblemSink) -> None:
    table = _LineTable(text)
    for match in _NON_PRINTABLE.finditer(text):
        line, column = table.locate(match.start())
        sink.error(
            line,
            column,
            "yaml-control",
            f"the file holds an invisible control character (U+{ord(match.group()):04X})",
            "delete it; YAML does not allow control characters in a file",
        )


def _report_syntax(
    text: str, line: int, column: int, exc: yaml.MarkedYAMLError, sink: ProblemSink
) -> None:
    problem = (exc.problem or "").strip() or "it cannot be read"
    context = (exc.context or "").strip()
    lines = text.splitlines()
    offending = lines[line - 1] if 0 < line <= len(lines) else ""
    if _TAB_INDENT.match(offending):
        return  # _report_tab_indents says it more plainly
    unindented = _unindented_key_before(lines, line)
    if unindented is not None:
        sink.error(unindented[0], 1, "yaml-syntax", *unindented[1:])
        return
    plain = _slip(lines, line)
    if plain is not None:
        sink.error(line, column, "yaml-syntax", *plain)
        return
    opened = _quote_left_open_before(lines, line)
    if opened is not None:
        sink.error(opened[0], opened[1], "yaml-syntax", *opened[2:])
        return
    key = exc.context_mark
    hint = _syntax_hint(problem, offending)
    if "flow" in context and key is not None and key.line < len(lines):
        said = _bracket_never_closed(lines, key.line, key.column)
        if said is not None:  # said where it opens, not on a line further down
            sink.error(key.line + 1, key.column + 1, "yaml-syntax", *said)
            return
        if hint == _UNCLOSED and lines[key.line][key.column : key.column + 1] in ("[", "{"):
            hint = _NOT_AN_ITEM  # it closes: `[a, "b" c]`
    if "could not find expected ':'" in problem and key is not None and key.line < len(lines):
        sink.error(key.line + 1, key.column + 1, "yaml-syntax", *_no_colon(lines[key.line]))
        return
    if "end of stream" in problem and "quoted scalar" in context and key is not None:
        # Said where the quotation mark opens, not at the end of the file.
        opening = lines[key.line][key.column : key.column + 1] if key.line < len(lines) else ""
        mark = opening if opening in ("'", '"') else '"'
        sink.error(
            key.line + 1,
            key.column + 1,
            "yaml-syntax",
            f"this quotation mark ({mark}) is never closed: YAML read to the end of the file",
            f"close the text with {mark} on this line, or remove the opening {mark}",
        )
        return
    message = f"this is not valid YAML: {problem}"
    if context:
        message += f" ({context})"
    sink.error(line, column, "yaml-syntax", message, hint)


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
    indent = _indent(lines[line - 1])
    for above in range(line - 1, 0, -1):
        text = lines[above - 1]
        if not text.strip():
            continue
        if _indent(text) < indent:
            return _BLOCK_START.match(text) is not None
    return False


def _bracket_never_closed(lines: list[str], line: int, column: int) -> tuple[str, str] | None:
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
        f"put the value in quotes: {key}: {json.dumps(value, ensure_ascii=False)}",
    )


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


def _quote_left_open_before(lines: list[str], line: int) -> tuple[int, int, str, str] | None:
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


def _slip(lines: list[str], line: int) -> tuple[str, str] | None:
    """The commonest slips, said in plain words: (message, hint), or None.

    An apostrophe inside a single-quoted text, a value holding ': ', and a
    line indented unlike its neighbours; PyYAML names each of them in
    parser terms ("did not find expected key").
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
            f"to keep every quotation mark as text, put the value in single quotes: "
            f"{key}: '{value.replace(chr(39), chr(39) * 2)}'",
        )
    bracketed = _BRACKET_THEN_WORDS.match(offending)
    if bracketed is not None and bracketed.group(1) not in LIST_FIELDS:
        key, value = bracketed.group(1), bracketed.group(2).rstrip()
        return (
            f"the value of {shown(key)} begins with '{value[0]}', which YAML reads as the "
            "start of a list or a mapping, and words follow where it ends",
            f"put the value in quotes: {key}: {json.dumps(value, ensure_ascii=False)}",
        )
    colon = _COLON_IN_VALUE.match(offending)
    if colon is not None:
        key, value = colon.group(1), colon.group(2).rstrip()
        return (
            f"the value of {shown(key)} holds ': ', which YAML reads as the start of a key",
            f"put the value in quotes: {key}: {json.dumps(value, ensure_ascii=False)}",
        )
    return _uneven_indent(lines, line) or _misplaced_at_known_column(lines, line)


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
        f"put the items in brackets: {listed}",
    )


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip(" "))


def _keys_at(text: str) -> int:
    """Where the line's keys start: after the `- ` of a list item."""
    bare = text.lstrip(" ")
    return len(text) - len(bare.lstrip("- ") if bare.startswith("- ") else bare)


def _is_item(text: str) -> bool:
    bare = text.lstrip(" ")
    return bare.startswith("- ") or bare.rstrip() == "-"


def _unindented_key_before(lines: list[str], line: int) -> tuple[int, str, str] | None:
    """A record's key moved to the start of its line, which only a section may
    start, found by the indented line after it: (its line, message, hint)."""
    if not 0 < line <= len(lines) or _indent(lines[line - 1]) == 0:
        return None
    before = line - 1
    while before > 0 and (not lines[before - 1].strip() or lines[before - 1].startswith("#")):
        before -= 1
    if before == 0:
        return None
    text = lines[before - 1]
    key = _KEY_LINE.match(text)
    if key is None or _indent(text) != 0:
        return None
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


def _misplaced_at_known_column(lines: list[str], line: int) -> tuple[str, str] | None:
    """A line that starts in a column used above, but by the wrong kind of line.

    A key moved back to the column of its record's `- ` (the parser: "did not
    find expected '-' indicator"), and a list item moved back to the column of
    the keys around its list ("did not find expected key").
    """
    offending = lines[line - 1]
    here = _indent(offending)
    # The lines above it, nearest first, with their 1-based numbers.
    above = [
        (number, text)
        for number, text in reversed(list(enumerate(lines[: line - 1], start=1)))
        if text.strip() and not text.lstrip().startswith("#")
    ]
    parent = next(((n, text) for n, text in above if _indent(text) <= here), None)
    if parent is None or _indent(parent[1]) != here:
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
            if n > parent_line and _is_item(text) and _indent(text) > here
        ]
        if not items:
            return None
        item_line, item_text = items[0]
        column = _indent(item_text)
        key = parent_text.strip().split(":", 1)[0]
        return (
            f"this list item is indented by {counted(here, 'space')}, like the key "
            f"{shown(key + ':')} on line {parent_line}, but the items of the list under "
            f"that key by {column} (line {item_line}): the items of one list start in "
            "the same column",
            f"indent its '- ' by {counted(column, 'space')}, like line {item_line}",
        )
    return None


#: A line that holds a key: `title: ...`, `sources:`.
_KEY_LINE = re.compile(r"\s*[^\s#'\"-][^:#]*:(\s|$)")


def _uneven_indent(lines: list[str], line: int) -> tuple[str, str] | None:
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
    if not earlier or not offending.strip():
        return None
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
    after_dash = "" if is_item or before == indent(earlier[-1]) else " (after its '- ')"
    return (
        f"this line is indented by {counted(here, 'space')}, the line before it by "
        f"{before}{after_dash}: "
        "the keys of one record, and the items of one list, start in the same column",
        "indent it like the lines it belongs with (YAML counts the spaces)",
    )


def _no_colon(text: str) -> tuple[str, str]:
    """A key written without its ':' (`when 2025-03-17`): said at the key's own
    line, where PyYAML says "could not find expected ':'" at the line after."""
    words = text.strip().removeprefix("- ").split(None, 1)
    written = f"{words[0]}: {words[1]}" if len(words) == 2 else f"{words[0]}:"
    return (
        f"this line has no ':' after its key ({shown(words[0])}), and YAML reads on "
        "into the next line looking for one",
        f"a key and its value are written with ': ' between them: {written}",
    )


_UNCLOSED = "a bracket is not closed"
_NOT_AN_ITEM = (
    "between brackets, items are separated by commas, and an item in quotation marks "
    "ends at its closing mark: put the whole item in quotes"
)


def _syntax_hint(problem: str, offending: str) -> str | None:
    if "mapping values are not allowed" in problem:
        return "a value that holds ': ' must be quoted, or the indentation is off"
    if "expected" in problem and ("']'" in problem or "'}'" in problem):
        return _UNCLOSED
    if "found unexpected end of stream" in problem:
        return "a quotation mark is not closed"
    if offending.lstrip().startswith(("@", "`")):
        return "a value may not start with @ or `: quote it"
    return None


def _report_tab_indents(text: str, spans: list[tuple[int, int]], sink: ProblemSink) -> None:
    if "\t" not in text:
        return
    table = _LineTable(text)
    for match in _TAB_INDENT.finditer(text):
        line, _ = table.locate(match.start())
        if any(first < line <= last for first, last in spans):
            continue  # inside a multi-line text: tabs there are content
        column = match.group().index("\t") + 1
        sink.error(
            line,
            column,
            "yaml-tab",
            "a tab is used for indentation; YAML needs spaces",
            "replace the tab with spaces",
        )
