"""How a quote is attributed, in words: who said it, through whom, how and when."""

from __future__ import annotations

from collections.abc import Mapping

from briefing.records.model import Channel, Quote

#: Channels whose contract name is not how a reader would say it.
CHANNEL_NAMES: Mapping[Channel, str] = {Channel.NEWS_CONFERENCE: "news conference"}


def channel_name(channel: Channel) -> str:
    """`news conference` for `news-conference`; other channels as they are."""
    return CHANNEL_NAMES.get(channel, channel.value)


def how_and_when(quote: Quote) -> str:
    """`news conference, 10 Feb 2022`: the channel and the date, those it has."""
    parts = []
    if quote.channel:
        parts.append(channel_name(quote.channel))
    if quote.said:
        parts.append(quote.said.describe())
    return ", ".join(parts)


def attribution(quote: Quote, names: Mapping[str, str]) -> str:
    """`— Emmanuel Macron, as relayed by …, statement, 9 Feb 2022`

    `names`: actors' names by id (an id without one is shown as it is).
    """
    parts = [names.get(quote.speaker, quote.speaker)]
    if quote.reported_by:
        parts.append(f"as relayed by {names.get(quote.reported_by, quote.reported_by)}")
    how = how_and_when(quote)
    if how:
        parts.append(how)
    if not quote.anchored:
        parts.append("not checked against a source text")
    return "— " + ", ".join(parts)
