"""The message a YAML syntax error gets: where the slip is, in plain words.

PyYAML names an error in parser terms, often lines after the slip. The
commonest slips are said where they are made (briefing.check.yaml_value_slips,
briefing.check.yaml_indent_slips); any other error keeps PyYAML's words,
with a hint where one is known.
"""

from __future__ import annotations

import yaml

from briefing.check.yaml_continued_lines import continued_value
from briefing.check.yaml_indent_slips import indent_of, indent_slip, unindented_key_before
from briefing.check.yaml_prescan import ODD_INDENT, TAB_INDENT
from briefing.check.yaml_value_slips import (
    bracket_never_closed,
    comment_in_brackets_above,
    open_at_end,
    quote_left_open_before,
    slip,
)
from briefing.records.problems import ProblemSink
from briefing.records.text import SUGGESTED, cut, shown


def report_syntax(
    text: str, line: int, column: int, exc: yaml.MarkedYAMLError, sink: ProblemSink
) -> None:
    """Report the parser's error at `line`, `column`: where the slip is and what
    it is, when it is one of the commonest, else in PyYAML's words."""
    problem = (exc.problem or "").strip() or "it cannot be read"
    context = (exc.context or "").strip()
    lines = text.splitlines()
    offending = lines[line - 1] if 0 < line <= len(lines) else ""
    if TAB_INDENT.match(offending) or ODD_INDENT.match(offending):
        return  # report_tab_indents and report_odd_indents say it more plainly
    key = exc.context_mark
    if "could not find expected ':'" in problem and key is not None:
        continued = continued_value(lines, key.line + 1)
        if continued is not None:  # a value wrapped at its key's column: not `of: Brooklyn`
            sink.error(key.line + 1, key.column + 1, "yaml-syntax", *continued[1:])
            return
    continued = continued_value(lines, line)
    if continued is not None:  # wrapped between its record's '- ' and its key (a trial)
        sink.error(line, indent_of(offending) + 1, "yaml-syntax", *continued[1:])
        return
    unindented = unindented_key_before(lines, line)
    if unindented is not None:
        sink.error(unindented[0], 1, "yaml-syntax", *unindented[1:])
        return
    plain = slip(lines, line)
    if plain is not None:
        sink.error(line, column, "yaml-syntax", *plain)
        return
    indented = indent_slip(lines, line)
    if indented is not None:  # said where the line starts, not at the parser's mark (its ':')
        sink.error(line, indented[0], "yaml-syntax", *indented[1:])
        return
    opened = quote_left_open_before(lines, line)
    if opened is not None:
        sink.error(opened[0], opened[1], "yaml-syntax", *opened[2:])
        return
    hint = _syntax_hint(problem, offending)
    if (
        "flow" in context
        and key is not None
        and (key.line >= len(lines) or "<stream end>" in problem)
    ):
        # the file ends inside a `[` or `{` (`garbage: [` last): said at it,
        # as one left open above a later line is (libyaml marks the end of
        # the file, PyYAML's own parser names it)
        at_end = open_at_end(text)
        said = bracket_never_closed(lines, *at_end) if at_end is not None else None
        if at_end is not None and said is not None:
            sink.error(at_end[0] + 1, at_end[1] + 1, "yaml-syntax", *said)
            return
    if "flow" in context and key is not None:
        hashed = comment_in_brackets_above(lines, min(key.line, line - 1))
        if hashed is not None:  # said at the '#', not on a line further down
            sink.error(hashed[0] + 1, hashed[1] + 1, "yaml-syntax", *hashed[2:])
            return
    if "flow" in context and key is not None and key.line < len(lines):
        said = bracket_never_closed(lines, key.line, key.column)
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


def _no_colon(text: str) -> tuple[str, str]:
    """A key written without its ':' (`when 2025-03-17`): said at the key's own
    line, where PyYAML says "could not find expected ':'" at the line after."""
    words = text.strip().removeprefix("- ").split(None, 1)
    written = f"{words[0]}: {words[1]}" if len(words) == 2 else f"{words[0]}:"
    return (
        f"this line has no ':' after its key ({shown(words[0])}), and YAML reads on "
        "into the next line looking for one",
        f"a key and its value are written with ': ' between them: {cut(written, SUGGESTED)}",
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
