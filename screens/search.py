"""Search: every record and source passage holding some words, in this briefing or all of them.

`f` (Find) on the briefing screen searches the open briefing; on the library,
every briefing that opens. The words are looked up in each briefing's word
index (briefing.index.words) as they are typed, in a worker thread; results
are grouped by kind (quotes, events, actors, source passages, sources, the
briefing), each with a snippet where the matching words are highlighted; at
most SHOWN of each briefing, shared among the kinds (`WordIndex.found`), and
LIBRARY_SHOWN in all.
Enter dismisses the screen with a `SearchTarget`: the briefing screen then
shows the record (a quote in its viewer), or the source text scrolled to the
passage with every hit highlighted (`SourceText`, n/p step through them).

Content is shown only as plain `Content` (briefing.screens.safe), made
visible (control characters as symbols) first.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from briefing.index.store import BRIEFING_UNREADABLE, why_unreadable
from briefing.index.words import KINDS, Hit, Result, WordIndex
from briefing.present.quotes import quotation_marks
from briefing.records.folding import NO_WORD
from briefing.records.model import Actor, Event, Quote, Source
from briefing.records.text import counted, shown, visible, visible_line
from briefing.records.words import SearchQuery
from briefing.screens.bound_keys import key_shown
from briefing.screens.footer import KeysFooter
from briefing.screens.option_list import ReaderOptionList
from briefing.screens.passage_rows import passage_row, source_line
from briefing.screens.safe import first_words, join, plain, plain_cut
from briefing.screens.snippets import highlighted, in_context
from briefing.screens.state import SearchTarget as SearchTarget  # where it was first
from briefing.screens.warnings import WARNED_MARK
from briefing.screens.worker_failures import ReportsWorkerFailures

#: Results listed per briefing, shared among the kinds that have some (each
#: kind's heading says how many it has when it lists only some).
SHOWN = 200
#: Results listed over a library, the first briefings' first: `the` over 500
#: briefings listed 100,000 rows, each found in its text, for seconds (a
#: trial). The others are counted, which costs no text: the status says how
#: many there are.
LIBRARY_SHOWN = 500
#: A result's name (a source's title, say) is cut to this part of the screen's
#: width, within these bounds: 48 cells at every width left half a wide
#: screen empty and took most of a narrow one (a trial).
NAME_SHARE, NAME_WIDTHS = 0.4, (24, 100)
#: The cells of the results' list a row does not have: its border, its
#: padding and its scrollbar's room (72 of 80 columns).
ROW_MARGIN = 8
#: The words of a quote a result shows before where in it the words were found.
FIRST_WORDS = 6
#: Typing pauses this long before a search starts.
DEBOUNCE_SECONDS = 0.15
#: How often a search over many briefings says how far it has gone.
PROGRESS_SECONDS = 0.25
KIND_HEADINGS = {
    "quote": "Quotes",
    "event": "Events",
    "actor": "Actors",
    "passage": "Source passages",
    "source": "Sources",
    "briefing": "Briefing",
}

#: A briefing's word index, read when first searched (in the worker).
Loader = Callable[[str], WordIndex]


#: What a search put on screen: its rows, what each leads to, its status line.
Shown = tuple[list[Option], list[SearchTarget], Content]


class LastResults:
    """What a Find showed last, kept by the screen that opens Find: shown again at
    once when Find opens on the same words over the same briefings, as read
    from the same index (Back from a result opened from them). Searching 300
    briefings again took 3.6 s at each return (a new user's trial).
    """

    def __init__(self) -> None:
        self._key: tuple[object, ...] | None = None
        self._shown: Shown | None = None

    def get(self, key: tuple[object, ...]) -> Shown | None:
        return self._shown if key == self._key else None

    def keep(self, key: tuple[object, ...], shown: Shown) -> None:
        self._key, self._shown = key, shown


@dataclass(frozen=True)
class _Keys:
    """The keys the status line names, as the keymap has them ("Esc: back"
    stayed with Esc moved to F4, a code review)."""

    results: str
    open: str
    back: str

    @classmethod
    def of(cls, app: App[object]) -> _Keys:
        down = key_shown(app, SearchScreen.BINDINGS, "search.results")
        results = f"{down} or Enter" if down != "Enter" else down  # Enter: the box's own
        return cls(
            results,
            key_shown(app, ReaderOptionList.BINDINGS, "options.select"),
            key_shown(app, SearchScreen.BINDINGS, "search.back"),
        )


class SearchScreen(Screen[SearchTarget | None], ReportsWorkerFailures):
    CSS_PATH = "search.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="search.back"),
        Binding("down", "to_results", "Results", show=False, id="search.results"),
        # Over the list's own Up: from its first row, back to the words.
        Binding("up", "up", "Up, to the words from the first", show=False, priority=True,
                id="search.up"),
    ]  # fmt: skip

    def __init__(
        self,
        scope: Sequence[tuple[str, str]],
        load: Loader,
        typed: str = "",
        chosen: SearchTarget | None = None,
        last: tuple[LastResults, object] | None = None,
    ) -> None:
        """`scope`: (id, title) of each briefing searched; `load` reads one's word index;
        `typed`: the words to search at once; `chosen`: the result opened from these
        results before (Back to them): its words searched, its row selected, focused;
        `last`: the results shown last, and what the briefings were read from (an
        index, records): the same words over the same are shown again, not searched."""
        super().__init__()
        self.scope = list(scope)
        self.load = load
        self.chosen = chosen
        self.typed = chosen.query.typed if chosen is not None else typed
        self.targets: list[SearchTarget] = []
        self._timer: Timer | None = None
        self._last = last
        #: the words whose results are shown, or searched for now
        self._words = ""
        #: ↓ or Enter came while the results of these words (the box's then) were
        #: not there yet: go to them when they are, unless typing went on
        self._to_results_for: str | None = None
        #: the words the results shown are for (None: none shown yet)
        self._shown_for: str | None = None

    def compose(self) -> ComposeResult:
        self._keys = _Keys.of(self.app)  # read here: the status is written in a worker
        where = (
            plain(visible_line(self.scope[0][1]), "bold")
            if len(self.scope) == 1
            else plain(f"all {counted(len(self.scope), 'briefing')}", "bold")
        )
        yield Static(join(plain("Find in "), where), id="search-title")
        yield Input(self.typed, placeholder='words, or "a phrase"', id="search-input")
        yield Static(id="search-status")
        yield ReaderOptionList(id="search-results")
        yield KeysFooter()

    def on_mount(self) -> None:
        if self.chosen is not None:
            self.query_one(OptionList).focus()  # keys typed at once go to the results
        else:
            self.query_one(Input).focus()
        if self.typed:
            self._words = self.typed
            shown = self._last[0].get(self._key(self.typed)) if self._last is not None else None
            if shown is None:
                self.search(self.typed)
            else:
                options, targets, status = shown
                again = [Option(o.prompt, id=o.id, disabled=o.disabled) for o in options]
                self._show(again, targets, status, self.typed)

    def _key(self, typed: str) -> tuple[object, ...]:
        """What the results of `typed` depend on."""
        read_from = self._last[1] if self._last is not None else None
        return (read_from, tuple(self.scope), typed)

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        if event.value != self._to_results_for:
            self._to_results_for = None  # typing on: the box keeps the keys
        if self._timer is not None:
            self._timer.stop()
        if event.value == self._words:
            return  # the box given its words at mount: searched already
        self._timer = self.set_timer(DEBOUNCE_SECONDS, lambda: self._search_for(event.value))

    def _search_for(self, typed: str) -> None:
        self._words = typed
        self.search(typed)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_to_results()

    def action_to_results(self) -> None:
        results = self.query_one(OptionList)
        first = self._first_result()
        typed = self.query_one(Input).value
        if first is None or typed != self._shown_for:
            # Pressed while "Searching…", or before the words in the box were
            # searched (the rows shown are another search's): the key was lost,
            # and with it the way to the results (a new user's trial). They
            # take it when they come.
            self._to_results_for = typed if typed.strip() else None
            return
        results.focus()
        if results.highlighted is None:
            results.highlighted = first

    def action_up(self) -> None:
        results = self.query_one(OptionList)
        if self.focused is not results:
            return
        if results.highlighted is None or results.highlighted == self._first_result():
            self.query_one(Input).focus()
        else:
            results.action_cursor_up()

    def _first_result(self) -> int | None:
        """The index of the first row that is a result (not a heading)."""
        results = self.query_one(OptionList)
        return next(
            (n for n in range(results.option_count) if not results.get_option_at_index(n).disabled),
            None,
        )

    def action_close(self) -> None:
        self.dismiss(None)

    @work(thread=True, exclusive=True, exit_on_error=False, group="search")
    def search(self, typed: str) -> None:
        try:
            self._search(typed)
        except BRIEFING_UNREADABLE as exc:  # said on screen, never a silent "Searching…"
            why = plain(f"The search failed: {why_unreadable(exc)}", "$error")
            self.app.call_from_thread(self._status, why)

    def _search(self, typed: str) -> None:
        query = SearchQuery.parse(typed)
        worker = get_current_worker()
        if not query:
            # `€` alone showed an empty page with nothing said (a fact-checker's trial)
            said = (
                plain(f"{shown(typed.strip(), 40)} {NO_WORD}", "italic $text-muted")
                if typed.strip()
                else plain("")
            )
            self.app.call_from_thread(self._show, [], [], said)
            return
        self.app.call_from_thread(self._searching, typed, 0)
        names = briefing_names(self.scope) if len(self.scope) > 1 else {}
        groups = {kind: _Group() for kind in KINDS}
        exact = True
        left = LIBRARY_SHOWN if len(self.scope) > 1 else SHOWN
        said_at = time.monotonic()
        low, high = NAME_WIDTHS
        name_width = max(low, min(high, int(self.size.width * NAME_SHARE)))
        # a row's cells: the list's, less its border, padding and scrollbar
        row_width = max(low, self.size.width - ROW_MARGIN)
        for done, (briefing_id, _) in enumerate(self.scope):
            if worker.is_cancelled:
                return
            if time.monotonic() - said_at >= PROGRESS_SECONDS:  # seconds over a library
                said_at = time.monotonic()
                self.app.call_from_thread(self._searching, typed, done)
            words = self.load(briefing_id)
            found = words.found(query, min(SHOWN, left))
            left -= sum(len(listed) for listed in found.results.values())
            exact = exact and found.exact
            for kind, count in found.counts.items():
                group = groups[kind]
                group.count += count
                group.cut = group.cut or kind in found.cut
                for result in found.results.get(kind, ()):
                    target = _target(briefing_id, result, query)
                    if kind == "passage":
                        run = (briefing_id, result.record_id)
                        label = _passage_label(
                            result, words, names.get(briefing_id), (name_width, row_width),
                            first=run != group.run,
                        )  # fmt: skip
                        group.run = run
                    else:
                        label = _label(result, words, names.get(briefing_id), name_width)
                    group.found.append((label, target))
        options: list[Option] = []
        targets: list[SearchTarget] = []
        for kind, group in groups.items():
            if not group.found:
                continue
            options.append(Option(plain(_heading(kind, group, exact), "bold"), disabled=True))
            for option, target in group.found:
                options.append(Option(option.prompt, id=str(len(targets))))
                targets.append(target)
        keys = (
            f" · {self._keys.results}: to the results · {self._keys.open}: open · "
            if targets
            else " · no record or paragraph holds every word, each as a word's start · "
        ) + f"{self._keys.back}: back"
        total = sum(g.count if g.cut else len(g.found) for g in groups.values())
        cut = any(group.cut for group in groups.values())
        status = plain(
            f"{counted(len(targets), 'result')}"
            # Counts of records holding every word: with a phrase unchecked, the
            # most there can be.
            + (f" shown of {'' if exact else 'at most '}{total}" if cut else "")
            + keys,
            "dim",
        )
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, options, targets, status, typed)

    def _status(self, status: Content) -> None:
        self.query_one("#search-status", Static).update(status)

    def _searching(self, typed: str, done: int) -> None:
        """Say that `typed` is being searched, and how far (`done` briefings of
        the scope's): over a library of 500 it took seconds with a still
        "Searching…" over the rows of the words before, as if they were its
        results (a trial). Those rows are dimmed until the new ones come."""
        stale = self._shown_for is not None and self._shown_for != typed
        self.query_one("#search-results").set_class(stale, "-stale")
        progress = f" {done} of {len(self.scope)} briefings" if len(self.scope) > 1 else ""
        before = ""
        if stale and self._shown_for:
            before = f" · the results below are for “{visible_line(self._shown_for)}”"
        self._status(plain(f"Searching…{progress}{before}", "dim italic"))

    def _show(
        self,
        options: list[Option],
        targets: list[SearchTarget],
        status: Content,
        typed: str | None = None,
    ) -> None:
        """Show a search's results (of the words `typed`: kept, to show again)."""
        if typed is not None and self._last is not None:
            self._last[0].keep(self._key(typed), (options, targets, status))
        self._shown_for = typed
        results = self.query_one(OptionList)
        results.remove_class("-stale")
        # The row to select again: the one opened before (Back), else the one
        # under the cursor of the focused results, if they hold it still.
        wanted = self.chosen
        if wanted is None and results.has_focus and results.highlighted_option is not None:
            wanted = self._target_of(results.highlighted_option)
        self.targets = targets
        results.clear_options()
        results.add_options(options)
        self.query_one("#search-status", Static).update(status)
        found = next((n for n, t in enumerate(targets) if wanted and t.same_result(wanted)), None)
        if found is not None:
            self.chosen = None
            results.highlighted = results.get_option_index(str(found))
            results.focus()
        elif typed is not None and typed == self._to_results_for:
            self._to_results_for = None
            self.action_to_results()

    def _target_of(self, option: Option) -> SearchTarget | None:
        return self.targets[int(option.id)] if option.id is not None else None

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        target = self._target_of(event.option)
        if target is not None:
            self.dismiss(target)


class _Group:
    """The results of one kind, over every briefing searched."""

    def __init__(self) -> None:
        self.found: list[tuple[Option, SearchTarget]] = []
        #: records and passages of the kind that hold every word (see `exact`)
        self.count = 0
        #: whether some were left out
        self.cut = False
        #: the briefing and source of the last passage listed: a run of one
        #: source's passages names it once (briefing.screens.passage_rows)
        self.run: tuple[str, str] | None = None


def briefing_names(scope: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Each briefing's name in the rows of a search of several: its title, with
    its id where another briefing searched has the same title (a copy's rows
    and the original's could not be told apart: an author's trial)."""
    titles = Counter(title for _, title in scope)
    return {
        briefing_id: title if titles[title] == 1 else f"{title} ({briefing_id})"
        for briefing_id, title in scope
    }


def _heading(kind: str, group: _Group, exact: bool) -> str:
    """`Quotes (12)`; with some left out, how many there are, as a filtered pane's
    title says it: `Quotes (50 of 9137)`, or `(50 of at most 9137)` when a phrase
    is yet to be checked in them."""
    shown = len(group.found)
    if not group.cut:
        return f"{KIND_HEADINGS[kind]} ({shown})"
    return f"{KIND_HEADINGS[kind]} ({shown} of {'' if exact else 'at most '}{group.count})"


def _target(briefing_id: str, result: Result, query: SearchQuery) -> SearchTarget:
    first = result.hits[0]
    start = first.base if result.kind == "passage" else 0
    return SearchTarget(briefing_id, result.kind, result.record_id, query, start)


def _passage_label(
    result: Result,
    words: WordIndex,
    briefing_title: str | None,
    widths: tuple[int, int],
    first: bool,
) -> Option:
    """A source passage's row: where it stands (its paragraph, whose turn), its
    hit in context; the first of a run of its source's passages under a line
    naming the source (briefing.screens.passage_rows). `widths`: the cells of
    a speaker's name, and of a row."""
    hit = result.hits[0]
    name_width, row_width = widths
    place = words.passage_place(result.record_id, hit.base)
    row = passage_row(hit, place, name_width)
    if not first:
        return Option(row)
    source = words.record(result.kind, result.record_id)
    title = _name(result.kind, source, result.record_id)
    line = source_line(title, result.record_id, briefing_title, row_width)
    return Option(join(line, plain("\n"), row))


def _label(result: Result, words: WordIndex, briefing_title: str | None, name_width: int) -> Option:
    """A record's line: what a person knows it by (an event's title, an actor's
    name, who said a quote, a source's title), its first hit in context, how
    many more places in it hold the words, and its id, dim, last (a source
    passage's: `_passage_label`)."""
    # a quote's speaker's name is shown first, the hits in it highlighted there
    in_names = [hit for hit in result.hits if _in_name(result.kind, hit)]
    rest = [hit for hit in result.hits if not _in_name(result.kind, hit)]
    first = rest[0] if rest else result.hits[0]
    field = first.doc.field if rest else "text"
    record = words.record(result.kind, result.record_id)
    if rest:
        found = in_context(first.text, first.spans)
    else:  # found by who said it alone: the quote's words from their start
        found = in_context(record.text if isinstance(record, Quote) else "", ())
    parts: list[Content | str] = []
    if briefing_title is not None:
        # (a title from the library's index, over two lines as written)
        parts.append(plain(f"{visible_line(briefing_title)} · ", "dim"))
    # as its row in the chronology or the actors pane, or its title in the
    # summary's sources (not a passage of its text: each would be marked)
    if isinstance(record, Event | Actor | Source) and record.warnings:
        parts.append(WARNED_MARK)
        name_width -= WARNED_MARK.cell_length  # the name's cells: the hit keeps its own
    if result.kind == "quote" and isinstance(record, Quote):
        speaker = words.record("actor", record.speaker)
        who = speaker.name if isinstance(speaker, Actor) else record.speaker
        if record.warnings:  # as its row in the quotes pane: read as sound here (stop 37)
            parts.append(WARNED_MARK)
        parts.append(_speaker(who, in_names))
        opening, closing = quotation_marks(record.text, words.briefing.language)
        if field == "text":
            parts.append(join(plain(opening), found, plain(closing)))
        else:  # the quote's own words first, then where the hit is
            lead = first_words(record.text, FIRST_WORDS, "dim")
            parts.append(join(plain(opening, "dim"), lead, plain(f"{closing}  {field}: ", "dim")))
            parts.append(found)
    elif field in ("title", "name") and result.kind != "briefing" and "\n" not in first.text:
        parts.append(highlighted(first.text, first.spans))  # the hit is in the name itself
    else:
        name = _name(result.kind, record, result.record_id)
        parts.append(plain_cut(visible_line(name), name_width, "bold"))
        parts.append(plain(f"  {field}: ", "dim"))
        parts.append(found)
    more = sum(len(h.spans) for h in rest) - 1
    if more > 0:
        # where: "in it" said nothing of a note or a place the row does not show (a trial)
        fields = [hit.doc.field for hit in rest[1:]]
        fields = list(dict.fromkeys([field] * (len(first.spans) > 1) + fields))
        where = f": {', '.join(fields)}" if fields else ""
        said = f"  ({counted(more, 'more match', 'more matches')} in it{where})"
        parts.append(plain(said, "dim"))
    if result.record_id:
        parts.append(plain(f"  · {visible(result.record_id)}", "dim"))
    return Option(join(*parts))


def _in_name(kind: str, hit: Hit) -> bool:
    """Whether `hit` is in the name of a quote's speaker (or an alias), which
    its row shows first."""
    return kind == "quote" and hit.doc.field == "speaker"


def _speaker(name: str, hits: Sequence[Hit]) -> Content:
    """A quote's speaker as its row shows them, bold, with the words found in
    their name highlighted, or the alias they were found in beside it: why
    `black wye` lists the quote (a trial of long documents)."""
    in_name = next((hit for hit in hits if hit.doc.item < 0), None)
    if in_name is not None:  # the name read from the index's records: the row's
        shown = highlighted(visible_line(in_name.text), in_name.spans).stylize_before("bold")
    else:
        shown = plain(visible_line(name), "bold")
    # the alias that holds the most of the words, when it holds more than the
    # name: `ms lin` finds Jennifer Lin's quotes by her alias "Ms Lin"
    aliases = [hit for hit in hits if hit.doc.item >= 0]
    alias = max(aliases, key=_found_length, default=None)
    if alias is not None and (in_name is None or _found_length(alias) > _found_length(in_name)):
        piece = highlighted(visible_line(alias.text), alias.spans).stylize_before("bold")
        shown = join(shown, plain(" (", "bold"), piece, plain(")", "bold"))
    return join(shown, plain(": ", "bold"))


def _found_length(hit: Hit) -> int:
    return sum(end - start for start, end in hit.spans)


def _name(kind: str, record: object, record_id: str) -> str:
    """What a person knows a record by: its title or name (the id when it is gone)."""
    if kind == "briefing":
        return "This briefing"
    if isinstance(record, Event | Source):
        return record.title
    if isinstance(record, Actor):
        return record.name
    return record_id
