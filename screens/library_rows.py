"""The library's rows: one per briefing, in an order the reader picks, found by words.

Each row is made once per library (what it shows, what the filter looks in),
so that ordering and filtering a thousand briefings is a sort and a scan of
strings, on every key.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from rich.cells import cell_len
from textual.content import Content

from briefing.files.filekinds import path_text
from briefing.index.store import BriefingSummary
from briefing.present.counts import record_counts
from briefing.records.folding import Query, fold, searchable
from briefing.records.text import counted, visible_line
from briefing.screens.cells import truncate
from briefing.screens.keeper import NEVER_OPENED
from briefing.screens.safe import join, plain


class Order(Enum):
    """The orders of the library, in the order `o` steps through them."""

    NEWEST = "newest first"
    TITLE = "by title"
    ID = "by id"
    FOLDER = "by folder"

    def next(self) -> Order:
        orders = list(Order)
        return orders[(orders.index(self) + 1) % len(orders)]


@dataclass(frozen=True)
class LibraryRow:
    summary: BriefingSummary
    #: what the filter looks in: title, id, tags and folder, as the panes' filter
    #: takes a text (briefing.records.folding.searchable)
    searched: str
    #: what the reader remembers of it: "never opened", "3 new", or ""
    reading: str = ""

    @classmethod
    def of(cls, summary: BriefingSummary) -> LibraryRow:
        words = [summary.title or "", summary.id or "", *summary.tags, summary.folder]
        return cls(summary, searchable(" ".join(words)))

    @property
    def row_id(self) -> str:
        """Unique in a content directory, valid or not: the folder's path."""
        return self.summary.path


def ordered(rows: Sequence[LibraryRow], order: Order) -> list[LibraryRow]:
    """`rows` in `order`; ties (and briefings with no date, no id) by folder."""
    by_folder = sorted(rows, key=lambda row: row.summary.path)
    if order is Order.NEWEST:
        dated = [row for row in by_folder if row.summary.as_of is not None]
        undated = [row for row in by_folder if row.summary.as_of is None]
        # A stable sort, newest first, keeps equal dates in folder order.
        dated.sort(key=lambda row: _date_key(row.summary), reverse=True)
        return dated + undated
    if order is Order.TITLE:
        return sorted(by_folder, key=lambda row: fold(row.summary.title or row.summary.folder))
    if order is Order.ID:
        return sorted(by_folder, key=lambda row: (row.summary.id is None, row.summary.id or ""))
    return by_folder


def _date_key(summary: BriefingSummary) -> tuple[int, int]:
    assert summary.as_of is not None
    earliest, latest, _ = summary.as_of.sort_key()
    return earliest, latest


def matching(rows: Sequence[LibraryRow], typed: str) -> list[LibraryRow]:
    """The rows whose title, id, tags or folder hold every word typed."""
    query = Query(typed)
    if not query:  # `€` alone: nothing to look for, so nothing found (said)
        return [] if query.holds_no_word else list(rows)
    matches = query.matcher()  # the panes' own: `biden's`, `9-2`, a run of Chinese (a review)
    return [row for row in rows if matches(row.searched)]


def _date_side(date: str, reading: str, room: int) -> Content:
    """What is new (or that it was never opened) and the date, beside the title,
    in `room` cells where it can: at 40 columns the title was cut to "Gener…"
    beside "never opened · as of 6 Jul 2025" (a user's trial). "never opened"
    goes first, then the words "as of"; what is new and the date stay."""
    as_of = f"as of {date}" if date else ""

    def fits(*parts: str) -> bool:
        return cell_len(" · ".join(part for part in parts if part)) <= room

    if reading == NEVER_OPENED and not fits(reading, as_of):
        reading = ""
    if not fits(reading, as_of):
        as_of = date
    shown = []
    if reading:  # beside the date, where a narrow terminal still shows it
        fresh = reading != NEVER_OPENED
        shown.append(plain(reading, "bold $text-success" if fresh else "dim italic"))
    if as_of:
        shown.append(plain(as_of, "dim"))
    return Content(" · ").stylize("dim").join(shown)


def render_row(record: object, width: int) -> list[Content]:
    """A briefing in two lines: its title, what is new in it (or that it was never
    opened) and its date; its id, warnings, counts and tags."""
    assert isinstance(record, LibraryRow)
    summary = record.summary
    # Each on one line: a folder's name may hold a line break (a new user's
    # trial: it cut the row's second line short). A byte of the name that is
    # not UTF-8 is shown `\xe9`, as `check` and `list` name it, not `�`.
    folder = visible_line(path_text(summary.folder))
    title_text = visible_line(summary.title or "")
    if not summary.opens:
        title = plain(f"✗ {title_text or folder}", "bold $text-error")
        errors = counted(summary.errors, "error")
        names = folder if summary.id in (None, summary.folder) else f"{summary.id} ({folder})"
        # What matters first, where a narrow terminal still shows it (a new
        # user's trial at 80 columns read "10 erro…").
        return [title, plain(f"  does not open: {errors} · {names}", "$text-error")]
    shown_title = title_text or folder
    as_of = _date_side(summary.as_of.describe() if summary.as_of else "", record.reading,
                       width - min(cell_len(shown_title), width // 2) - 1)  # fmt: skip
    title_width = max(1, width - as_of.cell_length - 1)
    title = truncate(plain(shown_title, "bold"), title_width, pad=True)
    details: list[Content] = [plain(f"  {summary.id}", "$text-accent")]
    if summary.folder != summary.id:
        details.append(plain(f" ({folder})", "dim"))
    warnings = summary.warnings
    if warnings:  # before what a narrow terminal cuts
        details.append(plain(f" · {counted(warnings, 'warning')}", "$text-warning"))
    counts = record_counts(summary.actors, summary.events, summary.quotes)
    details.append(plain(f" · {counts}", "dim"))
    if not warnings:
        details.append(plain(" · ok", "dim"))
    tags = summary.tags
    if tags:
        # Last, where the row is cut: long tags pushed the counts and `ok` off
        # it (an analyst's trial). A tag over two lines too; one written
        # `#streik` is not shown `##streik` (a trial).
        listed = " ".join(f"#{visible_line(tag).removeprefix('#')}" for tag in tags)
        details.append(plain(" · " + listed, "$text-primary"))
    return [join(title, " ", as_of), join(*details)]
