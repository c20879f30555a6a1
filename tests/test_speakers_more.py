"""Speakers named by the text around the cue: a name after the quotation or after an inverted
verb, a colon lead-in or heading, the sentence before the quotation, a signature on the next line,
an apposition or a reporting clause inside the quote, the maker of a document a report is `according to`; places,
datelines and dates taken for speakers; unnamed sources described by their group. Short texts
written for these tests."""

from __future__ import annotations

import pytest
from helpers import first_quote, mention

NAMED_SPEAKERS = [
    pytest.param(
        (
        "Reporters gathered outside the court.\n\n"
        "\u201cThis is a sad day for the city and for everyone who lives here,\u201d reacted Marta Oliveira, the mayor.\n"
        ),
        "sad day",
        "Marta Oliveira",
        id="inverted_subject_after_quotation",
    ),
    pytest.param(
        (
        "Senator Tomas Lindqvist spoke for an hour about the harbour plan.\n\n"
        "Lindqvist then leaned in and boomed: \u201cWe will finish this harbour before the winter comes.\u201d\n"
        ),
        "finish this harbour",
        "Tomas Lindqvist",
        id="colon_lead_in_with_unlisted_verb",
    ),
    pytest.param(
        (
        "Pollsters weigh in on the race\n\n"
        "The polls tightened again this week.\n\n"
        "THE DEBATE EFFECT - Helena Varga: \u201cThe numbers moved sharply after the second debate and have not moved back.\u201d\n"
        ),
        "numbers moved",
        "Helena Varga",
        id="name_then_colon_heading",
    ),
    pytest.param(
        (
        "Analysts were split on the merger.\n\n"
        "Oslo University's Ingrid Solberg agreed. \u201cSmaller banks are running out of time to find a partner.\u201d\n"
        ),
        "Smaller banks",
        "Ingrid Solberg",
        id="sentence_before_quotation_names_the_speaker",
    ),
    pytest.param(
        (
        "\u201cWe need a new plan for the port -- now!\u201d Carla Mendes said.\n\n"
        "\u201cThe old one failed everyone who depended on it!\u201d\n\n"
        "The port authority declined to comment on Friday.\n"
        ),
        "old one failed",
        "Carla Mendes",
        id="quote_in_new_paragraph_does_not_take_next_sentence_subject",
    ),
    pytest.param(
        (
        "Campaign notes\n\n"
        "The gap with the governor, said Laura Denning and others, would be obvious to voters by the autumn.\n"
        ),
        "obvious to voters",
        "Laura Denning",
        id="reporting_verb_with_its_speaker_after_it",
    ),
    pytest.param(
        (
        "Ad war\n\n"
        "Senator Laura Denning released a campaign video that said the new tax would hurt every family in the state.\n"
        ),
        "hurt every family",
        "Laura Denning",
        id="thing_put_out_speaks_for_whoever_put_it_out",
    ),
    pytest.param(
        (
        "Campaign notes\n\n"
        "Senator Laura Denning pushed back on those claims Thursday, saying that the bill had been stalled by "
        "voter anger - and arguing that she and Ellison shared the same goals.\n"
        ),
        "shared the same goals",
        "Laura Denning",
        id="participle_hung_deep_keeps_the_main_speaker",
    ),
    pytest.param(
        (
        "Court watch\n\n"
        "As Alan Reed put it, \"The judges should remember the voters.\"\n"
        ),
        "remember the voters",
        "Alan Reed",
        id="as_x_put_it",
    ),
    pytest.param(
        "Speaking at a town hall event in Dover, Delaware, Olsen went after Dahl, "
        "calling him \u201ca total stiff.\u201d\n",
        "total stiff",
        "Olsen",
        id="place_before_the_subject_is_not_the_speaker",
    ),
    pytest.param(
        "Speaking at a town hall event in Salem, New Hampshire, Margaret Olsen went after Dahl "
        "again, calling him \u201ca tired old hand.\u201d\n",
        "tired old hand",
        "Margaret Olsen",
        id="place_before_the_full_name_is_not_the_speaker",
    ),
    pytest.param(
        "One of the fishermen, Martin Keller, 64, had worked the same waters for decades "
        "and said he was convinced that the new quotas would ruin the village.\n",
        "new quotas",
        "Martin Keller",
        id="apposition_names_the_speaker_of_one_of_the_men",
    ),
    pytest.param(
        "Fact check of the week.\n\n"
        "\u201cAlmost all new income is going to the top one percent of households.\u201d\n\n"
        "- Arthur Pennington.\n\n"
        "The senator is relying on data from a decade ago.\n",
        "top one percent",
        "Arthur Pennington",
        id="quotation_signed_on_the_next_line",
    ),
    pytest.param(
        "To wit, Olsen told the Gazette that Henrik Dahl \u201chad a crazy policy of harbour closures "
        "which was maniacal,\u201d adding, \u201cHe lost all of the fishing vote \u2026 he lost everybody.\u201d\n",
        "fishing vote",
        "Olsen",
        id="participle_after_a_quotation_goes_on_with_its_speaker",
    ),
    pytest.param(
        "A living wage for a single adult in Oregon is about $14 an hour, according to calculations "
        "by Helen Marsh of the Portland Policy Institute.\n",
        "living wage",
        "Helen Marsh",
        id="according_to_a_document_by_someone_names_its_maker",
    ),
    pytest.param(
        "\u201cThe harbour will be ready for the regatta,\u201d said Karen Lindqvist, the port director. "
        "The city council just finished dredging the eastern basin, she said, to \u201cmake sure "
        "the biggest yachts can moor\u201d without trouble.\n",
        "biggest yachts",
        "Karen Lindqvist",
        id="reporting_clause_inside_the_quote_names_the_speaker",
    ),
    pytest.param(
        "Mayor Olsen said the decision was made by harbour master Piet Janssen and said, "
        "\u201cWho are you going to trust on safety at sea?\u201d\n",
        "trust on safety",
        "Olsen",
        id="second_reporting_verb_hung_on_the_reported_clause",
    ),
    pytest.param(
        "Louise Hartmann worked for the developer for a decade. "
        "And Grayson, said Hartmann, who remains friendly with her former boss, never forgives a slight.\n",
        "never forgives",
        "Louise Hartmann",
        id="reporting_verb_set_off_by_commas_names_its_speaker_after_it",
    ),
    pytest.param(
        "Walter Brandt chairs the county party. His allegiance has shifted from Maria Lopez to Rubin "
        "to, now, Kranz, Brandt said during his speech.\n",
        "His allegiance",
        "Walter Brandt",
        id="name_right_before_the_verb_speaks_not_the_list_before_it",
    ),
    pytest.param(
        'Olsen, though, would have to "go more to the center," Kranz said.\n\n'
        '"And I\'d have the same conversation for Dahl," Kranz said. "I think Dahl has a real chance '
        'to win, and that\'s scary to a lot of people."\n\n'
        "Dahl's grasp of policy and temperament are worrying, Kranz said.\n\n"
        '"You know, it is a long race."\n',
        "temperament are worrying",
        "Kranz",
        id="reporting_clause_closing_the_quote_names_the_speaker",
    ),
    pytest.param(
        "Federal guidance issued in May has sparked legal challenges. Friday, Texas, leading a "
        "coalition of 13 states, asked a federal judge to block the rules in time for this school year.\n",
        "block the rules",
        "Texas",
        id="a_date_with_an_apposition_gives_way_to_the_apposition",
    ),
]


@pytest.mark.parametrize(("text", "words", "name"), NAMED_SPEAKERS)
def test_named_speaker(analyze, text, words, name):
    """The quotation containing `words` is attributed to `name`."""
    q = first_quote(analyze(text), words)
    assert q["speaker"]["name"] == name


def test_dateline_place_is_not_the_speaker(analyze):
    text = (
        "Budget talks stall\n\n"
        "PITTSBURGH, May 3 (UPI) \u2014 Senator Laura Denning told reporters that the budget deal would collapse within a week.\n\n"
        "Boston (AFP) \u2013 Governor Mark Ellison has criticised his rival's tax plan, saying that the cuts would hurt schools.\n"
    )
    doc = analyze(text)
    assert "Denning" in (first_quote(doc, "budget deal")["speaker"]["name"] or "")
    assert "Ellison" in (first_quote(doc, "hurt schools")["speaker"]["name"] or "")


def test_apposition_subject_is_not_replaced_by_the_object(analyze):
    text = (
        "Statement issued\n\n"
        "The mayor's spokesman, Ray Colton, told the Gazette that the mayor regretted the delay.\n"
    )
    doc = analyze(text)
    q = first_quote(doc, "regretted the delay")
    assert "Colton" in (q["speaker"]["name"] or "") or mention(text, q["speaker"]) in ("spokesman", "The mayor's spokesman")


# unnamed sources: a quantity ("Some", "Both") is not a role; the group it counts is
UNNAMED_ROLES = [
    pytest.param("Some said the deal would collapse within a week.", "deal would collapse", None, id="some"),
    pytest.param("Both warned that the sanctions would stay in place.", "sanctions would stay", None, id="both"),
    pytest.param("Several of the diplomats said the talks had failed.", "talks had failed", "diplomats", id="several_of_group"),
    pytest.param("Most experts believe the vote was fair.", "vote was fair", "experts", id="quantified_noun"),
    pytest.param("A senior official said the deal would collapse.", "deal would collapse", "senior official", id="described_source"),
]


@pytest.mark.parametrize(("sentence", "words", "role"), UNNAMED_ROLES)
def test_unnamed_source_role(analyze, sentence, words, role):
    q = first_quote(analyze("The talks ended on Friday.\n\n" + sentence), words)
    assert q["speaker"]["name"] is None
    assert q["speaker"]["role"] == role
    assert q["speaker"]["kind"] == "person"


def test_word_of_quantity_before_named_speakers_is_no_title(analyze):
    """`Both Mr. King and Mr. Schultz say …`: "Both" counts the speakers; it is not King's role."""
    doc = analyze("The show aired on Friday.\n\nBoth Mr. King and Mr. Schultz say the management has never told them what to say.")
    speaker = first_quote(doc, "never told them")["speaker"]
    assert speaker["name"] == "King"
    assert speaker["role"] is None
