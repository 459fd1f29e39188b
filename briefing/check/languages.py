"""A briefing's `language`, as the checks that read text by language see it:
its primary subtag (`fr` for `fr-CA`), English when none is given."""

from __future__ import annotations


def primary_language(language: object) -> str | None:
    """A briefing's `language`'s primary subtag, in lower case (`fr` for
    `fr-FR`; not given: `en`); None for a value that is no text."""
    if language is None:
        return "en"
    if not isinstance(language, str):
        return None
    return language.split("-")[0].strip().lower()


def is_english(language: object) -> bool:
    """Whether a briefing's `language` (not given: English) is English."""
    return primary_language(language) == "en"
