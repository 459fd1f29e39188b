"""Errors the command reports in one line rather than as problems in content."""

from __future__ import annotations


class UsageError(Exception):
    """The command was given something it cannot use (exit status 2)."""


class BriefingHasErrors(UsageError):
    """The briefing asked for by its id has errors: the reader cannot open it
    (exit 2, as open's other refusals), and export says it as it does for a
    folder with errors (exit 1: "errors found", whichever way it was named)."""
