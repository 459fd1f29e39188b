"""`briefing` as users start it, but its reader has one more key, x, whose action raises.

For the pty test of what a crash leaves behind: the app is built by the real
factory (`briefing.screens.app.make_app`), only of a class with the failing action.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import ClassVar

from textual.binding import Binding, BindingType

import briefing.screens.app
from briefing.cli.commands import main


class CrashingApp(briefing.screens.app.BriefingApp):
    # Textual reads CSS_PATH beside the module that defines the class: here, tests/.
    CSS_PATH: ClassVar = [
        Path(briefing.screens.app.__file__).with_name(name)
        for name in briefing.screens.app.BriefingApp.CSS_PATH
    ]
    BINDINGS: ClassVar[list[BindingType]] = [Binding("x", "crash", "Crash")]

    def action_crash(self) -> None:
        raise RuntimeError("injected for the test")


briefing.screens.app.BriefingApp = CrashingApp  # type: ignore[misc]
sys.exit(main(sys.argv[1:]))
