"""Live-blog and digest formats: a verbless heading before a colon (`Senator Tom Smith: “…”`,
`From Bush's Facebook post: “…”`, `The report: “…”`) names who or what speaks, and a digest item
(`CAPITALISED HEADLINE “…” [Source.]`) is the story its headline names, cued by the bracketed
source — not a continuation of whoever spoke in the item before."""

from __future__ import annotations

import pytest

from helpers import check_quote, one

CASES = [
    pytest.param(
        "Senator Mary Jones spoke on Tuesday.\n\nSenator Tom Smith: \"Russia has increased its troop presence along the border by a third since March.\"",
        "troop presence", {"mention_has": "Smith", "cue": ":", "name_has": "Tom Smith"}, id="name-heading",
    ),
    pytest.param(
        "Aides say the governor plans to \"actively support\" Cruz. From Bush's Facebook post: \"For the sake of our party and country, we must move to overcome the divisiveness, or we will certainly lose.\"",
        "For the sake", {"mention": "Bush", "cue": ":", "not_name": "Aides"}, id="owner-of-post",
    ),
    pytest.param(
        "Senator Mary Jones said the numbers were bad.\n\nThe report: \"Turnout among young voters fell sharply in every district surveyed this spring.\"",
        "Turnout among", {"mention_has": "report", "cue": ":", "not_name": "Mary Jones"}, id="document-heading",
    ),
    pytest.param(
        "Turnout was high across the state.\n\nPollsters agree - Carl Bialik: \u201cThe lesson is simple: keep contacting voters as late as you possibly can before the vote.\u201d [538.]\n",
        "The lesson", {"mention_has": "Bialik", "cue": ":", "not_name": "Pollsters"}, id="digest-topic-dash-author",
    ),
    pytest.param(
        "The aide wrote to her on Monday about the vote.\n\nClinton's response was: \"Is the vote on Tuesday or on Wednesday this week?\"",
        "Is the vote", {"mention": "Clinton", "name_has": "Clinton"}, id="owner-of-response",
    ),
    pytest.param(
        "Clinton defenders argue the policy worked.\n\nHere\u2019s Clinton in December 1992: \"Our new direction must rest on an understanding of the new realities of global competition.\"",
        "Our new direction", {"mention": "Clinton", "cue": ":"}, id="here-is-speaker",
    ),
    pytest.param(
        "TOP STORIES.\n\nMINISTER CRITICISES SANCTIONS Senator Mary Jones said the measures were \"deeply unfair.\" [AP.]\n\n"
        "ROLL TIDE \u201cThe team was great all night and we are proud of every single player on it.\u201d [ESPN.]\n",
        "proud of every", {"cue": "[ESPN.]", "mention": "TIDE", "not_name": "Mary Jones"}, id="digest-headline",
    ),
    pytest.param(
        "TOP STORIES.\n\nTALKS RESUME IN GENEVA \u201cDiplomats from both countries met for six hours and agreed to meet again next month.\u201d [Reuters.]\n",
        "Diplomats from", {"cue": "[Reuters.]", "speaker_found": True}, id="digest-headline-alone",
    ),
]


@pytest.mark.parametrize("text, words, expect", CASES)
def test_liveblog_headings(analyze, text, words, expect):
    check_quote(one(analyze(text)["quotes"], words), text, expect)


NOT_HEADLINES = [
    pytest.param(
        "The crowd chanted LOCK HER UP \u201cas the candidate smiled and waved from the stage for several minutes.\u201d\n",
        "as the candidate", id="caps-in-sentence",
    ),
    pytest.param(
        "Senator Mary Jones spoke first.\n\nSTOP THE WAR \u201cWe will march every weekend until the troops come home,\u201d one protester said.\n",
        "We will march", id="caps-without-bracket",
    ),
]


@pytest.mark.parametrize("text, words", NOT_HEADLINES)
def test_capitals_without_digest_format_are_no_headline(analyze, text, words):
    q = one(analyze(text)["quotes"], words)
    assert not (q.get("cue") or {}).get("text", "").startswith("[")


SIGNED = [
    pytest.param(
        "\"He can have briefings,\" Reid said.\n\n\"Great speech. She is tested. She is ready. That is why she should be our next president.\"\n\n"
        "-President Obama, tweeting after Clinton's speech.\n",
        "Great speech", "Obama", id="dash-glued-title",
    ),
    pytest.param(
        "\"He can have briefings,\" Reid said.\n\n\"The whole idea of a crooked candidate is something that we hear about all the time, and it needs to stop.\"\n\n"
        "- Michelle Marks, Philadelphia.\n",
        "The whole idea", "Michelle Marks", id="dash-name-place",
    ),
    # the fact-check layout: each claim quoted on a line of its own, signed on the next
    pytest.param(
        "We review the claims made in the debate.\n\n\"Almost all new income in this country is going to the richest one percent of households.\"\n\n"
        "- Walter Brennan.\n\nThe senator relies on figures that are several years old.\n",
        "Almost all new income", "Walter Brennan", id="dash-bare-name",
    ),
    pytest.param(
        "We review the claims made in the debate.\n\n\"I helped write that bill, and I am proud of every line of it.\"\n\n"
        "\u2014 Brennan\n\nBrennan exaggerates his part in the bill.\n",
        "I helped write", "Brennan", id="em-dash-surname",
    ),
]


@pytest.mark.parametrize("text, words, signer", SIGNED)
def test_signed_line_after_a_quotation_names_its_speaker(analyze, text, words, signer):
    q = one(analyze(text)["quotes"], words)
    assert signer in (q["speaker"]["name"] or ""), q
    assert q["speaker"]["name"] != "Reid"


@pytest.mark.parametrize("text, words, signer", SIGNED)
def test_signature_line_is_the_quotes_cue(analyze, text, words, signer):
    # one detector: the dash of the signature is the cue, so the quote is not left floating
    q = one(analyze(text)["quotes"], words)
    assert (q.get("cue") or {}).get("text", "")[:1] in ("-", "\u2014", "\u2013"), q
    assert not q.get("inherited"), q


def test_signature_line_is_not_itself_a_quote(analyze):
    text = ("We review the claims made in the debate.\n\n\"Almost all new income in this country is going to the richest one percent of households.\"\n\n"
            "- Walter Brennan.\n")
    quotes = analyze(text)["quotes"]
    assert len(quotes) == 1 and "Walter" not in quotes[0]["text"], quotes


def test_byline_after_prose_signs_no_quote(analyze):
    text = ("The candidate has mocked a reporter and recently pointed to a man in the crowd and called him \"my good friend.\"\n\n- Reuters.\n")
    quotes = analyze(text)["quotes"]
    hit = [q for q in quotes if "my good friend" in q["text"]]
    assert all(q["speaker"]["name"] != "Reuters" for q in hit), quotes


def test_byline_after_a_floating_quote_in_prose_is_no_signature(analyze):
    # the quotation closes a paragraph of prose: the dash line under it is the agency's byline,
    # and the sentence before the quotation names who speaks
    text = ("We review the claims.\n\nBrennan spoke at length. \"I helped write that bill, and I am proud of every line of it.\"\n\n- Reuters.\n")
    q = one(analyze(text)["quotes"], "I helped write")
    assert q["speaker"]["name"] != "Reuters", q
    assert "Brennan" in (q["speaker"]["name"] or ""), q


def test_transcript_heading_does_not_speak_its_labelled_lines(analyze):
    text = ("The debate was tense.\n\nPartial transcript as follows:\n\n\"RAMOS: Secretary Clinton, on the night of the attacks "
            "you told the families something else entirely.\n\n\"CLINTON: That is not what happened, and I have said so many times.\"\n")
    for q in analyze(text)["quotes"]:
        assert "transcript" not in (q["speaker"].get("role") or "") and (q.get("cue") or {}).get("text") != ":", q
