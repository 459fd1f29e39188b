"""`briefing search`: every place some words stand, in records and source texts.

One line per hit, `FILE:LINE:COL: kind id: snippet`, into the YAML or the
source text (briefing.index.located); `--format json` gives the same as a
list of objects. Exit status 0 when something was found, 1 when nothing was
(as grep), 2 for a misused command. Briefings with errors are not searched
(their records are not known): a line on stderr says which, whatever the status.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from briefing.cli.library import opened
from briefing.cli.output import write_utf8
from briefing.cli.status import EXIT_OK, EXIT_PROBLEMS
from briefing.errors import UsageError
from briefing.files.locations import bundled_content_dir, display_path, shell_argument
from briefing.index.located import Locator, snippet
from briefing.index.store import Index
from briefing.index.words import WordIndex
from briefing.records.folding import NO_WORD
from briefing.records.text import counted, inert_json, shown, visible_line
from briefing.records.words import SearchQuery


def search(args: argparse.Namespace) -> int:
    query = SearchQuery.parse(args.words)
    if not query:
        raise UsageError(f"{shown(args.words)} {NO_WORD}")  # as Find says it
    _refuse_swapped(args.words, args.path)
    content = args.path or bundled_content_dir()
    index = opened(args.path, args.index, rebuild=False)
    found = list(_hits(index, content, query))
    broken = [s.path for s in index.summaries() if not s.opens]
    if args.format == "json":
        write_utf8(inert_json(found) + "\n")  # (indented as the others: it was by 1)
    else:
        for hit in found:
            print(
                f"{visible_line(hit['file'])}:{hit['line']}:{hit['column']}: {hit['kind']} "
                f"{visible_line(hit['id'])}: {visible_line(hit['snippet'])}"
            )
        if sys.stdout.isatty() or not found:
            print(f"{counted(len(found), 'hit')} of {query.describe()}", file=sys.stderr)
    if broken:
        print(f"briefing: {not_searched(broken, content)}", file=sys.stderr)
    return EXIT_OK if found else EXIT_PROBLEMS


def not_searched(folders: list[str], content: Path) -> str:
    """The briefings with errors, which are not searched: said, so that "0 hits"
    is not read as "not in the archive" (9 of 12 were skipped in silence, a trial)."""
    named = ", ".join(visible_line(folder) for folder in folders[:3])
    more = ", …" if len(folders) > 3 else ""
    return (
        f"{counted(len(folders), 'briefing')} with errors not searched ({named}{more}): "
        f"briefing check {shell_argument(content)} shows them"
    )


def _refuse_swapped(words: str, path: Path | None) -> None:
    """UsageError, with the command as it should be, for `search PATH WORDS`
    (`briefing find` takes its file first, so the slip is easy)."""
    if path is None or os.path.lexists(path):
        return
    if not os.path.exists(words):
        if os.sep not in str(path):  # `search huge mistake`: two words, unquoted
            raise UsageError(
                f"no such file or folder: {display_path(path)}; for several words, quote "
                f"them: briefing search {shlex.quote(f'{words} {path}')}"
            )
        return
    raise UsageError(
        f"no such file or folder: {display_path(path)}; the words come first: "
        f"briefing search {shlex.quote(str(path))} {shlex.quote(words)}"
    )


def _hits(index: Index, content: Path, query: SearchQuery) -> Iterator[dict[str, Any]]:
    """Every hit, briefing by briefing, kind by kind as the word index ranks them
    (quotes first), and within a kind in file and line order, as grep has them
    (they came in the records' order: a file's line 125 before its line 6)."""
    for summary in index.summaries():
        if not summary.opens or summary.id is None:
            continue
        hits = list(_briefing_hits(index, content, summary.id, summary.path, query))
        rank = {kind: n for n, kind in enumerate(dict.fromkeys(hit["kind"] for hit in hits))}
        hits.sort(key=lambda hit: (rank[hit["kind"]], hit["file"], hit["line"], hit["column"]))
        yield from hits


def _briefing_hits(
    index: Index, content: Path, briefing_id: str, folder: str, query: SearchQuery
) -> Iterator[dict[str, Any]]:
    words: WordIndex = index.word_index(briefing_id)
    locator = Locator(content / folder)
    sources = {s.id: s.text for s in words.briefing.sources}
    for result in words.search(query):
        for hit in result.hits:
            whole = sources.get(hit.doc.record_id) if hit.doc.kind == "passage" else None
            for span in hit.spans:
                place = locator.place(hit, span, whole)
                shown, _ = snippet(hit.text, span)
                yield {
                    "file": display_path(place.file),
                    "line": place.line,
                    "column": place.column,
                    "briefing": briefing_id,
                    "kind": result.kind,
                    "id": result.record_id or briefing_id,
                    "field": hit.doc.field,
                    "match": hit.text[span[0] : span[1]],
                    "snippet": shown,
                }
