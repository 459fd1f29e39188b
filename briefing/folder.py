"""Checking one briefing folder: its files together, then the records built.

A folder is checked as a whole: ids must be unique per section across its
files, references must name ids that exist, affiliations must not loop,
source texts must exist inside the folder, and every quote must be found in
its source's text. The result is a `Briefing` when nothing is wrong (warnings
allowed), and always the list of problems.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import cast

from briefing.anchoring import NormalisedText, Span, anchor
from briefing.dates import DateValue
from briefing.fields import RawRecord, check_file, nearest
from briefing.locations import collector_paused, display_path, yaml_files
from briefing.model import Actor, ActorKind, Briefing, Channel, Event, Quote, Source
from briefing.problems import Problem, ProblemSink
from briefing.schema import FIELDS, RECORD_NAME, SECTIONS, Kind
from briefing.text import has_control, shown
from briefing.yamlsafe import MAX_BYTES, Node, read_yaml

#: Largest source text read, in bytes (a long report is well under 1 MB).
MAX_TEXT_BYTES = 64 * 1024 * 1024


@dataclass
class FolderResult:
    """What checking one briefing folder found."""

    folder: Path
    files: list[Path]
    problems: list[Problem]
    briefing: Briefing | None = None
    #: the briefing's id as written (even when the briefing has errors)
    briefing_id: str | None = None
    briefing_id_node: tuple[str, Node] | None = None

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.is_error)

    @property
    def warnings(self) -> int:
        return len(self.problems) - self.errors


@dataclass
class _Context:
    folder: Path
    records: dict[str, list[RawRecord]] = field(default_factory=dict)
    ids: dict[str, dict[str, RawRecord]] = field(default_factory=dict)
    texts: dict[str, NormalisedText] = field(default_factory=dict)
    #: False when some file could not be read to its end: its ids are unknown
    all_read: bool = True


def check_folder(folder: Path) -> FolderResult:
    """Check the briefing in `folder` and build it if it has no errors."""
    with collector_paused():
        return _check_folder(folder)


def _check_folder(folder: Path) -> FolderResult:
    files = yaml_files(folder)
    problems: list[Problem] = []
    result = FolderResult(folder, files, problems)
    if not files:
        sink = ProblemSink(display_path(folder))
        sink.error(
            1,
            1,
            "folder-empty",
            "this briefing folder holds no .yaml or .yml file",
            "add a briefing.yaml (see the format's example)",
        )
        problems.extend(sink.problems)
        return result
    context = _Context(folder, {name: [] for name in SECTIONS})
    sinks: list[ProblemSink] = []
    for path in files:
        sink = ProblemSink(display_path(path))
        sinks.append(sink)
        records, complete = _check_one_file(path, sink)
        context.all_read &= complete
        for record in records:
            context.records[record.section].append(record)
    first_sink = sinks[0]
    _check_briefing_mapping(context, first_sink, result)
    for section in SECTIONS[1:]:
        _check_unique_ids(context, section)
    _check_references(context)
    _check_affiliation_cycles(context)
    _load_source_texts(context)
    quote_spans = _anchor_quotes(context)
    for sink in sinks:
        problems.extend(sink.problems)
    problems.sort(key=Problem.sort_key)
    if result.errors == 0:
        result.briefing = _build(context, quote_spans)
    return result


def _check_one_file(path: Path, sink: ProblemSink) -> tuple[list[RawRecord], bool]:
    """The file's records, and whether it was read to its end."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        sink.error(1, 1, "file-unreadable", f"this file cannot be read: {exc.strerror}")
        return [], False
    read = read_yaml(data, sink)
    documents = read.documents
    if len(documents) > 1:
        extra = documents[1]
        sink.error(
            extra.line,
            extra.column,
            "yaml-multiple-documents",
            "this file holds more than one YAML document ('---')",
            "keep one document per file, or split it into several files",
        )
    return check_file(documents[0] if documents else None, sink), read.complete


def _check_briefing_mapping(
    context: _Context, first_sink: ProblemSink, result: FolderResult
) -> None:
    found = context.records["briefing"]
    if not found:
        first_sink.error(
            1,
            1,
            "briefing-missing",
            "no file in this folder has the 'briefing:' mapping (id, title, as_of)",
            "add one, usually in briefing.yaml",
        )
        return
    first = found[0]
    for extra in found[1:]:
        extra.sink.error(
            extra.node.line,
            extra.node.column,
            "briefing-duplicate",
            "a folder holds exactly one 'briefing:' mapping; this is a second one",
            f"the first is in {first.sink.file} at line {first.node.line}",
        )
    if first.id is not None:
        result.briefing_id = first.id
        result.briefing_id_node = (first.sink.file, first.nodes["id"])


def _check_unique_ids(context: _Context, section: str) -> None:
    seen: dict[str, RawRecord] = {}
    for record in context.records[section]:
        ident = record.id
        if ident is None:
            continue
        first = seen.get(ident)
        if first is None:
            seen[ident] = record
            continue
        node = record.nodes["id"]
        record.complete = False
        record.sink.error(
            node.line,
            node.column,
            "duplicate-id",
            f"two {section} have the id {shown(ident)}",
            f"the first is in {first.sink.file} at line {first.nodes['id'].line}",
        )
    context.ids[section] = seen


def _check_references(context: _Context) -> None:
    if not context.all_read:
        # The ids of a file that could not be read are unknown: reporting every
        # reference to them would bury the one problem that matters.
        return
    for section in SECTIONS[1:]:
        fields = _reference_fields(section)
        for record in context.records[section]:
            for name, spec_target in fields:
                known = context.ids[spec_target]
                for ident, node in _references(record, name):
                    if ident in known:
                        continue
                    guess = nearest(ident, list(known))
                    record.complete = False
                    record.sink.error(
                        node.line,
                        node.column,
                        "unknown-reference",
                        f"there is no {RECORD_NAME[spec_target]} with the id {shown(ident)}",
                        f"did you mean {shown(guess)}?" if guess else None,
                    )


def _reference_fields(section: str) -> list[tuple[str, str]]:
    return [
        (spec.name, spec.target)
        for spec in FIELDS[section].values()
        if spec.kind in (Kind.REF, Kind.REF_LIST) and spec.target
    ]


def _references(record: RawRecord, name: str) -> list[tuple[str, Node]]:
    if name in record.ref_items:
        return record.ref_items[name]
    value = record.values.get(name)
    if isinstance(value, str):
        return [(value, record.nodes[name])]
    return []


def _check_affiliation_cycles(context: _Context) -> None:
    """Report every loop in the affiliation graph once, spelt out: a → b → a."""
    actors = context.ids["actors"]
    graph = {
        ident: [(target, node) for target, node in record.ref_items.get("affiliations", ())]
        for ident, record in actors.items()
    }
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    reported: set[frozenset[str]] = set()
    for start in graph:
        if state.get(start):
            continue
        path: list[str] = []
        stack: list[tuple[str, int]] = [(start, 0)]
        state[start] = 1
        path.append(start)
        while stack:
            ident, position = stack[-1]
            edges = graph.get(ident, [])
            if position >= len(edges):
                stack.pop()
                path.pop()
                state[ident] = 2
                continue
            stack[-1] = (ident, position + 1)
            target, node = edges[position]
            if target not in graph:
                continue
            if state.get(target) == 1:
                cycle = [*path[path.index(target) :], target]
                members = frozenset(cycle)
                if members not in reported:
                    reported.add(members)
                    record = actors[ident]
                    record.sink.error(
                        node.line,
                        node.column,
                        "affiliation-cycle",
                        "affiliations go round in a circle: " + " → ".join(cycle),
                        "an actor cannot belong, even indirectly, to itself",
                    )
            elif not state.get(target):
                state[target] = 1
                path.append(target)
                stack.append((target, 0))


def _load_source_texts(context: _Context) -> None:
    folder = context.folder.resolve()
    for ident, record in context.ids["sources"].items():
        relative = record.values.get("text")
        if not isinstance(relative, str):
            continue
        node = record.nodes["text"]
        sink = record.sink
        target = (context.folder / relative).resolve()
        if os.path.isabs(relative) or not target.is_relative_to(folder):
            record.complete = False
            sink.error(
                node.line,
                node.column,
                "source-text-outside",
                f"the text file {shown(relative)} is outside this briefing's folder",
                "copy the text into the folder (e.g. sources/) and point there",
            )
            continue
        if not target.is_file():
            record.complete = False
            sink.error(
                node.line,
                node.column,
                "source-text-missing",
                f"there is no file {shown(relative)} in this briefing's folder",
            )
            continue
        text = _read_source_text(target, relative, node, sink)
        if text is None:
            record.complete = False
            continue
        if has_control(text):
            sink.warning(
                node.line,
                node.column,
                "control-character",
                f"the text file {shown(relative)} holds invisible control characters; "
                "the reader shows them as symbols",
            )
        context.texts[ident] = NormalisedText(text)


def _read_source_text(target: Path, relative: str, node: Node, sink: ProblemSink) -> str | None:
    try:
        size = target.stat().st_size
        if size > MAX_TEXT_BYTES:
            sink.error(
                node.line,
                node.column,
                "source-text-unreadable",
                f"the text file {shown(relative)} is {size:,} bytes; at most {MAX_TEXT_BYTES:,}",
            )
            return None
        data = target.read_bytes()
    except OSError as exc:
        sink.error(
            node.line,
            node.column,
            "source-text-unreadable",
            f"the text file {shown(relative)} cannot be read: {exc.strerror}",
        )
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        sink.error(
            node.line,
            node.column,
            "source-text-encoding",
            f"the text file {shown(relative)} is not UTF-8 text "
            f"(byte 0x{data[exc.start]:02x} on its line {line})",
            "save it as UTF-8",
        )
        return None


def _anchor_quotes(context: _Context) -> dict[str, Span]:
    spans: dict[str, Span] = {}
    for record in context.records["quotes"]:
        ident = record.id
        words = record.values.get("text")
        source_id = record.values.get("source")
        if ident is None or not isinstance(words, str) or not isinstance(source_id, str):
            continue
        text = context.texts.get(source_id)
        if text is None:
            continue  # no text (unanchored, allowed) or the source is already reported
        occurrence = record.values.get("occurrence")
        found = anchor(words, text, occurrence if isinstance(occurrence, int) else None)
        if found.span is not None:
            spans[ident] = found.span
            continue
        record.complete = False
        source_file = context.ids["sources"][source_id].values.get("text")
        node = record.nodes["text"]
        if found.failure == "not-found":
            record.sink.error(
                node.line,
                node.column,
                "quote-not-found",
                f"these words are not in the source {shown(source_id)} ({source_file})",
                f"the nearest passage is: “{found.nearest}”" if found.nearest else None,
            )
        elif found.failure == "ambiguous":
            lines = ", ".join(str(n) for n in found.lines)
            record.sink.error(
                node.line,
                node.column,
                "quote-ambiguous",
                f"these words occur {found.count} times in {source_file} (lines {lines})",
                f"say which one with 'occurrence: N' (1 to {found.count})",
            )
        else:
            where = record.nodes["occurrence"]
            record.sink.error(
                where.line,
                where.column,
                "occurrence-out-of-range",
                f"occurrence is {occurrence}, but these words occur only {found.count} "
                f"time{'s' if found.count > 1 else ''} in {source_file}",
            )
    return spans


def _build(context: _Context, spans: dict[str, Span]) -> Briefing:
    """The typed briefing, from records that passed every check."""
    texts = context.texts
    sources = tuple(
        Source(
            id=_str(r, "id"),
            title=_str(r, "title"),
            outlet=_opt(r, "outlet"),
            published=_date(r, "published"),
            url=_opt(r, "url"),
            credits=_tuple(r, "credits"),
            text_path=_opt(r, "text"),
            text=texts[r.id].original if r.id in texts else None,
        )
        for r in context.records["sources"]
    )
    source_titles = {source.id: source.title for source in sources}
    events = sorted(
        (
            Event(
                id=_str(r, "id"),
                title=_str(r, "title"),
                when=cast(DateValue, r.values["when"]),
                sources=_tuple(r, "sources"),
                when_text=_opt(r, "when_text"),
                place=_opt(r, "place"),
                actors=_tuple(r, "actors"),
                summary=_opt(r, "summary"),
                source_titles=tuple(source_titles[i] for i in _tuple(r, "sources")),
            )
            for r in context.records["events"]
        ),
        key=lambda e: e.when.sort_key(e.id),
    )
    quotes = tuple(
        Quote(
            id=_str(r, "id"),
            text=_str(r, "text"),
            speaker=_str(r, "speaker"),
            source=_str(r, "source"),
            said=_date(r, "said"),
            channel=Channel(_str(r, "channel")) if "channel" in r.values else None,
            reported_by=_opt(r, "reported_by"),
            event=_opt(r, "event"),
            occurrence=cast("int | None", r.values.get("occurrence")),
            note=_opt(r, "note"),
            span=spans.get(_str(r, "id")),
        )
        for r in context.records["quotes"]
    )
    said = Counter(q.speaker for q in quotes)
    relayed = Counter(q.reported_by for q in quotes if q.reported_by)
    takes_part = Counter(a for e in events for a in set(e.actors))
    names = {_str(r, "id"): _str(r, "name") for r in context.records["actors"]}
    actors = tuple(
        Actor(
            id=_str(r, "id"),
            name=_str(r, "name"),
            kind=ActorKind(_str(r, "kind")),
            role=_opt(r, "role"),
            affiliations=_tuple(r, "affiliations"),
            aliases=_tuple(r, "aliases"),
            summary=_opt(r, "summary"),
            affiliation_names=tuple(names[a] for a in _tuple(r, "affiliations")),
            quotes_said=said[_str(r, "id")],
            quotes_relayed=relayed[_str(r, "id")],
            event_count=takes_part[_str(r, "id")],
        )
        for r in context.records["actors"]
    )
    head = context.records["briefing"][0]
    has_control_characters = any(
        has_control(value)
        for records in context.records.values()
        for record in records
        for value in _strings(record.values)
    ) or any(has_control(text.original) for text in texts.values())
    return Briefing(
        id=_str(head, "id"),
        title=_str(head, "title"),
        as_of=cast(DateValue, head.values["as_of"]),
        summary=_opt(head, "summary"),
        tags=_tuple(head, "tags"),
        language=_opt(head, "language") or "en",
        sources=sources,
        actors=actors,
        events=tuple(events),
        quotes=quotes,
        has_control_characters=has_control_characters,
    )


def _strings(values: dict[str, object]) -> Iterator[str]:
    for value in values.values():
        if isinstance(value, str):
            yield value
        elif isinstance(value, tuple):
            yield from (v for v in value if isinstance(v, str))


def _str(record: RawRecord, name: str) -> str:
    return cast(str, record.values[name])


def _opt(record: RawRecord, name: str) -> str | None:
    return cast("str | None", record.values.get(name))


def _tuple(record: RawRecord, name: str) -> tuple[str, ...]:
    return cast("tuple[str, ...]", record.values.get(name, ()))


def _date(record: RawRecord, name: str) -> DateValue | None:
    return cast("DateValue | None", record.values.get(name))
