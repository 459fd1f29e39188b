"""`briefing list` and `briefing index`: the index of a content directory, from the command line."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.cli.interrupt import ended_by_signals, quiet_at_exit_after_a_stopped_pool
from briefing.cli.output import write_utf8
from briefing.cli.progress import progress_bar
from briefing.cli.status import EXIT_OK, EXIT_PROBLEMS
from briefing.errors import UsageError
from briefing.files.locations import (
    bundled_content_dir,
    display_path,
    shell_argument,
    usable_folder,
)
from briefing.index.build import Progress
from briefing.index.store import BriefingSummary, Index, open_index
from briefing.present.counts import an_actors_records, record_counts
from briefing.present.quotes import in_quotation_marks, said_on
from briefing.records.text import CUT_MARK, counted, inert_json, it_or_them, shown, visible_line

if TYPE_CHECKING:  # read only where `--actor` is asked for
    from briefing.index.rows import ActorAppearance
    from briefing.records.model import Quote
    from briefing.records.queries import BriefingQueries


def opened(
    path: Path | None,
    index: Path | None,
    rebuild: bool,
    jobs: int | None = None,
    check_files: bool = False,
) -> Index:
    """The index of `path` (default: the bundled briefings), built or refreshed as needed.

    Waits and notices are said on stderr as they happen, and so are those of
    briefings read later (a file not the index's, left alone); a UsageError
    for a path that is not there, or an index path that holds something not
    ours.
    """
    content = path or bundled_content_dir()
    usable_folder(content)  # a UsageError for a path that is not there
    last: list[Progress] = []
    try:
        with ended_by_signals(), progress_bar() as bar:

            def on_progress(progress: Progress) -> None:
                last[:] = [progress]
                if bar is not None:
                    bar(progress)

            index_opened = open_index(
                content,
                index,
                rebuild=rebuild,
                on_wait=say,
                on_progress=on_progress,
                workers=jobs,
                keep=True,  # read once, kept to the end of the command
                check_files=check_files,
            )
    except KeyboardInterrupt:  # Ctrl+C, kill, the terminal closed (briefing.cli.interrupt)
        with contextlib.suppress(OSError):  # the terminal may be gone
            say(_what_is_left(last[0] if last else None))
        quiet_at_exit_after_a_stopped_pool()
        raise
    for notice in index_opened.notices:
        say(notice)
    index_opened.on_notice = say
    return index_opened


def _what_is_left(progress: Progress | None) -> str:
    """What an interrupted build leaves: the files written so far are taken as
    they are by the next open (briefing.index.update); nothing else was written."""
    if progress is None or progress.kept == 0:
        return "interrupted: the index is left as it was"
    kept = counted(progress.kept, "briefing")
    return f"interrupted: the {kept} checked so far are kept; the next run goes on from there"


def say(notice: str) -> None:
    """A notice on stderr at once, while the command goes on (a wait for a lock)."""
    print(f"briefing: {visible_line(notice)}", file=sys.stderr, flush=True)


def list_briefings(args: argparse.Namespace) -> int:
    if args.actor is not None:
        if args.format == "json":
            raise UsageError("--format json lists the briefings; it is not given with --actor")
        return _actor_across(opened(args.path, args.index, rebuild=False), args.actor)
    summaries = opened(args.path, args.index, rebuild=False).summaries()
    content = args.path or bundled_content_dir()
    if args.format == "json":
        write_utf8(inert_json([_listed(s, content) for s in summaries]) + "\n")
        return EXIT_OK if all(s.opens for s in summaries) else EXIT_PROBLEMS
    sharing = Counter(summary.id for summary in summaries if summary.id is not None)
    for summary in summaries:
        name = visible_line(summary.id or summary.folder)
        if summary.id is not None and sharing[summary.id] > 1:
            # The folder too: a copy under the same id, refused, reads alike
            # (and its check is the content directory's, which names no folder).
            name += f" ({visible_line(summary.folder)}/)"
        if summary.opens:
            as_of = summary.as_of.describe() if summary.as_of else "?"
            print(
                f"{name}  {visible_line(summary.title or '')}  (as of {as_of})  "
                f"{record_counts(summary.actors, summary.events, summary.quotes, ', ')}  "
                f"{_ok(summary, content)}"
            )
        else:
            # Its folder named: folders that share an id (copies, a broken
            # one beside a good one) would otherwise read alike.
            errors = counted(summary.errors, "error")
            print(f"{name}  {errors} ({shows_them(summary, summaries, content)})")
    return EXIT_OK if all(s.opens for s in summaries) else EXIT_PROBLEMS


def shows_them(
    summary: BriefingSummary, summaries: Sequence[BriefingSummary], content: Path
) -> str:
    """ "briefing check FOLDER shows them": the check that shows a briefing's errors."""
    return f"{check_command(summary, summaries, content)} shows {it_or_them(summary.errors)}"


def check_command(
    summary: BriefingSummary, summaries: Sequence[BriefingSummary], content: Path
) -> str:
    """The `briefing check` that shows a briefing's errors: its folder's, or the
    content directory's when another briefing there has its id. A duplicate id
    is an error of the two folders together, which a check of one alone cannot
    see: the command named for it said "ok" (a trial of scripts and CI)."""
    shared = summary.id is not None and sum(s.id == summary.id for s in summaries) > 1
    return f"briefing check {shell_argument(content if shared else content / summary.path)}"


def _ok(summary: BriefingSummary, content: Path) -> str:
    """`ok`, and its warnings when it has some: a quote that takes part of a word
    of its source read "ok" as one that does not (a security review)."""
    warnings = summary.warnings
    if not warnings:
        return "ok"
    folder = shell_argument(content / summary.path)
    shows = f"briefing check {folder} shows {it_or_them(warnings)}"
    return f"ok, {counted(warnings, 'warning')} ({shows})"


def _listed(summary: BriefingSummary, content: Path) -> dict[str, object]:
    """A briefing as `list --format json` gives it: its text rows had two shapes,
    double-space separated, which a title holding two spaces broke."""
    return {
        "id": summary.id,
        "folder": display_path(content / summary.path),
        "title": summary.title,
        "as_of": summary.as_of.text if summary.as_of else None,
        "actors": summary.actors,
        "events": summary.events,
        "quotes": summary.quotes,
        "errors": summary.errors,
        "warnings": summary.warnings,
        "ok": summary.opens,
    }


def index_content(args: argparse.Namespace) -> int:
    # Each briefing's file looked at too: one the user put in its place (or
    # emptied) is said, not taken for an index up to date.
    built = opened(args.path, args.index, args.rebuild, args.jobs, check_files=True)
    where = visible_line(display_path(built.location)) if built.location else "memory"
    if built.location and built.unstored:
        where += f" ({counted(len(built.unstored), 'briefing')} not kept in it, as said above)"
    if built.rebuilt:
        total = counted(len(built.summaries()), "briefing")
        print(f"indexed {built.checked} of {total} in {built.seconds:.3f} s: {where}")
    else:
        print(f"up to date in {built.seconds:.3f} s: {where}")
    # Writing the index is this command's whole job: in memory only, or a
    # briefing kept out of it, it failed (the notice said why); list, search
    # and open go on from memory.
    return EXIT_OK if built.location and not built.unstored else EXIT_PROBLEMS


def _actor_across(index: Index, id_or_name: str) -> int:
    """Each briefing where the actor appears, newest first, with its words and deeds there."""
    # Imported here: list and index without --actor need neither.
    from briefing.index.across import groups, named, named_by_words, nearest_name
    from briefing.records.queries import BriefingQueries

    appearances = index.appearances()
    found = named(appearances, id_or_name)
    by_words = named_by_words(appearances, id_or_name) if not found else []
    if len(by_words) == 1:
        found = by_words[0]  # `okafor`: the one actor a word of whose name it begins
    elif by_words:
        name_count = Counter(group[0].name for group in by_words)
        # two actors of one name, told apart by a briefing of each (a review)
        names = sorted(
            shown(group[0].name)
            + (
                f" (in {visible_line(group[0].briefing_id)})"
                if name_count[group[0].name] > 1
                else ""
            )
            for group in by_words
        )
        listed = ", ".join(names[:5]) + (", …" if len(names) > 5 else "")
        raise UsageError(
            f"{shown(id_or_name)} is in the names or aliases of {counted(len(by_words), 'actor')}: "
            f"{listed}; write more of the name, or the id"
        )
    if not found:
        guess = nearest_name(appearances, id_or_name)
        hint = f"; did you mean {shown(guess)}?" if guess is not None else ""
        raise UsageError(
            f"no actor with the id, name or alias {shown(id_or_name)} in any briefing{hint}"
        )
    by_id = {s.id: s for s in index.summaries() if s.id is not None}
    newest_first = sorted(found, key=lambda a: _as_of_key(by_id[a.briefing_id]), reverse=True)
    _say_several(id_or_name, newest_first, groups(appearances))
    for appearance in newest_first:
        summary = by_id[appearance.briefing_id]
        lookup = BriefingQueries(index.briefing(appearance.briefing_id))
        actor = lookup.actor(appearance.actor_id)
        events = lookup.events_by_participant(actor.id)
        quotes = lookup.quotes_involving(actor.id)
        as_of = summary.as_of.describe() if summary.as_of else "?"
        print(
            f"{visible_line(appearance.briefing_id)}  {visible_line(summary.title or '')}  "
            f"(as of {as_of})  {visible_line(actor.name)}: "
            f"{an_actors_records(actor.id, events, quotes)}"
        )
        for event in events:
            print(f"  event  {event.when.describe()}  {visible_line(event.title)}")
        for quote in quotes:
            when = said_on(lookup.said_when(quote))  # as the reader dates and orders them
            # Words it relayed are another's: said as theirs (they read as its own).
            whose = "" if quote.speaker == actor.id else f" — {_speaker(lookup, quote)}, relayed"
            words = in_quotation_marks(
                visible_line(_shortened(quote.text)), quote.text, language=lookup.briefing.language
            )
            print(f"  quote  {when}  {words}{whose}")
    return EXIT_OK


def _say_several(
    typed: str, found: list[ActorAppearance], grouped: dict[tuple[str, str], list[ActorAppearance]]
) -> None:
    """On stderr, when the actors listed are not one actor across the briefings
    (their `same_as` say they are different people, or only their names are
    alike): two Ann Alphas whose same_as differ were listed as one (a contract
    audit). The listing itself stays as it is, one line per briefing."""
    people: dict[int, list[str]] = {}
    for appearance in found:
        group = grouped[(appearance.briefing_id, appearance.actor_id)]
        people.setdefault(id(group), []).append(visible_line(appearance.briefing_id))
    if len(people) < 2:
        return
    each = "; another in ".join(", ".join(briefings) for briefings in people.values())
    print(
        f"briefing: note: {shown(typed)} names {len(people)} different actors (their "
        f"same_as, or their ids and names, differ): one in {each}",
        file=sys.stderr,
    )


def _speaker(lookup: BriefingQueries, quote: Quote) -> str:
    return visible_line(lookup.actor(quote.speaker).name)


def _shortened(text: str, limit: int = 90) -> str:
    """A quote on one line, cut at `limit` with the reader's `▸`: a `…` inside its
    quotation marks read as the author's elision (an analyst's trial)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + CUT_MARK


def _as_of_key(summary: BriefingSummary) -> tuple[int, int, str]:
    return summary.as_of.sort_key() if summary.as_of is not None else (0, 0, "")
