"""The `briefing` command: parsing, the commands, and starting the reader.

`briefing.cli:main` is the console script's entry point.
"""

from briefing.cli.commands import main

__all__ = ["main"]
