"""What a reader is told about a source: who published it, when, and whether
its text is there to check quotes against."""

from __future__ import annotations

from briefing.records.model import Source


def publication(source: Source) -> str:
    """`Reuters · 10 Feb 2022`: the outlet and the date, those it has."""
    published = source.published.describe() if source.published else None
    return " · ".join(fact for fact in (source.outlet, published) if fact)


def source_facts(source: Source) -> str:
    """`Reuters · 10 Feb 2022 · with reporting by A, B`: publication and credits."""
    credits = "with reporting by " + ", ".join(source.credits) if source.credits else ""
    return " · ".join(fact for fact in (publication(source), credits) if fact)


def text_status(source: Source) -> str:
    """Whether quotes of this source were checked against its full text."""
    return "full text checked" if source.text is not None else "no text: quotes unchecked"
