"""What a reader is told about a source: who published it, when, and whether
its text is there to check quotes against."""

from __future__ import annotations

from collections.abc import Callable

from briefing.records.dates import DateValue
from briefing.records.model import Source


def publication(source: Source, written: Callable[[DateValue], str] = DateValue.describe) -> str:
    """`Reuters · 10 Feb 2022`: the outlet and the date (`written` as), those it has."""
    published = written(source.published) if source.published else None
    return " · ".join(fact for fact in (source.outlet, published) if fact)


def source_facts(source: Source) -> str:
    """`Reuters · 10 Feb 2022 · credits: A; B`: publication and credits."""
    return " · ".join(fact for fact in (publication(source), credits_line(source)) if fact)


def credits_line(source: Source) -> str:
    """`credits: Pat Benic/UPI (photos); Reuters` ("" for none).

    Said as the contract names them: "with reporting by" called a photo
    credit reporting (a new user's trial). A credit may hold a comma of its
    own (`Reuters, Moscow bureau`): they are set apart by semicolons.
    """
    return "credits: " + "; ".join(source.credits) if source.credits else ""


def text_status(source: Source) -> str:
    """Whether quotes of this source were checked against its full text.

    Said of the quotes: "full text checked", under an event's sources, read
    as if the event's date and words had been checked (a desk editor's trial).
    """
    return "quotes checked in its text" if source.text is not None else "no text: quotes unchecked"
