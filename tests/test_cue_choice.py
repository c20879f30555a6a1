"""Which cue a quote is tied to, and where it ends. A clause subordinated by `while`/`though`/`when`
does not report the main clause beside it; a quoted fragment under a verb that reports nothing,
inside a clause a source is reported saying, belongs to that source; the one prompted, led or
reported to speak is the speaker; and a second report after a first one (`adding …`, `before
predicting …`, `and calling …`) is a quote of its own that the first does not swallow. Short texts
written for these tests; each asserts the quote a reader would expect, with its speaker."""

from __future__ import annotations

import pytest
from helpers import check_quote, covering, mention, one, quotes_of

pytestmark = pytest.mark.model


# text, words of the one quote it must hold, and what must be true of that quote (see check_quote)
CUE_CHOICES = [
    pytest.param(
        "While the governor has pledged to work with both parties, Senator Alvarez insisted that real "
        "change will come only with a dramatic shake-up in the state capital.",
        "real change will come",
        dict(starts="real change", name_has="Alvarez", cue="insisted"),
        id="while_clause_does_not_report_the_main_clause",
    ),
    pytest.param(
        # "Republicans will take" reports nothing: the governor predicted it
        "Ohio Gov. Ray Kessler, a Republican contender, predicted at the most recent GOP debate that "
        "Republicans will take \"every state\" if Hanson wins the Democratic nomination.",
        "every state",
        dict(type="mixed", name_has="Kessler", cue="predicted", ends="Democratic nomination"),
        id="fragment_under_a_plain_verb_belongs_to_the_reporter",
    ),
    pytest.param(
        # "radioman" is no listed role, but a -man noun names a person: "pointed out" needs a speaker
        "The radioman pointed out that the senator was once an advocate for the very policies he now attacks.",
        "advocate for the very policies",
        dict(type="indirect", starts="the senator", cue="pointed"),
        id="a_noun_for_what_someone_does_can_speak",
    ),
    pytest.param(
        "That prompted Senator Ruiz to make a joke about yoga and call Walsh \"very flexible,\" a nod to the front-runner.",
        "very flexible",
        dict(name_has="Ruiz", cue="call"),
        id="the_one_prompted_to_speak_is_the_speaker",
    ),
    pytest.param(
        # "tells the crowd": the crowd is the addressee, not a speaker set after a quotation
        "Walsh says he'd sit the premier down and tell him “no more nonsense” and tells the crowd he was "
        "the “first one” to warn about the deal.",
        "first one",
        dict(name_has="Walsh", starts="he was"),
        id="coordinated_verb_after_a_fragment_keeps_its_speaker",
    ),
    pytest.param(
        # booed *by* the supporters, but the comedian is the one telling
        "Comedian Tina Marlow was booed and shouted down by the senator's supporters after telling "
        "holdouts that they were “being ridiculous.”",
        "being ridiculous",
        dict(name_has="Marlow"),
        id="participle_after_a_passive_goes_with_its_subject",
    ),
    pytest.param(
        "Over the past two weeks, prosecutors charged the officer with murder and Okafor fired his police "
        "chief, Garry F. Marsh, acknowledging that significant segments of the city have lost trust in the force.",
        "lost trust in the force",
        dict(name_has="Okafor"),
        id="name_joined_to_the_object_before_it_is_the_next_verbs_subject",
    ),
    pytest.param(
        "Neither Harper nor Ortiz has won a state and Kowal suggested they should drop out.",
        "drop out",
        dict(name_has="Kowal"),
        id="name_after_and_speaks_not_the_object_before_it",
    ),
    pytest.param(
        "While he’s said he believes marriage is between a man and a woman fairly consistently, Senator Voss "
        "has also attended the weddings of gay friends.",
        "between a man and a woman",
        dict(speaker_found=True, mention="he"),
        id="contracted_auxiliary_is_not_the_speaker",
    ),
    pytest.param(
        "The senator unveiled her first Spanish-language campaign ad, featuring voters telling their family "
        "stories and criticizing the governor's immigration proposals.",
        "immigration proposals",
        dict(speaker_found=True, mention="voters"),
        id="participle_describing_a_noun_reports_for_that_noun",
    ),
    pytest.param(
        "“The folks who understand the game are engaged,” said Don Ytterberg, the party chairman for "
        "Jefferson County, explaining that dissatisfaction with the nominee had largely fallen away since the convention.",
        "dissatisfaction with the nominee",
        dict(type="indirect", name_has="Ytterberg"),
        id="participle_after_a_postposed_speaker_is_a_second_report",
    ),
    pytest.param(
        # "as Hanson continued to interject" is no cue: the quotation is Walsh's
        "\"Let me talk.\" \"Quiet,\" Walsh demanded, as Hanson continued to interject.",
        "Quiet",
        dict(name_has="Walsh", cue="demanded", lacks=["Hanson"]),
        id="continue_to_do_reports_nothing",
    ),
    pytest.param(
        "When Walsh announced his candidacy in June, he infamously referred to migrants as “criminals” and "
        "“rapists” while calling for a border wall.",
        "criminals",
        dict(cue="referred", name_has="Walsh", lacks=["announced"]),
        id="when_clause_does_not_report_the_main_clause",
    ),
    pytest.param(
        "The Harbor Alliance issued a statement saying it took the action \"because of the unsafe conditions "
        "created for our communities by the city.\"",
        "unsafe conditions",
        dict(type="mixed", starts="it took the action", cue="saying", name_has="Harbor Alliance"),
        id="statement_saying_belongs_to_who_issued_it",
    ),
    pytest.param(
        "Senator Ortiz also is reported to have called the lenders “free riders” who rely too much on federal aid.",
        "free riders",
        dict(name_has="Ortiz", starts="the lenders"),
        id="subject_of_is_reported_to_have_called_speaks",
    ),
]


@pytest.mark.parametrize(("text", "words", "expect"), CUE_CHOICES)
def test_cue_choice(analyze, text, words, expect):
    """The one quote holding `words` is tied to the right cue and speaker, and ends where its report ends."""
    check_quote(one(quotes_of(analyze, text), words), text, expect)


# text, words of the first report and of the second, and what must be true of each (see check_quote)
SECOND_REPORTS = [
    pytest.param(
        "The rally was loud.\n\n"
        "Nowak says he'd sit the mayor down and tell him \"no more excuses\" and tells the crowd he was the \"first one\" to oppose the plan.",
        "no more excuses", "first one",
        dict(lacks=["first one"]), dict(),
        id="second_report_of_same_speaker_is_its_own_quote",
    ),
    pytest.param(
        "After the court failed to reach a decision on the governor’s plan to cut pensions for thousands of "
        "retired teachers, Walsh said the court’s deadlock has “kept us safe” on Twitter before claiming that "
        "the unions are “tearing families apart.”",
        "kept us safe", "tearing families apart",
        dict(lacks=["claiming"], cue="said"), dict(cue="claiming", name_has="Walsh"),
        id="participle_after_a_report_is_a_second_report_of_the_same_speaker",
    ),
    pytest.param(
        "She escalated her criticism on Tuesday, telling CNN that Walsh is a “faker” and questioning how he "
        "has “gotten away with not paying his taxes.”",
        "faker", "paying his taxes",
        dict(lacks=["questioning"]), dict(mention="She"),
        id="and_questioning_splits_off_a_second_report",
    ),
    pytest.param(
        "She has pushed back against accusations of sexism against her father, saying he has been a pioneer "
        "in promoting women in his companies and calling him \"a feminist.\"",
        "pioneer", "a feminist",
        dict(lacks=["calling"]), dict(cue="calling", lacks=["pioneer"], mention="She"),
        id="and_calling_after_a_report_is_the_same_speakers_second_quote",
    ),
    pytest.param(
        "Kasich cautioned \u201clet\u2019s not get ahead of ourselves,\u201d before optimistically predicting that a "
        "contested convention could actually have a healing effect on the party.",
        "ahead of ourselves", "healing effect",
        dict(lacks=["predicting"], type="direct"), dict(cue="predicting", name_has="Kasich"),
        id="quotation_then_before_predicting_is_two_reports",
    ),
    pytest.param(
        "Senate front-runner Tom Walsh - who previously said he would \"shut down the [expletive] factories\" run "
        "by the cartel - said at a Saturday rally in Texas that the state should also close its border.",
        "shut down", "close its border",
        dict(type="mixed", ends="run by the cartel"), dict(name_has="Walsh"),
        id="dashed_relative_clause_report_ends_at_the_closing_dash",
    ),
    pytest.param(
        "He called it \"shameful\" and called on leaders \"not to feed that dark impulse inside of us.\"",
        "shameful", "not to feed",
        dict(lacks=["called on leaders"]), dict(),
        id="quoted_word_then_a_coordinated_verb_phrase_is_not_one_quote",
    ),
    pytest.param(
        "The board's spokeswoman Dana Pruitt called the idea that the board had anything to hide a "
        "“ridiculous proposition,” adding that the person who “needs to answer questions is the mayor, not the board.”",
        "ridiculous proposition", "needs to answer questions",
        dict(lacks=["adding"], name_has="Pruitt"), dict(name_has="Pruitt"),
        id="fragment_quote_stops_before_a_second_report",
    ),
    pytest.param(
        "Senator Ortiz called the bill \"a disgrace to the chamber,\" adding that the leadership \"should be ashamed.\"",
        "disgrace to the chamber", "should be ashamed",
        dict(lacks=["adding"], name_has="Ortiz"), dict(name_has="Ortiz"),
        id="called_fragment_ends_before_the_added_remark",
    ),
    pytest.param(
        "The Warren campaign has denied the meeting happened, with campaign manager Tom Fields taking "
        "to Twitter to call the reporter “totally delusional” for the story.",
        "meeting happened", "totally delusional",
        dict(lacks=["delusional"]), dict(name_has="Fields"),
        id="absolute_with_phrase_is_not_part_of_the_denial",
    ),
]


@pytest.mark.parametrize(("text", "first", "second", "expect_first", "expect_second"), SECOND_REPORTS)
def test_second_report_is_its_own_quote(analyze, text, first, second, expect_first, expect_second):
    """The quotes holding `first` and `second` are two different quotes, each as expected."""
    quotes = quotes_of(analyze, text)
    one_first, one_second = one(quotes, first), one(quotes, second)
    assert one_first is not one_second, quotes
    check_quote(one_first, text, expect_first)
    check_quote(one_second, text, expect_second)


def test_though_clause_leaves_the_report_to_the_main_verb(analyze):
    text = (
        "Though Mayor Dunn has described himself as a fiscal conservative in the past, the Daily Ledger "
        "reported that he has moved toward a big-spending position since taking office."
    )
    quotes = quotes_of(analyze, text)
    moved = covering(quotes, "big-spending position")
    assert len(moved) == 1, quotes
    assert moved[0]["text"].startswith("he has moved")
    assert "Ledger" in (moved[0]["speaker"]["name"] or "")
    # the mayor's own description stays his, and does not swallow the newspaper's report
    assert not any("Dunn" in (q["speaker"]["name"] or "") and "Ledger" in q["text"] for q in quotes)


def test_participle_after_the_addressee_goes_with_the_sender(analyze):
    text = (
        "His campaign sent out a text message to supporters saying: \"With your help, we won tonight! "
        "Reply GIVE to keep up the momentum.\""
    )
    q = one(quotes_of(analyze, text), "With your help")
    assert "campaign" in (q["speaker"]["name"] or "").lower()


def test_speaker_before_a_relative_clause_the_verb_was_hung_in(analyze):
    text = (
        "Some Democrats said they feared a repeat of the 1992 convention, when Mr. Harlan, who had failed to "
        "win his party's nomination, called for a ''cultural war'' against ''liberals and radicals.''"
    )
    quotes = quotes_of(analyze, text)
    called = [q for q in quotes if q["cue"] and q["cue"]["text"] == "called"]
    assert len(called) == 1, quotes
    assert "cultural war" in called[0]["text"]
    assert "Harlan" in (called[0]["speaker"]["name"] or "")


def test_report_set_after_its_clause_owns_the_clause(analyze):
    text = (
        "Washington did not complain when Beijing's spending helped global growth, a Chinese official said, "
        "adding that the impact of closing factories was hard to estimate."
    )
    quotes = quotes_of(analyze, text)
    added = covering(quotes, "hard to estimate")
    assert len(added) == 1, quotes
    assert added[0]["text"].startswith("the impact")
    assert "official" in mention(text, added[0]["speaker"])
    assert not any(q["speaker"]["name"] == "Washington" for q in quotes)


def test_framing_cue_is_not_a_clause_of_the_verb_before_it(analyze):
    text = "In Chicago, organizers added 160 security personnel along the parade route, up from 90 last year, the Sun-Times reported."
    quotes = quotes_of(analyze, text)
    assert len(quotes) == 1, quotes
    assert "Sun-Times" in (quotes[0]["speaker"]["name"] or "")
    assert not any(q["text"] == "the Sun-Times reported" for q in quotes)


def test_coordinated_second_report_does_not_swallow_the_first(analyze):
    text = "Six in 10 Virginia Democratic primary voters said Harper is honest and trustworthy, and three-quarters said the same of Ortiz."
    quotes = quotes_of(analyze, text)
    assert len(quotes) == 1, quotes
    assert quotes[0]["text"] == "Harper is honest and trustworthy"
    assert mention(text, quotes[0]["speaker"]).endswith("voters")
