"""One line of `make bench`'s report: a measure beside its goal, and whether it is met."""

from __future__ import annotations


def goal_line(what: str, value: float, goal: float) -> str:
    mark = "met" if value <= goal else "NOT met"
    return f"  {what:<52} {value:>7.3f}  (goal ≤{goal:g}: {mark})"
