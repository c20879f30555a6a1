"""Pronoun speakers resolved to antecedents that are people: a one-word "name" the text otherwise
uses as a place ("moved to Utica") is not one, nor is a clause opening with a gerund that the NER
took for a name ("Entrusting Donald Duck with …"); and "they" after an organisation that only modifies a
plural group ("Senate Republicans") is that group, not the organisation. Short texts written for
these tests; each asserts who a reader would say is speaking."""

from __future__ import annotations

import pytest
from helpers import check_quote, one, quotes_of

pytestmark = pytest.mark.model


# text, words of the one quote it must hold, and what must be true of that quote (see check_quote)
PRONOUN_SPEAKERS = [
    pytest.param(
        "Omar Haddad, 41, moved to Utica from Aleppo in 2014. Rents in Utica were low, life in Utica was quiet, and he "
        "found work at a bakery in Utica within a month. Utica became his home. "
        "\"I never expected to feel so welcome,\" he said.",
        "feel so welcome",
        dict(mention="he", name="Omar Haddad", not_name="Utica"),
        id="a_town_is_not_the_man_he_refers_to",
    ),
    pytest.param(
        "Entrusting Donald Duck with our economic future "
        "is a risky proposition. \"He has never balanced a budget in his life,\" he said.",
        "never balanced a budget",
        dict(mention="he", not_name="Entrusting Donald Duck"),
        id="a_clause_opening_with_a_gerund_is_no_name",
    ),
    pytest.param(
        "Senate Republicans facing tough races have kept their distance from the nominee. "
        "They said they would not campaign with him this fall.",
        "would not campaign with him",
        dict(mention="They", name_has="Republicans", not_name="Senate"),
        id="they_after_senate_republicans_is_the_republicans",
    ),
    pytest.param(
        "Hillary Clinton spoke in Ohio on Monday. Mr. Clinton, who campaigned in Iowa the same day, was asked "
        "about the foundation's donors. \"We have done nothing wrong,\" he said.",
        "done nothing wrong",
        dict(mention="he", not_name="Hillary Clinton"),
        id="mr_surname_is_not_the_woman_of_that_name",
    ),
    pytest.param(
        "Rev. Daniel Okafor spoke on Sunday. God has a plan for every one of us. God said to Moses that the "
        "land was good. \"We were protected, and we will rebuild,\" he said.",
        "we will rebuild",
        dict(mention="he", name="Daniel Okafor", not_name="God"),
        id="god_is_no_antecedent",
    ),
    pytest.param(
        "Mayor Bill de Blasio announced a new housing plan on Tuesday. De Blasio has promised 200,000 affordable "
        "homes. \"This city belongs to everyone,\" he said.",
        "belongs to everyone",
        dict(mention="he", name="Bill de Blasio"),
        id="surname_with_capital_particle_is_the_full_name",
    ),
    pytest.param(
        "Senator Tom Hadley spent the weekend in Vermont. The Clintons arrived in Little Rock on Friday for "
        "a fundraiser. \"We need every vote in this state,\" he said.",
        "every vote in this state",
        dict(mention="he", name="Tom Hadley", not_name="Clintons"),
        id="a_family_is_not_one_person",
    ),
    pytest.param(
        "Crowds fled along the seafront. Reporters reached a nurse, Leila Marchetti, hours later. Videos of the "
        "attack spread on Twitter within minutes, and photos spread on Twitter too. "
        "\"People were running everywhere,\" she said.",
        "running everywhere",
        dict(mention="she", name="Leila Marchetti", not_name="Twitter"),
        id="a_platform_is_not_the_woman_she_refers_to",
    ),
    pytest.param(
        "Kyle Brandt, a party official from Dayton, spoke to reporters on Monday. Brandt said Senator Mark Ellison "
        "is his second choice. \"I am still waiting for a candidate who listens,\" he said.",
        "still waiting for a candidate",
        dict(mention="he", name="Kyle Brandt", not_name="Mark Ellison"),
        id="the_subject_of_a_reported_clause_is_not_the_next_speaker",
    ),
]


@pytest.mark.parametrize("text, words, expect", PRONOUN_SPEAKERS)
def test_pronoun_speaker(analyze, text, words, expect):
    check_quote(one(quotes_of(analyze, text), words), text, expect)
