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
]


@pytest.mark.parametrize("text, words, expect", PRONOUN_SPEAKERS)
def test_pronoun_speaker(analyze, text, words, expect):
    check_quote(one(quotes_of(analyze, text), words), text, expect)
