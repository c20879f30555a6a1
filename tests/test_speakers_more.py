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
]


@pytest.mark.parametrize(("text", "words", "name"), NAMED_SPEAKERS)
def test_named_speaker(analyze, text, words, name):
    """The quotation containing `words` is attributed to `name`."""
    q = _quote(analyze(text), words)
    assert q["speaker"]["name"] == name
