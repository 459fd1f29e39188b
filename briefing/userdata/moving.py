"""A note and a pin left behind by a record's id renamed, moved onto the record it is now.

The key of a note or pin is its record's id: an author who renames an id
(tidying up) orphans them, and they are listed as "no longer in the
briefing", with the record's last known text, and no way back to it (a
trial of a shared desk). When that text is what exactly one record of the
same kind in the briefing reads now, that record is most likely the one
renamed: `renamed_as` finds it, and `move_kept` moves the pin and the note
onto it, at the user's word, never on a guess of its own. A note already on
that record keeps its text, the moved one's after it (as a note changed in
two windows keeps both: storefile.both_texts). Nothing is dropped. The
record moved onto is seen: it is the one the user kept.
"""

from __future__ import annotations

from dataclasses import replace

from briefing.userdata.keys import SECTIONS, RecordKey, former_digest
from briefing.userdata.reading import BriefingMemory, now
from briefing.userdata.store import Change
from briefing.userdata.storefile import NOTES, PINS, Document, both_texts, written_at


def renamed_as(memory: BriefingMemory, key: RecordKey) -> RecordKey | None:
    """The one record of the briefing that reads as the gone record `key` last
    did, of its kind (None: `key` is there, keeps nothing, or reads as none or
    several)."""
    if memory.record(key) is not None:
        return None
    store = memory.store
    kept = store.get(NOTES, str(key)) or store.get(PINS, str(key))
    if kept is None:
        return None
    found = [k for k in memory.reading_as(key.kind, str(kept.get("record", ""))) if k != key]
    return found[0] if len(found) == 1 else None


def move_kept(memory: BriefingMemory, source: RecordKey, target: RecordKey) -> str:
    """Move the pin and the note of `source` onto `target`; what was done, in a sentence."""
    store = memory.store
    changes: list[Change] = []
    known: dict[tuple[str, str], Document | None] = {}
    moved: list[str] = []
    pin = store.get(PINS, str(source))
    if pin is not None:
        if store.get(PINS, str(target)) is None:
            changes.append((PINS, str(target), _retied(memory, pin, source, target)))
        changes.append((PINS, str(source), None))
        moved.append("pin")
    note = store.get(NOTES, str(source))
    there = store.get(NOTES, str(target))
    if note is not None:
        if there is None:
            document = _retied(memory, note, source, target)
        else:
            heading = (
                f"moved here from the {source.kind} {source.id}, no longer in the briefing; "
                f"written {written_at(note.get('written'))}"
            )
            text = both_texts(str(there["text"]), str(note["text"]), heading)
            document = {**there, "text": text, "written": now()}
        # as they are now: another reader's change of either meanwhile is kept too
        known[(NOTES, str(target))], known[(NOTES, str(source))] = there, note
        changes += [(NOTES, str(target), document), (NOTES, str(source), None)]
        moved.append("note")
    store.change(changes, known)
    memory.version += 1
    # the user says it is the record they kept, as they saw it: not new to them
    # (its `+` stood beside the pin and note moved onto it: a trial's left-over)
    memory.seen(target)
    what = " and ".join(moved) or "nothing"
    said = (
        f"Moved your {what} from the {source.kind} {source.id}, no longer in the briefing, "
        f"to the {target.kind} {target.id}, which reads as it did"
    )
    if note is not None and there is not None:
        said += f"; {target.id} had a note already: both texts are kept in it"
    return said + "."


def _retied(
    memory: BriefingMemory, document: Document, source: RecordKey, target: RecordKey
) -> Document:
    """`document` for `target`: its digest the target's when it was taken of the
    record as the target is now but for its id (a digest of the former kind
    covers the id: it is compared with the target's under the old id)."""
    digest = memory.digests.get(target)
    record = memory.record(target)
    kept = document.get("digest")
    if digest is None or record is None or kept == digest:
        return dict(document)
    former = former_digest(replace(record, id=source.id), SECTIONS[target.kind])  # type: ignore[type-var]
    return {**document, "digest": digest} if kept == former else dict(document)
