"""The `briefing` command: parsing, the commands, and starting the reader.

`briefing.cli:run` is the console script's entry point: `main` (which tests
call in-process) and then the end of the process (briefing.cli.ending).
"""

from typing import NoReturn

from briefing.cli.commands import main
from briefing.cli.ending import end

__all__ = ["main", "run"]


def run() -> NoReturn:
    end(main())
