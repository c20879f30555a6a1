"""Speaker attribution beyond the cue's subject: quotations no cue claimed, relative pronouns,
dates taken for speakers. Short texts written for these tests."""

from __future__ import annotations

import pytest


def _quote(doc, words):
    return next(q for q in doc["quotes"] if words in q["text"])


def _mention(text, speaker):
    return text[speaker["start"]:speaker["end"]] if speaker["start"] is not None else None


def test_subject_after_quotation_with_unlisted_verb(analyze):
    text = (
        "The city council met on Monday to discuss the budget.\n\n"
        "\u201cWe cannot keep raising taxes on working families,\u201d the editorial read.\n"
    )
    doc = analyze(text)
    q = _quote(doc, "raising taxes")
    assert _mention(text, q["speaker"]) in ("the editorial", "editorial")


def test_floating_quote_continues_unnamed_speaker_of_same_paragraph(analyze):
    text = (
        "Brenda Kowalczyk, the mayor, opened the session on Tuesday.\n\n"
        "\u201cThere should be more buses, not fewer,\u201d the businessman replied. "
        "\u201cWe should have a lot of systems, and today you can build them.\u201d\n"
    )
    doc = analyze(text)
    q = _quote(doc, "lot of systems")
    assert _mention(text, q["speaker"]) == "the businessman"


def test_relative_pronoun_is_the_mention_for_conjoined_clause(analyze):
    text = (
        "The panel heard from Pavel Orlov, who worked with the party for years "
        "and said the vote would be decided in the suburbs.\n"
    )
    q = _quote(analyze(text), "decided in the suburbs")
    assert q["speaker"]["name"] == "Pavel Orlov"
    assert _mention(text, q["speaker"]) in ("who", "Pavel Orlov")


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
]


@pytest.mark.parametrize(("text", "words", "name"), NAMED_SPEAKERS)
def test_named_speaker(analyze, text, words, name):
    """The quotation containing `words` is attributed to `name`."""
    q = _quote(analyze(text), words)
    assert q["speaker"]["name"] == name


def test_dateline_place_is_not_the_speaker(analyze):
    text = (
        "Budget talks stall\n\n"
        "PITTSBURGH, May 3 (UPI) \u2014 Senator Laura Denning told reporters that the budget deal would collapse within a week.\n\n"
        "Boston (AFP) \u2013 Governor Mark Ellison has criticised his rival's tax plan, saying that the cuts would hurt schools.\n"
    )
    doc = analyze(text)
    assert "Denning" in (_quote(doc, "budget deal")["speaker"]["name"] or "")
    assert "Ellison" in (_quote(doc, "hurt schools")["speaker"]["name"] or "")


def test_second_reporting_verb_keeps_the_outer_subject(analyze):
    text = (
        "Inquiry opens\n\n"
        "Mark Ellison said the agency immediately began to review the files and said the review was always a priority.\n"
    )
    doc = analyze(text)
    assert "Ellison" in (_quote(doc, "always a priority")["speaker"]["name"] or "")


def test_apposition_subject_is_not_replaced_by_the_object(analyze):
    text = (
        "Statement issued\n\n"
        "The mayor's spokesman, Ray Colton, told the Gazette that the mayor regretted the delay.\n"
    )
    doc = analyze(text)
    q = _quote(doc, "regretted the delay")
    assert "Colton" in (q["speaker"]["name"] or "") or _mention(text, q["speaker"]) in ("spokesman", "The mayor's spokesman")


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
    q = _quote(analyze("The talks ended on Friday.\n\n" + sentence), words)
    assert q["speaker"]["name"] is None
    assert q["speaker"]["role"] == role
    assert q["speaker"]["kind"] == "person"
