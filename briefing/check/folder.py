"""Checking one briefing folder: its files together, then the records built.

A folder is checked as a whole: ids must be unique per section across its
files, references must name ids that exist, affiliations must not loop,
source texts must exist inside the folder, and every quote must be found in
its source's text. The result is a `Briefing` when nothing is wrong (warnings
allowed), and always the list of problems.
"""

from __future__ import annotations

import os
import re
import traceback
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePath

from briefing.check.actor_names import warn_actors_alike
from briefing.check.build import build_briefing, type_early
from briefing.check.comments import warn_comments_cutting_text
from briefing.check.cross_checks import check_affiliation_cycles, check_said_before_published
from briefing.check.date_order import check_published_after_as_of, check_said_within_event
from briefing.check.fields import MARKED_CHARACTER_CODES, check_file
from briefing.check.quote_anchors import anchor_quotes
from briefing.check.quote_attribution import warn_relayed_by_speaker
from briefing.check.raw import PLACES_KEPT, RawRecord, SharedValues, Where
from briefing.check.record_warnings import record_warnings
from briefing.check.references import check_references
from briefing.check.same_as import warn_shared_same_as
from briefing.check.source_texts import load_source_texts
from briefing.check.streamed import read_records
from briefing.check.time_zones import warn_times_without_offset
from briefing.check.weekdays import check_when_text_weekdays
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
from briefing.records.model import Briefing
from briefing.records.problems import Problem, ProblemSink
from briefing.records.schema import (
    RECORD_LISTS,
    TOP_LEVEL_KEYS,
)
from briefing.records.text import shown


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
    #: a file with errors has a `briefing:` line that its errors kept from being read
    briefing_refused: bool = False


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
        records, complete, names_briefing = _check_one_file(path, sink, shared)
        if names_briefing:
            context.briefing_refused = True
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
    check_references(context.records, context.ids, context.all_read)
    warn_relayed_by_speaker(context.records["quotes"], context.ids["actors"])
    check_affiliation_cycles(context.ids)
    check_said_before_published(context.records, context.ids)
    check_said_within_event(context.records, context.ids)
    check_published_after_as_of(context.records)
    check_when_text_weekdays(context.records)
    warn_times_without_offset(context.records)
    warn_shared_same_as(context.records["actors"])
    warn_actors_alike(context.records["actors"])
    named = context.ids["sources"]
    unnamed = [r for r in context.records["sources"] if named.get(r.id or "") is not r]
    texts = load_source_texts(folder, named, unnamed)
    briefing = context.records["briefing"]
    spans = anchor_quotes(
        context.records["quotes"],
        texts,
        context.ids["sources"],
        context.records["events"],
        briefing[0].value("language") if len(briefing) == 1 else None,
        context.ids["actors"],
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
        warned = record_warnings(context.records, problems)  # before it too: places are kept
        context.ids.clear()  # the build lets each section's records go as it goes
        result.briefing = build_briefing(context.records, texts, spans, marked, warned)
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
) -> tuple[list[RawRecord], bool, bool]:
    """The file's records, whether it was read to its end, and whether it has
    errors and a line that begins a `briefing:` mapping (which they may have
    kept from being read)."""
    leads_to = _link_leading_out(path)
    if leads_to is not None:  # read, as the contract says every file in the folder is
        sink.warning(
            1,
            1,
            "yaml-outside",
            f"{_named(path)} is a symbolic link to {shown(path_text(leads_to), 160)}, "
            "outside this briefing's folder: its records are read from there",
            "copy the file it leads to into this briefing's folder, in place of the link: "
            "a briefing is shared and copied without what its links lead to",
        )
    try:
        data = read_file(path, MAX_BYTES)
    except Refused as exc:
        trouble = exc.trouble
        sink.error(1, 1, trouble.code, f"{_named(path)} {trouble.predicate}", trouble.hint)
        return [], False, False
    except TooLarge as exc:
        sink.error(
            1,
            1,
            "yaml-too-large",
            f"this file is {exc.size:,} bytes; a YAML file may hold at most {MAX_BYTES:,}",
            "split the briefing across several files",
        )
        return [], False, False
    except OSError as exc:
        sink.error(1, 1, "file-unreadable", f"this file cannot be read: {os_reason(exc)}")
        return [], False, False
    records = read_records(data, sink, shared)
    if records is not None:
        return records, True, False  # nothing to report: no located nodes needed
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
    # Read only for a file with errors (5 ms a MB: a review), where one may
    # have kept its `briefing:` mapping from being read.
    refused = any(problem.is_error for problem in sink.problems)
    return records, read.complete, refused and _BRIEFING_LINE.search(data) is not None


#: A line that begins the `briefing:` mapping at the top level of a file.
_BRIEFING_LINE = re.compile(
    rb"""^(?:\xef\xbb\xbf)?(?:briefing|"briefing"|'briefing')[ \t]*:""", re.MULTILINE
)


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


def _link_leading_out(path: Path) -> Path | None:
    """Where `path`, a file of a briefing folder, leads when it is a symbolic
    link out of that folder (None: not a link, or one that stays inside).

    A source text that leads out is refused (source-text-outside: the
    contract says it must stay inside); a YAML file that does was read with
    no word, the records of a file anywhere on the reader's disk coming into
    the briefing and its exports (a security review). The contract says every
    YAML file in the folder is read: it is, with a warning.
    """
    if not path.is_symlink():
        return None
    try:
        target, inside = path.resolve(), path.parent.resolve()
    except (OSError, RuntimeError):  # a loop: said where the file is read
        return None
    if target.is_relative_to(inside) or not target.is_file():
        return None  # a device or a pipe is said to be one where the file is read
    return target


def _named(path: Path) -> str:
    return shown(path_text(path.name) or path_text(path))


def _check_briefing_mapping(
    context: _Context, first_sink: ProblemSink, result: FolderResult
) -> None:
    found = context.records["briefing"]
    if not found and (context.briefing_refused or not context.all_read):
        # It may be in the file that could not be read, or it is there and its
        # own error says why it was not read (an anchor on it, a list, a second
        # document): "no file has it", at another file, was false (an audit).
        return
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
