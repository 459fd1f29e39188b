"""Two actors of one briefing that share a `same_as` URI: a warning.

The contract makes two actors of *different* briefings that share a
`same_as` URI one actor. Two of one briefing that share one are most likely
one actor written twice (an id of each, quotes split between them), which
the reader would show as two. Allowed, so a warning, said at the second
actor's URI, naming the first. URIs are compared as across briefings
(`briefing.records.same_as`: http and https alike, the host in any case).
"""

from __future__ import annotations

from pathlib import PurePath

from briefing.check.raw import RawRecord, Where
from briefing.records.same_as import same_as_key
from briefing.records.text import shown


def warn_shared_same_as(actors: list[RawRecord]) -> None:
    """Warn at each actor's `same_as` URI that an earlier actor of the briefing has too."""
    first: dict[str, tuple[RawRecord, str, Where]] = {}
    for record in actors:
        ident = record.id
        if ident is None or not record.value("same_as"):
            continue
        for uri, place in record.references("same_as"):
            key = same_as_key(uri)
            earlier = first.get(key)
            if earlier is None:
                first[key] = (record, uri, place)
                continue
            other, written, where = earlier
            if other is record or other.id == ident:
                continue  # one actor's URI twice, or an id said twice (duplicate-id)
            how = "" if written == uri else f", written {shown(written, 100)}"
            record.sink.warning(
                place.line,
                place.column,
                "same-as-shared",
                f"{shown(uri, 100)} is also a same_as of the actor {shown(other.id or '')} "
                f"({_where(other, record, where)}{how}): two actors of one briefing that "
                "share one are likely one actor written twice",
                f"keep one of {shown(other.id or '')} and {shown(ident)}, with the quotes and "
                "events of both; if they are two, give each a URI of its own",
            )


def _where(other: RawRecord, record: RawRecord, where: Where) -> str:
    """`line 5`, or `extra.yaml, line 5` when in another file of the folder."""
    if other.sink.file == record.sink.file:
        return f"line {where.line}"
    return f"{PurePath(other.sink.file).name}, line {where.line}"
