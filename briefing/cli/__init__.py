"""The `briefing` command: parsing, the commands, and starting the reader.

`briefing.cli:run` is the console script's entry point: `main` (which tests
call in-process) and then the end of the process (briefing.cli.ending).
"""

from typing import NoReturn

from briefing.cli.commands import main
from briefing.cli.ending import end
from briefing.cli.interrupt import exit_status

__all__ = ["main", "run"]


def run() -> NoReturn:
    try:
        status = main()
    except KeyboardInterrupt as interruption:
        # Ctrl+C after the command's own end, as its output was flushed: a
        # traceback on the terminal under "ok: 300 briefings" (a trial of
        # scripts and CI, kill -INT as the check ended)
        status = exit_status(interruption)
    end(status)
