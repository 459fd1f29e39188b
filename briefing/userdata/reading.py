"""What the reader remembers of one briefing, held against its records as they are now.

- **New and changed.** The first time a briefing is opened, every record in
  it is taken as known: there is no "last time" yet to be new since. From
  then on a record whose key was never seen is new, and one seen with
  another digest (its author edited it) is changed, until the user has it
  on screen in a detail or quote view, or marks all seen.
- **Pins and notes** are kept with the record's digest and text as they were
  when pinned or written: a note whose record was edited since is flagged
  `changed`, one whose record is gone is `removed` (orphaned) and keeps the
  record's last known text. Nothing here ever drops a note or a pin.
- **Digests kept before** the digest covered what a reader sees
  (briefing.userdata.keys.former_digest) are read as the wording they were
  taken of: an upgrade flags nothing. A record's seen entry in the former
  kind is rewritten in the new one as the briefing opens.

No Textual: the reader's screens and `briefing notes` both use this.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from briefing.records.model import Briefing
from briefing.records.refs import Kind
from briefing.userdata.keys import (
    LISTED,
    SECTIONS,
    RecordKey,
    digests,
    former_digest,
    record_text,
    records,
)
from briefing.userdata.store import UNKNOWN, Change, UserStore
from briefing.userdata.storefile import NOTES, OPENED, PINS, SEEN, Document


class Mark(StrEnum):
    """What a record is since the user last looked."""

    NEW = "new"
    CHANGED = "changed"


class Standing(StrEnum):
    """How a note's or a pin's record stands now."""

    #: as it was when the note was written
    CURRENT = "current"
    #: edited by its author since
    CHANGED = "changed"
    #: no longer in the briefing (the note is orphaned, and kept)
    REMOVED = "removed"


@dataclass(frozen=True)
class Note:
    key: RecordKey
    text: str
    #: the record as it read when the note was written
    record: str
    #: when, in ISO 8601 (UTC)
    written: str
    standing: Standing


@dataclass(frozen=True)
class Pin:
    key: RecordKey
    #: the record as it read when it was pinned
    record: str
    pinned: str
    standing: Standing


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


#: Documents with their keys.
Keyed = list[tuple[RecordKey, Document]]


def _in_briefing(table: Mapping[str, Document], briefing_id: str) -> Keyed:
    """The documents of `table` about the briefing `briefing_id`, in key order."""
    prefix = f"{briefing_id}/"
    found = []
    for text, document in table.items():
        if text.startswith(prefix):
            key = RecordKey.parse(text)
            if key is not None:
                found.append((key, document))
    return sorted(found, key=lambda item: item[0].listed_order())


class BriefingMemory:
    """Pins, notes and marks of one briefing, as it is now.

    Reading only until asked to change something: `briefing notes` builds
    one to print, the reader one to show (and `record_visit` when it opens).
    """

    def __init__(self, store: UserStore, briefing: Briefing) -> None:
        self.store = store
        self.briefing_id = briefing.id
        #: each record's digest as the briefing is now
        self.digests = digests(briefing)
        self._records = dict(records(briefing))
        #: each record's `former_digest`, worked out when a kept digest is not its digest
        self._former: dict[RecordKey, str] = {}
        #: the seen entries kept in the former kind, rewritten as the briefing opens
        self._rewritten: list[Change] = []
        #: the records by kind and by what they read (`record_text`), once asked
        self._reading: dict[tuple[str, str], list[RecordKey]] | None = None
        self._names = {actor.id: actor.name for actor in briefing.actors}
        self._language = briefing.language
        #: whether the user had never opened this briefing before
        self.first_visit = store.get(OPENED, self.briefing_id) is None
        self._marks: dict[RecordKey, Mark] = {} if self.first_visit else self._find_marks()
        #: the same marks by kind, then id: the panes ask for a kind's at each
        #: return from the details (74,000 keys to sort out each time at x1000)
        self._marks_by_kind: dict[str, dict[str, Mark]] = {}
        for key, mark in self._marks.items():
            self._marks_by_kind.setdefault(key.kind, {})[key.id] = mark
        #: bumped by every change that alters what the screens show
        self.version = 0

    def _find_marks(self) -> dict[RecordKey, Mark]:
        seen = self.store.table(SEEN)
        marks = {}
        for key, digest in self.digests.items():
            if key.kind in LISTED:
                known = seen.get(str(key))
                if known is None:
                    marks[key] = Mark.NEW
                elif known.get("digest") == digest or digest in _earlier(known):
                    continue
                elif self._former_of(key) in (known.get("digest"), *_earlier(known)):
                    self._rewritten.append((SEEN, str(key), _seen_now(known, digest)))
                else:
                    marks[key] = Mark.CHANGED
        return marks

    def _former_of(self, key: RecordKey) -> str | None:
        """The record's digest as briefing took it before (None: not in the briefing)."""
        if key not in self._former:
            record = self._records.get(key)
            if record is None:
                return None
            self._former[key] = former_digest(record, SECTIONS[key.kind])
        return self._former[key]

    def standing(self, document: Document, key: RecordKey) -> Standing:
        """How the record of a pin's or note's `document` stands now: a digest kept
        in the former kind (`former_digest`) of the record as it is, is current."""
        current = self.digests.get(key)
        if current is None:
            return Standing.REMOVED
        kept = document.get("digest")
        if kept == current or (kept is not None and kept == self._former_of(key)):
            return Standing.CURRENT
        return Standing.CHANGED

    def key(self, kind: Kind | str, record_id: str) -> RecordKey:
        return RecordKey(self.briefing_id, str(kind), record_id)

    @property
    def briefing_key(self) -> RecordKey:
        return RecordKey.of_briefing(self.briefing_id)

    def record_text(self, key: RecordKey) -> str | None:
        """The record in a line as it is now (None: not in the briefing)."""
        record = self._records.get(key)
        return None if record is None else record_text(record, self._names, language=self._language)

    def record(self, key: RecordKey) -> object | None:
        """The record as it is now (None: not in the briefing)."""
        return self._records.get(key)

    def reading_as(self, kind: str, text: str) -> list[RecordKey]:
        """The records of `kind` that read `text` now (`record_text`); where none
        does, those that do but for the quotation marks around a quote's words:
        a French briefing's quotes read `« … »` since its marks follow its
        language, and a note kept as `“…”` before was offered no record to move
        to (a long-time user's trial)."""
        if self._reading is None:
            reading: dict[tuple[str, str], list[RecordKey]] = {}
            for key in self._records:
                said = self.record_text(key)
                if said is not None:
                    reading.setdefault((key.kind, said), []).append(key)
                    unmarked = _unmarked(said)
                    if unmarked != said:
                        reading.setdefault((key.kind, MARKS_ASIDE + unmarked), []).append(key)
            self._reading = reading
        exact = self._reading.get((kind, text))
        if exact:
            return list(exact)
        return list(self._reading.get((kind, MARKS_ASIDE + _unmarked(text)), ()))

    # --- visits and marks -----------------------------------------------------

    def record_visit(self) -> None:
        """The briefing is open: remember when, and on a first visit, what it holds.

        The marks of records that are gone are let go (a record that comes
        back is new again); notes and pins are never let go.
        """
        changes: list[Change] = [(OPENED, self.briefing_id, {"at": now()}), *self._rewritten]
        self._rewritten = []
        if self.first_visit and not self.store.unread:
            # (a file that could not be read holds no visit: its marks, once
            # it is mended, are the user's, not all "seen" by this one: a review)
            changes += self._seen_changes(k for k in self.digests if k.kind in LISTED)
        present = {str(key) for key in self.digests}
        changes += [
            (SEEN, str(key), None)
            for key, _ in _in_briefing(self.store.table(SEEN), self.briefing_id)
            if str(key) not in present
        ]
        self.store.change(changes)

    def _seen_changes(self, keys: Iterable[RecordKey]) -> list[Change]:
        seen = self.store.table(SEEN)
        return [(SEEN, str(key), _seen_now(seen.get(str(key)), self.digests[key])) for key in keys]

    def mark(self, key: RecordKey) -> Mark | None:
        return self._marks.get(key)

    def shown_state(self) -> tuple[int, Mapping[str, Document], Mapping[str, Document]]:
        """What the rows' marks are made of: this memory's own changes (`version`),
        and the pins and notes as the store holds them now. Another reader's,
        read again at `P` or `w` or merged in by a save, change these tables
        and no version: equal states make equal marks."""
        return self.version, self.store.table(PINS), self.store.table(NOTES)

    def marks(self, kind: Kind) -> dict[str, Mark]:
        """The ids of the records of `kind` that are new or changed."""
        return dict(self._marks_by_kind.get(kind, {}))

    def counts(self) -> tuple[int, int]:
        """How many records are new, and how many changed."""
        new = sum(1 for mark in self._marks.values() if mark is Mark.NEW)
        return new, len(self._marks) - new

    def seen(self, key: RecordKey) -> bool:
        """The record was on screen in full: no longer new or changed. Whether it was."""
        if self._marks.pop(key, None) is None:
            return False
        del self._marks_by_kind[key.kind][key.id]
        self.store.change(self._seen_changes([key]))
        self.version += 1
        return True

    def mark_all_seen(self) -> int:
        """Every record is as the user has seen it; how many were new or changed."""
        count = len(self._marks)
        self.store.change(self._seen_changes(self._marks))
        self._marks.clear()
        self._marks_by_kind.clear()
        self.version += 1
        return count

    # --- pins -----------------------------------------------------------------

    def pinned(self, key: RecordKey) -> bool:
        return self.store.get(PINS, str(key)) is not None

    def toggle_pin(self, key: RecordKey) -> bool:
        """Pin the record, or unpin it if it is pinned; whether it is pinned now."""
        if self.pinned(key):
            self.store.put(PINS, str(key), None)
            self.version += 1
            return False
        text = self.record_text(key)
        if text is None:
            raise KeyError(str(key))
        document = {"digest": self.digests[key], "record": text, "pinned": now()}
        self.store.put(PINS, str(key), document)
        self.version += 1
        return True

    def pins(self) -> list[Pin]:
        """The briefing's pins, orphaned ones (their record removed) included."""
        return [
            Pin(key, d["record"], d["pinned"], self.standing(d, key))
            for key, d in _in_briefing(self.store.table(PINS), self.briefing_id)
        ]

    def pinned_ids(self, kind: Kind) -> set[str]:
        return {pin.key.id for pin in self.pins() if pin.key.kind == kind}

    # --- notes ----------------------------------------------------------------

    def note(self, key: RecordKey) -> Note | None:
        document = self.store.get(NOTES, str(key))
        if document is None:
            return None
        return _note(key, document, self.standing(document, key))

    def notes(self) -> list[Note]:
        """The briefing's notes, orphaned ones included, the briefing's own first."""
        found = [
            _note(key, d, self.standing(d, key))
            for key, d in _in_briefing(self.store.table(NOTES), self.briefing_id)
        ]
        return sorted(found, key=lambda n: (n.key != self.briefing_key, n.key))

    def noted_ids(self, kind: Kind) -> dict[str, Standing]:
        return {n.key.id: n.standing for n in self.notes() if n.key.kind == kind}

    def kept_standings(self) -> dict[RecordKey, Standing]:
        """How the record of each pin and note of the briefing stands now, as the
        lists of pins say: its note's standing, else current; gone, removed."""
        found = {
            pin.key: Standing.REMOVED if pin.standing is Standing.REMOVED else Standing.CURRENT
            for pin in self.pins()
        }
        found.update({note.key: note.standing for note in self.notes()})
        return found

    def note_as_kept(self, key: RecordKey) -> Document | None:
        """The note on the record as this process holds it now, to give `write_note`
        as `known` once it is edited."""
        return self.store.get(NOTES, str(key))

    def write_note(
        self, key: RecordKey, text: str, known: Document | None = UNKNOWN, tie: bool = True
    ) -> Note | None:
        """Keep `text` as the note on the record (blank: the note is deleted).

        `tie`: the note is tied to the record as it is now, its flag, if it was
        changed, gone (Ctrl+S in the editor). Otherwise (Esc) a note kept before
        stays tied to the record as it read then, flag and all: the words it was
        written about were thrown away by an Esc, which the editor's hint
        offers as "keeps it" (a trial of a shared desk). An orphaned note keeps
        the record's last known text. `known`: the note as the editor opened on
        it (see UserStore.put).
        """
        if not text.strip():
            self.store.put(NOTES, str(key), None, known)
            self.version += 1
            return None
        earlier = _kept_or_known(self.store, key, known)
        record = self.record_text(key)
        digest = self.digests.get(key)
        flagged = earlier is not None and self.standing(earlier, key) is not Standing.CURRENT
        if earlier is not None and (record is None or (flagged and not tie)):
            record, digest = earlier["record"], earlier.get("digest")
        document = {"text": text, "digest": digest, "record": record or "", "written": now()}
        self.store.put(NOTES, str(key), document, known)
        self.version += 1
        return _note(key, document, self.standing(document, key))


#: A quote's line (`“words” — who`, `« words » — who`): its words without the
#: marks around them, and what follows (`_unmarked`).
_MARKED = re.compile(r"\s*[«»‹›“”„‟‘‚\"]\s*(?P<words>.*?)\s*[«»‹›“”„‟’‘\"]\s*(?P<rest>—.*)?")
#: Set before a line read without its marks, in `reading_as`'s index.
MARKS_ASIDE = "\x00"


def _unmarked(text: str) -> str:
    """A quote's line without the quotation marks around its words (any other
    line as it is): inner marks and apostrophes stay."""
    found = _MARKED.fullmatch(text)
    if found is None:
        return text
    return f"{found['words']} {found['rest'] or ''}".strip()


#: How many wordings of a record seen before the last are remembered (`_earlier`).
EARLIER_KEPT = 4


def _seen_now(known: Document | None, digest: str) -> Document:
    """A record's seen entry once its wording `digest` is seen, `known` its entry
    before: the wordings seen before it are kept too (a few), so that one seen
    again is not "changed since you saw it". Two folders of one briefing id
    (the bundled briefing, and a copy an author edits) share their marks:
    seeing the copy's edit marked the untouched original as changed (a trial)."""
    if known is None or known.get("digest") in (None, digest):
        return {"digest": digest} if known is None else {**known, "digest": digest}
    earlier = [known["digest"], *(d for d in _earlier(known) if d != digest)]
    return {**known, "digest": digest, "earlier": earlier[:EARLIER_KEPT]}


def _earlier(known: Document) -> list[str]:
    """The wordings of a record seen before its last (a list of digests, which
    an older version's entry, or one mended by hand, may lack or garble)."""
    earlier = known.get("earlier")
    if not isinstance(earlier, list):
        return []
    return [digest for digest in earlier if isinstance(digest, str)]


def _note(key: RecordKey, document: Document, standing: Standing) -> Note:
    return Note(key, document["text"], document["record"], document["written"], standing)


# --- across briefings (the library) -------------------------------------------


def opened_briefings(store: UserStore) -> set[str]:
    """The ids of the briefings the user has opened at least once."""
    return set(store.table(OPENED))


def kept_note(store: UserStore, key: RecordKey) -> Note | None:
    """The note on `key`, of any briefing, as kept (the library's list of every
    briefing's: its record may be in no briefing opened, so it is not flagged)."""
    document = store.get(NOTES, str(key))
    return None if document is None else _note(key, document, Standing.CURRENT)


def rewrite_kept_note(
    store: UserStore, key: RecordKey, text: str, known: Document | None = UNKNOWN
) -> bool:
    """Keep `text` as the note on `key`, tied to the record as it was when noted
    (its digest and text stay: its briefing may be in no library); blank
    deletes it. Whether a note is kept. `known` as in `write_note`."""
    if not text.strip():
        store.put(NOTES, str(key), None, known)
        return False
    earlier = _kept_or_known(store, key, known) or {}
    document = {
        "text": text,
        "digest": earlier.get("digest"),
        "record": earlier.get("record", ""),
        "written": now(),
    }
    store.put(NOTES, str(key), document, known)
    return True


def _kept_or_known(store: UserStore, key: RecordKey, known: Document | None) -> Document | None:
    """The note on `key` as kept now, else as its editor opened on it (`known`):
    deleted by another reader meanwhile, a note rewritten from the library lost
    the record's text and digest it was tied to (a review)."""
    kept = store.get(NOTES, str(key))
    if kept is None and known is not UNKNOWN:
        return known
    return kept


def all_kept(store: UserStore) -> list[tuple[RecordKey, Document | None, Document | None]]:
    """Every pinned or noted record of every briefing, by key: its pin and its note
    documents (None: it has none), as they were kept."""
    pins, notes = store.table(PINS), store.table(NOTES)
    found = []
    for text in sorted(set(pins) | set(notes)):
        key = RecordKey.parse(text)
        if key is not None:
            found.append((key, pins.get(text), notes.get(text)))
    return sorted(found, key=lambda item: item[0].listed_order())
