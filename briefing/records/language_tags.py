"""Whether a briefing's `language` is a BCP 47 tag, by RFC 5646's grammar.

    Language-Tag = langtag / privateuse / grandfathered

A `langtag` is a language (with up to three extended subtags), then an
optional script, region, variants, extensions and a private-use part;
`x-...` alone is a private-use tag; and the grandfathered tags are listed
by name (the irregular ones, such as `i-klingon` and `en-GB-oed`, fit no
other rule). Tags are matched without regard to case, and only in ASCII:
the registry's subtags are all ASCII letters and digits.

Well-formed is what is checked, not whether each subtag is registered:
a new registry entry must not turn a briefing's warning on.
"""

from __future__ import annotations

import re

_ALPHANUM = "[a-z0-9]"
_LANGUAGE = r"(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})"
_SCRIPT = "[a-z]{4}"
_REGION = "(?:[a-z]{2}|[0-9]{3})"
_VARIANT = rf"(?:{_ALPHANUM}{{5,8}}|[0-9]{_ALPHANUM}{{3}})"
_EXTENSION = rf"(?:[0-9a-wyz](?:-{_ALPHANUM}{{2,8}})+)"
_PRIVATE_USE = rf"(?:x(?:-{_ALPHANUM}{{1,8}})+)"
_LANGTAG = (
    rf"{_LANGUAGE}(?:-{_SCRIPT})?(?:-{_REGION})?(?:-{_VARIANT})*(?:-{_EXTENSION})*"
    rf"(?:-{_PRIVATE_USE})?"
)
#: RFC 5646, 2.1: the irregular grandfathered tags (the regular ones fit `langtag`).
IRREGULAR = (
    "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux",
    "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL",
    "sgn-CH-DE",
)  # fmt: skip
_IRREGULAR = "|".join(re.escape(tag) for tag in IRREGULAR)

# ASCII with IGNORECASE: else the Kelvin sign K would match k, and ſ would match s.
_TAG = re.compile(rf"{_LANGTAG}|{_PRIVATE_USE}|{_IRREGULAR}", re.IGNORECASE | re.ASCII)


def is_language_tag(text: str) -> bool:
    """True when `text` is a well-formed BCP 47 language tag (`en`, `pt-BR`, `x-private`)."""
    return _TAG.fullmatch(text) is not None


def primary_subtag(language: str) -> str:
    """The language a briefing's `language` names, as the reader shows text
    by it: its primary subtag in lower case (`fr` for `fr-CA`, `pt` for
    `PT-br`); briefing.check.languages reads it so for the checks."""
    return language.split("-")[0].strip().lower()
