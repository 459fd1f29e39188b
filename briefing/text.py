"""Making untrusted content text safe to show.

Content (YAML fields, source texts) is written by someone else. No control
character or escape sequence from it may reach a terminal, so every string
shown to a user goes through `visible()`: C0 controls (but newline and tab),
DEL and C1 controls become visible symbols such as `␛`.
"""

from __future__ import annotations

import re

# C0 controls except \t and \n, DEL, and the C1 range.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")
_CONTROL_OR_NEWLINE = re.compile(r"[\x00-\x1f\x7f\x80-\x9f]")


def _symbol(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ … ␟
    if code == 0x7F:
        return "␡"
    return "�"  # C1 controls have no picture; show the replacement character


def has_control(text: str) -> bool:
    """True when `text` holds a control character other than newline and tab."""
    return _CONTROL.search(text) is not None


def visible(text: str) -> str:
    """`text` with every control character but newline and tab made visible."""
    return _CONTROL.sub(_symbol, text)


def visible_line(text: str) -> str:
    """`text` on one line: newlines and tabs too become visible symbols."""
    return _CONTROL_OR_NEWLINE.sub(_symbol, text)


def shown(text: str, limit: int = 60) -> str:
    """A user's value quoted for an error message: one line, visible, bounded."""
    text = visible_line(text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'"


def counted(number: int, noun: str) -> str:
    """`1 quote`, `2 quotes`: a count with its noun, plural where it must be."""
    return f"{number} {noun}{'' if number == 1 else 's'}"
