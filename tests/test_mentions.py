"""Where a briefing's actors are named in a source's paragraph (the quote
viewer marks the speaker's name beside the words, and the others' apart)."""

from __future__ import annotations

from briefing.present.mentions import ActorNames
from briefing.records.model import Actor, ActorKind

BERG = Actor(id="berg", name="Jonas Berg", kind=ActorKind.PERSON, aliases=("the union leader",))
OKAFOR = Actor(id="okafor", name="Ada Okafor", kind=ActorKind.PERSON)
UNION = Actor(id="union", name="Dockworkers Union", kind=ActorKind.ORGANISATION)


def named(text: str, *actors: Actor) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.actor_id) for m in ActorNames(actors).mentions(text)]


def test_the_speaker_of_the_next_sentence_is_told_apart() -> None:
    text = '"Take it," Berg said. "The members will decide," Okafor replied.'
    assert named(text, BERG, OKAFOR) == [("Berg", "berg"), ("Okafor", "okafor")]


def test_full_names_aliases_and_a_name_broken_over_lines() -> None:
    text = "Jonas\nBerg, the union leader, met The union leader's rival and the Dockworkers Union."
    assert named(text, BERG, UNION) == [
        ("Jonas\nBerg", "berg"),
        ("the union leader", "berg"),
        ("The union leader", "berg"),  # at a sentence's start
        ("Dockworkers Union", "union"),
    ]


def test_only_whole_words_and_only_the_first_letters_case_is_free() -> None:
    assert named("Bergen and iceberg; BERG; berg", BERG) == []
    # an organisation is not found by the last word of its name
    assert named("The union met.", UNION) == []


def test_a_surname_two_people_share_names_neither() -> None:
    other = Actor(id="eva", name="Eva Berg", kind=ActorKind.PERSON)
    assert named("Berg said so, and Eva Berg agreed.", BERG, other) == [("Eva Berg", "eva")]


def test_short_surnames_are_not_taken_alone() -> None:
    li = Actor(id="li", name="Wei Li", kind=ActorKind.PERSON)
    assert named("Li said; Wei Li said.", li) == [("Wei Li", "li")]


def test_no_actors_no_mentions() -> None:
    assert ActorNames([]).mentions("anything") == []


def test_punctuation_quotation_marks_and_a_possessive_around_a_name() -> None:
    us = Actor(id="us", name="United States", kind=ActorKind.STATE, aliases=("U.S.",))
    text = "“Berg’s offer,” said (Okafor). The U.S. and Berg, “Jonas Berg.”"
    assert named(text, BERG, OKAFOR, us) == [
        ("Berg", "berg"),
        ("Okafor", "okafor"),
        ("U.S.", "us"),
        ("Berg", "berg"),
        ("Jonas Berg", "berg"),
    ]
