"""`briefing notes`: the pins and notes the reader keeps, with their records, out of the reader.

For each briefing of PATH (default: the bundled briefings) that has a pin or
a note: each record pinned or noted as it is now, cited as the reader copies
it (who said it, how and when, the source's title, outlet, date and
address), its note, and whether the record changed since the note, or is no
longer in the briefing (then with its last known text). Notes on briefings
that are not in PATH are listed last, as they were kept: none is left out.

    briefing notes [PATH] [--format markdown|json] [--index FILE]

Only reads: the notes file is never written, renamed or replaced. One that
cannot be read (damaged, not briefing's) is said on stderr and left as it is,
and the exit status is 1: the notes could not be listed.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict, dataclass, field
from pathlib import Path

from briefing.cli.library import check_command, opened, say
from briefing.cli.output import write_utf8
from briefing.cli.status import EXIT_OK, EXIT_PROBLEMS
from briefing.export.inert import markdown_kept_lines, markdown_line
from briefing.index.store import Index
from briefing.present.citation import event_citation, quote_citation, web_address
from briefing.records.queries import BriefingQueries
from briefing.records.refs import Kind
from briefing.records.text import counted, inert_json, it_or_them, visible, visible_line
from briefing.userdata.keys import BRIEFING, RecordKey
from briefing.userdata.reading import BriefingMemory, all_kept
from briefing.userdata.store import UserStore
from briefing.userdata.storefile import Document

#: The order records are listed in: the briefing's own note first.
KIND_ORDER = {BRIEFING: 0, Kind.ACTOR: 1, Kind.EVENT: 2, Kind.QUOTE: 3, Kind.SOURCE: 4}


@dataclass
class Entry:
    """One pinned or noted record, as the export gives it."""

    briefing: str
    kind: str
    id: str
    pinned: bool
    #: "current", "changed" (since the note or pin), "removed", "broken" (its
    #: briefing is in PATH but has errors), or "unknown" (its briefing is not in PATH)
    state: str
    #: the record in a line as it read when it was pinned or noted
    kept: str
    #: the record in a line as it is now (None: removed, or its briefing not here)
    record: str | None = None
    citation: str | None = None
    urls: list[str] = field(default_factory=list)
    note: str | None = None
    written: str | None = None


@dataclass
class BriefingEntries:
    id: str
    title: str | None
    entries: list[Entry]
    #: the briefing's errors, when it has some: its records cannot be compared
    errors: int = 0
    #: `briefing check FOLDER`, which shows them (None: it has none)
    check: str | None = None


def command(args: argparse.Namespace) -> int:
    index = opened(args.path, args.index, rebuild=False)
    store = UserStore(only_reading=True)
    kept = all_kept(store)
    for notice in store.take_notices():
        say(notice)
    if store.unread:  # "No pins or notes" would be untrue (a script saw success)
        return EXIT_PROBLEMS
    found = collected(index, store, kept)
    if args.format == "json":
        write_utf8(inert_json([asdict(b) for b in found]) + "\n")
    else:
        print(markdown(found, args.path), end="")
    return EXIT_OK


def collected(
    index: Index, store: UserStore, kept: list[tuple[RecordKey, Document | None, Document | None]]
) -> list[BriefingEntries]:
    """Per briefing, in the library's order (those not in PATH last), its pinned and
    noted records."""
    by_briefing: dict[str, list[tuple[RecordKey, Document | None, Document | None]]] = {}
    for item in kept:
        by_briefing.setdefault(item[0].briefing, []).append(item)
    found = []
    summaries = index.summaries()
    for summary in summaries:
        if summary.id is None or summary.id not in by_briefing:
            continue
        items = by_briefing.pop(summary.id)
        if not summary.opens:  # (it read "not in the content read": it is, broken)
            entries = [_as_kept(i, "broken") for i in items]
            check = check_command(summary, summaries, index.content)
            found.append(BriefingEntries(summary.id, summary.title, entries, summary.errors, check))
            continue
        queries = index.queries(summary.id)
        memory = BriefingMemory(store, queries.briefing)
        entries = [_entry(queries, memory, key, pin, note) for key, pin, note in items]
        found.append(BriefingEntries(summary.id, summary.title, _ordered(entries)))
    for briefing_id, items in sorted(by_briefing.items()):
        found.append(BriefingEntries(briefing_id, None, _ordered([_as_kept(i) for i in items])))
    return found


def _ordered(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (KIND_ORDER.get(e.kind, 9), e.id))


def _as_kept(
    item: tuple[RecordKey, Document | None, Document | None], state: str = "unknown"
) -> Entry:
    """A record whose briefing is not here to compare with (or has errors): as it was kept."""
    key, pin, note = item
    kept = str((note or pin or {}).get("record", ""))
    return Entry(key.briefing, key.kind, key.id, pin is not None, state, kept,
                 note=note["text"] if note else None,
                 written=note["written"] if note else None)  # fmt: skip


def _entry(queries: BriefingQueries, memory: BriefingMemory, key: RecordKey,
           pin: Document | None, note: Document | None) -> Entry:  # fmt: skip
    kept = note or pin or {}
    state = memory.standing(kept, key)  # a digest kept before it covered what is seen too
    current = memory.digests.get(key)
    entry = Entry(key.briefing, key.kind, key.id, pin is not None, str(state),
                  str(kept.get("record", "")), memory.record_text(key),
                  note=note["text"] if note else None,
                  written=note["written"] if note else None)  # fmt: skip
    if current is not None:
        entry.citation, entry.urls = _cited(queries, key)
    return entry


def _cited(queries: BriefingQueries, key: RecordKey) -> tuple[str, list[str]]:
    """The record as the reader copies it, and the addresses of its sources."""
    if key.kind == Kind.QUOTE:
        quote = queries.quote(key.id)
        return quote_citation(quote, queries), _urls(queries, [quote.source])
    if key.kind == Kind.EVENT:
        event = queries.event(key.id)
        return event_citation(event, queries), _urls(queries, list(event.sources))
    if key.kind == Kind.ACTOR:
        actor = queries.actor(key.id)
        about = ", ".join(filter(None, (actor.role, ", ".join(actor.affiliation_names))))
        same_as = (web_address(uri) for uri in actor.same_as)
        return actor.name + (f" ({about})" if about else ""), [uri for uri in same_as if uri]
    if key.kind == Kind.SOURCE:
        return queries.source(key.id).title, _urls(queries, [key.id])
    briefing = queries.briefing
    return f"{briefing.title} (as of {briefing.as_of.describe()})", _urls(
        queries, [s.id for s in briefing.sources]
    )


def _urls(queries: BriefingQueries, sources: list[str]) -> list[str]:
    found = (web_address(queries.source(s).url) for s in dict.fromkeys(sources))
    return [url for url in found if url]


# --- Markdown ---------------------------------------------------------------------

STATES = {
    "changed": "changed since the note or pin; it read then:",
    "removed": "no longer in the briefing; it last read:",
    "unknown": "its briefing is not here; it read:",
    "broken": "its briefing has errors; it read:",
}


def markdown(found: list[BriefingEntries], path: Path | None) -> str:
    """The export as Markdown: a section per briefing, one per record."""
    where = str(path) if path is not None else "the bundled briefings"
    if not found:
        return f"No pins or notes for {visible(where)}.\n"
    lines = ["# Pins and notes", ""]
    for briefing in found:
        title = markdown_line(visible(briefing.title or briefing.id))
        lines += [f"## {title} (`{visible(briefing.id)}`)", ""]
        if briefing.check is not None:
            errors = counted(briefing.errors, "error")
            them = it_or_them(briefing.errors)
            lines += [f"_This briefing has {errors} (`{visible(briefing.check)}` shows {them}): "
                      "as kept._", ""]  # fmt: skip
        elif briefing.title is None:
            lines += ["_This briefing is not in the content read: as kept._", ""]
        for entry in briefing.entries:
            lines += _entry_lines(entry)
    return "\n".join(lines) + "\n"


def _entry_lines(entry: Entry) -> list[str]:
    name = "The briefing" if entry.kind == BRIEFING else f"{entry.kind.capitalize()} `{entry.id}`"
    lines = [f"### {name}" + (" · pinned" if entry.pinned else ""), ""]
    if entry.state in STATES:
        lines += [f"_{STATES[entry.state]}_ {markdown_line(visible(entry.kept))}", ""]
    if entry.citation is not None:
        lines += [*_quoted(entry.citation), ""]
    lines += [f"<{visible(url)}>" for url in entry.urls]
    if entry.urls:
        lines.append("")
    if entry.note is not None:
        written = f" ({visible_line(entry.written[:10])})" if entry.written else ""
        note = markdown_kept_lines(visible(entry.note).strip())
        lines += [f"**Your note**{written}:", "", note, ""]
    return lines


def _quoted(citation: str) -> list[str]:
    """A record's citation as a block quote whose lines stay lines when rendered:
    each its own paragraph, the sources a list (they ran together into one
    line, with a stray `- `: an analyst's trial)."""
    quoted: list[str] = []
    listing = False
    for line in citation.splitlines():
        item = line.startswith("- ")
        if quoted and not (item and listing):
            quoted.append(">")
        text = f"- {markdown_line(visible(line[2:]))}" if item else markdown_line(visible(line))
        quoted.append(f"> {text}")
        listing = item
    return quoted
