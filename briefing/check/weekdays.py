"""An event's `when_text` that names a weekday its date is not: "on Wednesday
morning" for an event dated a Monday (a desk editor planted it; the reader
showed the weekday beside the date, and nothing checked it).

English briefings only: the weekday names are English. A date with a time
in UTC is not compared: its day depends on the zone the source writes in
("late on Monday" for `2023-05-09T01:30:00Z`, a Tuesday in UTC: a trial of
transcripts); one in local time, or with its zone's offset (`T15:31-04:00`),
is its place's day as written, and is (a historian's trial: "on Wednesday at
3.31 pm" for a Tuesday passed). A weekday said of
another day ("the day after Thursday's summit", "since Monday") is not the
event's. Only a date of one day, neither approximate nor uncertain; when the
words name several weekdays ("talks from Monday to Wednesday"), none of them
being the date's is what is warned of. Allowed by the contract: a warning.
"""

from __future__ import annotations

import re

from briefing.check.date_order import comparable
from briefing.check.languages import is_english
from briefing.check.raw import RawRecord
from briefing.records.text import shown

#: An English weekday's name, or its plural ("on Mondays"), as a whole word;
#: or its abbreviation as news agencies write it, capitalised and with its
#: full stop ("Tues. night": a trial of transcripts), which "sat", "wed" and
#: "the Sun" are not.
_WEEKDAY = re.compile(
    r"\b(?:(?i:(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b)"
    r"|(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.)"
)
_ABBREVIATED = {
    "Mon": "Monday",
    "Tue": "Tuesday",
    "Tues": "Tuesday",
    "Wed": "Wednesday",
    "Thu": "Thursday",
    "Thur": "Thursday",
    "Thurs": "Thursday",
    "Fri": "Friday",
    "Sat": "Saturday",
    "Sun": "Sunday",
}
#: "The Sun." is a newspaper, not a Sunday.
_NOT_A_DAY_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


#: Words before a weekday that make it another day's: "the day after
#: Thursday's summit", "since Monday", "on the eve of Friday's vote" (a review).
_RELATIVE = re.compile(
    r"\b(?:after|before|since|until|till|following|preceding|eve\s+of)\s+(?:last\s+|next\s+)?$",
    re.IGNORECASE,
)


def weekdays_named(words: str) -> set[str]:
    """The weekdays `words` name as the event's own, capitalised: {"Wednesday"}.
    Not one said of another day: after "after", "since", "the eve of" …, or
    with a possessive ("Thursday's summit")."""
    named = set()
    for found in _WEEKDAY.finditer(words):
        if words[found.end() : found.end() + 2] in ("'s", "’s"):
            continue
        if _RELATIVE.search(words[: found.start()]):
            continue
        if found.group(1):
            named.add(found.group(1).capitalize())
        elif not _NOT_A_DAY_BEFORE.search(words[: found.start()]):
            named.add(_ABBREVIATED[found.group(2)])
    return named


def check_when_text_weekdays(records: dict[str, list[RawRecord]]) -> None:
    briefing = records["briefing"]
    language = briefing[0].value("language") if len(briefing) == 1 else None
    if not is_english(language):
        return
    for event in records["events"]:
        words = event.text("when_text")
        if not words:
            continue
        named = weekdays_named(words)
        when = comparable(event.value("when"))
        if not named or when is None or when.weekday is None or when.weekday in named:
            continue
        start = when.start
        if start is not None and start.is_instant and start.offset_minutes == 0:
            continue  # a time in UTC: "late on Monday" in Washington is 01:30Z
        said = " or ".join(sorted(named))
        node = event.place("when_text")
        event.sink.warning(
            node.line,
            node.column,
            "when-text-weekday",
            f"when_text says {said}, but the event {shown(event.id or '')} is dated "
            f"{when.describe()}, a {when.weekday}",
            "check the date against the source: when_text is its own wording of when it was",
        )
