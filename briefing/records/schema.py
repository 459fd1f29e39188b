"""The contract's fields, as data: one table per record type.

This is `../shared/briefing-format.md` in table form. Everything that knows
a field is derived from these tables: the checker (`briefing.check.fields`),
building the typed records (`briefing.check.build`), the index's JSON
(`briefing.index.codec`), the docs' field tables (`briefing.records.docs`)
and the JSON Schema for editors (`briefing.records.json_schema`).

Adding an optional field: a row here and an attribute in
`briefing.records.model`; a check of its own, if any, in
`briefing.check.fields` and its quiet twin `briefing.check.clean_values`
(tests/test_streamed.py holds them together); INDEX_FORMAT and EXPORT_FORMAT
bumped (tests/test_format_numbers.py says so); `make docs`; the example
(docs/example) and docs/format.md; a reader's screen to show it; and the
contract, ../shared/briefing-format.md, which tests/test_field_docs.py reads.

Fields that authors do not write, computed when the briefing is built (an
actor's counts, a source's full text ...), are rows too, marked `derived`:
they are not checked nor documented, but they are stored in the index.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar

from briefing.records.model import Actor, ActorKind, Briefing, Channel, Event, Quote, Source

ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")


class Kind(StrEnum):
    """What a value is; `Field.many` makes it a list of them."""

    ID = "id"
    TEXT = "text"
    DATE = "date"
    #: text that must be an http:// or https:// address
    URL = "url"
    #: a file relative to the briefing folder
    PATH = "path"
    #: one of `Field.choices`
    ENUM = "enum"
    #: the id of a record of the `Field.target` section
    REF = "reference"
    #: a whole number, 1 or more when authors write it
    COUNT = "integer"
    # Only derived fields are of these kinds:
    FLAG = "yes/no"
    #: where a quote's words stand in its source's text
    SPAN = "span"
    #: a warning of the checker about the record (`model.CheckerWarning`)
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Field:
    """One row of a record type's table."""

    #: the key authors write (for a derived field: the model's attribute)
    name: str
    kind: Kind
    required: bool = False
    #: a list of `kind` values rather than one
    many: bool = False
    #: for REF: the section whose ids it names
    target: str | None = None
    #: for ENUM: the model's enum, whose values are the allowed ones
    enum: type[StrEnum] | None = None
    #: for lists: whether the list must hold at least one item
    non_empty: bool = False
    #: one line for the docs' table
    meaning: str = ""
    #: the model's attribute, when it is not `name`
    attr: str | None = None
    #: computed when the briefing is built: not written, checked or documented
    derived: bool = False
    #: for TEXT: its own line breaks are kept and shown (a summary, a note, a
    #: quote's words, a source's text); other text is shown on one line
    lines: bool = False
    #: for ENUM: the allowed values, in the enum's order
    choices: tuple[str, ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        if self.enum is not None:
            # the usual way to fill a field of a frozen dataclass
            object.__setattr__(self, "choices", tuple(member.value for member in self.enum))

    @property
    def attribute(self) -> str:
        return self.attr or self.name

    @property
    def one_line(self) -> bool:
        """Text shown on one line (a title, a name, a tag, a path ...): a line
        break or a tab in it is shown as a symbol (`text.visible_line`)."""
        return self.kind in (Kind.TEXT, Kind.PATH) and not self.lines


R_co = TypeVar("R_co", covariant=True)


class RecordTable(Generic[R_co]):
    """One record type: where it stands in a file, its model, and its fields."""

    __slots__ = ("fields", "key", "model", "renamed", "singular", "written")

    def __init__(self, key: str, singular: str, model: Callable[..., R_co], *fields: Field) -> None:
        #: its top-level key in a briefing file
        self.key = key
        #: its name in messages ("actor 'x'")
        self.singular = singular
        #: builds the typed record from its attributes (the model's class)
        self.model = model
        #: every row in the contract's order, derived ones last
        self.fields = fields
        #: the fields authors write, by the name they write
        self.written = {f.name: f for f in fields if not f.derived}
        #: the model's attribute for each name authors write that is not its name
        self.renamed = {f.name: f.attribute for f in self.written.values() if f.attr}


BRIEFING_TABLE = RecordTable(
    "briefing",
    "briefing",
    Briefing,
    Field("id", Kind.ID, required=True, meaning="unique within the content directory"),
    Field("title", Kind.TEXT, required=True),
    Field("as_of", Kind.DATE, required=True, meaning="when the briefing's information stands"),
    Field("summary", Kind.TEXT, lines=True, meaning="a few paragraphs"),
    Field("tags", Kind.TEXT, many=True),
    Field("language", Kind.TEXT, meaning="BCP 47 tag, default `en`"),
    Field("has_control_characters", Kind.FLAG, derived=True),
)

SOURCE_TABLE = RecordTable(
    "sources",
    "source",
    Source,
    Field("id", Kind.ID, required=True),
    Field("title", Kind.TEXT, required=True),
    Field("outlet", Kind.TEXT, meaning="publisher"),
    Field("published", Kind.DATE),
    Field("url", Kind.URL, meaning="`http://` or `https://` only"),
    Field("credits", Kind.TEXT, many=True, meaning="e.g. wire agencies that contributed"),
    Field(
        "text",
        Kind.PATH,
        attr="text_path",
        meaning="file with the full text, relative to the briefing folder; "
        "must stay inside it and exist",
    ),
    Field("text", Kind.TEXT, derived=True, lines=True),  # the file's text (the model's `text`)
    Field("warnings", Kind.WARNING, many=True, derived=True),
)

ACTOR_TABLE = RecordTable(
    "actors",
    "actor",
    Actor,
    Field("id", Kind.ID, required=True),
    Field("name", Kind.TEXT, required=True),
    Field("kind", Kind.ENUM, required=True, enum=ActorKind),
    Field("role", Kind.TEXT, meaning='e.g. "Foreign Secretary"'),
    Field(
        "affiliations",
        Kind.REF,
        many=True,
        target="actors",
        meaning="states, governments, bodies the actor belongs to or speaks for; "
        "no actor may be its own affiliation, directly or through a cycle",
    ),
    Field("aliases", Kind.TEXT, many=True, meaning="other names used in sources"),
    Field(
        "same_as",
        Kind.URL,
        many=True,
        meaning="`http://` or `https://` URIs that identify the actor outside this briefing "
        "(e.g. a Wikidata entity); two actors of different briefings that share one "
        "are the same actor",
    ),
    Field("summary", Kind.TEXT, lines=True),
    Field("affiliation_names", Kind.TEXT, many=True, derived=True),
    Field("quotes_said", Kind.COUNT, derived=True),
    Field("quotes_relayed", Kind.COUNT, derived=True),
    Field("event_count", Kind.COUNT, derived=True),
    Field("warnings", Kind.WARNING, many=True, derived=True),
)

EVENT_TABLE = RecordTable(
    "events",
    "event",
    Event,
    Field("id", Kind.ID, required=True),
    Field("title", Kind.TEXT, required=True),
    Field("when", Kind.DATE, required=True, meaning="see Dates"),
    Field("when_text", Kind.TEXT, meaning='the source\'s own wording, e.g. "late on February 9"'),
    Field("place", Kind.TEXT),
    Field("actors", Kind.REF, many=True, target="actors", meaning="participants"),
    Field("summary", Kind.TEXT, lines=True),
    Field(
        "sources",
        Kind.REF,
        required=True,
        many=True,
        target="sources",
        non_empty=True,
        meaning="evidence",
    ),
    Field("source_titles", Kind.TEXT, many=True, derived=True),
    Field("warnings", Kind.WARNING, many=True, derived=True),
)

QUOTE_TABLE = RecordTable(
    "quotes",
    "quote",
    Quote,
    Field("id", Kind.ID, required=True),
    Field(
        "text",
        Kind.TEXT,
        required=True,
        lines=True,
        meaning="the words, verbatim from the source (see Anchoring)",
    ),
    Field("speaker", Kind.REF, required=True, target="actors", meaning="whose words they are"),
    Field("source", Kind.REF, required=True, target="sources", meaning="where they were published"),
    Field("said", Kind.DATE, meaning="when they were said"),
    Field("channel", Kind.ENUM, enum=Channel, meaning="how they were said"),
    Field(
        "reported_by",
        Kind.REF,
        target="actors",
        meaning="who relayed them, for reported speech "
        "(the speaker's words as told by someone else)",
    ),
    Field("event", Kind.REF, target="events", meaning="the event they belong to"),
    Field(
        "occurrence",
        Kind.COUNT,
        meaning="which match in the source text is meant, when the text occurs more than once",
    ),
    Field("note", Kind.TEXT, lines=True),
    Field("span", Kind.SPAN, derived=True),
    Field("warnings", Kind.WARNING, many=True, derived=True),
)

#: Every table by its top-level key, in the contract's order.
TABLES: dict[str, RecordTable[object]] = {
    table.key: table
    for table in (BRIEFING_TABLE, SOURCE_TABLE, ACTOR_TABLE, EVENT_TABLE, QUOTE_TABLE)
}
#: The keys a briefing file may have at its top level.
TOP_LEVEL_KEYS = tuple(TABLES)
#: The top-level keys that hold a list of records (all but `briefing`, a mapping).
RECORD_LISTS = TOP_LEVEL_KEYS[1:]
#: The fields authors write, per top-level key: what the checker walks.
FIELDS = {key: table.written for key, table in TABLES.items()}
#: Singular names for messages ("actor 'x'").
RECORD_NAME = {key: table.singular for key, table in TABLES.items()}


def a_record(section: str) -> str:
    """'an actor', 'a quote', 'the briefing': for messages."""
    name = RECORD_NAME[section]
    if section == "briefing":
        return "the briefing"
    return ("an " if name[0] in "aeiou" else "a ") + name
