"""Where a search's results come from and where a chosen one leads.

`WordIndexes` reads each briefing's word index from the app's index, once
(a worker thread calls it), over the records as the checker built them.
`open_result` shows a chosen result on a briefing screen: a quote in its
viewer, an actor or event with its details, a source passage as the whole
source text scrolled to it, a source's or the briefing's own fields in the
summary. `ShowSearchResult` asks the app to open another briefing first (a
search from the library).

Back from a result opened so returns to the results it was chosen from,
their words and its row: the briefing screen's own Find is a step of its
history (`SearchOverlay`); the library's is what lies before the briefing
opened for the result (`BackPastStart.search`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

from textual.app import App

from briefing.index.preview import Totals
from briefing.index.words import WordIndex
from briefing.present.display import for_display
from briefing.records.model import Briefing
from briefing.records.queries import BriefingQueries
from briefing.records.refs import Kind, RecordRef
from briefing.screens.source_text import SourceText
from briefing.screens.state import (
    DetailsOverlay,
    History,
    Jump,
    ReaderState,
    RecordOverlay,
    SearchOverlay,
    SearchTarget,
)
from briefing.screens.summary import SummaryScreen


class ResultShower(Protocol):
    """What of the briefing screen a result is shown with (named here, not
    imported: the briefing screen imports this module)."""

    queries: BriefingQueries
    briefing: Briefing
    #: `queries` is a large briefing's first rows, and these the whole's counts
    reading: Totals | None
    history: History
    #: the screen open over this one was opened from Find: its Back is Back to the results
    back_to_search: bool

    @property
    def app(self) -> App[Any]: ...

    def notify(self, message: str, *, markup: bool = ...) -> None: ...

    def show_state(self, state: ReaderState) -> None: ...

    def after_overlay(self, jump: Jump | None) -> None: ...

    def current(self) -> ReaderState: ...

    def open_quote(self, quote_id: str) -> None: ...

    def open_overlay(self, overlay: RecordOverlay) -> None: ...


#: The records a briefing screen has read already, if whole (None: read them too).
Records = Callable[[str], Briefing | None]


class WordIndexes:
    """The word indexes of an app's index, each read when first searched.

    Over records the screen holds (`records`), only the word table is read:
    no second copy of a large briefing. A screen's records change when its
    files do (or a preview gives way to the whole): each set of records gets
    its own index.
    """

    def __init__(self, index: Any, records: Records | None = None) -> None:
        self.index = index
        self.records = records
        self._read: dict[tuple[str, int], WordIndex] = {}
        self._lock = threading.Lock()

    def __call__(self, briefing_id: str) -> WordIndex:
        briefing = self.records(briefing_id) if self.records is not None else None
        key = (briefing_id, id(briefing))
        with self._lock:
            found = self._read.get(key)
            if found is None:
                if briefing is None:
                    found = self.index.word_index(briefing_id)
                    if found.briefing.has_control_characters:
                        # as the reader shows them: a title over two lines on one
                        found = found.over(for_display(found.briefing))
                else:
                    found = WordIndex(self.index.word_table(briefing_id), briefing)
                if self.records is not None:
                    self._read.clear()  # the screen's records changed: the old index is done
                self._read[key] = found
            return found


def open_result(screen: ResultShower, target: SearchTarget | None, own: bool = True) -> None:
    """Show `target` on `screen`, found by the screen's own Find (`own`) or the library's."""
    if target is None:
        return
    queries = screen.queries
    kind = target.kind
    ref = RecordRef(Kind(kind), target.record_id) if kind in ("quote", "event", "actor") else None
    # Find reads the index; a large briefing's first rows hold only the records
    # (and the sources) they name until the whole is read.
    needs = RecordRef(Kind.SOURCE, target.record_id) if kind == "passage" else ref
    if needs is not None and not queries.has(needs):
        screen.notify("That record is not read yet: try again in a moment.", markup=False)
        return
    current = screen.current()
    if own:
        screen.history.push(current.with_overlay(SearchOverlay(target)))
    if ref is not None:
        screen.show_state(current.showing(ref))
    screen.back_to_search = True
    if ref is not None and ref.kind is Kind.QUOTE:
        screen.open_quote(ref.id)
    elif ref is not None:
        screen.open_overlay(DetailsOverlay(ref))
    elif kind == "passage":
        source = queries.source(target.record_id)
        passage = SourceText(source, target.query, target.passage_start)
        screen.app.push_screen(passage, screen.after_overlay)
    else:
        at = target.record_id if kind == "source" else None
        summary = SummaryScreen(screen.briefing, reading=screen.reading, at_source=at)
        screen.app.push_screen(summary, screen.after_overlay)
