"""A field's value from a scalar, when the located field check has nothing to say.

Each function here mirrors one check of `briefing.check.fields` on its quiet
path: it returns the same typed value that check gives (a DateValue, an
ActorKind, a kept id ...), and raises `NotClean` wherever that check would
report anything, error or warning, or might. Being stricter than the
located check is allowed (the file is then checked the located way, which
says what and where); accepting what it reports is not, and
tests/test_streamed.py holds the two to that.
"""

from __future__ import annotations

from collections.abc import Callable

from briefing.check.fields import COUNT_DIGITS, WHOLE_NUMBER, is_web_address
from briefing.check.raw import SharedValues
from briefing.check.yaml_types import plain_type
from briefing.records.dates import DateError
from briefing.records.language_tags import is_language_tag
from briefing.records.schema import ID_PATTERN, Field, Kind
from briefing.records.text import may_need_marks


class NotClean(Exception):
    """The located checker would report something about this file (or may)."""


#: A value's check: (field, scalar text, whether it is plain, the folder's
#: shared values) -> the typed value, or NotClean.
Accept = Callable[[Field, str, bool, SharedValues], object]

#: Plain scalars that `fields._raw_scalar` reads as no value at all.
_NO_VALUE = ("", "~", "null")


def quiet_text(value: str, plain: bool) -> str:
    """`fields._text_value` with nothing to report: text YAML does not type, nothing hidden."""
    if plain and plain_type(value) is not None:
        raise NotClean
    if may_need_marks(value):
        raise NotClean
    return value


def accept_text(spec: Field, value: str, plain: bool, shared: SharedValues) -> object:
    """`fields._check_text`: also not blank, and a language tag where it must be one."""
    # quiet_text, written out: nearly every scalar of a briefing is text
    if plain and plain_type(value) is not None:
        raise NotClean
    if may_need_marks(value) or not value or value.isspace():
        raise NotClean
    if spec.name == "language" and not is_language_tag(value):
        raise NotClean
    return value


def accept_unmarked_text(spec: Field, value: str, plain: bool, shared: SharedValues) -> object:
    """`accept_text` for a file whose text shows that no scalar of it needs marks."""
    if plain and plain_type(value) is not None:
        raise NotClean
    if not value or value.isspace():
        raise NotClean
    if spec.name == "language" and not is_language_tag(value):
        raise NotClean
    return value


def accept_line_text(spec: Field, value: str, plain: bool, shared: SharedValues) -> object:
    """`accept_text` for a field shown on one line: no line break, no tab (one-line-field)."""
    if "\n" in value or "\t" in value:
        raise NotClean
    return accept_text(spec, value, plain, shared)


def accept_unmarked_line_text(spec: Field, value: str, plain: bool, shared: SharedValues) -> object:
    if "\n" in value or "\t" in value:
        raise NotClean
    return accept_unmarked_text(spec, value, plain, shared)


def accept_text_item(spec: Field, value: str, plain: bool, shared: SharedValues) -> object:
    """An item of a list of text (`fields._check_list`): a blank one is not reported."""
    return quiet_text(value, plain)


def accept_unmarked_text_item(spec: Field, value: str, plain: bool, shared: SharedValues) -> object:
    if plain and plain_type(value) is not None:
        raise NotClean
    return value


def accept_line_text_item(spec: Field, value: str, plain: bool, shared: SharedValues) -> object:
    if "\n" in value or "\t" in value:
        raise NotClean
    return quiet_text(value, plain)


def accept_unmarked_line_text_item(
    spec: Field, value: str, plain: bool, shared: SharedValues
) -> object:
    if "\n" in value or "\t" in value or (plain and plain_type(value) is not None):
        raise NotClean
    return value


def accept_id(spec: Field, value: str, plain: bool, shared: SharedValues) -> object:
    """`fields._check_id` (and `_check_ref`: whether the id exists is checked later)."""
    if plain and value in _NO_VALUE:
        raise NotClean
    # An id the folder already holds has matched the pattern (ids and references
    # repeat: each actor's id is named again by its events and quotes).
    known = shared.names.get(value)
    if known is not None:
        return known
    if not ID_PATTERN.fullmatch(value):
        raise NotClean
    return shared.name(value)


def accept_date(spec: Field, value: str, plain: bool, shared: SharedValues) -> object:
    if plain and value in _NO_VALUE:
        raise NotClean
    try:
        return shared.date(value)
    except DateError:
        raise NotClean from None


def accept_url(spec: Field, value: str, plain: bool, shared: SharedValues) -> object:
    quiet_text(value, plain)
    if not is_web_address(value):
        raise NotClean
    return value


def accept_path(spec: Field, value: str, plain: bool, shared: SharedValues) -> object:
    """Whether the file exists and stays in the folder is checked with the folder."""
    if "\n" in value or "\t" in value:
        raise NotClean  # a path is shown on one line (one-line-field)
    return quiet_text(value, plain)


def accept_enum(spec: Field, value: str, plain: bool, shared: SharedValues) -> object:
    if plain and value in _NO_VALUE:
        raise NotClean
    if value not in spec.choices:
        raise NotClean
    return value if spec.enum is None else spec.enum(value)


def accept_count(spec: Field, value: str, plain: bool, shared: SharedValues) -> object:
    # a longer one is reported unread (and a sign counts here: stricter is allowed)
    if plain and len(value) <= COUNT_DIGITS and WHOLE_NUMBER.fullmatch(value):
        count = int(value)
        if count >= 1:
            return count
    raise NotClean


_ACCEPT: dict[Kind, Accept] = {
    Kind.ID: accept_id,
    Kind.TEXT: accept_text,
    Kind.DATE: accept_date,
    Kind.URL: accept_url,
    Kind.PATH: accept_path,
    Kind.ENUM: accept_enum,
    Kind.REF: accept_id,
    Kind.COUNT: accept_count,
}


def acceptor(spec: Field, marks_possible: bool = True) -> Accept:
    """The check of one value of `spec` (one item, for a list).

    `marks_possible`: False when no scalar of the file can hold a character
    that `visible()` marks (`unmarked`): text is then not searched for one.
    Text shown on one line (`Field.one_line`) is searched for a line break and
    a tab all the same: any file has line breaks.
    """
    if spec.kind is Kind.TEXT and spec.one_line:
        if spec.many:
            return accept_line_text_item if marks_possible else accept_unmarked_line_text_item
        return accept_line_text if marks_possible else accept_unmarked_line_text
    if spec.kind is Kind.TEXT and not marks_possible:
        return accept_unmarked_text_item if spec.many else accept_unmarked_text
    if spec.many and spec.kind is Kind.TEXT:
        return accept_text_item
    return _ACCEPT[spec.kind]


def unmarked(text: str) -> bool:
    """True when no scalar read from the YAML `text` can hold a character that
    `visible()` marks: the text holds none, and no backslash (a double-quoted
    scalar's escapes, such as `\\u202e`, are the only way to write one without it)."""
    return "\\" not in text and not may_need_marks(text)
