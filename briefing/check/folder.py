"""Checking one briefing folder: its files together, then the records built.

A folder is checked as a whole: ids must be unique per section across its
files, references must name ids that exist, affiliations must not loop,
source texts must exist inside the folder, and every quote must be found in
its source's text. The result is a `Briefing` when nothing is wrong (warnings
allowed), and always the list of problems.
"""

from __future__ import annotations

import os
import traceback
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePath

from briefing.check.build import build_briefing, type_early
from briefing.check.comments import warn_comments_cutting_text
from briefing.check.fields import MARKED_CHARACTER_CODES, check_file, nearest
from briefing.check.quote_anchors import anchor_quotes
from briefing.check.quote_attribution import warn_relayed_by_speaker
from briefing.check.raw import PLACES_KEPT, RawRecord, SharedValues, Where
from briefing.check.same_as import warn_shared_same_as
from briefing.check.source_texts import load_source_texts
from briefing.check.streamed import read_records
from briefing.check.time_zones import warn_times_without_offset
from briefing.check.yamlsafe import MAX_BYTES, read_yaml
from briefing.files.crashlog import write_crash_log
from briefing.files.filekinds import Refused, TooLarge, has_undecodable, path_text, read_file
from briefing.files.locations import (
    FolderEntry,
    display_path,
    holds_yaml,
    shell_argument,
    yaml_files,
)
from briefing.files.reasons import os_reason
from briefing.memory import collector_paused
from briefing.records.dates import DateValue
from briefing.records.model import Briefing
from briefing.records.problems import Problem, ProblemSink
from briefing.records.schema import (
    FIELDS,
    RECORD_LISTS,
    RECORD_NAME,
    TOP_LEVEL_KEYS,
    Kind,
    a_record,
)
from briefing.records.text import shown, slug


@dataclass
class FolderResult:
    """What checking one briefing folder found."""

    folder: Path
    files: list[Path]
    problems: list[Problem]
    briefing: Briefing | None = None
    #: the briefing's id as written (even when the briefing has errors)
    briefing_id: str | None = None
    #: the file and place of that id, for problems across folders
    briefing_id_at: tuple[str, Where] | None = None
    #: where each text field's value stands, for search's located lines:
    #: (section, record id, field) -> (YAML file's name, line, column)
    text_places: dict[tuple[str, str, str], tuple[str, int, int]] = field(default_factory=dict)

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
    #: False when some file could not be read to its end: its ids are unknown
    all_read: bool = True


def check_folder(folder: Path, text_places: bool = False) -> FolderResult:
    """Check the briefing in `folder` and build it if it has no errors.

    `text_places`: also say where each text field's value stands (for the
    index's word table); a mapping of every text of every record, so only
    when asked (at x1000 it made `briefing check` hold 57 MiB more).
    """
    with collector_paused():
        try:
            return _check_folder(folder, text_places)
        except Exception as exc:  # said, with a crash log, for this folder alone
            return _checker_failed(folder, exc)


def _checker_failed(folder: Path, exc: Exception) -> FolderResult:
    """A bug met in checking `folder`: refused with an error that says so, and a
    crash log to report. One briefing's digits too many for Python's int()
    made every command and the reader fail on the whole library (an
    adversarial trial); the next such bug refuses that briefing alone."""
    sink = ProblemSink(display_path(folder))
    details = "".join(traceback.format_exception(exc))
    try:
        where = f"the details are in {write_crash_log(details)}"
    except OSError as error:
        where = f"the details could not be saved ({error.strerror or error})"
    sink.error(
        1,
        1,
        "checker-failed",
        f"checking this briefing met a bug of briefing's own, not a mistake of yours "
        f"({type(exc).__name__}: {shown(str(exc), 120)}); the other briefings are read as usual",
        f"{where}: please report it",
    )
    return FolderResult(folder, [], sink.problems)


def refused_folder(entry: FolderEntry) -> FolderResult:
    """A folder of a content directory that is not read: the reason, located at it."""
    sink = ProblemSink(display_path(entry.path))
    trouble = entry.trouble
    if trouble is not None:
        sink.error(1, 1, trouble.code, f"{_named(entry.path)} {trouble.predicate}", trouble.hint)
    return FolderResult(entry.path, [], sink.problems)


def _empty_folder_hint(folder: Path) -> str:
    """What to do about a folder with no YAML: write one, or, when it holds
    briefing folders itself (a folder above the content directory was given),
    open it instead."""
    if _briefing_folders_in(folder):
        return (
            f"it holds briefing folders itself: it is a content directory, so open or "
            f"check it as one (briefing open {shell_argument(folder)})"
        )
    whole = Path(os.path.abspath(folder))
    parent = whole.parent
    if parent != whole and holds_yaml(parent):  # `sources/` given (an author's trial)
        return (
            f"it is inside the briefing folder {_named(parent)}: check that one "
            f"(briefing check {shell_argument(parent)})"
        )
    return "add a briefing.yaml (see the format's example)"


def _missing_briefing_hint(folder: Path, files: list[Path]) -> str:
    """What to do about a folder whose YAML has no `briefing:` mapping.

    A YAML file left at the top of a content directory makes the directory a
    briefing folder (the contract: every YAML file directly inside is read):
    its briefings vanished from `list` and the library behind one error that
    said to add a briefing.yaml (the user's library had turned into one
    broken briefing). The hint names the files that did it.
    """
    inside = _briefing_folders_in(folder)
    if not inside:
        return "add one, usually in briefing.yaml"
    named = ", ".join(_named(path) for path in files[:3]) + (", …" if len(files) > 3 else "")
    folders = ", ".join(_named(folder / name) for name in inside[:2])
    folders += ", …" if len(inside) > 2 else ""
    return (
        f"this folder also holds briefing folders ({folders}); as it holds YAML files itself "
        f"({named}), it is read as one briefing: move those files into a briefing folder, "
        "or out, and it is read as a content directory again"
    )


def _briefing_folders_in(folder: Path) -> list[str]:
    """The names of the folders inside `folder` that hold YAML files (none when unreadable)."""
    try:
        with os.scandir(folder) as entries:
            inside = sorted(e.name for e in entries if e.is_dir() and e.name[0] not in "._")
    except OSError:
        return []
    return [name for name in inside if holds_yaml(folder / name)]


def _check_folder(folder: Path, text_places: bool) -> FolderResult:
    folder_sink = ProblemSink(display_path(folder))
    problems = folder_sink.problems
    result = FolderResult(folder, [], problems)
    _check_name(folder, "folder", folder_sink)
    try:
        files = yaml_files(folder)
    except OSError as exc:
        folder_sink.error(
            1,
            1,
            "folder-unreadable",
            f"this briefing folder cannot be read: {os_reason(exc)}",
            "give yourself permission to read it (chmod), or move it out of the content directory",
        )
        return result
    result.files = files
    if not files:
        folder_sink.error(
            1,
            1,
            "folder-empty",
            "this briefing folder holds no .yaml or .yml file",
            _empty_folder_hint(folder),
        )
        return result
    context = _Context(folder, {name: [] for name in TOP_LEVEL_KEYS})
    sinks: list[ProblemSink] = []
    shared = SharedValues()
    for path in files:
        sink = ProblemSink(display_path(path))
        sinks.append(sink)
        _check_name(path, "file", sink)
        records, complete = _check_one_file(path, sink, shared)
        if not complete and context.all_read and len(files) > 1:
            # once, at the first file that stops, when other files may refer to it
            _say_references_wait(sink)
        context.all_read &= complete
        for record in records:
            type_early(record)
            context.records[record.section].append(record)
    first_sink = sinks[0]
    _check_briefing_mapping(context, first_sink, result)
    for section in RECORD_LISTS:
        _check_unique_ids(context, section)
    _check_references(context)
    warn_relayed_by_speaker(context.records["quotes"], context.ids["actors"])
    _check_affiliation_cycles(context)
    _check_said_before_published(context)
    warn_times_without_offset(context.records)
    warn_shared_same_as(context.records["actors"])
    named = context.ids["sources"]
    unnamed = [r for r in context.records["sources"] if named.get(r.id or "") is not r]
    texts = load_source_texts(folder, named, unnamed)
    spans = anchor_quotes(
        context.records["quotes"], texts, context.ids["sources"], context.records["events"]
    )
    for sink in sinks:
        problems.extend(sink.problems)
    problems.sort(key=Problem.sort_key)
    if result.errors == 0:
        # A Windows line end (CR LF) is warned of by nothing, but its CR must
        # not reach a terminal either: the reader turns it into a space.
        marked = any(problem.code in MARKED_CHARACTER_CODES for problem in problems) or any(
            "\r" in text for text in texts.values()
        )
        if text_places:
            result.text_places = _text_places(context)  # before the build lets records go
        context.ids.clear()  # the build lets each section's records go as it goes
        result.briefing = build_briefing(context.records, texts, spans, marked)
    return result


def _text_places(context: _Context) -> dict[tuple[str, str, str], tuple[str, int, int]]:
    places: dict[tuple[str, str, str], tuple[str, int, int]] = {}
    for section, records in context.records.items():
        for record in records:
            ident = record.id if section != "briefing" else ""
            if ident is None:
                continue
            name = os.path.basename(record.sink.file)  # YAML files lie directly in the folder
            for key in PLACES_KEPT.get(section, ()):
                try:
                    place = record.place(key)
                except KeyError:  # not written
                    continue
                places[(section, ident, key)] = (name, place.line, place.column)
    return places


def _check_name(path: Path, what: str, sink: ProblemSink) -> None:
    """A name that is not UTF-8 cannot be shown, stored in the index or typed: refused."""
    if has_undecodable(path.name):
        sink.error(
            1,
            1,
            "name-not-utf8",
            f"the name of this {what}, {_named(path)}, is not UTF-8 text",
            f"rename the {what} (the name is shown with each unreadable byte as \\xNN)",
        )


def _check_one_file(
    path: Path, sink: ProblemSink, shared: SharedValues
) -> tuple[list[RawRecord], bool]:
    """The file's records, and whether it was read to its end."""
    try:
        data = read_file(path, MAX_BYTES)
    except Refused as exc:
        trouble = exc.trouble
        sink.error(1, 1, trouble.code, f"{_named(path)} {trouble.predicate}", trouble.hint)
        return [], False
    except TooLarge as exc:
        sink.error(
            1,
            1,
            "yaml-too-large",
            f"this file is {exc.size:,} bytes; a YAML file may hold at most {MAX_BYTES:,}",
            "split the briefing across several files",
        )
        return [], False
    except OSError as exc:
        sink.error(1, 1, "file-unreadable", f"this file cannot be read: {os_reason(exc)}")
        return [], False
    records = read_records(data, sink, shared)
    if records is not None:
        return records, True  # nothing to report: no located nodes needed
    read = read_yaml(data, sink)
    documents = read.documents
    if len(documents) > 1:
        # at the second document's `---`, not at its first value (or the end
        # of the file, for an empty one: a new author's trial was sent there)
        extra = documents[1]
        line, column = read.starts[1] if len(read.starts) > 1 else (extra.line, extra.column)
        sink.error(
            line,
            column,
            "yaml-multiple-documents",
            "this file holds more than one YAML document ('---')",
            "keep one document per file, or split it into several files",
        )
    root = documents[0] if documents else None
    records = check_file(root, sink, shared)
    warn_comments_cutting_text(root, read.cuts, sink)
    return records, read.complete


#: Said with the YAML error that stopped a file (`_say_references_wait`).
REFERENCES_WAIT = (
    "references between records are checked once this file reads to its end: "
    "more problems may show then"
)


def _say_references_wait(sink: ProblemSink) -> None:
    """Add to the YAML error that stopped a file that references are not
    checked until it reads to its end (`_check_references`): an author who
    mended a tab in one file was then told of a misspelt speaker in another,
    which nothing had said was still to come (an author's trial)."""
    for place in range(len(sink.problems) - 1, -1, -1):
        problem = sink.problems[place]
        if not problem.is_error:
            continue
        if problem.code in FILE_STOPS or (
            problem.code.startswith("yaml-") and problem.code != "yaml-too-large"
        ):
            hint = f"{problem.hint}. Then: {REFERENCES_WAIT}" if problem.hint else None
            sink.problems[place] = replace(problem, hint=hint or REFERENCES_WAIT.capitalize())
        return


#: What stops a file on disk before it is read (`_check_one_file`): a broken
#: link among the files hid a misspelt speaker just as a tab did.
FILE_STOPS = frozenset(
    {"file-unreadable", "link-broken", "link-loop", "special-file", "is-a-folder", "name-too-long"}
)


def _named(path: Path) -> str:
    return shown(path_text(path.name) or path_text(path))


def _check_briefing_mapping(
    context: _Context, first_sink: ProblemSink, result: FolderResult
) -> None:
    found = context.records["briefing"]
    if not found and not context.all_read:
        return  # it may be in the file that could not be read: that is the problem to fix
    if not found:
        first_sink.error(
            1,
            1,
            "briefing-missing",
            "no file in this folder has the 'briefing:' mapping (id, title, as_of)",
            _missing_briefing_hint(context.folder, result.files),
        )
        return
    first = found[0]
    for extra in found[1:]:
        extra.sink.error(
            extra.at.line,
            extra.at.column,
            "briefing-duplicate",
            "a folder holds exactly one 'briefing:' mapping; this is a second one",
            f"the other is {_other_place(first, extra, first.at.line)}",
        )
    if first.id is not None:
        result.briefing_id = first.id
        result.briefing_id_at = (first.sink.file, first.place("id"))


def _other_place(other: RawRecord, record: RawRecord, line: int | None = None) -> str:
    """Where `other` stands, as `record`'s problem says it: `at line 15` in the
    same file, `in extra.yaml at line 15` in another of the folder. The whole
    path again, and "the first" for the first file by name, read as the
    author's original (an author's trial)."""
    line = other.place("id").line if line is None else line
    if other.sink.file == record.sink.file:
        return f"at line {line} of this file"
    return f"in {PurePath(other.sink.file).name} at line {line}"


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
        node = record.place("id")
        record.complete = False
        record.sink.error(
            node.line,
            node.column,
            "duplicate-id",
            f"two {section} have the id {shown(ident)}",
            f"the other is {_other_place(first, record)}; give one of them another id",
        )
    context.ids[section] = seen


def _check_references(context: _Context) -> None:
    if not context.all_read:
        # The ids of a file that could not be read are unknown: reporting every
        # reference to them would bury the one problem that matters.
        return
    guesses = _Guesses(context.ids)
    # References to a record whose id was refused (`Grace-Mbeki`, said once,
    # at the id) are not each said to name nothing (an author's trial).
    refused = {
        section: {slug(r.refused_id) for r in context.records[section] if r.refused_id}
        for section in RECORD_LISTS
    }
    for section in RECORD_LISTS:
        fields = _reference_fields(section)
        for record in context.records[section]:
            for name, spec_target in fields:
                known = context.ids[spec_target]
                for position, ident in enumerate(record.ids(name)):
                    if ident in known:
                        continue
                    if slug(ident) in refused[spec_target]:
                        record.complete = False
                        continue
                    _ident, node = record.references(name)[position]
                    guess = guesses.guess(spec_target, ident)
                    record.complete = False
                    record.sink.error(
                        node.line,
                        node.column,
                        "unknown-reference",
                        f"there is no {RECORD_NAME[spec_target]} with the id {shown(ident)}",
                        _reference_hint(context, name, spec_target, ident, guess),
                    )


def _reference_hint(
    context: _Context, name: str, target: str, ident: str, guess: str | None
) -> str | None:
    """What an unknown reference most likely meant. An id of another kind of
    record is said first: `speaker: chronicle`, a source's id, was told "did
    you mean 'city-council'?", an actor's id spelt nothing like it (an
    author's trial)."""
    other = _other_kind_hint(context, name, target, ident)
    if other is None:
        return f"did you mean {shown(guess)}?" if guess else None
    return f"{other}; or did you mean {shown(guess)}?" if guess else other


def _other_kind_hint(context: _Context, name: str, target: str, ident: str) -> str | None:
    """`reported_by: upi` where 'upi' is a source: say so (a new author's trial),
    rather than leave "there is no actor with the id 'upi'" a riddle."""
    other = next((s for s in RECORD_LISTS if s != target and ident in context.ids.get(s, {})), None)
    if other is None:
        return None
    return (
        f"{shown(ident)} is the id of {a_record(other)}; {name} takes {a_record(target)}'s id"
        f" (add the {RECORD_NAME[target]} to {target}, with an id of its own)"
    )


#: Spellings compared, over a whole check, in search of the nearest id: about
#: two seconds. A large briefing with hundreds of different unknown ids then
#: still gets a guess for a name, an alias or an id's end, and no more waiting.
NEAREST_BUDGET = 1_500_000


class _Guesses:
    """The id an unknown reference most likely meant, for a did-you-mean.

    Other spellings of the ids are gathered only once a reference is
    unknown, once per section: a briefing with none pays nothing. Each
    unknown id is guessed once (a renamed actor is named in many quotes).
    """

    def __init__(self, ids: dict[str, dict[str, RawRecord]]) -> None:
        self._ids = ids
        self._spellings: dict[str, tuple[dict[str, str], list[str]]] = {}
        self._guessed: dict[tuple[str, str], str | None] = {}
        self._budget = NEAREST_BUDGET

    def guess(self, section: str, ident: str) -> str | None:
        if (section, ident) not in self._guessed:
            self._guessed[section, ident] = self._guess(section, ident)
        return self._guessed[section, ident]

    def _guess(self, section: str, ident: str) -> str | None:
        if section not in self._spellings:
            spellings = _spellings(section, self._ids[section])
            self._spellings[section] = spellings, list(spellings)
        spellings, choices = self._spellings[section]
        named = spellings.get(slug(ident))
        if named is not None:
            return named
        if len(choices) > self._budget:
            return None
        self._budget -= len(choices)
        close = nearest(ident, choices)
        return spellings[close] if close is not None else None


def _spellings(section: str, known: dict[str, RawRecord]) -> dict[str, str]:
    """Other ways an author may name a record, as ids would spell them, with its id.

    An actor is often named by its name, an alias, or the end of its id
    (`barroso` for `jose-manuel-barroso`, who has the alias "Barroso").
    """
    spellings: dict[str, str] = {}
    for ident, record in known.items():
        words = ident.split("-")
        for start in range(1, len(words)):
            spellings.setdefault("-".join(words[start:]), ident)
        if section != "actors":
            continue
        names = [record.value("name"), *_texts(record.value("aliases"))]
        for name in names:
            if isinstance(name, str):
                spellings.setdefault(slug(name), ident)
    for ident in known:  # an id is always itself
        spellings[ident] = ident
    return spellings


def _texts(value: object) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, tuple) else []


def _reference_fields(section: str) -> list[tuple[str, str]]:
    return [
        (spec.name, spec.target)
        for spec in FIELDS[section].values()
        if spec.kind is Kind.REF and spec.target
    ]


#: Seconds a quote may seem said after its source was published: local times
#: and dates are counted as UTC, and time zones are up to 14 hours apart.
SAID_AFTER_MARGIN = 24 * 60 * 60


def _check_said_before_published(context: _Context) -> None:
    """A quote said after its source was published: surely a slip of the year
    or the month (`said: 2052-03-14` for a source of 2025: an author's trial).
    Only when it cannot be otherwise: the earliest the quote may have been
    said is over a day after the latest its source may have been published
    (a day: local times and time zones), and neither date is approximate."""
    sources = context.ids["sources"]
    for record in context.records["quotes"]:
        said = record.value("said")
        source = sources.get(record.text("source") or "")
        if source is None:
            continue
        published = source.value("published")
        if not isinstance(said, DateValue) or not isinstance(published, DateValue):
            continue
        if said.qualifiers or published.qualifiers:
            continue  # approximate or uncertain: it may be otherwise
        if said.earliest is None or published.latest is None:
            continue
        if said.earliest <= published.latest + SAID_AFTER_MARGIN:
            continue
        node = record.place("said")
        record.sink.warning(
            node.line,
            node.column,
            "said-after-published",
            f"this quote's date ({said.describe()}) is after its source "
            f"{shown(source.id or '')} was published ({published.describe()})",
            "check both dates",
        )


def _check_affiliation_cycles(context: _Context) -> None:
    """Report every loop in the affiliation graph once, spelt out: a → b → a."""
    actors = context.ids["actors"]
    graph = {ident: _ids(record.value("affiliations")) for ident, record in actors.items()}
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
            edges = graph.get(ident, ())
            if position >= len(edges):
                stack.pop()
                path.pop()
                state[ident] = 2
                continue
            stack[-1] = (ident, position + 1)
            target = edges[position]
            if target not in graph:
                continue
            if state.get(target) == 1:
                cycle = [*path[path.index(target) :], target]
                members = frozenset(cycle)
                if members not in reported:
                    reported.add(members)
                    record = actors[ident]
                    _target, node = record.references("affiliations")[position]
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


def _ids(value: object) -> tuple[str, ...]:
    """The ids of a list of references (a checked value, or None)."""
    return value if isinstance(value, tuple) else ()
