"""Quotations whose reporting clause the parser mangled, recovered anyway: a quoted fragment inside
a clause a source is reported saying, speakers hidden behind a fronted date, a passive or a
postposed name, reported clauses the parser cut in two or made the main clause, reports that go on
after an interrupting cue. News parses get these wrong often, and a reader still sees one quote
with its speaker. Short texts written for these tests; some pin the parser's mistake with a
hand-made parse so the result does not depend on the model."""

from __future__ import annotations

import pytest
from helpers import check_quote, covering, one, quotes_of

pytestmark = pytest.mark.model


def _parsed(nlp, rows: list[tuple], ents: list[str] | None = None):
    """A doc with the parse given (word, space_after, head, dep, pos, tag, lemma): the parser's own
    mistakes, pinned, so the quote finder's handling of them does not depend on the model."""
    from spacy.tokens import Doc

    words = [r[0] for r in rows]
    return Doc(
        nlp.vocab, words=words, spaces=[r[1] for r in rows], heads=[r[2] for r in rows], deps=[r[3] for r in rows],
        pos=[r[4] for r in rows], tags=[r[5] for r in rows], lemmas=[r[6] for r in rows], ents=ents or ["O"] * len(rows),
    )


def _found(nlp, doc) -> list[dict]:
    from stancer.components import QUOTES_KEY

    doc = nlp.get_pipe("stancer_quotes")(doc)
    return [dict(span._.stancer_quote, text=span.text) for span in doc.spans[QUOTES_KEY]]


# text, words of the one quote it must hold, and what must be true of that quote (see check_quote)
RECOVERED_QUOTES = [
    pytest.param(
        "The Energy Department less than three weeks ago said for the first time that “top secret” "
        "data had passed through the contractor’s private server.",
        "top secret",
        dict(type="mixed", has=["private server"], name_has="Energy Department"),
        id="quoted_words_in_the_subject_of_a_reported_clause",  # not a scare quote: the department reports it
    ),
    pytest.param(
        "The mayor was forced into an awkward retreat on Friday and said that his plan had been “badly misunderstood.”",
        "badly misunderstood",
        dict(type="mixed", starts="his plan", mention_has="mayor"),
        id="speaker_of_a_verb_coordinated_with_a_passive",
    ),
    pytest.param(
        # the parser takes "Saturday" for the subject; the senator named before the verb speaks
        "Saturday at the Oregon Democratic state\u2019s party convention Sen. Anna Kowalski (D-OR) said presumptive "
        "Republican nominee Tom Walsh was a \u201cproven failure\u201d in business.",
        "proven failure",
        dict(type="mixed", starts="presumptive Republican nominee", name_has="Kowalski"),
        id="speaker_after_a_fronted_date_and_place",
    ),
    pytest.param(
        "In an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential "
        "candidate stated that Walsh\u2019s \u201cdivisive\u201d and \u201cmean-spirited\u201d comments do not "
        "\u201cfit with what I thought I knew about him.\u201d",
        "fit with what I thought",
        dict(type="mixed", cue="stated", has=["divisive", "mean-spirited"]),
        id="speaker_the_parser_made_an_apposition_of_a_name_before_it",
    ),
    pytest.param(
        "Mr. Hale said that the plan “could not work,” and that the council had ignored every warning from engineers.",
        "could not work",
        dict(type="mixed", has=["ignored every warning"], name_has="Hale"),
        id="coordinated_that_clauses_are_one_report",
    ),
    pytest.param(
        "The retired surgeon has provided no details about how he planned to rescue his campaign, saying in his "
        "statement only that he was “refining some practices and streamlining some assignments to match the tasks ahead.”",
        "refining some practices",
        dict(type="mixed", cue="saying", mention_has="surgeon"),
        id="that_clause_parsed_as_adverbial_is_still_what_was_said",
    ),
    pytest.param(
        "Couple national exposure with a \"governor who is a lightning rod\" and residents get nervous, said "
        "Christine Bell, executive director of the Civil Liberties Union in Ohio.",
        "lightning rod",
        dict(type="mixed", starts="Couple national exposure", has=["residents get nervous"], name_has="Bell"),
        id="fronted_report_before_a_postposed_speaker",
    ),
    pytest.param(
        "The endorsement comes just three days after Walsh told The Boston Globe he was “not quite there yet” "
        "on supporting Reyes, who will face a challenger in a primary on Tuesday.",
        "not quite there yet",
        dict(type="mixed", starts="he was", cue="told", name_has="Walsh", lacks=["The endorsement comes"]),
        id="reported_clause_the_parser_made_the_main_clause",
    ),
    pytest.param(
        "Donald Walsh said Friday that it would \"have been nice\" had Laura Hensley congratulated him for doing "
        "something in the election that nobody has ever done before.",
        "have been nice",
        dict(type="mixed", has=["congratulated him"], name_has="Walsh"),
        id="reported_clause_split_into_two_complements",
    ),
    pytest.param(
        "If politics makes the road ahead for this bill too complicated now, he said, Congress can still pass a "
        "simple extension of the law down the line, probably with \"a strong bipartisan vote.\"\nThere is no date yet.",
        "strong bipartisan vote",
        dict(type="mixed", has=["Congress can still pass"], mention="he"),
        id="interrupting_cue_with_quotation_closing_the_sentence",
    ),
    pytest.param(
        "\"It's our bad luck,\" he said, that both violent men had connections to this little mosque, one of "
        "the oldest in this part of Ohio.",
        "our bad luck",
        dict(type="mixed", has=["both violent men"], speaker_found=True),
        id="report_goes_on_after_an_interrupting_cue-0",
    ),
    pytest.param(
        "But ''it is a better use of political capital,'' he added, to pursue a hybrid system, including some "
        "sort of consumption levy alongside an income tax.",
        "better use of political capital",
        dict(type="mixed", has=["pursue a hybrid system"], speaker_found=True),
        id="report_goes_on_after_an_interrupting_cue-1",
    ),
    pytest.param(
        "The city has been losing money, she said, by ignoring the \"obvious warning signs\" that scared "
        "investors away from the harbor.",
        "obvious warning signs",
        dict(type="mixed", has=["The city has been losing money"], speaker_found=True),
        id="report_goes_on_after_an_interrupting_cue-2",
    ),
    pytest.param(
        "\"With this law, we will send a message to the world that Ohio will no longer build barriers to the ballot "
        "box,\" he said, adding that the state would send a \"strong message\" to voters.",
        "With this law",
        dict(type="direct", lacks=["adding"]),
        id="adding_after_an_interrupting_cue_is_a_second_report",
    ),
    pytest.param(
        # `saying, “A reporter who …”`: the first noun of the quotation is not the speaker
        "Kerpen needled the CNN \u201creporter,\u201d saying, \u201cA reporter who Tweets on request!\u201d",
        "Tweets on request",
        dict(type="direct", name_has="Kerpen"),
        id="quotation_after_saying_is_not_taken_for_its_speaker",
    ),
    pytest.param(
        "Although there is no such overlap with Walsh's team, a White House official who spoke anonymously to "
        "discuss internal strategy said Wednesday, \"Certainly there are discussions between the White House and "
        "the Walsh campaign.\"",
        "Certainly there are discussions",
        dict(type="direct", mention_has="official"),
        id="speaker_described_by_a_relative_clause_right_before_the_verb",
    ),
    pytest.param(
        "Obama adviser Tom Walsh took a job at the firm a few months before its senior vice president boasted "
        "about a plan to spend \u201ca million dollars\u201d digging up personal dirt on journalists who criticized the company.",
        "a million dollars",
        dict(type="mixed", cue="boasted", mention_has="president", lacks=["took a job"]),
        id="a_title_such_as_vice_president_can_speak",
    ),
]


@pytest.mark.parametrize(("text", "words", "expect"), RECOVERED_QUOTES)
def test_recovered_quote(analyze, text, words, expect):
    """The one quote holding `words` has the type, extent, cue and speaker a reader would give it."""
    check_quote(one(quotes_of(analyze, text), words), text, expect)


def test_speaker_of_a_naming_verb_the_parser_hung_on_the_speaker(nlp):
    # "one lawmaker called Walsh “the orange prince …”", parsed with `called` as a participle of
    # `lawmaker`: with an object and a predicate the verb acts, and the lawmaker speaks
    rows = [
        ("One", True, 1, "nummod", "NUM", "CD", "one"),
        ("lawmaker", True, 1, "ROOT", "NOUN", "NN", "lawmaker"),
        ("called", True, 1, "acl", "VERB", "VBN", "call"),
        ("Walsh", True, 2, "oprd", "PROPN", "NNP", "Walsh"),
        ("\u201c", False, 7, "punct", "PUNCT", "``", "\u201c"),
        ("the", True, 7, "det", "DET", "DT", "the"),
        ("orange", True, 7, "compound", "PROPN", "NNP", "orange"),
        ("prince", False, 2, "oprd", "NOUN", "NN", "prince"),
        (".", False, 1, "punct", "PUNCT", ".", "."),
        ("\u201d", False, 1, "punct", "PUNCT", "''", "\u201d"),
    ]
    doc = _parsed(nlp, rows, ["O", "O", "O", "B-PERSON", "O", "O", "O", "O", "O", "O"])
    quotes = [q for q in _found(nlp, doc) if "orange prince" in q["text"]]
    assert len(quotes) == 1, quotes
    assert doc.text[quotes[0]["speaker"]["start"]:quotes[0]["speaker"]["end"]] == "lawmaker"


def test_a_thing_called_a_name_is_still_no_quote(nlp):
    rows = [
        ("He", True, 1, "nsubj", "PRON", "PRP", "he"),
        ("taught", True, 1, "ROOT", "VERB", "VBD", "teach"),
        ("a", True, 3, "det", "DET", "DT", "a"),
        ("class", True, 1, "dobj", "NOUN", "NN", "class"),
        ("called", True, 3, "acl", "VERB", "VBN", "call"),
        ("\u201c", False, 6, "punct", "PUNCT", "``", "\u201c"),
        ("Perception", False, 4, "oprd", "PROPN", "NNP", "Perception"),
        ("\u201d", False, 6, "punct", "PUNCT", "''", "\u201d"),
        (".", False, 1, "punct", "PUNCT", ".", "."),
    ]
    quotes = _found(nlp, _parsed(nlp, rows))
    assert not [q for q in quotes if "Perception" in q["text"]], quotes


def test_speaker_the_parser_made_the_object_of_after(nlp):
    # "… after Walsh, asked about taxes, had said, ''I think so.''": `after` read as a preposition
    rows = [
        ("The", True, 1, "det", "DET", "DT", "the"),
        ("issue", True, 2, "nsubj", "NOUN", "NN", "issue"),
        ("came", True, 12, "ccomp", "VERB", "VBD", "come"),
        ("up", True, 2, "prt", "ADP", "RP", "up"),
        ("after", True, 2, "prep", "ADP", "IN", "after"),
        ("Walsh", False, 4, "pobj", "PROPN", "NNP", "Walsh"),
        (",", True, 2, "punct", "PUNCT", ",", ","),
        ("asked", True, 2, "advcl", "VERB", "VBN", "ask"),
        ("about", True, 7, "prep", "ADP", "IN", "about"),
        ("taxes", False, 8, "pobj", "NOUN", "NNS", "tax"),
        (",", True, 12, "punct", "PUNCT", ",", ","),
        ("had", True, 12, "aux", "AUX", "VBD", "have"),
        ("said", False, 12, "ROOT", "VERB", "VBN", "say"),
        (",", True, 12, "punct", "PUNCT", ",", ","),
        ("''", False, 12, "punct", "PUNCT", "``", "''"),
        ("I", True, 16, "nsubj", "PRON", "PRP", "I"),
        ("think", True, 12, "ccomp", "VERB", "VBP", "think"),
        ("so", False, 16, "advmod", "ADV", "RB", "so"),
        (".", False, 12, "punct", "PUNCT", ".", "."),
        ("''", False, 12, "punct", "PUNCT", "''", "''"),
    ]
    ents = ["O"] * len(rows)
    ents[5] = "B-PERSON"
    doc = _parsed(nlp, rows, ents)
    quotes = [q for q in _found(nlp, doc) if "I think so" in q["text"]]
    assert len(quotes) == 1, quotes
    assert quotes[0]["type"] == "direct"
    assert doc.text[quotes[0]["speaker"]["start"]:quotes[0]["speaker"]["end"]] == "Walsh"


def test_reason_running_on_from_the_reported_clause_is_reported(nlp):
    rows = [
        ("Baxter", True, 1, "nsubj", "PROPN", "NNP", "Baxter"),
        ("charged", True, 1, "ROOT", "VERB", "VBD", "charge"),
        ("that", True, 6, "mark", "SCONJ", "IN", "that"),
        ("the", True, 4, "det", "DET", "DT", "the"),
        ("mayor", True, 6, "nsubj", "NOUN", "NN", "mayor"),
        ("''", False, 6, "punct", "PUNCT", "``", "''"),
        ("hid", False, 1, "ccomp", "VERB", "VBD", "hide"),
        ("''", True, 6, "punct", "PUNCT", "''", "''"),
        ("the", True, 9, "det", "DET", "DT", "the"),
        ("files", True, 6, "dobj", "NOUN", "NNS", "file"),
        ("because", True, 12, "mark", "SCONJ", "IN", "because"),
        ("they", True, 12, "nsubj", "PRON", "PRP", "they"),
        ("were", True, 1, "advcl", "AUX", "VBD", "be"),
        ("damaging", False, 12, "acomp", "ADJ", "JJ", "damaging"),
        (".", False, 1, "punct", "PUNCT", ".", "."),
    ]
    ents = ["O"] * len(rows)
    ents[0] = "B-PERSON"
    quotes = [q for q in _found(nlp, _parsed(nlp, rows, ents)) if "hid" in q["text"]]
    assert len(quotes) == 1, quotes
    assert quotes[0]["type"] == "mixed"
    assert quotes[0]["text"].endswith("because they were damaging")


def test_comma_citing_after_a_quotation_is_a_second_report(analyze):
    text = (
        "The two senators, however, argue that \u201cthere is precedent for prosecution,\u201d citing an instance in "
        "which a sailor was found guilty of \u201cgross negligence.\u201d"
    )
    quotes = quotes_of(analyze, text)
    first = covering(quotes, "precedent for prosecution")
    assert len(first) == 1, quotes
    assert "citing" not in first[0]["text"]
    second = covering(quotes, "gross negligence")
    assert len(second) == 1 and second[0] is not first[0]
    assert second[0]["speaker"]["start"] == first[0]["speaker"]["start"] is not None


def test_inverted_cue_whose_name_the_parser_gave_to_the_next_quotation(analyze):
    text = (
        "\"The risk,\" said Edward Leamer, an economist who is the director of the Anderson Forecast, \"is that "
        "we're going to be attracting workers and repelling jobs.\""
    )
    quotes = quotes_of(analyze, text)
    assert [q["type"] for q in quotes] == ["direct", "direct"], quotes
    assert all("Leamer" in (q["speaker"]["name"] or "") for q in quotes)
