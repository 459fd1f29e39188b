"""The word index of one briefing: which of its texts hold which words, built with its records.

Kept in the briefing's file as the table `_words` (one row), built from the
checked records when the file is (briefing.index.build):

- docs: every text a search looks in, numbered: a field of a record (an
  item of a list field on its own), the name and each alias of a quote's
  speaker and of whoever reported it (PEOPLE_FIELDS: "Black wye" finds
  David Black's quotes that hold "Wye"), or a passage of a source text (a
  paragraph). They are kept by column, as strings and lists of strings, which
  JSON reads at C speed (a list per doc took a second to read back at 1000
  times the bundled briefing): `kinds` a character per doc (KIND_CODES),
  `units` the number of its record or passage (what every word of a search
  must be found in together) and `ids` each unit's record id, `field` and
  `file` a character per doc naming an entry of `fields` and `files`,
  `items` the place in a list field of the docs that are list items, and
  `places` two numbers per doc: where the value starts in the YAML (line,
  column), or a passage's start and end in its source text;
- `words`: for each folded word (briefing.records.words: `1.2` one word,
  and each sign, `%` `$` `€`, one of its own) the docs that hold it, as a
  string of numbers ("3 17 25"), split only for the words a search asks for.

Docs are numbered in the order a search lists its results: quotes, events,
actors, passages, sources, the briefing (KINDS), each in the briefing's order.

A `WordIndex` answers a `SearchQuery` from these tables and the records:
the words' docs come from the index (a bisect for the words a typed word
begins), and only those docs' texts are read, to place each hit.
"""

from __future__ import annotations

import bisect
import copy
import itertools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from briefing.index.passage_places import PassagePlace, PassagePlaces
from briefing.records.folding import fold
from briefing.records.model import Actor, Briefing
from briefing.records.normalising import paragraphs
from briefing.records.numbers import TOKEN, begins, in_a_row
from briefing.records.schema import TABLES, Kind
from briefing.records.words import SearchQuery, Word, word_set, words

WORDS_TABLE = "_words"
#: The row's keys (briefing.index.records_file checks them).
WORD_TABLE_KEYS = (
    "fields",
    "field",
    "files",
    "file",
    "ids",
    "items",
    "kinds",
    "places",
    "units",
    "words",
)
#: What a search groups its results by, in the order it lists them.
KINDS = ("quote", "event", "actor", "passage", "source", "briefing")
#: A quote's fields naming a person whose name and aliases are searched with
#: its words ("what did Black say about the Wye": the speaker's name was not
#: searched with the quote, and Find listed 14 passages and none of his
#: quotes, a trial of long documents). Each is a doc of the quote per name:
#: item -1 the actor's name, item i its alias i, placed at the reference.
PEOPLE_FIELDS = ("speaker", "reported_by")
#: A character per kind, in `kinds`.
KIND_CODES = "qeapsb"
#: Where the characters that name `fields` and `files` entries start: past
#: every character JSON escapes, far from surrogates.
_CODE_BASE = 0x100
_KIND_OF_SECTION = {"quotes": "quote", "events": "event", "actors": "actor", "sources": "source"}
#: Places: (section, record id, field) -> (YAML file, line, column), from the checker.
Places = Mapping[tuple[str, str, str], tuple[str, int, int]]


def _text_fields(section: str) -> list[tuple[str, str, bool]]:
    """(name, attribute, many) of each field of text a section's records have."""
    return [
        (f.name, f.attribute, f.many)
        for f in TABLES[section].fields
        if f.kind is Kind.TEXT and not f.derived
    ]


def _records(briefing: Briefing) -> Iterator[tuple[str, str, Any]]:
    yield "briefing", "", briefing
    for section in ("sources", "actors", "events", "quotes"):
        for record in getattr(briefing, section):
            yield section, record.id, record


def word_table(briefing: Briefing, places: Places) -> dict[str, Any]:
    """The `_words` row of `briefing`: its docs in the order results are listed
    (by kind, KINDS), so that a search lists them in their numbers' order."""
    docs: list[list[Any]] = []
    units: list[int] = []
    postings: dict[str, list[int]] = {}

    #: the name and aliases of each actor who said or reported a quote, as docs
    #: of their quotes, read once for all of them (only theirs: at ×1000, 32,000
    #: actors' names read took a third of a second)
    actors = {actor.id: actor for actor in briefing.actors}
    named: dict[str, list[tuple[int, set[str]]]] = {}

    def names_of(actor_id: str) -> list[tuple[int, set[str]]]:
        found = named.get(actor_id)
        if found is None:
            actor = actors.get(actor_id)
            found = named[actor_id] = _names(actor) if actor is not None else []
        return found

    def add(text: str | set[str], unit: int) -> None:
        number = len(docs) - 1
        units.append(unit)
        for word in word_set(text) if isinstance(text, str) else text:
            postings.setdefault(word, []).append(number)

    unit = -1
    records = list(_records(briefing))
    for kind in KINDS:
        if kind == "passage":
            for source in briefing.sources:
                if source.text is None or source.text_path is None:
                    continue
                for start, end in paragraphs(source.text):
                    unit += 1
                    docs.append(["passage", source.id, "text", -1, source.text_path, start, end])
                    add(source.text[start:end], unit)
            continue
        for section, ident, record in records:
            if _KIND_OF_SECTION.get(section, section) != kind:
                continue
            unit += 1
            for name, attribute, many in _text_fields(section):
                value = getattr(record, attribute)
                if not value:
                    continue
                file, line, column = places.get((section, ident, name), ("", 0, 0))
                items = list(enumerate(value)) if many else [(-1, value)]
                for item, text in items:
                    docs.append([kind, ident, name, item, file, line, column])
                    add(text, unit)
            if section != "quotes":
                continue
            for name in PEOPLE_FIELDS:
                names = names_of(getattr(record, name) or "")
                if not names:
                    continue
                file, line, column = places.get((section, ident, name), ("", 0, 0))
                for item, found in names:
                    docs.append([kind, ident, name, item, file, line, column])
                    add(found, unit)
    return {
        **_columns(docs, units),
        "words": {w: " ".join(map(str, n)) for w, n in postings.items()},
    }


def _names(actor: Actor) -> list[tuple[int, set[str]]]:
    """The docs an actor's name and aliases make of each quote naming them:
    (item, its words), -1 the name; an alias whose words stand in a row in
    the name (`Black` of "David Black") finds nothing the name does not, and
    makes none (half the docs a briefing's quotes make at ×1000)."""
    in_name = TOKEN.findall(fold(actor.name))  # the words `word_set` gives, in order
    found = [(-1, set(in_name))]
    for item, alias in enumerate(actor.aliases):
        pieces = TOKEN.findall(fold(alias))
        width = len(pieces)
        if not any(in_name[n : n + width] == pieces for n in range(len(in_name) - width + 1)):
            found.append((item, set(pieces)))
    return found


def _columns(docs: list[list[Any]], units: list[int]) -> dict[str, Any]:
    """The docs' rows as the table keeps them: by column (see the module's docstring)."""
    fields: dict[str, int] = {}
    files: dict[str, int] = {}
    ids: list[str] = []
    items: dict[str, int] = {}
    kinds, field_codes, file_codes, places = [], [], [], []
    for number, (kind, ident, name, item, file, line, column) in enumerate(docs):
        if units[number] == len(ids):
            ids.append(ident)
        kinds.append(KIND_CODES[KINDS.index(kind)])
        field_codes.append(chr(_CODE_BASE + fields.setdefault(name, len(fields))))
        file_codes.append(chr(_CODE_BASE + files.setdefault(file, len(files))))
        if item >= 0:
            items[str(number)] = item
        places.append(f"{line} {column}")
    return {
        "fields": list(fields),
        "field": "".join(field_codes),
        "files": list(files),
        "file": "".join(file_codes),
        "ids": ids,
        "items": items,
        "kinds": "".join(kinds),
        "places": " ".join(places),
        "units": units,
    }


@dataclass(frozen=True, slots=True)
class Doc:
    """A text a search looks in (see the module's docstring)."""

    number: int
    kind: str
    record_id: str
    field: str
    item: int
    file: str
    #: for a field: the value's line and column in `file`; for a passage: its
    #: start and end in the source text
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Hit:
    """Where the query's words stand in one doc: (start, end) in the doc's text."""

    doc: Doc
    text: str
    spans: tuple[tuple[int, int], ...]
    #: where `text` starts in the whole field or source text (a passage's start)
    base: int


@dataclass(frozen=True, slots=True)
class Result:
    """One record or passage that holds every term, with each of its texts that hit."""

    kind: str
    record_id: str
    hits: tuple[Hit, ...]


@dataclass(frozen=True, slots=True)
class Found:
    """A search's results in one briefing, a share of a limit for each kind."""

    #: the results listed, by kind (KINDS' order; only kinds with some)
    results: dict[str, list[Result]]
    #: by kind: the records and passages that hold every word (phrases
    #: unchecked: at most that many hold them in a row)
    counts: dict[str, int]
    #: the kinds of which some results may be left out (when `exact`: are)
    cut: frozenset[str]
    #: whether `counts` are exact: no phrase to check
    exact: bool


class WordIndex:
    """A briefing's `_words` row, ready to answer searches over `briefing`'s records."""

    def __init__(self, row: Mapping[str, Any], briefing: Briefing) -> None:
        self.briefing = briefing
        self._kinds: str = row["kinds"]
        self._fields: list[str] = row["fields"]
        self._field: str = row["field"]
        self._files: list[str] = row["files"]
        self._file: str = row["file"]
        self._ids: list[str] = row["ids"]
        self._items: Mapping[str, int] = row["items"]
        self._places_text: str = row["places"]
        self._places: list[int] | None = None  # split when a hit is first placed
        #: each doc's record or passage: what all the words must be found in together
        self._units: list[int] = row["units"]
        self._postings: Mapping[str, str] = row["words"]
        #: JSON objects are written with sorted keys, and read back in that order
        self._vocabulary = list(self._postings)
        if any(a > b for a, b in zip(self._vocabulary, self._vocabulary[1:], strict=False)):
            self._vocabulary.sort()
        self._records: dict[tuple[str, str], Any] = {}
        self._sources = {s.id: s for s in briefing.sources}
        #: each source text's paragraphs and turns, read when a passage is first placed
        self._passage_places: dict[str, PassagePlaces] = {}

    def over(self, briefing: Briefing) -> WordIndex:
        """This index over `briefing`: the same records, each string shown
        otherwise one character for one (`present.display.for_display`), so
        that every place the index holds still falls where it did."""
        other = copy.copy(self)
        other.briefing = briefing
        other._records = {}
        other._sources = {s.id: s for s in briefing.sources}
        other._passage_places = {}
        return other

    def doc(self, number: int) -> Doc:
        if self._places is None:
            self._places = [int(n) for n in self._places_text.split()]
        return Doc(
            number,
            KINDS[KIND_CODES.index(self._kinds[number])],
            self._ids[self._units[number]],
            self._fields[ord(self._field[number]) - _CODE_BASE],
            self._items.get(str(number), -1),
            self._files[ord(self._file[number]) - _CODE_BASE],
            self._places[2 * number],
            self._places[2 * number + 1],
        )

    def _docs_of(self, typed: str) -> set[int]:
        """The docs holding a word that `typed` begins (a number whole: `2` is
        not in "2025", briefing.records.numbers)."""
        found: set[int] = set()
        start = bisect.bisect_left(self._vocabulary, typed)
        for word in self._vocabulary[start:]:
            if not word.startswith(typed):
                break
            if begins(word, typed):
                found.update(map(int, self._postings[word].split()))
        return found

    def candidates(self, query: SearchQuery) -> dict[int, list[int]]:
        """The records and passages (by unit) that hold every word of `query`
        (phrases are checked by `search`), each with its docs that hold any, in
        the order results are listed (by kind, then the briefing's order)."""
        unit_of = self._units
        units: set[int] | None = None
        hit_docs: set[int] = set()
        for term in query.terms:
            term_docs: set[int] | None = None
            for word in term:
                docs = self._docs_of(word)
                term_docs = docs if term_docs is None else term_docs & docs
            term_docs = term_docs or set()
            hit_docs |= term_docs
            term_units = {unit_of[n] for n in term_docs}
            units = term_units if units is None else units & term_units
        grouped: dict[int, list[int]] = {}
        if not units:
            return grouped
        for number in sorted(hit_docs):
            unit = unit_of[number]
            if unit in units:
                grouped.setdefault(unit, []).append(number)
        return grouped

    def search(self, query: SearchQuery, limit: int | None = None) -> list[Result]:
        """The records and passages holding every term (a phrase's words in a row),
        grouped by kind (KINDS' order), each with its hits; the first `limit` of them.

        Only the texts of the records and passages listed are read: a search
        for the first 200 of 20,000 costs what those 200 cost.
        """
        everything = set(range(len(query.terms)))
        units = list(self.candidates(query).values())
        return list(itertools.islice(self._results(units, query, everything), limit))

    def found(self, query: SearchQuery, limit: int) -> Found:
        """The results of `query`, at most `limit`, shared fairly among the kinds
        that have some: one of each kind in turn, so that no kind fills the
        list alone (the first 200 of 21,000 hits were all quotes, and the
        events, actors and passages that held the words were never shown).

        Each kind's results are its first, in the briefing's order; only
        their texts are read, so it costs what the results listed cost.
        """
        everything = set(range(len(query.terms)))
        units: dict[str, list[list[int]]] = {}
        for numbers in self.candidates(query).values():
            kind = KINDS[KIND_CODES.index(self._kinds[numbers[0]])]
            units.setdefault(kind, []).append(numbers)
        pending = {kind: self._results(listed, query, everything) for kind, listed in units.items()}
        results: dict[str, list[Result]] = {kind: [] for kind in units}
        taken = 0
        while pending and taken < limit:
            for kind in list(pending):
                result = next(pending[kind], None)
                if result is None:
                    del pending[kind]  # every result of this kind is listed
                    continue
                results[kind].append(result)
                taken += 1
                if taken >= limit:
                    break
        return Found(
            {kind: listed for kind, listed in results.items() if listed},
            {kind: len(listed) for kind, listed in units.items()},
            frozenset(kind for kind in pending if len(results[kind]) < len(units[kind])),
            all(len(term) == 1 for term in query.terms),
        )

    def _results(
        self, units: list[list[int]], query: SearchQuery, everything: set[int]
    ) -> Iterator[Result]:
        """The results of `units` (each a record's or passage's docs), one at a time."""
        for numbers in units:
            result = self._result(numbers, query, everything)
            if result is not None:
                yield result

    def _result(
        self, numbers: list[int], query: SearchQuery, everything: set[int]
    ) -> Result | None:
        """The result of one record or passage (its docs `numbers`), if it holds
        every term (a phrase's words in a row)."""
        hits: list[Hit] = []
        found_terms: set[int] = set()
        for number in numbers:
            doc = self.doc(number)
            try:
                text, base = self.text(doc)
            except (KeyError, IndexError, TypeError):
                continue  # records of another generation than the table (edited meanwhile)
            spans, terms = _matches(words(text), query)
            if spans:
                hits.append(Hit(doc, text, spans, base))
                found_terms |= terms
        if found_terms != everything:
            return None
        first = hits[0].doc
        return Result(first.kind, first.record_id, tuple(hits))

    def text(self, doc: Doc) -> tuple[str, int]:
        """The text of `doc`, and where it starts in its field or source text."""
        if doc.kind == "passage":
            source = self._sources[doc.record_id]
            assert source.text is not None
            return source.text[doc.line : doc.column], doc.line
        record = self._record(doc.kind, doc.record_id)
        if doc.kind == "quote" and doc.field in PEOPLE_FIELDS:
            actor = self._record("actor", getattr(record, doc.field))
            return (actor.aliases[doc.item] if doc.item >= 0 else actor.name), 0
        value = getattr(record, _attribute(doc.kind, doc.field))
        return (value[doc.item] if doc.item >= 0 else value), 0

    def passage_place(self, source_id: str, start: int) -> PassagePlace | None:
        """Where the passage of `source_id` that starts at `start` stands: its
        paragraph and whose turn (briefing.index.passage_places), its source's
        text read once, not once a search; None for a source without a text."""
        places = self._passage_places.get(source_id)
        if places is None:
            source = self._sources.get(source_id)
            if source is None or source.text is None:
                return None
            places = self._passage_places[source_id] = PassagePlaces(source.text)
        return places.at(start)

    def record(self, kind: str, record_id: str) -> Any | None:
        """The record of a result (`kind` "passage": its source), None if it is gone."""
        try:
            return self._record("source" if kind == "passage" else kind, record_id)
        except KeyError:
            return None

    def _record(self, kind: str, record_id: str) -> Any:
        if kind == "briefing":
            return self.briefing
        if not self._records:
            for section, ident, record in _records(self.briefing):
                self._records[(_KIND_OF_SECTION.get(section, section), ident)] = record
        return self._records[(kind, record_id)]


def _attribute(kind: str, field: str) -> str:
    section = "briefing" if kind == "briefing" else kind + "s"
    return TABLES[section].written[field].attribute


def _matches(found: list[Word], query: SearchQuery) -> tuple[tuple[tuple[int, int], ...], set[int]]:
    """Where each term stands among `found` words, merged, and which terms were
    found: its words in a row, each whole but the last, which must begin its
    word (a number whole: briefing.records.numbers, as the `/` filters)."""
    spans: list[tuple[int, int]] = []
    terms: set[int] = set()
    folded = [word.folded for word in found]
    for number, term in enumerate(query.terms):
        last = len(term) - 1
        for index in in_a_row(folded, term):
            spans.append((found[index].start, found[index + last].end))
            terms.add(number)
    return _joined(sorted(spans)), terms


def _joined(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """Spans that overlap or follow each other word after word, as one: the words
    `allied resolve` typed apart still make one hit on "Allied Resolve"."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and start <= joined[-1][1] + 1:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return tuple(joined)


def passage_hit_spans(
    text: str, passages: Iterable[tuple[int, int]], query: SearchQuery
) -> tuple[tuple[int, int], ...]:
    """Every place in `text` where a term of `query` stands, in the passages
    (start, end) that hold every term, as Find's results do: a search for
    "agreed with her" counted and stepped to a lone "within" elsewhere in the
    source (a desk editor's trial)."""
    everything = set(range(len(query.terms)))
    hits: list[tuple[int, int]] = []
    for start, end in passages:
        spans, terms = _matches(words(text[start:end]), query)
        if terms == everything:
            hits.extend((start + a, start + b) for a, b in spans)
    return tuple(hits)
