"""A record as its file's check leaves it, for the checks across records.

What a record keeps once its file is checked: its values (soon only its
typed record, `build.type_early`), and the places (line, column) of the
values that checks across records point at, packed into one array of ints
per file. Equal ids and dates of a folder are held once (`SharedValues`).
Each choice here is a measured one: docs/performance.md.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from typing import NamedTuple

from briefing.check.yaml_nodes import Node
from briefing.records.dates import DateValue, parse_date
from briefing.records.problems import ProblemSink
from briefing.records.schema import FIELDS, TABLES, TOP_LEVEL_KEYS, Kind


class Where(NamedTuple):
    """A place in an author's file: all a record keeps of its YAML nodes.

    Keeping places rather than nodes lets each file's node tree be freed as
    soon as the file is checked (docs/performance.md).
    """

    line: int
    column: int


def packed(node: Node) -> int:
    """A node's place as one int: how records keep it (`unpacked` gives it back).

    A large briefing's records keep 400,000 places; a `Where` costs a tuple
    and an int for its line, where one int does (docs/performance.md).
    """
    return node.line << 32 | node.column


def unpacked(place: int) -> Where:
    return Where(place >> 32, place & 0xFFFFFFFF)


class SharedValues:
    """Equal ids and dates of one folder, held once.

    A large briefing names each actor and source again and again (an event's
    actors, a quote's speaker) and repeats its dates: each reference held its
    own copy of the id's text and each date its own parsed value, which the
    built briefing kept (docs/performance.md). A date is parsed once per text.
    """

    __slots__ = ("dates", "names")

    def __init__(self) -> None:
        self.names: dict[str, str] = {}
        self.dates: dict[str, DateValue] = {}

    def name(self, text: str) -> str:
        """`text` itself, or the equal string already kept."""
        return self.names.setdefault(text, text)

    def date(self, text: str) -> DateValue:
        """The date `text` names; raises DateError as `parse_date` does."""
        made = self.dates.get(text)
        if made is None:
            made = self.dates[text] = parse_date(text)
        return made


@dataclass(slots=True)
class RawRecord:
    """One record as checked, before the checks that span records."""

    section: str
    sink: ProblemSink
    #: the folder's ids and dates, each kept once
    shared: SharedValues
    #: the places kept of every record of its file, `packed` (see `keep_places`)
    file_places: array[int]
    #: where this record's places start in `file_places`
    offset: int = 0
    #: each valid field's value, by the name the author wrote, typed as its
    #: model attribute is (see `build`); None once `built` holds them
    values: dict[str, object] | None = None
    #: False when a required field is missing or wrong: no record is built
    complete: bool = True
    #: the typed record, made as soon as its file is checked (`build.type_early`),
    #: without the fields derived from other records
    built: object | None = None
    #: the places of its lists of references, while the record is checked
    pending: dict[str, list[int]] | None = None
    #: its id as written, when refused (`Grace-Mbeki`): references to it are
    #: not reported one by one as unknown
    refused_id: str | None = None

    @property
    def at(self) -> Where:
        """Where the record's mapping starts."""
        return unpacked(self.file_places[self.offset])

    @property
    def id(self) -> str | None:
        return self.text("id")

    def place(self, name: str) -> Where:
        """Where the value of `name`, a field of PLACES_KEPT that is not a list, was written."""
        place = self.file_places[self.offset + 1 + PLACE_INDEX[self.section][name]]
        if not place:
            raise KeyError(f"{self.section} {self.id}: no place for {name}")
        return unpacked(place)

    def references(self, name: str) -> list[tuple[str, Where]]:
        """The valid ids a field of references names (or the URIs of `same_as`),
        each with its place."""
        places = self.file_places
        index = PLACE_INDEX[self.section].get(name)
        if index is not None:
            value = self.value(name)
            place = places[self.offset + 1 + index]
            return [(value, unpacked(place))] if isinstance(value, str) and place else []
        position = self.offset + 1 + len(PLACES_KEPT[self.section])
        for other in LIST_PLACES_KEPT[self.section]:
            ids = self.ids(other)
            if other == name:
                return [(ident, unpacked(places[position + n])) for n, ident in enumerate(ids)]
            position += len(ids)
        return []

    def ids(self, name: str) -> tuple[str, ...]:
        """The valid ids a field of references names (`references` adds their places)."""
        value = self.value(name)
        if isinstance(value, str):
            return (value,)
        return value if isinstance(value, tuple) else ()

    def value(self, name: str) -> object:
        """A valid field's value, by the name the author wrote; None when it has none."""
        if self.values is not None:
            return self.values.get(name)
        return getattr(self.built, _ATTRIBUTES[self.section].get(name, name), None)

    def text(self, name: str) -> str | None:
        """The value of a field of text (an id, a name ...), if it is valid."""
        value = self.value(name)
        return value if isinstance(value, str) else None


#: The model's attribute for each field whose name differs, by section.
_ATTRIBUTES = {section: table.renamed for section, table in TABLES.items()}


def _places_kept(section: str) -> tuple[str, ...]:
    """The fields, not lists, whose place outlives the check of their file.

    Checks across records report problems at ids, references, source text
    paths, at a quote's words and occurrence (anchoring) and its date (said
    before its source was published), at an event's date (a time without its
    offset among times with one), at a source's date (published after the
    briefing's as_of). Every other
    field's problems are reported while its file is checked, so its place is
    not kept: a large briefing's records held far more places than they use.
    """
    kept = {Kind.ID, Kind.REF, Kind.PATH}
    names = [spec.name for spec in FIELDS[section].values() if spec.kind in kept and not spec.many]
    # and the text a search finds words in, for its located lines (briefing.index.words)
    names += [spec.name for spec in FIELDS[section].values() if spec.kind is Kind.TEXT]
    if section == "quotes":
        names += [name for name in ("text", "occurrence", "said") if name not in names]
    if section == "events":
        names.append("when")  # a time without its offset (briefing.check.time_zones)
    if section == "sources":
        names.append("published")  # published after the briefing's as_of (date_order)
    return tuple(names)


PLACES_KEPT = {section: _places_kept(section) for section in TOP_LEVEL_KEYS}
#: The lists of references, each of whose items' place is kept, and an actor's
#: `same_as` (two actors of one briefing that share one: briefing.check.same_as).
LIST_PLACES_KEPT = {
    section: tuple(
        spec.name
        for spec in fields.values()
        if spec.many and (spec.kind is Kind.REF or spec.name == "same_as")
    )
    for section, fields in FIELDS.items()
}
PLACE_INDEX = {
    section: {name: index for index, name in enumerate(names)}
    for section, names in PLACES_KEPT.items()
}


def keep_places(record: RawRecord, start: int, places: list[int]) -> None:
    """Add the record's places to its file's, where `offset` finds them.

    The mapping's start, then one place per field of PLACES_KEPT (0: not
    written), then one per valid id of each list of LIST_PLACES_KEPT, in
    order: the ids (`RawRecord.ids`) say how many. One array per file, not
    ints in a list per record: 75,000 records held 17 MB of them at x1000.
    """
    file_places = record.file_places
    record.offset = len(file_places)
    file_places.append(start)
    file_places.extend(places)
    pending = record.pending
    if pending:
        for name in LIST_PLACES_KEPT[record.section]:
            file_places.extend(pending.get(name, ()))
    record.pending = None
