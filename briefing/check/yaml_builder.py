"""Turns PyYAML's event stream into located nodes, refusing what a briefing never holds.

Nothing is constructed from a tag and no alias is expanded: anchors,
aliases, tags other than YAML's core ones and `!`, a core tag on a value of
another shape (`!!seq` on a text), keys that are not scalars, duplicate keys
and nesting deeper than MAX_DEPTH are each reported where they stand, and a
Refused node stands in for the value. A scalar with a core scalar tag
(`!!int 2`) becomes a Tagged node: whether its field takes that type is the
field's check to say.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from briefing.check.comments import BLANKS, comment_after, comment_text
from briefing.check.yaml_nodes import (
    SCALAR_TAGS,
    Mapping,
    Node,
    ReadResult,
    Refused,
    Scalar,
    Sequence,
    Tagged,
)
from briefing.check.yaml_unseen_breaks import StandIns
from briefing.records.problems import ProblemSink
from briefing.records.text import SUGGESTED, cut, shown

#: Deepest nesting of mappings and sequences. A briefing needs four levels;
#: the cap keeps hostile input (thousands of `[`) cheap and recursion-free.
MAX_DEPTH = 64
#: The prefix `!!` stands for (the parser gives a tag with it written out).
_YAML_TAGS = "tag:yaml.org,2002:"
_ALLOWED_MAP_TAGS = {None, "!", _YAML_TAGS + "map"}
_ALLOWED_SEQ_TAGS = {None, "!", _YAML_TAGS + "seq"}
#: What each core tag makes, for one on a value of another shape.
_TAG_SHAPES = SCALAR_TAGS | {"seq": "a list", "map": "a mapping"}


class TooDeep(Exception):
    """Raised by the builder at a mapping or sequence nested deeper than MAX_DEPTH."""

    def __init__(self, line: int, column: int) -> None:
        self.line = line
        self.column = column


class Builder:
    """Turns the event stream into nodes with an explicit stack (no recursion)."""

    def __init__(
        self,
        sink: ProblemSink,
        text_with_question_marks: str | None,
        stand_ins: StandIns | None = None,
        text_with_comments: str | None = None,
    ) -> None:
        self.sink = sink
        #: the text the parser reads, when a comment may follow a value on its
        #: line (`comments.may_hold_cuts`): each one that does is noted
        self._comment_text = text_with_comments
        #: the unseen line breaks the parser read stood in for, given back in values
        self._stand_ins = stand_ins
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
        comments = self._comment_text
        stand_ins = self._stand_ins
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
                if stand_ins is not None:
                    value = stand_ins.original(value)
                scalar = Scalar(same_text(value, value), not event.style, line, mark.column + 1)
                if comments is not None and not event.style:
                    end = event.end_mark
                    if comments.startswith(BLANKS, end.index):  # else no comment follows
                        self._note_comment_after(scalar, end)
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
                    raise TooDeep(mark.line + 1, mark.column + 1)
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
                    shape = "a mapping" if kind is MappingStartEvent else "a list"
                    refused = self._refuse_tag(node, event.tag, shape)
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
            elif kind is DocumentStartEvent:
                mark = event.start_mark
                self.result.starts.append((mark.line + 1, mark.column + 1))
            elif kind is StreamEndEvent or event is None:
                return
            # Stream start and document end events carry nothing to keep.

    def _note_comment_after(self, scalar: Scalar, end: Any) -> None:
        """Note the comment that follows the plain `scalar` on its line, if one does."""
        text = self._comment_text
        if text is None:
            return
        at = comment_after(text, end.index)
        if at is None:
            return
        comment = comment_text(text, at)
        if self._stand_ins is not None:
            comment = self._stand_ins.original(comment)
        place = scalar.line << 32 | scalar.column
        self.result.cuts[place] = (end.line + 1, end.column + 1 + at - end.index, comment)

    def _scalar_properties(self, event: Any, node: Scalar) -> Node:
        if event.anchor is not None:
            return self._refuse_anchor(node, event.anchor)
        tag: str | None = event.tag
        name = tag.removeprefix(_YAML_TAGS) if tag is not None else None
        if tag not in (None, "!") and (name == tag or name not in SCALAR_TAGS):
            return self._refuse_tag(node, tag, "a text")
        if self._question_text is not None and not event.style:
            refused = self._refuse_split_question(node, event.start_mark.index)
            if refused is not node:
                return refused
        if tag == "!":  # the non-specific tag: text, as quotes would make it
            node.plain = False
        elif name is not None:
            return Tagged(node.value, name, node.line, node.column)
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
            # A value that is not written (`title:`) is located at its key,
            # and so is the comment that may have taken its place (`title: #2`).
            cuts = self.result.cuts
            cut_after = cuts.pop(node.line << 32 | node.column, None) if cuts else None
            node.line, node.column = key.line, key.column
            if cut_after is not None:
                cuts[node.line << 32 | node.column] = cut_after
        if not isinstance(key, Scalar):  # (a Tagged key is a key: `!!str id: x`)
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
            f"{shown('?' + node.value)} cannot be read reliably inside brackets",
            f'put it in quotes: "{cut("?" + node.value, SUGGESTED)}"',
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

    def _refuse_tag(self, node: Node, tag: str, shape: str) -> Refused:
        """Refuse `tag` on `node`, a value of `shape` ("a text", "a list", "a mapping")."""
        made = _TAG_SHAPES.get(tag.removeprefix(_YAML_TAGS)) if tag.startswith(_YAML_TAGS) else None
        if made is not None:  # `!!seq` on a text, `!!str` on a list: no YAML reads it
            message = f"the tag {shown(_as_written(tag))} makes {made}, but it stands on {shape}"
        else:
            message = (
                f"the tag {shown(_as_written(tag))} is not allowed: a briefing holds only plain "
                "text, lists and mappings"
            )
        self.sink.error(node.line, node.column, "yaml-tag", message, "remove the tag")
        return Refused(node.line, node.column)


def _as_written(tag: str) -> str:
    """`!!int` for `tag:yaml.org,2002:int`: a tag as authors write it."""
    return "!!" + tag.removeprefix(_YAML_TAGS) if tag.startswith(_YAML_TAGS) else tag
