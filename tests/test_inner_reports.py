"""Reports nested inside a quote's words: a reporting clause closing the quoted words names who
speaks, not the cue before the quotation."""

from __future__ import annotations

import pytest
from helpers import mention, one, quotes_of

# `X cannot VERB that “…,” Y added`: the reporting clause right after the quotation is whose
# words they are; the subject of the verb before the quotation (a verb that reports nothing
# said) is not the speaker.
TRAILING_REPORT = [
    (
        "Tom Baker runs the port authority. The governor cannot announce that “without a vote of the board,” Baker added.",
        "without a vote of the board",
        "Tom Baker",
        "Baker",
    ),
    (
        "Ann Cole chairs the panel. The mayor will not promise that “any time this year,” Cole said on Monday.",
        "any time this year",
        "Ann Cole",
        "Cole",
    ),
]


@pytest.mark.parametrize(("text", "words", "name", "speaker_mention"), TRAILING_REPORT)
def test_reporting_clause_after_the_quotation_names_the_speaker(analyze, text, words, name, speaker_mention):
    q = one(quotes_of(analyze, text), words)
    assert q["speaker"]["name"] == name
    assert mention(text, q["speaker"]) == speaker_mention


# `X said A, which Y believes will B`: the relative clause is Y's own report, a quote of its own
# beside X's wider one.
RELATIVE_REPORT = [
    (
        "Mayor Ben Ortiz said the council approved the budget, which critics believe will leave the schools short of money.",
        "the council approved the budget",
        "Ben Ortiz",
        "will leave the schools short of money",
        "critics",
    ),
    (
        "Economist Rita Moss warned that prices would rise again in the spring, which she said could push the central bank to act.",
        "prices would rise again",
        "Rita Moss",
        "could push the central bank to act",
        "she",
    ),
]


@pytest.mark.parametrize(("text", "outer_words", "outer_name", "inner_words", "inner_mention"), RELATIVE_REPORT)
def test_report_in_a_relative_clause_is_its_own_quote(analyze, text, outer_words, outer_name, inner_words, inner_mention):
    quotes = quotes_of(analyze, text)
    outer = one([q for q in quotes if outer_words in q["text"]], outer_words)
    assert outer["speaker"]["name"] == outer_name
    inner = [q for q in quotes if inner_words in q["text"] and outer_words not in q["text"]]
    assert len(inner) == 1, quotes
    assert mention(text, inner[0]["speaker"]) == inner_mention


# `Y, who many feel need …`: the relative clause's own subject ("many") reports; the relative word
# belongs to the reported clause, so the antecedent it stands for is no speaker.
RELATIVE_WITH_OWN_SPEAKER = [
    (
        "The company hired Paul Reed, who several former colleagues say deserves credit for the turnaround.",
        "deserves credit for the turnaround",
        "several former colleagues",
        "Paul Reed",
    ),
    (
        "He is ahead of Sens. Ted Cruz and Marco Rubio, who many feel need a strong showing on Tuesday.",
        "need a strong showing on Tuesday",
        "many",
        "Marco Rubio",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker_mention", "not_speaker"), RELATIVE_WITH_OWN_SPEAKER)
def test_relative_clause_subject_is_the_speaker_not_the_antecedent(analyze, text, words, speaker_mention, not_speaker):
    q = one(quotes_of(analyze, text), words)
    assert mention(text, q["speaker"]) == speaker_mention
    assert q["speaker"]["name"] != not_speaker
