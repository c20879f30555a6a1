"""Which cue a quote is tied to, and where it ends: a clause subordinated by `while`/`though`
does not report the main clause beside it; a quoted fragment under a verb that reports nothing,
inside a clause a source is reported saying, belongs to that source; a second report after the
fragment is a quote of its own. Short texts written for these tests; each asserts the quote a
reader would expect, with its speaker."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.model


def _quotes(analyze, text: str) -> list[dict]:
    return analyze(text)["quotes"]


def _one(analyze, text: str, words: str) -> dict:
    quotes = _quotes(analyze, text)
    hits = [q for q in quotes if words in q["text"]]
    assert len(hits) == 1, quotes
    return hits[0]


def test_while_clause_does_not_report_the_main_clause(analyze):
    text = (
        "While the governor has pledged to work with both parties, Senator Alvarez insisted that real "
        "change will come only with a dramatic shake-up in the state capital."
    )
    q = _one(analyze, text, "real change will come")
    assert q["text"].startswith("real change")
    assert "Alvarez" in (q["speaker"]["name"] or "")
    assert q["cue"]["text"] == "insisted"


def test_though_clause_leaves_the_report_to_the_main_verb(analyze):
    text = (
        "Though Mayor Dunn has described himself as a fiscal conservative in the past, the Daily Ledger "
        "reported that he has moved toward a big-spending position since taking office."
    )
    quotes = _quotes(analyze, text)
    moved = [q for q in quotes if "big-spending position" in q["text"]]
    assert len(moved) == 1, quotes
    assert moved[0]["text"].startswith("he has moved")
    assert "Ledger" in (moved[0]["speaker"]["name"] or "")
    # the mayor's own description stays his, and does not swallow the newspaper's report
    assert not any("Dunn" in (q["speaker"]["name"] or "") and "Ledger" in q["text"] for q in quotes)


def test_fragment_under_a_plain_verb_belongs_to_the_reporter(analyze):
    # "Republicans will take" reports nothing: the governor predicted it
    text = (
        "Ohio Gov. Ray Kessler, a Republican contender, predicted at the most recent GOP debate that "
        "Republicans will take \"every state\" if Hanson wins the Democratic nomination."
    )
    q = _one(analyze, text, "every state")
    assert q["type"] == "mixed"
    assert "Kessler" in (q["speaker"]["name"] or "")
    assert q["cue"]["text"] == "predicted"
    assert q["text"].endswith("Democratic nomination")


def test_fragment_quote_stops_before_a_second_report(analyze):
    text = (
        "The board's spokeswoman Dana Pruitt called the idea that the board had anything to hide a "
        "“ridiculous proposition,” adding that the person who “needs to answer questions is the mayor, not the board.”"
    )
    quotes = _quotes(analyze, text)
    first = [q for q in quotes if "ridiculous proposition" in q["text"]]
    second = [q for q in quotes if "needs to answer questions" in q["text"]]
    assert len(first) == 1 and len(second) == 1, quotes
    assert first[0] is not second[0]
    assert "adding" not in first[0]["text"]
    assert "Pruitt" in (first[0]["speaker"]["name"] or "")
    assert "Pruitt" in (second[0]["speaker"]["name"] or "")


def test_absolute_with_phrase_is_not_part_of_the_denial(analyze):
    text = (
        "The Warren campaign has denied the meeting happened, with campaign manager Tom Fields taking "
        "to Twitter to call the reporter “totally delusional” for the story."
    )
    quotes = _quotes(analyze, text)
    denial = [q for q in quotes if "meeting happened" in q["text"]]
    assert len(denial) == 1, quotes
    assert "delusional" not in denial[0]["text"]
    fragment = [q for q in quotes if "totally delusional" in q["text"]]
    assert len(fragment) == 1 and "Fields" in (fragment[0]["speaker"]["name"] or "")


def test_a_noun_for_what_someone_does_can_speak(analyze):
    # "radioman" is no listed role, but a -man noun names a person: "pointed out" needs a speaker
    text = "The radioman pointed out that the senator was once an advocate for the very policies he now attacks."
    q = _one(analyze, text, "advocate for the very policies")
    assert q["type"] == "indirect"
    assert q["text"].startswith("the senator")
    assert q["cue"]["text"] == "pointed"


def test_the_one_prompted_to_speak_is_the_speaker(analyze):
    text = "That prompted Senator Ruiz to make a joke about yoga and call Walsh \"very flexible,\" a nod to the front-runner."
    q = _one(analyze, text, "very flexible")
    assert "Ruiz" in (q["speaker"]["name"] or "")
    assert q["cue"]["text"] == "call"


def test_coordinated_verb_after_a_fragment_keeps_its_speaker(analyze):
    # "tells the crowd": the crowd is the addressee, not a speaker set after a quotation
    text = (
        "Walsh says he'd sit the premier down and tell him “no more nonsense” and tells the crowd he was "
        "the “first one” to warn about the deal."
    )
    q = _one(analyze, text, "first one")
    assert "Walsh" in (q["speaker"]["name"] or "")
    assert q["text"].startswith("he was")


def test_participle_after_a_passive_goes_with_its_subject(analyze):
    # booed *by* the supporters, but the comedian is the one telling
    text = (
        "Comedian Tina Marlow was booed and shouted down by the senator's supporters after telling "
        "holdouts that they were “being ridiculous.”"
    )
    q = _one(analyze, text, "being ridiculous")
    assert "Marlow" in (q["speaker"]["name"] or "")


def test_name_joined_to_the_object_before_it_is_the_next_verbs_subject(analyze):
    text = (
        "Over the past two weeks, prosecutors charged the officer with murder and Okafor fired his police "
        "chief, Garry F. Marsh, acknowledging that significant segments of the city have lost trust in the force."
    )
    q = _one(analyze, text, "lost trust in the force")
    assert "Okafor" in (q["speaker"]["name"] or "")


def test_called_fragment_ends_before_the_added_remark(analyze):
    text = "Senator Ortiz called the bill \"a disgrace to the chamber,\" adding that the leadership \"should be ashamed.\""
    quotes = _quotes(analyze, text)
    called = [q for q in quotes if "disgrace to the chamber" in q["text"]]
    added = [q for q in quotes if "should be ashamed" in q["text"]]
    assert len(called) == 1 and len(added) == 1, quotes
    assert called[0] is not added[0]
    assert "adding" not in called[0]["text"]
    assert all("Ortiz" in (q["speaker"]["name"] or "") for q in called + added)


def test_name_after_and_speaks_not_the_object_before_it(analyze):
    text = "Neither Harper nor Ortiz has won a state and Kowal suggested they should drop out."
    q = _one(analyze, text, "drop out")
    assert "Kowal" in (q["speaker"]["name"] or "")


def test_speaker_before_a_relative_clause_the_verb_was_hung_in(analyze):
    text = (
        "Some Democrats said they feared a repeat of the 1992 convention, when Mr. Harlan, who had failed to "
        "win his party's nomination, called for a ''cultural war'' against ''liberals and radicals.''"
    )
    quotes = _quotes(analyze, text)
    called = [q for q in quotes if q["cue"] and q["cue"]["text"] == "called"]
    assert len(called) == 1, quotes
    assert "cultural war" in called[0]["text"]
    assert "Harlan" in (called[0]["speaker"]["name"] or "")


def test_contracted_auxiliary_is_not_the_speaker(analyze):
    text = (
        "While he’s said he believes marriage is between a man and a woman fairly consistently, Senator Voss "
        "has also attended the weddings of gay friends."
    )
    q = _one(analyze, text, "between a man and a woman")
    speaker = q["speaker"]
    assert speaker["start"] is not None
    assert text[speaker["start"]:speaker["end"]] == "he"


def test_participle_describing_a_noun_reports_for_that_noun(analyze):
    text = (
        "The senator unveiled her first Spanish-language campaign ad, featuring voters telling their family "
        "stories and criticizing the governor's immigration proposals."
    )
    q = _one(analyze, text, "immigration proposals")
    speaker = q["speaker"]
    assert speaker["start"] is not None and text[speaker["start"]:speaker["end"]] == "voters"


def test_participle_after_a_postposed_speaker_is_a_second_report(analyze):
    text = (
        "“The folks who understand the game are engaged,” said Don Ytterberg, the party chairman for "
        "Jefferson County, explaining that dissatisfaction with the nominee had largely fallen away since the convention."
    )
    q = _one(analyze, text, "dissatisfaction with the nominee")
    assert q["type"] == "indirect"
    assert "Ytterberg" in (q["speaker"]["name"] or "")


def test_participle_after_the_addressee_goes_with_the_sender(analyze):
    text = (
        "His campaign sent out a text message to supporters saying: \"With your help, we won tonight! "
        "Reply GIVE to keep up the momentum.\""
    )
    q = _one(analyze, text, "With your help")
    assert "campaign" in (q["speaker"]["name"] or "").lower()


def test_continue_to_do_reports_nothing(analyze):
    # "as Hanson continued to interject" is no cue: the quotation is Walsh's
    text = "\"Let me talk.\" \"Quiet,\" Walsh demanded, as Hanson continued to interject."
    q = _one(analyze, text, "Quiet")
    assert "Walsh" in (q["speaker"]["name"] or "")
    assert q["cue"]["text"] == "demanded"
    assert "Hanson" not in q["text"]


def test_when_clause_does_not_report_the_main_clause(analyze):
    text = (
        "When Walsh announced his candidacy in June, he infamously referred to migrants as “criminals” and "
        "“rapists” while calling for a border wall."
    )
    q = _one(analyze, text, "criminals")
    assert q["cue"]["text"] == "referred"
    assert "Walsh" in (q["speaker"]["name"] or "")
    assert "announced" not in q["text"]


def test_report_set_after_its_clause_owns_the_clause(analyze):
    text = (
        "Washington did not complain when Beijing's spending helped global growth, a Chinese official said, "
        "adding that the impact of closing factories was hard to estimate."
    )
    quotes = _quotes(analyze, text)
    added = [q for q in quotes if "hard to estimate" in q["text"]]
    assert len(added) == 1, quotes
    assert added[0]["text"].startswith("the impact")
    assert "official" in text[added[0]["speaker"]["start"]:added[0]["speaker"]["end"]]
    assert not any(q["speaker"]["name"] == "Washington" for q in quotes)


def test_framing_cue_is_not_a_clause_of_the_verb_before_it(analyze):
    text = "In Chicago, organizers added 160 security personnel along the parade route, up from 90 last year, the Sun-Times reported."
    quotes = _quotes(analyze, text)
    assert len(quotes) == 1, quotes
    assert "Sun-Times" in (quotes[0]["speaker"]["name"] or "")
    assert not any(q["text"] == "the Sun-Times reported" for q in quotes)


def test_statement_saying_belongs_to_who_issued_it(analyze):
    text = (
        "The Harbor Alliance issued a statement saying it took the action \"because of the unsafe conditions "
        "created for our communities by the city.\""
    )
    q = _one(analyze, text, "unsafe conditions")
    assert q["type"] == "mixed"
    assert q["text"].startswith("it took the action")
    assert q["cue"]["text"] == "saying"
    assert "Harbor Alliance" in (q["speaker"]["name"] or "")


def test_subject_of_is_reported_to_have_called_speaks(analyze):
    text = "Senator Ortiz also is reported to have called the lenders “free riders” who rely too much on federal aid."
    q = _one(analyze, text, "free riders")
    assert "Ortiz" in (q["speaker"]["name"] or "")
    assert q["text"].startswith("the lenders")


def test_coordinated_second_report_does_not_swallow_the_first(analyze):
    text = "Six in 10 Virginia Democratic primary voters said Harper is honest and trustworthy, and three-quarters said the same of Ortiz."
    quotes = _quotes(analyze, text)
    assert len(quotes) == 1, quotes
    assert quotes[0]["text"] == "Harper is honest and trustworthy"
    assert text[quotes[0]["speaker"]["start"]:quotes[0]["speaker"]["end"]].endswith("voters")
