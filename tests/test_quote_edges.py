"""Where a quote begins and ends and who stands behind a relative pronoun: semicolons, dashes,
participles that start a second report, naming verbs over a quoted phrase, `X, who said`.
Short texts written for these tests; each asserts the quote a reader would expect, with its speaker."""

from __future__ import annotations

import pytest

from helpers import one, quotes_of

pytestmark = pytest.mark.model


def _one(analyze, text: str, words: str) -> dict:
    return one(quotes_of(analyze, text), words)


def test_unnamed_antecedent_of_who_is_the_speaker(analyze):
    text = (
        "The ruling surprised many in the capital. But there are some constitutional scholars who think "
        "the case against the governor is clear."
    )
    q = _one(analyze, text, "the case against the governor")
    mention = text[q["speaker"]["start"]: q["speaker"]["end"]]
    assert "scholars" in mention
    assert "scholars" in (q["speaker"]["role"] or "")


def test_named_antecedent_of_a_second_who_is_the_speaker(analyze):
    text = (
        "The senator was campaigning for a retired teacher named Oliver Brandt, who is running for the "
        "state house and who told the crowd that the schools deserve far more money."
    )
    q = _one(analyze, text, "the schools deserve")
    assert "Brandt" in (q["speaker"]["name"] or "")


def test_semicolon_closes_the_clause_before_a_reporting_verb(analyze):
    text = (
        "Most farmers in the valley were worried about the drought; many said they were \"close to "
        "giving up.\""
    )
    quotes = analyze(text)["quotes"]
    assert not any("drought" in q["text"] for q in quotes), quotes
    q = _one(analyze, text, "close to giving up")
    assert q["cue"]["text"] == "said"
    assert text[q["speaker"]["start"]: q["speaker"]["end"]] == "many"


def test_quoted_name_belongs_to_the_noun_that_dubbed_it(analyze):
    text = (
        "The two governors are now competing for the same donors in what one veteran fundraiser has "
        "dubbed \"the bourbon primary.\""
    )
    q = _one(analyze, text, "bourbon primary")
    assert q["cue"]["text"] == "has dubbed"
    assert "fundraiser" in text[q["speaker"]["start"]: q["speaker"]["end"]]


def test_quoted_show_title_under_tell_is_not_a_quote(analyze):
    text = "The senator told the radio program \"Morning Drive\" that he would not endorse anyone."
    quotes = analyze(text)["quotes"]
    assert not any(q["text"].strip('"') == "Morning Drive" for q in quotes), quotes


def test_speech_participle_after_a_reported_clause_starts_a_new_report(analyze):
    text = (
        "Dr. Lee said the treaty reminds him of the 1919 settlement called \"The Long Armistice,\" "
        "explaining, \"because what could have been was lost, and we all lament it.\""
    )
    q = _one(analyze, text, "1919 settlement")
    assert "explaining" not in q["text"] and "lament" not in q["text"]
    assert "Lee" in (q["speaker"]["name"] or "")
    second = _one(analyze, text, "we all lament it")
    assert second["cue"]["text"] == "explaining"
    assert "Lee" in (second["speaker"]["name"] or "")


def test_quotation_set_off_by_dashes_is_what_the_verb_after_it_reports(analyze):
    text = (
        "The governor praised the plan — \"It will save lives,\" she said — and urged lawmakers to "
        "pass it."
    )
    q = _one(analyze, text, "It will save lives")
    assert q["type"] == "direct"
    assert "praised" not in q["text"]
    assert q["cue"]["text"] == "said"


def test_relative_clause_after_an_interrupting_cue_continues_the_quote(analyze):
    text = (
        "She described her letters as \"quiet conversations,\" she told friends, in which she could "
        "tell stories and share her doubts."
    )
    q = _one(analyze, text, "quiet conversations")
    assert "share her doubts" in q["text"]
    assert q["cue"]["text"] == "told"
