"""A safe YAML reader that keeps every value's line and column.

It consumes PyYAML's *event stream* (the C parser when present, else the pure
one) and builds its own located nodes, so that nothing is ever constructed
from a tag, no alias is ever expanded, and no scalar type is decided until the
validator asks for one (that is what makes it fast: see bench/).

Refused, each with a located problem: bytes that are not UTF-8, characters
YAML forbids, tabs used for indentation, explicit tags (other than YAML's
core ones and `!`; whether a field takes a core tag's type is the field
check's to say), anchors and aliases, directives (`%YAML`,
`%TAG`), duplicate keys, keys that are not scalars, nesting deeper than
MAX_DEPTH and files larger than MAX_BYTES. Any parse error becomes a located
`yaml-syntax` problem.

The parts, each in a module of its own: the located values (yaml_nodes), what
is refused from the bytes and text (yaml_prescan), the nodes built from the
events (yaml_builder), and the messages for syntax errors (yaml_syntax).
"""

from __future__ import annotations

from typing import Any

import yaml

from briefing.check.comments import may_hold_cuts
from briefing.check.yaml_builder import MAX_DEPTH, Builder, TooDeep
from briefing.check.yaml_nodes import ReadResult
from briefing.check.yaml_prescan import (
    NON_PRINTABLE,
    ODD_INDENT,
    TAB_INDENT,
    end_whitespace_line,
    may_hold_directive,
    refuse_directives,
    report_bad_encoding,
    report_merge_conflicts,
    report_non_printable,
    report_odd_indents,
    report_tab_indents,
    without_bom,
)
from briefing.check.yaml_syntax import report_syntax
from briefing.check.yaml_unseen_breaks import has_unseen_breaks, stand_in
from briefing.records.problems import ProblemSink

#: Largest YAML file read, in bytes. Larger files get one `yaml-too-large` error.
MAX_BYTES = 64 * 1024 * 1024

#: PyYAML's C parser when it is built with libyaml, else the pure one.
DEFAULT_LOADER = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader


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
    data = without_bom(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        report_bad_encoding(data, exc, sink)
        return ReadResult(complete=False)
    stand_ins = stand_in(text)
    shown_text = text  # the text quoted in messages
    if stand_ins is not None:
        text, shown_text = stand_ins.text, stand_ins.text.translate(stand_ins.marks)
        data = text.encode("utf-8")
    if NON_PRINTABLE.search(text):
        report_non_printable(text, sink)
        return ReadResult(complete=False)
    if report_merge_conflicts(shown_text, sink):
        return ReadResult(complete=False)  # the parser would only stumble on the markers
    data = end_whitespace_line(data)
    loader = loader or DEFAULT_LOADER
    directive_lines = refuse_directives(data, shown_text, loader, sink)
    comments = text if may_hold_cuts(text) else None
    builder = Builder(sink, text if "?" in text else None, stand_ins, comments)
    parser = loader(data)
    try:
        # where each text stands, when a line may be indented with a tab or an
        # odd space: inside a text, either is content (`report_*_indents`)
        builder.consume(parser.get_event, "\t" in text or ODD_INDENT.search(text) is not None)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        if "nesting depth" in (exc.problem or ""):  # libyaml's own cap (1000), met first
            _report_too_deep(line, column, sink)
        elif line not in directive_lines:  # a broken directive is reported as one
            report_syntax(shown_text, line, column, exc, sink)
        builder.result.complete = False
    except TooDeep as exc:
        _report_too_deep(exc.line, exc.column, sink)
        builder.result.complete = False
    except yaml.YAMLError as exc:  # a reader error we did not catch above
        sink.error(1, 1, "yaml-syntax", f"this file is not valid YAML: {_first_line(exc)}")
        builder.result.complete = False
    finally:
        parser.dispose()
    report_tab_indents(text, builder.scalar_spans, sink)
    report_odd_indents(text, builder.scalar_spans, sink)
    return builder.result


def unremarkable(data: bytes) -> tuple[bytes, str] | None:
    """`data` as `read_yaml` gives it to the parser, and its text, when nothing
    `read_yaml` looks for before or after the events can be there: None when
    the file is too large, not UTF-8, holds a character YAML forbids, may
    hold a directive, a tab that may indent a line, or a break only YAML 1.1
    sees (`yaml_unseen_breaks`).

    For `briefing.check.streamed`, which reads only files with nothing to report.
    """
    if len(data) > MAX_BYTES:
        return None
    data = without_bom(data)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if (
        NON_PRINTABLE.search(text)
        or TAB_INDENT.search(text)
        or ODD_INDENT.search(text)
        or has_unseen_breaks(text)
    ):
        return None
    if may_hold_directive(text):
        return None
    return end_whitespace_line(data), text


def _report_too_deep(line: int, column: int, sink: ProblemSink) -> None:
    sink.error(
        line,
        column,
        "yaml-too-deep",
        f"values are nested more than {MAX_DEPTH} levels deep here",
        "a briefing needs only a few levels; look for unclosed brackets",
    )


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
