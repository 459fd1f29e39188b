"""The contract's fields, as data: what each section holds and of what type.

This is `../shared/briefing-format.md` in table form; the validator walks it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from briefing.records.model import ActorKind, Channel

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
SECTIONS = ("briefing", "sources", "actors", "events", "quotes")


class Kind(StrEnum):
    ID = "id"
    TEXT = "text"
    TEXT_LIST = "list of text"
    DATE = "date"
    URL = "url"
    PATH = "path"
    ENUM = "enum"
    REF = "reference"
    REF_LIST = "list of references"
    COUNT = "integer"


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    kind: Kind
    required: bool = False
    #: for REF and REF_LIST: the section whose ids it names
    target: str | None = None
    #: for ENUM: the allowed values
    choices: tuple[str, ...] = ()
    #: for REF_LIST: whether the list must hold at least one id
    non_empty: bool = False


def _fields(*fields: Field) -> dict[str, Field]:
    return {f.name: f for f in fields}


FIELDS: dict[str, dict[str, Field]] = {
    "briefing": _fields(
        Field("id", Kind.ID, required=True),
        Field("title", Kind.TEXT, required=True),
        Field("as_of", Kind.DATE, required=True),
        Field("summary", Kind.TEXT),
        Field("tags", Kind.TEXT_LIST),
        Field("language", Kind.TEXT),
    ),
    "sources": _fields(
        Field("id", Kind.ID, required=True),
        Field("title", Kind.TEXT, required=True),
        Field("outlet", Kind.TEXT),
        Field("published", Kind.DATE),
        Field("url", Kind.URL),
        Field("credits", Kind.TEXT_LIST),
        Field("text", Kind.PATH),
    ),
    "actors": _fields(
        Field("id", Kind.ID, required=True),
        Field("name", Kind.TEXT, required=True),
        Field("kind", Kind.ENUM, required=True, choices=tuple(k.value for k in ActorKind)),
        Field("role", Kind.TEXT),
        Field("affiliations", Kind.REF_LIST, target="actors"),
        Field("aliases", Kind.TEXT_LIST),
        Field("summary", Kind.TEXT),
    ),
    "events": _fields(
        Field("id", Kind.ID, required=True),
        Field("title", Kind.TEXT, required=True),
        Field("when", Kind.DATE, required=True),
        Field("when_text", Kind.TEXT),
        Field("place", Kind.TEXT),
        Field("actors", Kind.REF_LIST, target="actors"),
        Field("summary", Kind.TEXT),
        Field("sources", Kind.REF_LIST, required=True, target="sources", non_empty=True),
    ),
    "quotes": _fields(
        Field("id", Kind.ID, required=True),
        Field("text", Kind.TEXT, required=True),
        Field("speaker", Kind.REF, required=True, target="actors"),
        Field("source", Kind.REF, required=True, target="sources"),
        Field("said", Kind.DATE),
        Field("channel", Kind.ENUM, choices=tuple(c.value for c in Channel)),
        Field("reported_by", Kind.REF, target="actors"),
        Field("event", Kind.REF, target="events"),
        Field("occurrence", Kind.COUNT),
        Field("note", Kind.TEXT),
    ),
}

#: Singular names for messages ("actor 'x'").
RECORD_NAME = {
    "briefing": "briefing",
    "sources": "source",
    "actors": "actor",
    "events": "event",
    "quotes": "quote",
}


def a_record(section: str) -> str:
    """'an actor', 'a quote', 'the briefing': for messages."""
    name = RECORD_NAME[section]
    if section == "briefing":
        return "the briefing"
    return ("an " if name[0] in "aeiou" else "a ") + name
