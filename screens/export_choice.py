"""Take the open briefing out of the reader: a choice of format, a file written, its path said.

`e` on the briefing screen opens the choice (the formats of briefing.export);
Enter writes the export into the folder the reader was started from, as
`ID.md`, `ID.timeline.json`, `ID-csv/` ... A name that holds something the
export did not write is never replaced: the next free name is taken
(`ID-2.md`). The writing is done in a worker thread; a notification gives
the path written, or why nothing was.

With the panes filtered by a record, the choice is of what the panes show
(`ID.only-RECORD.md`: briefing.export.view), and a key makes it the whole
briefing instead: the export wrote the whole whatever the filter, and did
not say so (two trials).

Each format's line says the name its export will take. Working that out
reads, and hashes whole, an export already there of that name (to tell it
unedited: briefing.export.seal), so it is done in a worker thread too: the
choice opens at once with "→ …", each name shown when known (with a large
export in the folder the choice opened only once every one was hashed, keys
unanswered until then). The name written is worked out again at write time.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from briefing.errors import UsageError
from briefing.export import FORMATS, export
from briefing.export.formats import ExportFormat
from briefing.export.view import View, cut_to
from briefing.export.writing import free_name, write_export
from briefing.files.atomic import writing
from briefing.records.model import Briefing
from briefing.screens.bound_keys import key_shown
from briefing.screens.footer import KeysFooter
from briefing.screens.option_list import ReaderOptionList
from briefing.screens.outside import ClosedByClickOutside
from briefing.screens.safe import join, plain
from briefing.screens.worker_failures import ReportsWorkerFailures

#: Reads the briefing's records as the checker built them (in a worker thread).
Records = Callable[[], Briefing]
#: Where a format's line says its file name, until the name is worked out.
PENDING = "…"


class FormatList(ReaderOptionList):
    """The formats: Enter exports ("Export", not the lists' "Open"), said in the
    footer too (it showed Esc alone: a trial)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Export", id="export.select"),
    ]


class ExportChoice(ClosedByClickOutside, ReportsWorkerFailures):
    CSS_PATH = "export_choice.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,backspace", "dismiss(None)", "Cancel", id="export.cancel"),
        Binding("w", "whole", "Whole or the view", id="export.whole"),
        # A modal screen takes none of the app's keys: Ctrl+C, listed as quitting
        # everywhere, did nothing here (a power user's trial)
        Binding("ctrl+c", "app.quit", "Quit", show=False, id="export.interrupt"),
    ]

    @dataclass(eq=False)
    class NameFound(Message):
        """The name the export in `format_name` will take (from the names' worker of `choice`)."""

        choice: ExportChoice
        format_name: str
        file_name: str
        #: the names' start it was worked out for (`base_name`)
        base: str

        @property
        def control(self) -> ExportChoice:
            return self.choice

    def __init__(
        self,
        briefing_id: str,
        records: Records,
        folder: Path | None = None,
        view: View | None = None,
    ) -> None:
        """`view`: what the filtered panes show, exported unless the whole is chosen."""
        super().__init__()
        self.briefing_id = briefing_id
        self.records = records
        #: where exports go: the folder the reader was started from
        self.folder = folder or Path.cwd()
        self.view = view
        #: the whole briefing is exported, not the view
        self.whole = view is None

    @property
    def base_name(self) -> str:
        """What the files' names start with: `ID`, or `ID.only-RECORD` for the view."""
        if self.whole or self.view is None:
            return self.briefing_id
        # `only-`: an actor whose id is `timeline` made `ID.timeline.json`,
        # the name of the whole briefing's TimelineJS export (a review)
        return f"{self.briefing_id}.only-{self.view.name_part}"

    def chosen_records(self) -> Records:
        """What is exported: the briefing's records, or the view's of them."""
        records, view = self.records, self.view
        if self.whole or view is None:
            return records
        return lambda: cut_to(records(), view)

    def _title(self) -> Content:
        if self.view is None:
            return plain("Export this briefing as", "bold")
        whole = key_shown(self.app, ExportChoice.BINDINGS, "export.whole")
        if self.whole:
            return join(
                plain("Export the whole briefing as", "bold"),
                plain(f"\n{whole}: only what the panes show ({self.view.label})", "dim"),
            )
        return join(
            plain("Export what the panes show, the records of ", "bold"),
            plain(self.view.label, "bold $text-accent"),
            plain(", as", "bold"),
            plain(f"\n{whole}: the whole briefing", "dim"),
        )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "whole":
            return self.view is not None
        return True

    def action_whole(self) -> None:
        """Between the view and the whole briefing: the title and the names say which."""
        self.whole = not self.whole
        self.query_one("#export-title", Static).update(self._title())
        for chosen in FORMATS.values():
            self.query_one(FormatList).replace_option_prompt(chosen.name, _prompt(chosen, PENDING))
        self._work_out_names()

    def compose(self) -> ComposeResult:
        # as the keymap has it: "Esc cancels" stayed with Esc moved (a code review)
        cancel = key_shown(self.app, ExportChoice.BINDINGS, "export.cancel")
        with Vertical(id="export-box"):
            yield Static(self._title(), id="export-title")
            yield FormatList(
                *(Option(_prompt(f, PENDING), id=f.name) for f in FORMATS.values()),
                id="export-formats",
            )
            yield Static(
                plain(f"written in {self.folder.absolute()}; {cancel} cancels", "dim italic"),
                id="export-note",
            )
        yield KeysFooter()  # as every screen has (a new user's trial found none here)

    def on_mount(self) -> None:
        self._work_out_names()

    @work(thread=True, exclusive=True, exit_on_error=False, group="export-names")
    def _work_out_names(self) -> None:
        """The name each export will take: the first free one, or one it wrote
        (posted one by one as each is known). One that cannot be told (a file
        unreadable) is said as the usual name: the write says where it went."""
        worker = get_current_worker()
        base = self.base_name
        for chosen in FORMATS.values():
            if worker.is_cancelled:  # the choice was closed, or the whole chosen
                return
            name = chosen.default_name(base)
            with suppress(OSError):
                name = free_name(self.folder, name).name
            self.post_message(self.NameFound(self, chosen.name, name, base))

    def on_export_choice_name_found(self, message: ExportChoice.NameFound) -> None:
        if message.base != self.base_name:
            return  # worked out before `w` changed what is exported (a review)
        prompt = _prompt(FORMATS[message.format_name], message.file_name)
        for formats in self.query(FormatList):  # none once the choice is closing
            formats.replace_option_prompt(message.format_name, prompt)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            # The app's worker, not this screen's: the screen goes at once, and
            # a worker of a screen removed before its thread starts never runs.
            app = self.app
            write = partial(
                _write, app, self.chosen_records(), self.base_name, self.folder, event.option.id
            )
            app.run_worker(write, thread=True, group="export", exit_on_error=False)
            self.dismiss(None)


def _prompt(chosen: ExportFormat, name: str) -> Content:
    """A format's line in the choice: its name, what it is, the file it will write."""
    return join(
        plain(f"{chosen.name:<12}", "bold"),
        plain(chosen.description),
        plain(f"  → {name}", "dim"),
    )


def _write(
    app: App[Any], records: Records, briefing_id: str, folder: Path, format_name: str
) -> None:
    """Write the export (in a worker thread) and say where, or why not;
    `briefing_id`: what the file's name starts with."""
    chosen = FORMATS[format_name]
    try:
        # from its start: built, then written, it was lost when the reader
        # ended in between (q just after the choice; a review)
        with writing():
            exported = export(records(), format_name)
            target = free_name(folder, chosen.default_name(briefing_id))
            write_export(exported, target)
    except (OSError, UsageError) as exc:
        app.call_from_thread(
            app.notify,
            f"Not exported: {exc}",
            severity="error",
            markup=False,
            timeout=8,
        )
        return
    said = f"Exported as {chosen.name}: {target.absolute()}"
    usual = chosen.default_name(briefing_id)
    if target.name != usual:  # say why not the usual name
        said += f" ({usual} is left as it is: briefing export did not write it as it is now)"
    app.call_from_thread(app.notify, said, markup=False, timeout=8)
