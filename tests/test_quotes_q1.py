"""Quotations whose reporting clause the parser mangled: a quoted fragment inside a clause a
source is reported saying, speakers hidden behind a fronted date, a passive or a postposed name,
reported clauses the parser cut in two or ran into a second report. Short texts written for
these tests; each asserts the quote a reader would expect, with its speaker."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _quotes(analyze, text: str) -> list[dict]:
    return analyze(text)["quotes"]


def _covering(quotes: list[dict], words: str) -> list[dict]:
    return [q for q in quotes if words in q["text"]]


def _speaker_text(text: str, quote: dict) -> str:
    speaker = quote["speaker"]
    return text[speaker["start"]:speaker["end"]] if speaker["start"] is not None else ""


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


def _one(analyze, text: str, words: str) -> dict:
    quotes = _quotes(analyze, text)
    hits = _covering(quotes, words)
    assert len(hits) == 1, quotes
    return hits[0]


def test_quoted_words_in_the_subject_of_a_reported_clause(analyze):
    # the quotation sits in the subject of the clause the department reported: not a scare quote
    text = (
        "The Energy Department less than three weeks ago said for the first time that “top secret” "
        "data had passed through the contractor’s private server."
    )
    q = _one(analyze, text, "top secret")
    assert q["type"] == "mixed"
    assert "private server" in q["text"]
    assert "Energy Department" in (q["speaker"]["name"] or "")


def test_speaker_of_a_verb_coordinated_with_a_passive(analyze):
    text = "The mayor was forced into an awkward retreat on Friday and said that his plan had been “badly misunderstood.”"
    q = _one(analyze, text, "badly misunderstood")
    assert q["type"] == "mixed"
    assert q["text"].startswith("his plan")
    assert "mayor" in _speaker_text(text, q)


def test_speaker_after_a_fronted_date_and_place(analyze):
    # the parser takes "Saturday" for the subject; the senator named before the verb speaks
    text = (
        "Saturday at the Oregon Democratic state\u2019s party convention Sen. Anna Kowalski (D-OR) said presumptive "
        "Republican nominee Tom Walsh was a \u201cproven failure\u201d in business."
    )
    q = _one(analyze, text, "proven failure")
    assert q["type"] == "mixed"
    assert q["text"].startswith("presumptive Republican nominee")
    assert "Kowalski" in (q["speaker"]["name"] or "")


def test_speaker_the_parser_made_an_apposition_of_a_name_before_it(analyze):
    text = (
        "In an interview with Morning Joe hosts Joe Scarborough and Mika Brzezinski, the Democratic presidential "
        "candidate stated that Walsh\u2019s \u201cdivisive\u201d and \u201cmean-spirited\u201d comments do not "
        "\u201cfit with what I thought I knew about him.\u201d"
    )
    q = _one(analyze, text, "fit with what I thought")
    assert q["type"] == "mixed"
    assert q["cue"]["text"] == "stated"
    assert "divisive" in q["text"] and "mean-spirited" in q["text"]


def test_coordinated_that_clauses_are_one_report(analyze):
    text = "Mr. Hale said that the plan “could not work,” and that the council had ignored every warning from engineers."
    q = _one(analyze, text, "could not work")
    assert q["type"] == "mixed"
    assert "ignored every warning" in q["text"]
    assert "Hale" in (q["speaker"]["name"] or "")


def test_participle_after_a_report_is_a_second_report_of_the_same_speaker(analyze):
    text = (
        "After the court failed to reach a decision on the governor’s plan to cut pensions for thousands of "
        "retired teachers, Walsh said the court’s deadlock has “kept us safe” on Twitter before claiming that "
        "the unions are “tearing families apart.”"
    )
    quotes = _quotes(analyze, text)
    first = _covering(quotes, "kept us safe")
    second = _covering(quotes, "tearing families apart")
    assert len(first) == 1 and len(second) == 1 and first[0] is not second[0], quotes
    assert "claiming" not in first[0]["text"]
    assert first[0]["cue"]["text"] == "said" and second[0]["cue"]["text"] == "claiming"
    assert "Walsh" in (second[0]["speaker"]["name"] or "")


def test_and_questioning_splits_off_a_second_report(analyze):
    text = (
        "She escalated her criticism on Tuesday, telling CNN that Walsh is a “faker” and questioning how he "
        "has “gotten away with not paying his taxes.”"
    )
    quotes = _quotes(analyze, text)
    faker = _covering(quotes, "faker")
    taxes = _covering(quotes, "paying his taxes")
    assert len(faker) == 1 and len(taxes) == 1 and faker[0] is not taxes[0], quotes
    assert "questioning" not in faker[0]["text"]
    assert _speaker_text(text, taxes[0]) == "She"


def test_that_clause_parsed_as_adverbial_is_still_what_was_said(analyze):
    text = (
        "The retired surgeon has provided no details about how he planned to rescue his campaign, saying in his "
        "statement only that he was “refining some practices and streamlining some assignments to match the tasks ahead.”"
    )
    q = _one(analyze, text, "refining some practices")
    assert q["type"] == "mixed"
    assert q["cue"]["text"] == "saying"
    assert "surgeon" in _speaker_text(text, q)


def test_fronted_report_before_a_postposed_speaker(analyze):
    text = (
        "Couple national exposure with a \"governor who is a lightning rod\" and residents get nervous, said "
        "Christine Bell, executive director of the Civil Liberties Union in Ohio."
    )
    q = _one(analyze, text, "lightning rod")
    assert q["type"] == "mixed"
    assert q["text"].startswith("Couple national exposure")
    assert "residents get nervous" in q["text"]
    assert "Bell" in (q["speaker"]["name"] or "")


def test_reported_clause_the_parser_made_the_main_clause(analyze):
    text = (
        "The endorsement comes just three days after Walsh told The Boston Globe he was “not quite there yet” "
        "on supporting Reyes, who will face a challenger in a primary on Tuesday."
    )
    q = _one(analyze, text, "not quite there yet")
    assert q["type"] == "mixed"
    assert q["text"].startswith("he was")
    assert q["cue"]["text"] == "told"
    assert "Walsh" in (q["speaker"]["name"] or "")
    assert "The endorsement comes" not in q["text"]


def test_reported_clause_split_into_two_complements(analyze):
    text = (
        "Donald Walsh said Friday that it would \"have been nice\" had Laura Hensley congratulated him for doing "
        "something in the election that nobody has ever done before."
    )
    q = _one(analyze, text, "have been nice")
    assert q["type"] == "mixed"
    assert "congratulated him" in q["text"]
    assert "Walsh" in (q["speaker"]["name"] or "")


def test_interrupting_cue_with_quotation_closing_the_sentence(analyze):
    text = (
        "If politics makes the road ahead for this bill too complicated now, he said, Congress can still pass a "
        "simple extension of the law down the line, probably with \"a strong bipartisan vote.\"\nThere is no date yet."
    )
    q = _one(analyze, text, "strong bipartisan vote")
    assert q["type"] == "mixed"
    assert "Congress can still pass" in q["text"]
    assert _speaker_text(text, q) == "he"


def test_and_calling_after_a_report_is_the_same_speakers_second_quote(analyze):
    text = (
        "She has pushed back against accusations of sexism against her father, saying he has been a pioneer "
        "in promoting women in his companies and calling him \"a feminist.\""
    )
    quotes = _quotes(analyze, text)
    hits = _covering(quotes, "a feminist")
    assert len(hits) == 1, quotes
    assert hits[0]["cue"]["text"] == "calling"
    assert "pioneer" not in hits[0]["text"]
    assert _speaker_text(text, hits[0]) == "She"
    said = _covering(quotes, "pioneer")
    assert len(said) == 1 and "calling" not in said[0]["text"], quotes


def test_quotation_then_before_predicting_is_two_reports(analyze):
    text = (
        "Kasich cautioned \u201clet\u2019s not get ahead of ourselves,\u201d before optimistically predicting that a "
        "contested convention could actually have a healing effect on the party."
    )
    quotes = _quotes(analyze, text)
    first = _covering(quotes, "ahead of ourselves")
    assert len(first) == 1, quotes
    assert "predicting" not in first[0]["text"] and first[0]["type"] == "direct"
    second = _covering(quotes, "healing effect")
    assert len(second) == 1 and second[0]["cue"]["text"] == "predicting"
    assert "Kasich" in (second[0]["speaker"]["name"] or "")


def test_dashed_relative_clause_report_ends_at_the_closing_dash(analyze):
    text = (
        "Senate front-runner Tom Walsh - who previously said he would \"shut down the [expletive] factories\" run "
        "by the cartel - said at a Saturday rally in Texas that the state should also close its border."
    )
    quotes = _quotes(analyze, text)
    first = _covering(quotes, "shut down")
    assert len(first) == 1, quotes
    assert first[0]["type"] == "mixed" and first[0]["text"].endswith("run by the cartel")
    second = _covering(quotes, "close its border")
    assert len(second) == 1 and second[0] is not first[0]
    assert "Walsh" in (second[0]["speaker"]["name"] or "")


@pytest.mark.parametrize(
    "text, words, rest",
    [
        (
            "\"It's our bad luck,\" he said, that both violent men had connections to this little mosque, one of "
            "the oldest in this part of Ohio.",
            "our bad luck",
            "both violent men",
        ),
        (
            "But ''it is a better use of political capital,'' he added, to pursue a hybrid system, including some "
            "sort of consumption levy alongside an income tax.",
            "better use of political capital",
            "pursue a hybrid system",
        ),
        (
            "The city has been losing money, she said, by ignoring the \"obvious warning signs\" that scared "
            "investors away from the harbor.",
            "obvious warning signs",
            "The city has been losing money",
        ),
    ],
)
def test_report_that_goes_on_after_an_interrupting_cue_is_one_mixed_quote(analyze, text, words, rest):
    q = _one(analyze, text, words)
    assert q["type"] == "mixed"
    assert rest in q["text"]
    assert q["speaker"]["start"] is not None


def test_quotation_around_an_interrupting_cue_stays_two_direct_quotes(analyze):
    text = "\"We will win this state,\" he said, \"and we will win it big.\""
    quotes = _quotes(analyze, text)
    assert [q["type"] for q in quotes] == ["direct", "direct"], quotes


def test_adding_after_an_interrupting_cue_is_a_second_report(analyze):
    text = (
        "\"With this law, we will send a message to the world that Ohio will no longer build barriers to the ballot "
        "box,\" he said, adding that the state would send a \"strong message\" to voters."
    )
    quotes = _quotes(analyze, text)
    first = _covering(quotes, "With this law")
    assert len(first) == 1 and first[0]["type"] == "direct", quotes
    assert "adding" not in first[0]["text"]


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


def test_quoted_word_then_a_coordinated_verb_phrase_is_not_one_quote(analyze):
    text = "He called it \"shameful\" and called on leaders \"not to feed that dark impulse inside of us.\""
    quotes = _quotes(analyze, text)
    first = _covering(quotes, "shameful")
    assert len(first) == 1, quotes
    assert "called on leaders" not in first[0]["text"]
    assert len(_covering(quotes, "not to feed")) == 1


def test_quotation_after_saying_is_not_taken_for_its_speaker(analyze):
    # `saying, “A reporter who …”`: the first noun of the quotation is not the speaker
    text = "Kerpen needled the CNN \u201creporter,\u201d saying, \u201cA reporter who Tweets on request!\u201d"
    q = _one(analyze, text, "Tweets on request")
    assert q["type"] == "direct"
    assert "Kerpen" in (q["speaker"]["name"] or "")


def test_comma_citing_after_a_quotation_is_a_second_report(analyze):
    text = (
        "The two senators, however, argue that \u201cthere is precedent for prosecution,\u201d citing an instance in "
        "which a sailor was found guilty of \u201cgross negligence.\u201d"
    )
    quotes = _quotes(analyze, text)
    first = _covering(quotes, "precedent for prosecution")
    assert len(first) == 1, quotes
    assert "citing" not in first[0]["text"]
    second = _covering(quotes, "gross negligence")
    assert len(second) == 1 and second[0] is not first[0]
    assert second[0]["speaker"]["start"] == first[0]["speaker"]["start"] is not None


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


def test_inverted_cue_whose_name_the_parser_gave_to_the_next_quotation(analyze):
    text = (
        "\"The risk,\" said Edward Leamer, an economist who is the director of the Anderson Forecast, \"is that "
        "we're going to be attracting workers and repelling jobs.\""
    )
    quotes = _quotes(analyze, text)
    assert [q["type"] for q in quotes] == ["direct", "direct"], quotes
    assert all("Leamer" in (q["speaker"]["name"] or "") for q in quotes)


def test_speaker_described_by_a_relative_clause_right_before_the_verb(analyze):
    text = (
        "Although there is no such overlap with Walsh's team, a White House official who spoke anonymously to "
        "discuss internal strategy said Wednesday, \"Certainly there are discussions between the White House and "
        "the Walsh campaign.\""
    )
    q = _one(analyze, text, "Certainly there are discussions")
    assert q["type"] == "direct"
    assert "official" in _speaker_text(text, q)


def test_a_title_such_as_vice_president_can_speak(analyze):
    text = (
        "Obama adviser Tom Walsh took a job at the firm a few months before its senior vice president boasted "
        "about a plan to spend \u201ca million dollars\u201d digging up personal dirt on journalists who criticized the company."
    )
    q = _one(analyze, text, "a million dollars")
    assert q["type"] == "mixed"
    assert q["cue"]["text"] == "boasted"
    assert "president" in _speaker_text(text, q)
    assert "took a job" not in q["text"]


def test_quoted_phrase_under_a_verb_that_reports_nothing_stays_no_quote(analyze):
    text = "The constitution grants lifetime tenure to federal judges who serve in \"good behavior\" on the bench."
    assert _quotes(analyze, text) == []


def test_scare_quote_in_a_narrated_subject_is_still_no_quote(analyze):
    # the `top secret` rule needs a source reported as saying the clause: narration is not
    text = "The “green” line of cars had sold badly all year, and the factory closed in June."
    assert _quotes(analyze, text) == []
