"""Speakers other than the head the cue's syntax first offers: a participle's object is its
addressee, a dateline or a passive's agent is no speaker, the one a news item led to say something
says it, a quotation no cue claimed continues the unnamed speaker before it, a relative pronoun
stands for the name it follows, and a second cue hung on a reported clause keeps the reporting
subject. The parser's first guess is wrong in each; a reader's is not. Short texts written for
these tests."""

from __future__ import annotations

import pytest
from helpers import check_quote, first_quote


# text, words of the quote, and what must be true of its speaker (see check_quote)
SPEAKER_CHECKS = [
    pytest.param(
        "The Harbour Workers Foundation did not want to address \u201cthat man,\u201d "
        "telling Channel 9 that the organisation is focused on \u201cgetting everyone home safely.\u201d\n",
        "home safely",
        dict(not_name="Channel 9", name_has="Harbour Workers Foundation"),
        id="participle_object_is_the_addressee_not_the_speaker",
    ),
    pytest.param(
        "LISBON, May 3 (Reuters) \u2014 The Portuguese Fishing Council issued a statement on Monday, "
        "offering \u201ca full and sincere apology\u201d to the families of the crew.\n",
        "sincere apology",
        dict(not_name="LISBON", name_has="Fishing Council"),
        id="dateline_before_the_subject_is_not_the_speaker",
    ),
    pytest.param(
        "Port officials were angered by the settlement and predicted it would slow the inquiry "
        "into the missing containers.\n",
        "slow the inquiry",
        dict(mention_in=("Port officials", "officials")),
        id="conjoined_verb_shares_the_passive_subject_not_the_agent",
    ),
    pytest.param(
        "The sudden resignation led several council members to say that the budget vote "
        "should be delayed until the autumn.\n",
        "budget vote",
        dict(mention_has="members"),
        id="whoever_the_news_led_to_say_something_says_it",
    ),
    pytest.param(
        "The magistrate pointed to an earlier ruling to say that landlords must "
        "\u201crepair the heating before the winter.\u201d\n",
        "repair the heating",
        dict(mention_in=("The magistrate", "magistrate")),
        id="to_say_on_a_thing_is_said_by_the_clause_subject",
    ),
    pytest.param(
        "The city council met on Monday to discuss the budget.\n\n"
        "\u201cWe cannot keep raising taxes on working families,\u201d the editorial read.\n",
        "raising taxes",
        dict(mention_in=("the editorial", "editorial")),
        id="subject_after_quotation_with_unlisted_verb",
    ),
    pytest.param(
        "Brenda Kowalczyk, the mayor, opened the session on Tuesday.\n\n"
        "\u201cThere should be more buses, not fewer,\u201d the businessman replied. "
        "\u201cWe should have a lot of systems, and today you can build them.\u201d\n",
        "lot of systems",
        dict(mention="the businessman"),
        id="floating_quote_continues_unnamed_speaker_of_same_paragraph",
    ),
    pytest.param(
        "The panel heard from Pavel Orlov, who worked with the party for years "
        "and said the vote would be decided in the suburbs.\n",
        "decided in the suburbs",
        dict(name="Pavel Orlov", mention_in=("who", "Pavel Orlov")),
        id="relative_pronoun_is_the_mention_for_conjoined_clause",
    ),
    pytest.param(
        "Inquiry opens\n\n"
        "Mark Ellison said the agency immediately began to review the files and said the review was always a priority.\n",
        "always a priority",
        dict(name_has="Ellison"),
        id="second_reporting_verb_keeps_the_outer_subject",
    ),
]


@pytest.mark.parametrize(("text", "words", "expect"), SPEAKER_CHECKS)
def test_speaker_correction(analyze, text, words, expect):
    """The (first) quote holding `words` has the speaker a reader would give it."""
    check_quote(first_quote(analyze(text), words), text, expect)


def test_second_cue_hung_on_the_reported_clause_keeps_the_reporting_subject(analyze):
    text = (
        "Hale spoke for an hour. He said that he personally was more focused on shaping the party "
        "platform and noted that Dahl himself has acknowledged he won\u2019t be the nominee.\n"
    )
    q = first_quote(analyze(text), "be the nominee")
    assert q["speaker"]["start"] == text.index("He said")
