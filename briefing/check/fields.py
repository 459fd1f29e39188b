"""Checking one file's sections and records against the contract's fields.

The checker walks the tables of `briefing.records.schema`: each field's kind
picks its check, and `many` makes it a list of such values. The result is
`RawRecord`s: each field's value already of the type its model attribute has
(a DateValue, an ActorKind, a tuple of ids ...), and the places that checks
across records (ids, references, anchoring) need to say where a problem is.

A file with nothing to report is read by a quicker path
(`briefing.check.streamed`, `briefing.check.clean_values`), which mirrors
each check here on its quiet side: a new check goes there too, or it never
runs on a clean file (a maintainer's trial).
"""

from __future__ import annotations

import difflib
import re
from array import array
from collections.abc import Callable
from urllib.parse import urlsplit

from briefing.check.raw import (
    LIST_PLACES_KEPT,
    PLACE_INDEX,
    PLACES_KEPT,
    RawRecord,
    SharedValues,
    keep_places,
    packed,
)
from briefing.check.yaml_nodes import Mapping, Node, Refused, Scalar, Sequence, Tagged
from briefing.check.yaml_types import TYPE_NAMES, plain_type, untagged
from briefing.records.dates import DateError
from briefing.records.language_tags import is_language_tag
from briefing.records.problems import ProblemSink
from briefing.records.schema import (
    FIELDS,
    ID_PATTERN,
    RECORD_LISTS,
    RECORD_NAME,
    TOP_LEVEL_KEYS,
    Field,
    Kind,
    a_record,
)
from briefing.records.text import (
    SUGGESTED,
    counted,
    cut,
    first_format_character,
    has_control,
    may_need_marks,
    shown,
    slug,
)

#: A whole number as YAML reads one in decimal: `+1` is 1, `-1` is below 1. Not
#: `010`, which YAML 1.1 reads as octal 8 (and `08` as text): refused, not guessed.
WHOLE_NUMBER = re.compile(r"[-+]?(?:0|[1-9][0-9]*)")
#: The most digits of a count that is read as a number: no source text has
#: 10**18 matches, and Python refuses to read a number of over 4300 digits
#: (ValueError), so a longer one is said to be out of range unread.
COUNT_DIGITS = 18


def nearest(word: str, choices: list[str] | tuple[str, ...]) -> str | None:
    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return close[0] if close else None


def check_file(
    root: Node | None, sink: ProblemSink, shared: SharedValues | None = None
) -> list[RawRecord]:
    """Check one file's top level and every record in it.

    `shared`: the ids and dates already read in the folder's other files.
    """
    if shared is None:
        shared = SharedValues()
    places: array[int] = array("Q")
    if root is None or isinstance(root, Refused):
        return []
    if isinstance(root, Scalar) and root.plain and root.value == "":
        return []  # a document that holds nothing, like an empty file
    if not isinstance(root, Mapping):
        sink.error(
            root.line,
            root.column,
            "top-not-mapping",
            "a briefing file must be a mapping of sections "
            "(briefing:, sources:, actors:, events:, quotes:)",
        )
        return []
    records: list[RawRecord] = []
    above: tuple[str, Node] | None = None
    for name, (key, value) in root.entries.items():
        slipped = _field_of_record_above(name, value, above)
        above = (name, value)
        if slipped is not None:
            if name not in TOP_LEVEL_KEYS:
                code = "unknown-section"
            else:
                code = "record-type" if isinstance(value, Sequence) else "section-type"
            sink.error(key.line, key.column, code, *slipped)
            continue
        if name not in TOP_LEVEL_KEYS:
            guess = nearest(name, TOP_LEVEL_KEYS)
            sink.error(
                key.line,
                key.column,
                "unknown-section",
                f"{shown(name)} is not a section of a briefing",
                f"did you mean {shown(guess)}?"
                if guess
                else "the sections are: " + ", ".join(TOP_LEVEL_KEYS),
            )
            continue
        if name == "briefing":
            if isinstance(value, Mapping):
                records.append(_check_record("briefing", value, sink, shared, places))
            elif not isinstance(value, Refused):
                _wrong_section(value, sink, "briefing", "a mapping of fields (id:, title:, ...)")
            continue
        if not isinstance(value, Sequence):
            if not isinstance(value, Refused):
                _wrong_section(value, sink, name, "a list of records, each starting '- id: ...'")
            continue
        for item in value.items:
            if isinstance(item, Mapping):
                records.append(_check_record(name, item, sink, shared, places))
            elif _unwritten(item):
                sink.error(
                    item.line,
                    item.column,
                    "record-type",
                    f"this entry of {name} is empty: each entry must be a record of "
                    "fields (id:, ...)",
                    "write its fields after the '- ', or remove the line",
                )
            elif not isinstance(item, Refused):
                sink.error(
                    item.line,
                    item.column,
                    "record-type",
                    f"each entry of {name} must be a record of fields (id:, ...), "
                    f"not {_describe(item)}",
                )
    return records


def _field_of_record_above(
    name: str, value: Node, above: tuple[str, Node] | None
) -> tuple[str, str] | None:
    """(message, hint) when the top-level key `name` is a field that the last
    record of the section just above it lacks, and its value no section of
    records: a record's key moved to the start of its line, where YAML reads
    it as a section."""
    if above is None or above[0] not in RECORD_LISTS or not isinstance(above[1], Sequence):
        return None
    section, items = above[0], above[1].items
    record = items[-1] if items else None
    if not isinstance(record, Mapping) or name not in FIELDS[section] or name in record.entries:
        return None
    records = isinstance(value, Sequence) and all(isinstance(i, Mapping) for i in value.items)
    if name in TOP_LEVEL_KEYS and records:
        return None  # a section of its own
    what = RECORD_NAME[section]
    indent = record.column - 1
    return (
        f"{shown(name + ':')} starts at the beginning of its line, so YAML reads it as a "
        f"section of the briefing, not as a field of the {what} on line {record.line}",
        f"indent it by {counted(indent, 'space')}, like the other keys of that {what}",
    )


def _wrong_section(value: Node, sink: ProblemSink, name: str, expected: str) -> None:
    if _unwritten(value):
        _empty_section(value, sink, name)
        return
    sink.error(
        value.line,
        value.column,
        "section-type",
        f"{name} must be {expected}, not {_describe(value)}",
    )


def _empty_section(value: Node, sink: ProblemSink, name: str) -> None:
    """`quotes:` with nothing under it: said plainly, with what to write. A
    section of records may be an empty list (`quotes: []`) or left out (the
    contract: every section but one file's `briefing` is optional)."""
    if name == "briefing":
        message = "briefing has no fields under it: it is a mapping of fields (id:, title:, ...)"
        hint = "write its fields under it, each on a line of its own, indented: id:, title:, as_of:"
    else:
        message = (
            f"{name} has no records under it: a section is a list of records, "
            "each starting '- id: ...'"
        )
        hint = f"write its records under it, or '{name}: []' for none yet, or remove the line"
    sink.error(value.line, value.column, "section-type", message, hint)


#: Plain scalars that are no value at all (`title:`, `title: ~`, `title: null`).
_NO_VALUE = ("", "~", "null")


def _unwritten(node: Node) -> bool:
    """Whether `node` is no value at all (`quotes:` with nothing after it)."""
    return type(node) is Scalar and node.plain and node.value in _NO_VALUE


def _describe(node: Node) -> str:
    if isinstance(node, Mapping):
        return "a mapping"
    if isinstance(node, Sequence):
        return "a list"
    if isinstance(node, Scalar):
        if node.plain and node.value == "":
            return "nothing"
        return f"the value {shown(node.value)}"
    return "that value"


#: YAML's merge key (`<<: *base`): its fields are not the record's own.
MERGE_KEY = "<<"


def _check_record(
    section: str, mapping: Mapping, sink: ProblemSink, shared: SharedValues, file_places: array[int]
) -> RawRecord:
    record = RawRecord(section, sink, shared, file_places)
    places = [0] * len(PLACES_KEPT[section])
    plan = _PLANS[section]
    values: dict[str, object] = {}
    record.values = values
    kept = PLACE_INDEX[section]
    #: the fields the unknown keys were taken for ("did you mean ...?")
    guessed: set[str] = set()
    for name, (key, value) in mapping.entries.items():
        planned = plan.get(name)
        if planned is None and name == MERGE_KEY:
            sink.error(
                key.line,
                key.column,
                "unknown-field",
                "'<<' is a YAML merge key, which copies fields from another mapping: a "
                "briefing's YAML is plain data, read the same way by every tool",
                "write each field out in full, in this record",
            )
            continue
        if planned is None:
            fields = FIELDS[section]
            guess = nearest(name, tuple(fields))
            if guess:
                guessed.add(guess)
            sink.error(
                key.line,
                key.column,
                "unknown-field",
                f"{shown(name)} is not a field of {a_record(section)}",
                f"did you mean {shown(guess)}?"
                if guess
                else "the fields are: " + ", ".join(fields),
            )
            continue
        spec, check = planned
        # Keyed by the schema's own string, not the parser's copy of it: a
        # large briefing held one key string per field of every record.
        name = spec.name
        index = kept.get(name)
        if index is not None:
            places[index] = packed(value)
        if type(value) is Tagged:
            value = untagged(spec, value, sink)
        checked = check(spec, value, sink, record)
        if checked is _INVALID:
            if spec.required:
                record.complete = False
            if name == "id" and type(value) is Scalar:
                record.refused_id = value.value
        else:
            values[name] = checked
    for spec in _REQUIRED[section]:
        if spec.name not in mapping.entries:
            record.complete = False
            if spec.name in guessed:
                continue  # `as-of:` is said once: "did you mean 'as_of'?"
            what = RECORD_NAME[section]
            ident = values.get("id")
            label = f"the {what} {shown(ident)}" if isinstance(ident, str) else f"this {what}"
            sink.error(
                mapping.line,
                mapping.column,
                "missing-field",
                f"{label} has no {spec.name}, which is required",
                f"add '{spec.name}: ...'",
            )
    keep_places(record, packed(mapping), places)
    return record


#: The warnings given for every string `visible()` marks, in a field or a
#: source text, and for a line break or tab that `visible_line()` marks in a
#: field shown on one line: a briefing with none of them has no such character.
MARKED_CHARACTER_CODES = frozenset({"control-character", "format-character", "one-line-field"})


class _Invalid:
    """Marks a value that was reported and must not be used."""


_INVALID = _Invalid()


def _text_value(
    spec_name: str,
    node: Node,
    sink: ProblemSink,
    path: bool = False,
    one_line: bool = False,
    required: bool = False,
) -> str | _Invalid:
    """The text of a scalar where the contract expects text, or report why not.

    `path`: a file's path, whose NUL is an error of its own (source-text-path),
    not also a control character to warn of. `one_line`: a field shown on one
    line (`Field.one_line`), where a line break or a tab is warned of.
    `required`: a field a record must have, whose line cannot just go."""
    if type(node) is Scalar:
        value = node.value
        if node.plain:
            tag = plain_type(value)
            if tag is not None:
                if value == "" or (tag == "tag:yaml.org,2002:null" and value in ("~", "")):
                    return _no_value(spec_name, node, sink, required)
                sink.error(
                    node.line,
                    node.column,
                    "wrong-type",
                    f"{spec_name} must be text, but YAML reads {shown(value)} as {TYPE_NAMES[tag]}",
                    f'put it in quotes: "{cut(value, SUGGESTED)}"',
                )
                return _INVALID
        if one_line and ("\n" in value or "\t" in value):
            _warn_not_one_line(spec_name, node, sink, value)
        if not may_need_marks(value):
            return value  # one pass over nearly every string
        if has_control(value) and not (path and "\0" in value):
            sink.warning(
                node.line,
                node.column,
                "control-character",
                f"{spec_name} holds an invisible control character; "
                "the reader shows it as a symbol",
                "remove it unless it is meant to be there",
            )
        hidden = first_format_character(value)
        if hidden is not None:
            sink.warning(
                node.line,
                node.column,
                "format-character",
                f"{spec_name} holds an invisible {hidden.describe()}; "
                f"the reader shows it as {hidden.mark}",
                "remove it unless it is meant to be there",
            )
        return value
    if type(node) is Refused:
        return _INVALID
    sink.error(
        node.line,
        node.column,
        "wrong-type",
        f"{spec_name} must be text, not {_describe(node)}",
        # `text: [the mayor]`: an insertion that begins a quote, read as a list
        "if it is meant as text, put it in quotes on the key's line "
        "(a value in [brackets] or {braces} is a list or a mapping to YAML)"
        if isinstance(node, Sequence | Mapping)
        else None,
    )
    return _INVALID


def _warn_not_one_line(spec_name: str, node: Node, sink: ProblemSink, value: str) -> None:
    """A line break or a tab in a field the reader shows on one line, as a symbol."""
    if "\n" in value:
        what, mark = "a line break", "␊"
        # `title: >` or `name: |` over lines: the block keeps a break at its end
        hint = (
            "write it on one line (`>-` folds a block's lines into one, with no break at its end)"
        )
    else:
        what, mark, hint = "a tab", "␉", "write a space in its place"
    sink.warning(
        node.line,
        node.column,
        "one-line-field",
        f"{spec_name} holds {what}, but is shown on one line: the reader shows it as {mark}",
        hint,
    )


def _no_value(
    spec_name: str, node: Node, sink: ProblemSink, required: bool, how: str | None = None
) -> _Invalid:
    """`title:` with nothing after it; `how`: how to write its value (a list's,
    a count's). Removing the line helps only where the field may be left out:
    a required one's is then missing (missing-field), which is what a new
    author's trial was sent to."""
    if how is None:
        how = "write its value after the colon" if required else "write a value"
    sink.error(
        node.line,
        node.column,
        "wrong-type",
        f"{spec_name} has no value",
        f"{how}: {spec_name} is required" if required else f"{how}, or remove the line",
    )
    return _INVALID


def _raw_scalar(
    spec_name: str, node: Node, sink: ProblemSink, expected: str, required: bool = False
) -> str | _Invalid:
    """A scalar's written text whatever its YAML type (ids, dates, enums).

    `required`: a field a record must have (`_no_value`)."""
    if type(node) is Scalar:
        if node.plain and node.value in _NO_VALUE:
            return _no_value(spec_name, node, sink, required)
        return node.value
    if type(node) is not Refused:
        sink.error(
            node.line,
            node.column,
            "wrong-type",
            f"{spec_name} must be {expected}, not {_describe(node)}",
        )
    return _INVALID


def _check_text(spec: Field, node: Node, sink: ProblemSink, record: RawRecord) -> object:
    value = _text_value(spec.name, node, sink, one_line=spec.one_line, required=spec.required)
    if isinstance(value, str):
        if not value.strip() and not (record.section == "quotes" and spec.name == "text"):
            # (a quote's empty words are an error of their own: quote-no-words)
            sink.warning(
                node.line, node.column, "empty-text", f"{spec.name} is empty", "write it out"
            )
        elif spec.name == "language" and not is_language_tag(value):
            # An error, as the contract makes every violation: a warning let
            # `language: English!` open, read as English (a contract audit).
            hyphened = value.replace("_", "-")
            sink.error(
                node.line,
                node.column,
                "bad-language",
                f"{shown(value)} is not a language tag",
                f"write {shown(hyphened)}: a BCP 47 tag joins its parts with hyphens"
                if hyphened != value and is_language_tag(hyphened)
                else "use a BCP 47 tag such as en, de or pt-BR",
            )
    return value


def _check_id(spec: Field, node: Node, sink: ProblemSink, record: RawRecord) -> object:
    # (an item of a list of references is not required: its line may go)
    value = _raw_scalar(spec.name, node, sink, "an id", spec.required and not spec.many)
    if isinstance(value, str) and not ID_PATTERN.fullmatch(value):
        # Cut in the message, a long id's length was never said (an author's trial).
        long = len(value) > 64 and _ID_OF_ANY_LENGTH.fullmatch(value) is not None
        sink.error(
            node.line,
            node.column,
            "bad-id",
            f"{shown(value)} is {len(value)} characters long: an id has at most 64"
            if long
            else f"{shown(value)} is not a valid id: use 1 to 64 of a-z, 0-9 and -, "
            "starting with a letter or digit",
            _id_hint(value),
        )
        return _INVALID
    return record.shared.name(value) if isinstance(value, str) else value


#: An id but for its length.
_ID_OF_ANY_LENGTH = re.compile(r"[a-z0-9][a-z0-9-]*")


def _id_hint(value: str) -> str | None:
    made = slug(value)
    # whole (an id has at most 64 characters): cut, it could not be copied
    return f"for example {shown(made, limit=66)}" if made else None


def _check_date(spec: Field, node: Node, sink: ProblemSink, record: RawRecord) -> object:
    value = _raw_scalar(spec.name, node, sink, "a date", spec.required)
    if not isinstance(value, str):
        return value
    try:
        return record.shared.date(value)
    except DateError as exc:
        sink.error(node.line, node.column, exc.code, f"{spec.name}: {exc.message}", exc.hint)
        return _INVALID


def _check_url(spec: Field, node: Node, sink: ProblemSink, record: RawRecord) -> object:
    return _url_value(spec.name, node, sink)


def _url_value(label: str, node: Node, sink: ProblemSink) -> str | _Invalid:
    value = _text_value(label, node, sink)
    if not isinstance(value, str):
        return value
    why = why_not_a_web_address(value)
    if why is not None:
        sink.error(node.line, node.column, "bad-url", f"{shown(value)} is not a web address: {why}")
        return _INVALID
    return value


def is_web_address(value: str) -> bool:
    return why_not_a_web_address(value) is None


def why_not_a_web_address(value: str) -> str | None:
    """What keeps `value` from being an http(s) address, in words; None when it is one."""
    if any(character.isspace() for character in value):
        return "a web address has no spaces or line breaks in it (write a space as %20)"
    if not value.isprintable():
        return "a web address holds no control or invisible characters"
    try:
        parts = urlsplit(value)
    except ValueError:  # an unclosed IPv6 bracket: "http://["
        return "it cannot be read as an address (an unclosed '[')"
    if parts.scheme not in ("http", "https"):
        return "a web address starts with http:// or https://"
    if not parts.netloc:
        return "a web address needs a host after the '//', as in https://example.org/page"
    return None


def _check_path(spec: Field, node: Node, sink: ProblemSink, record: RawRecord) -> object:
    # Whether it exists and stays inside the folder is checked with the folder.
    return _text_value(spec.name, node, sink, path=True, one_line=True)


def _check_enum(spec: Field, node: Node, sink: ProblemSink, record: RawRecord) -> object:
    value = _raw_scalar(spec.name, node, sink, "one of " + ", ".join(spec.choices), spec.required)
    if not isinstance(value, str):
        return value
    if value not in spec.choices:
        guess = nearest(value.lower(), spec.choices)
        sink.error(
            node.line,
            node.column,
            "bad-enum",
            f"{shown(value)} is not a {spec.name} this format knows",
            f"did you mean {shown(guess)}?" if guess else "use one of: " + ", ".join(spec.choices),
        )
        return _INVALID
    return value if spec.enum is None else spec.enum(value)


def _check_ref(spec: Field, node: Node, sink: ProblemSink, record: RawRecord) -> object:
    # Whether the id exists is checked with the folder, once every id is known.
    return _check_id(spec, node, sink, record)


def _check_count(spec: Field, node: Node, sink: ProblemSink, record: RawRecord) -> object:
    if type(node) is Scalar and node.plain and WHOLE_NUMBER.fullmatch(node.value):
        written = node.value
        if len(written.lstrip("+-")) > COUNT_DIGITS:
            return _too_long_count(spec, node, sink)
        count = int(written)
        if count >= 1:
            return count
        sink.error(
            node.line, node.column, "bad-occurrence", f"{spec.name} counts from 1, not {count}"
        )
        return _INVALID
    if _unwritten(node):
        _no_value(spec.name, node, sink, spec.required, "write a whole number, like 2")
    elif type(node) is not Refused:
        sink.error(
            node.line,
            node.column,
            "wrong-type",
            f"{spec.name} must be a whole number of 1 or more, not {_describe(node)}",
            _count_hint(node),
        )
    return _INVALID


def _too_long_count(spec: Field, node: Scalar, sink: ProblemSink) -> _Invalid:
    """A whole number of more than COUNT_DIGITS digits, said without reading it."""
    written = node.value
    if written.startswith("-"):
        written_cut = shown(written)[1:-1]
        sink.error(
            node.line,
            node.column,
            "bad-occurrence",
            f"{spec.name} counts from 1, not {written_cut}",
        )
    else:
        sink.error(
            node.line,
            node.column,
            "occurrence-out-of-range",
            f"{spec.name} is {shown(written)}, a number of {len(written.lstrip('+'))} digits: "
            "more matches than any source text holds",
            "say which match is meant, counting from 1",
        )
    return _INVALID


def _count_hint(node: Node) -> str | None:
    if type(node) is not Scalar:
        return None
    if node.plain and _LEADING_ZERO.fullmatch(node.value):
        bare = node.value.lstrip("+0") or "0"
        return f"write it without the leading zero, {bare}: YAML reads 010 as 8 (octal)"
    return "write a whole number, like 2" if node.plain else "write it without quotes, like 2"


_LEADING_ZERO = re.compile(r"\+?0[0-9]+")


def _items(spec: Field, node: Node, sink: ProblemSink) -> list[Node] | _Invalid:
    if type(node) is Sequence:
        return node.items
    how = "write it as [a, b] or as lines starting with '- '"
    if _unwritten(node):
        _no_value(spec.name, node, sink, spec.required, how)
    elif type(node) is not Refused:
        sink.error(
            node.line,
            node.column,
            "wrong-type",
            f"{spec.name} must be a list, not {_describe(node)}",
            how,
        )
    return _INVALID


def _check_list(spec: Field, node: Node, sink: ProblemSink, record: RawRecord) -> object:
    """A list of values of the field's kind, each checked as one such value.

    A bad item is reported and left out; the list stays. A list of references
    keeps each item's place, for the check that the ids exist.
    """
    items = _items(spec, node, sink)
    if isinstance(items, _Invalid):
        return items
    if any(type(item) is Tagged for item in items):
        items = [untagged(spec, item, sink, item=True) for item in items]
    if spec.non_empty and not items:
        sink.error(
            node.line,
            node.column,
            "empty-list",
            f"{spec.name} must name at least one {RECORD_NAME.get(spec.target or '', 'item')}",
        )
        return _INVALID
    if spec.kind is Kind.REF:
        places: list[int] = []
        idents: list[str] = []
        for item in items:
            ident = _check_id(spec, item, sink, record)
            if isinstance(ident, str):
                places.append(packed(item))
                idents.append(ident)
        if record.pending is None:
            record.pending = {}
        record.pending[spec.name] = places
        return tuple(idents)
    label = f"an item of {spec.name}"  # "each of tags has no value" read oddly (a trial)
    checked: list[object]
    if spec.kind is Kind.TEXT:
        one_line = spec.one_line
        checked = [_text_value(label, item, sink, one_line=one_line) for item in items]
    elif spec.kind is Kind.URL:
        checked = [_url_value(label, item, sink) for item in items]
        if spec.name in LIST_PLACES_KEPT[record.section]:  # `same_as`
            if record.pending is None:
                record.pending = {}
            record.pending[spec.name] = [
                packed(item)
                for item, value in zip(items, checked, strict=True)
                if value is not _INVALID
            ]
    else:
        check = _CHECKERS[spec.kind]
        checked = [check(spec, item, sink, record) for item in items]
    # A list, not a generator, into the tuple: 120,000 lists at x1000.
    return tuple([value for value in checked if value is not _INVALID])


Checker = Callable[[Field, Node, ProblemSink, RawRecord], object]

_CHECKERS: dict[Kind, Checker] = {
    Kind.ID: _check_id,
    Kind.TEXT: _check_text,
    Kind.DATE: _check_date,
    Kind.URL: _check_url,
    Kind.PATH: _check_path,
    Kind.ENUM: _check_enum,
    Kind.REF: _check_ref,
    Kind.COUNT: _check_count,
}

#: Per top-level key: each field authors write, with its check (looked up once).
_PLANS = {
    section: {
        name: (spec, _check_list if spec.many else _CHECKERS[spec.kind])
        for name, spec in fields.items()
    }
    for section, fields in FIELDS.items()
}
_REQUIRED = {
    section: tuple(spec for spec in fields.values() if spec.required)
    for section, fields in FIELDS.items()
}
