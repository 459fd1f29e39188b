"""`briefing new PATH`: a briefing folder to start from, valid as it is written.

One record of each kind, a source text the quote is found in, comments that
say what each field is for, and a modeline that points editors running the
YAML language server at the format's JSON Schema. It passes `briefing check`
at once (a test keeps it so), so an author starts from something that works
and changes it step by step.

Nothing is ever overwritten: every file is created with an exclusive open,
and a PATH that holds anything already is refused.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

from briefing.check.yaml_types import plain_type
from briefing.errors import UsageError
from briefing.files.locations import display_path, nearest_path, schema_file
from briefing.records.schema import ID_PATTERN
from briefing.records.text import slug

SOURCE_TEXT = """\
The first paragraph of the article, as it was published. Paste the whole text here.

The minister said the talks this week had been "useful, and long overdue", before leaving
for the airport.
"""


def new_briefing(
    path: Path, briefing_id: str | None = None, title: str | None = None, as_of: str | None = None
) -> list[Path]:
    """Write a new briefing folder at `path`; the files written, in order.

    Raises UsageError when `path` holds anything already or cannot be written.
    """
    ident = briefing_id or slug(path.resolve().name) or "briefing"
    if not ID_PATTERN.fullmatch(ident):
        raise UsageError(f"{ident!r} is not a valid id: use 1 to 64 of a-z, 0-9 and -")
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise UsageError(f"{display_path(path)} already holds something; choose a new folder")
    absolute = path.absolute()
    if not absolute.parent.is_dir() and not absolute.parent.parent.is_dir():
        # `new /tmp/nope/deeper/x` made the whole tree: a typo is likelier (as --index)
        near = nearest_path(absolute.parent)
        hint = f"; did you mean {display_path(near)}?" if near is not None else ""
        raise UsageError(
            f"no such folder: {display_path(absolute.parent.parent)} (a new briefing's "
            f"folder is made only in one that is there: is there a typo?){hint}"
        )
    modeline = f"# yaml-language-server: $schema={schema_file().as_uri()}\n"
    files = {
        "briefing.yaml": modeline + _briefing(ident, title or "A new briefing", as_of),
        "actors.yaml": modeline + ACTORS,
        "events.yaml": modeline + EVENTS.format(day=_day(as_of)),
        "quotes.yaml": modeline + QUOTES,
        "sources/article.txt": SOURCE_TEXT,
    }
    written: list[Path] = []
    try:
        (path / "sources").mkdir(parents=True, exist_ok=True)
        for name, text in files.items():
            target = path / name
            with open(target, "x", encoding="utf-8") as handle:
                handle.write(text)
            written.append(target)
    except OSError as exc:
        raise UsageError(f"cannot write {display_path(path)}: {exc.strerror or exc}") from exc
    return written


def _day(as_of: str | None) -> str:
    """The briefing's day (its `as_of` without a time), for the example event:
    an event of 2022 in a briefing of today read as a slip (an author's trial)."""
    return (as_of or datetime.date.today().isoformat())[:10]


def _briefing(ident: str, title: str, as_of: str | None) -> str:
    day = as_of or datetime.date.today().isoformat()
    quoted_title = json.dumps(title, ensure_ascii=False)  # a JSON string is YAML too
    # `id: 2024` is a number to YAML: the schema the file's first line names for
    # editors flagged the new file at once (an author's trial). A leading digit
    # is quoted too: editors read YAML 1.2, where `1e3` is a number as well.
    needs_quotes = plain_type(ident) is not None or ident[:1].isdigit()
    written_id = json.dumps(ident) if needs_quotes else ident
    return f"""\
# The briefing, and the sources its quotes come from. See docs/format.md.
briefing:
  id: {written_id}
  title: {quoted_title}
  as_of: {day}            # when its information stands
  summary: >-
    A few sentences on what this briefing is about.
  tags: [draft]

sources:
  - id: article
    title: The article the quotes come from
    outlet: The outlet that published it
    published: {day}
    url: https://example.org/the-article
    text: sources/article.txt   # the full text, as published: quotes are checked against it
"""


ACTORS = """\
# Who acts or speaks: kind is person, organisation, state or group.
actors:
  - id: the-minister
    name: The Minister
    kind: person
    role: Minister of Something
    aliases: [the minister]
"""

EVENTS = """\
# What happened, when: dates may be approximate (2022-02-09~), uncertain (?),
# intervals (2022-02-10/2022-02-20) or open (../2022-02-10, 2022-02-15/..).
events:
  - id: the-talks
    title: The talks take place
    when: {day}~
    when_text: this week      # the source's own words for when
    actors: [the-minister]
    sources: [article]
"""

QUOTES = """\
# Who said what, where: the text must be found word for word in the source's text.
quotes:
  - id: useful-talks
    text: useful, and long overdue
    speaker: the-minister
    source: article
    channel: remarks
    event: the-talks
"""
