"""What the safe YAML reader refuses from a file's bytes and text, not its events.

Before the parser runs: bytes that are not UTF-8, characters YAML forbids,
and directives (`%YAML`, `%TAG`), with what is done to the bytes first (a
byte order mark dropped, a final whitespace line ended). After it: tabs
used for indentation, which the events do not show but the text does.
"""

from __future__ import annotations

import bisect
import codecs
import re
import unicodedata
from typing import Any

import yaml

from briefing.records.problems import ProblemSink
from briefing.records.text import shown

# YAML 1.1's printable set, as PyYAML's reader checks it (tab, LF, CR allowed).
NON_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
#: The line breaks an editor shows, and YAML once `yaml_unseen_breaks` has
#: stood in for the others: CR LF, LF, CR.
LINE_BREAK = re.compile("\r\n|[\r\n]")
TAB_INDENT = re.compile("^[ ]*\t[ \t]*[^ \t\r\n]", re.MULTILINE)
#: White space YAML does not indent with, that an input method or a keyboard
#: types for a space: the no-break space (Alt+Space on a French Mac), the
#: ideographic space of Japanese and Chinese input, the other Unicode spaces.
ODD_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
#: A line indented with one of them before a key (`role:`) or a list item
#: (`- `): where YAML needs an indentation it cannot read. Before other text
#: they are the text's own: Japanese opens a paragraph with an ideographic
#: space (`summary:` then `　日本銀行は…` on the next line is valid YAML, and
#: was refused: a review).
ODD_INDENT = re.compile(
    f"^[ \t]*[{ODD_SPACES}][ \t{ODD_SPACES}]*(?=-(?:[ \t]|$)|[^\\s#:\\-][^:\\n]*:(?:[ \t]|$))",
    re.MULTILINE,
)


class LineTable:
    """Turns character offsets into 1-based (line, column) the way an editor counts."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in LINE_BREAK.finditer(text)]

    def locate(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self._starts, offset) - 1
        return index + 1, offset - self._starts[index] + 1


def without_bom(data: bytes) -> bytes:
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


def may_hold_directive(text: str) -> bool:
    """Whether a `%` starts a line of `text`: a directive may stand there."""
    return "%" in text and _LINE_START_PERCENT.search(text) is not None


def refuse_directives(data: bytes, text: str, loader: type[Any], sink: ProblemSink) -> set[int]:
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
    if not may_hold_directive(text):
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
        if _IN_DIRECTIVE in (exc.context or "") and mark is not None:
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


#: What PyYAML's scanners' context says of an error inside a directive: each
#: words it its own way ("while scanning a %YAML directive", "while parsing a
#: tag directive" ...), and a list of them missed some (`%YAML` with no version
#: was a yaml-syntax error at its column 6, `%TAG !e` one at 8: two reviews).
_IN_DIRECTIVE = "directive"
_DIRECTIVE_NAME = re.compile(r"%([^\s#]*)")


def _directive_name(text: str, index: int) -> str:
    match = _DIRECTIVE_NAME.match(text, index)
    return match.group(1) if match else ""


def end_whitespace_line(data: bytes) -> bytes:
    """End a final whitespace-only line with a line break.

    Both PyYAML parsers drop such a line from a block scalar (yaml-test-suite
    JEF9/02, L24T/01); with the break they read it as YAML says.
    """
    last = data[data.rfind(b"\n") + 1 :]
    if last and not last.strip(b" "):
        return data + b"\n"
    return data


def report_bad_encoding(data: bytes, exc: UnicodeDecodeError, sink: ProblemSink) -> None:
    good = data[: exc.start].decode("utf-8")
    line, column = LineTable(good).locate(len(good))
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


#: A line git writes where it could not merge two versions of a file: `<<<<<<<
#: ours`, `|||||||` (the base, in diff3 style), `=======`, `>>>>>>> theirs`,
#: each at the start of its line, where no line of a briefing file can stand
#: (every value is indented under its section's key).
_CONFLICT_MARKER = re.compile(r"^(?:<{7}|\|{7}|={7}|>{7})(?=[ \t\r\n]|$).*", re.MULTILINE)


def conflict_markers(text: str) -> list[re.Match[str]]:
    """The marker lines of the merge conflicts git left in `text`, when one
    opens and one closes (`<<<<<<<` and `>>>>>>>`): none otherwise."""
    if "<<<<<<<" not in text or ">>>>>>>" not in text:
        return []
    markers = list(_CONFLICT_MARKER.finditer(text))
    kinds = {match.group()[0] for match in markers}
    return markers if {"<", ">"} <= kinds else []


#: What each marker after the first says of the conflict.
_CONFLICT_PARTS = {
    "|": "goes on with the lines both versions came from",
    "=": "goes on with the other version's lines",
    ">": "ends here",
}


def report_merge_conflicts(text: str, sink: ProblemSink) -> bool:
    """Report each marker of a merge conflict left in the file, when one
    opens and one closes (`<<<<<<<` and `>>>>>>>`); True if there were any.

    The parser's error at the first marker blamed an indentation (a session's
    own try of a git workflow) and said nothing of the other side's lines."""
    markers = conflict_markers(text)
    if not markers:
        return False
    table = LineTable(text)
    opened = 0  # the line of the conflict's opening marker
    for match in markers:
        line, column = table.locate(match.start())
        marker = match.group().rstrip()
        if marker[0] == "<" or not opened:
            opened = line
            sink.error(
                line,
                column,
                "yaml-merge-conflict",
                f"a merge conflict is left in the file: {shown(marker)} opens the lines of "
                "one version of it, '=======' the other's, which git could not merge",
                "keep the lines of the version you want (between '<<<<<<<' and '=======', or "
                "between '=======' and '>>>>>>>'), delete the others and the marker lines",
            )
            continue
        said = _CONFLICT_PARTS[marker[0]]
        sink.error(
            line,
            column,
            "yaml-merge-conflict",
            f"the merge conflict opened at line {opened} {said}: {shown(marker)}",
        )
    return True


def report_non_printable(text: str, sink: ProblemSink) -> None:
    table = LineTable(text)
    for match in NON_PRINTABLE.finditer(text):
        line, column = table.locate(match.start())
        sink.error(
            line,
            column,
            "yaml-control",
            f"the file holds an invisible control character (U+{ord(match.group()):04X})",
            "delete it; YAML does not allow control characters in a file",
        )


def report_odd_indents(text: str, spans: list[tuple[int, int]], sink: ProblemSink) -> None:
    """A line indented with a space YAML does not indent with: YAML reads it as
    the start of the text, and the error that followed blamed the key (`'role:'
    starts at the beginning of its line` for a line indented with two
    ideographic spaces; a correspondent's trial), or counted the ASCII spaces
    alone without naming the no-break space among them."""
    table = LineTable(text)
    for match in ODD_INDENT.finditer(text):
        line, _ = table.locate(match.start())
        if any(first < line <= last for first, last in spans):
            continue  # inside a multi-line text: content
        indent = match.group()
        column = next(n for n, c in enumerate(indent) if c not in " \t") + 1
        odd = indent[column - 1]
        sink.error(
            line,
            column,
            "yaml-space-indent",
            f"this line is indented with {_a(unicodedata.name(odd, 'space').lower())} "
            f"(U+{ord(odd):04X}), which YAML reads as text, not as indentation",
            "replace it with ordinary spaces",
        )


def _a(name: str) -> str:
    return f"an {name}" if name[:1] in "aeiou" else f"a {name}"


def report_tab_indents(text: str, spans: list[tuple[int, int]], sink: ProblemSink) -> None:
    if "\t" not in text:
        return
    table = LineTable(text)
    for match in TAB_INDENT.finditer(text):
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
