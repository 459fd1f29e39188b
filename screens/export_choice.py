"""Take the open briefing out of the reader: a choice of format, a file written, its path said.

`e` on the briefing screen opens the choice (the formats of briefing.export);
Enter writes the export into the folder the reader was started from, as
`ID.md`, `ID.timeline.json`, `ID-csv/` ... A name that holds something the
export did not write is never replaced: the next free name is taken
(`ID-2.md`). The writing is done in a worker thread; a notification gives
the path written, or why nothing was.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing.errors import UsageError
from briefing.export import FORMATS, export
from briefing.export.writing import free_name, write_export
from briefing.records.model import Briefing
from briefing.screens.footer import KeysFooter
from briefing.screens.option_list import ReaderOptionList
from briefing.screens.safe import join, plain

#: Reads the briefing's records as the checker built them (in a worker thread).
Records = Callable[[], Briefing]


class FormatList(ReaderOptionList):
    """The formats: Enter exports (in `?`, "Export", not the lists' "Open")."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Export", show=False, id="export.select"),
    ]


class ExportChoice(ModalScreen[None]):
    CSS_PATH = "export_choice.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,backspace", "dismiss(None)", "Cancel", id="export.cancel"),
    ]

    def __init__(self, briefing_id: str, records: Records, folder: Path | None = None) -> None:
        super().__init__()
        self.briefing_id = briefing_id
        self.records = records
        #: where exports go: the folder the reader was started from
        self.folder = folder or Path.cwd()

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Static(plain("Export this briefing as", "bold"), id="export-title")
            yield FormatList(
                *(
                    Option(
                        join(
                            plain(f"{f.name:<12}", "bold"),
                            plain(f.description),
                            plain(f"  → {self._target_name(f.default_name)}", "dim"),
                        ),
                        id=f.name,
                    )
                    for f in FORMATS.values()
                ),
                id="export-formats",
            )
            yield Static(
                plain(f"written in {self.folder.absolute()}; Esc cancels", "dim italic"),
                id="export-note",
            )
        yield KeysFooter()  # as every screen has (a new user's trial found none here)

    def _target_name(self, default_name: Callable[[str], str]) -> str:
        """The name an export will take: the first free one, or one it wrote."""
        return free_name(self.folder, default_name(self.briefing_id)).name

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id is not None:
            # The app's worker, not this screen's: the screen goes at once, and
            # a worker of a screen removed before its thread starts never runs.
            app = self.app
            write = partial(
                _write, app, self.records, self.briefing_id, self.folder, event.option.id
            )
            app.run_worker(write, thread=True, group="export", exit_on_error=False)
            self.dismiss(None)


def _write(
    app: App[Any], records: Records, briefing_id: str, folder: Path, format_name: str
) -> None:
    """Write the export (in a worker thread) and say where, or why not."""
    chosen = FORMATS[format_name]
    try:
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
