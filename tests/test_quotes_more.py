"""More quote-finding cases: cues that interrupt or open the clause they report (a quotation split
by one stays two direct quotes), relative-clause cues, one quote per reported clause, capitalised
quotations that are speech rather than titles, quotations owned by a source's remark or slogan,
crowds that chant, and quoted words that are no quote at all (scare quotes, titles of works).
Short texts written for these tests."""

from __future__ import annotations

import pytest
from helpers import check_quote, covering, mention, one, quotes_of

pytestmark = pytest.mark.model


def test_interrupting_cue_makes_one_mixed_quote(analyze):
    text = (
        "The senator spoke for an hour.\n\n"
        "The new bridge, Mayor Ortiz said, had been delayed for \"far too long\" and cost \"twice the budget.\""
    )
    quotes = quotes_of(analyze, text)
    hits = covering(quotes, "far too long")
    assert len(hits) == 1, quotes
    q = hits[0]
    assert q["type"] == "mixed"
    assert q["text"].startswith("The new bridge")
    assert "twice the budget" in q["text"]
    assert q["speaker"]["name"] and "Ortiz" in q["speaker"]["name"]
    assert not [x for x in quotes if x is not q and "twice the budget" in x["text"]], quotes


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "\"Prices will rise through the winter,\" said Helen Ward, an economist at Lakeside Bank, \"and they will rise faster in the north.\"",
            id="named_speaker",
        ),
        pytest.param("\"We will win this state,\" he said, \"and we will win it big.\"", id="pronoun_speaker"),
    ],
)
def test_quotation_split_by_an_interrupting_cue_stays_two_direct_quotes(analyze, text):
    quotes = quotes_of(analyze, text)
    assert [q["type"] for q in quotes] == ["direct", "direct"], quotes


def test_relative_clause_cue_reports_its_clause(analyze):
    text = (
        "The minister was in Oslo.\n\n"
        "Anna Berg said the council had approved a new tax on shipping, which she called \"a disaster for the coast.\""
    )
    quotes = quotes_of(analyze, text)
    rel = [q for q in quotes if q["text"].startswith("which she called")]
    assert len(rel) == 1, quotes
    assert rel[0]["type"] == "mixed"
    assert rel[0]["cue"]["text"] == "called"


def test_several_fragments_of_one_clause_are_one_quote(analyze):
    text = (
        "The debate ended late.\n\n"
        "Mr. Lindqvist said the proposal was \"reckless\" and that it would \"ruin the fishing towns\" within a decade."
    )
    quotes = quotes_of(analyze, text)
    hits = [q for q in quotes if "reckless" in q["text"] or "ruin the fishing" in q["text"]]
    assert len(hits) == 1, quotes
    assert hits[0]["type"] == "mixed"
    assert "reckless" in hits[0]["text"] and "ruin the fishing towns" in hits[0]["text"]


# text, words of the one quote it must hold, and what must be true of that quote (see check_quote)
FOUND_QUOTES = [
    pytest.param(
        "The governor held a press conference on Monday.\n\n"
        "Instead, Kowalski told reporters, the plan would be \"to rebuild the harbour first\" if the council agrees.",
        "rebuild the harbour",
        dict(type="mixed", starts="the plan would be", name_has="Kowalski"),
        id="sentence_opening_cue_with_comma",
    ),
    pytest.param(
        "The polls had closed.\n\nShe declared \"What a Wonderful Night!\" and thanked her volunteers.",
        "What a Wonderful Night",
        dict(speaker_found=True),
        id="capitalised_words_declared_are_speech_not_a_title",
    ),
    pytest.param(
        "The campaign was in trouble.\n\nSenator Dale's \"forty percent\" comment was widely criticised.",
        "forty percent",
        dict(type="direct", name_has="Dale"),
        id="quotation_owned_by_a_sources_remark",
    ),
    pytest.param(
        "The convention opened on Monday.\n\nMaria Lopez's campaign slogan is \"Bring them home.\" Her rivals mocked it.",
        "Bring them home",
        dict(name_has="Lopez"),
        id="slogan_is_quotation",
    ),
    pytest.param(
        "The mayor arrived at noon.\n\nOutside the hall, the protesters chanted \"Save our schools!\" for an hour.",
        "Save our schools",
        dict(),
        id="crowd_chant_is_a_quote",
    ),
    pytest.param(
        "The tax was debated.\n\nThe plan was attacked by Tom Bright, who runs a bakery and said the tax would \"ruin small shops like mine.\"",
        "ruin small shops",
        dict(mention="who", name_has="Bright"),
        id="conjoined_relative_clause_cue_has_the_relative_pronoun_as_mention",
    ),
]


@pytest.mark.parametrize(("text", "words", "expect"), FOUND_QUOTES)
def test_found_quote(analyze, text, words, expect):
    """Exactly one quote holds `words`, with the type, extent and speaker a reader would give it."""
    check_quote(one(quotes_of(analyze, text), words), text, expect)


def test_apostrophes_still_not_quote_marks(analyze):
    text = "Russia's envoy arrived.\n\nThe band played rock 'n' roll from the '90s, the organisers said."
    quotes = quotes_of(analyze, text)
    assert not [q for q in quotes if q["type"] != "indirect"], quotes
    assert not [q for q in quotes if q["text"].startswith(("n'", "90s", "s envoy"))], quotes


NOT_QUOTES = [
    pytest.param(
        "The actor was busy last year.\n\nHe appeared in \"The Long Winter Road\" and later moved to Chicago.",
        id="title_of_a_show_someone_appeared_on",
    ),
    pytest.param("The winter was hard.\n\nThe storm caused \"massive\" damage along the coast in May.", id="one_word_scare_quote"),
    pytest.param("The firm grew quickly.\n\nIts \"green\" products sold well in May.", id="one_word_scare_quote_on_a_noun"),
    pytest.param("A day in the city\n\nThe company launched a \"green\" product line last year.", id="scare_quote_object"),
    pytest.param("A day in the city\n\nThe actor starred in \"Sharknado\" before he moved to Texas.", id="title_of_a_film"),
    pytest.param("A day in the city\n\nOfficials opened a \"temporary\" office near the border.", id="scare_quote_adjective"),
    pytest.param(
        "The constitution grants lifetime tenure to federal judges who serve in \"good behavior\" on the bench.",
        id="quoted_phrase_under_a_verb_that_reports_nothing",
    ),
    pytest.param(
        # the rule taking quoted words in a reported clause's subject needs a source reported as
        # saying the clause: narration is not
        "The “green” line of cars had sold badly all year, and the factory closed in June.",
        id="scare_quote_in_a_narrated_subject",
    ),
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_scare_quotes_and_titles_under_verbs_that_report_nothing_are_not_quotes(analyze, text):
    """GOLD-FORMAT: scare quotes nobody is reported as saying and titles of works are not quotes."""
    assert quotes_of(analyze, text) == []


# -- linking cues and their subjects to quotations ---------------------------------------------


def test_and_i_quote_is_the_writers_aside(analyze):
    text = "The rally was loud.\n\nNo wonder the mayor said, and I quote, \"We love the new harbour and we will fight for it.\""
    q = one(quotes_of(analyze, text), "We love the new harbour")
    assert q["cue"] and q["cue"]["text"] == "said"
    assert "mayor" in (mention(text, q["speaker"]) or "")
    assert q["speaker"]["kind"] != "author"


def test_participle_cue_speaks_for_the_outer_clause(analyze):
    """`X said Y will have to …, saying “…”`: the one saying is X, not Y (the ccomp's subject)."""
    text = (
        "The party was divided.\n\n"
        "Even a senior Labour strategist said Morgan will have to choose a side, saying, \"At some point, she is going to have to come out on where she stands.\""
    )
    q = one(quotes_of(analyze, text), "At some point")
    assert q["cue"] and q["cue"]["text"] == "saying"
    assert mention(text, q["speaker"]) != "Morgan"
    assert "strategist" in (mention(text, q["speaker"]) or "")


def test_attribution_in_the_next_paragraph_does_not_claim_a_continued_quote(analyze):
    text = (
        "The senator spoke for an hour on Monday.\n\n"
        "\"Politics is a tough game,\" he said. \"That is the way it is, Nicole.\"\n\n"
        "Sanders may now feel that way himself as he winds down his campaign."
    )
    q = one(quotes_of(analyze, text), "That is the way it is")
    assert not q["cue"] or "feel" not in q["cue"]["text"]


# quotation words, the cue text it must contain, and the speaker's name it must contain
CUED_QUOTES = [
    pytest.param(
        (
        "The board met on Friday.\n\n"
        "\"Anybody who attacks the plan, it's like buyer beware,\" said Louisa Brightwater, who has run the trust since the 1990s."
        ),
        "buyer beware",
        "said",
        "Brightwater",
        id="inverted_cue_whose_parse_takes_a_quoted_word_for_subject",
    ),
    pytest.param(
        (
        "The numbers were wrong.\n\n"
        "Governor Hale has since apologized for what happened: \"Yes, I should have checked the numbers before I spoke.\""
        ),
        "checked the numbers",
        "apologized",
        "Hale",
        id="colon_lead_in_whose_verb_is_not_a_cue",
    ),
    pytest.param(
        (
        "The report was published on Monday.\n\n"
        "Dr. Ward stated:\n\n"
        "\"The results show a clear fall in infections across all regions of the country.\""
        ),
        "clear fall in infections",
        "stated",
        "Ward",
        id="colon_lead_in_across_a_paragraph_break",
    ),
    pytest.param(
        (
        "The vote is on Monday.\n\n"
        "On Thursday, Senator Ruiz hedged on whether he would support the bill, telling reporters his vote would depend on the final text."
        ),
        "his vote would depend",
        "telling",
        "Ruiz",
        id="participle_after_whether_clause_takes_the_outer_subject",
    ),
    pytest.param(
        (
        "The hearing ran long.\n\n"
        "Harris cannot say that \"from his perspective,\" Delgado added, saying it should be \"up to the prosecutor to decide.\""
        ),
        "up to the prosecutor",
        "saying",
        "Delgado",
        id="participle_with_its_own_cue_keeps_that_speaker",
    ),
]


@pytest.mark.parametrize(("text", "words", "cue", "speaker"), CUED_QUOTES)
def test_cue_and_speaker(analyze, text, words, cue, speaker):
    """Inverted cues, colon lead-ins (also across a paragraph break), asides and -ing cues: the
    quotation holding `words` has the right cue and speaker."""
    q = one(quotes_of(analyze, text), words)
    assert q["cue"] and cue in q["cue"]["text"]
    assert speaker in (q["speaker"]["name"] or "")
