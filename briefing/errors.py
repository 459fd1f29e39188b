"""Errors the command reports in one line rather than as problems in content."""

from __future__ import annotations


class UsageError(Exception):
    """The command was given something it cannot use (exit status 2)."""
