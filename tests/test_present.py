"""The words the reader (and later the CLI and exports) use for records."""

from __future__ import annotations

from briefing.present.counts import counts, events_and_quotes, in_pane_order, record_counts
from briefing.present.quotes import attribution, channel_name, how_and_when
from briefing.present.sources import publication, source_facts, text_status
from briefing.records.anchor_results import Span
from briefing.records.dates import parse_date
from briefing.records.model import Channel, Quote, Source

NAMES = {"macron": "Emmanuel Macron", "putin": "Vladimir Putin"}
SPAN = Span(0, 5, 0, 10, 1)


def test_a_relayed_quote_names_both_and_says_how_and_when() -> None:
    quote = Quote(
        id="q", text="…", speaker="putin", source="s", reported_by="macron",
        channel=Channel.NEWS_CONFERENCE, said=parse_date("2022-02-08"), span=SPAN,
    )  # fmt: skip
    assert how_and_when(quote) == "news conference, 8 Feb 2022"
    assert attribution(quote, NAMES) == (
        "— Vladimir Putin, as relayed by Emmanuel Macron, news conference, 8 Feb 2022"
    )


def test_a_bare_unchecked_quote_says_so() -> None:
    quote = Quote(id="q", text="…", speaker="someone", source="s")
    assert how_and_when(quote) == ""
    assert attribution(quote, NAMES) == "— someone, not checked against a source text"


def test_a_quote_said_through_another_channel_leaves_the_channel_out() -> None:
    """ "— Karel Dušek, as relayed by Ilse Marquardt, other, 13 Mar 2024" (an
    author's trial): `other` says nothing of how the words were said."""
    quote = Quote(
        id="q", text="…", speaker="putin", source="s", reported_by="macron",
        channel=Channel.OTHER, said=parse_date("2022-02-08"), span=SPAN,
    )  # fmt: skip
    assert attribution(quote, NAMES) == (
        "— Vladimir Putin, as relayed by Emmanuel Macron, 8 Feb 2022"
    )


def test_channels_read_as_words() -> None:
    assert channel_name(Channel.NEWS_CONFERENCE) == "news conference"
    assert channel_name(Channel.TWEET) == "tweet"


def test_a_sources_facts_are_those_it_has() -> None:
    full = Source(
        id="s", title="T", outlet="Reuters", published=parse_date("2022-02-10"),
        credits=("A. Writer", "B. Writer"), text="words",
    )  # fmt: skip
    assert publication(full) == "Reuters · 10 Feb 2022"
    assert source_facts(full) == "Reuters · 10 Feb 2022 · credits: A. Writer; B. Writer"
    assert text_status(full) == "quotes checked in its text"
    bare = Source(id="s", title="T")
    assert publication(bare) == source_facts(bare) == ""
    assert text_status(bare) == "no text: quotes unchecked"
    assert source_facts(Source(id="s", title="T", credits=("C",))) == "credits: C"


def test_counts_are_singular_only_for_one() -> None:
    assert counts((1, "participant"), (0, "quote")) == "1 participant, 0 quotes"
    assert counts((2, "event"), (1, "quote")) == "2 events, 1 quote"
    assert record_counts(1, 32, 10) == "1 actor · 32 events · 10 quotes"


def test_records_of_several_kinds_are_counted_in_the_panes_order() -> None:
    """Actors, then events, then quotes, wherever they are counted together."""
    assert events_and_quotes(3, 2) == "3 events, 2 quotes"
    assert events_and_quotes(1, 0, " · ") == "1 event · 0 quotes"
    assert in_pane_order(quotes="2 quotes", events="", actors="1 participant") == (
        "1 participant, 2 quotes"
    )
