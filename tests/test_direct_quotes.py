"""Direct and mixed quotes whose quotation marks a reporting verb does not govern in the parse:
a quoted fragment ending a clause an inverted cue reports (`…, even with a “good” job, he said.`),
a quotation after an infinitive of speaking (`prompted the group to state, “…”`), and one
introduced by `in X's words`, and a quotation opened with a closing mark typed by mistake. Short texts written for these tests."""

from __future__ import annotations

import pytest
from helpers import check_quote, covering, one, quotes_of

pytestmark = pytest.mark.model


# text, words of the one quote it must hold, and what must be true of that quote (see check_quote)
DIRECT_QUOTES = [
    pytest.param(
        "Officials met on Monday. People should provide evidence and not use words like “maybe” and "
        "“perhaps”, the spokesman told reporters. The talks ended.",
        "perhaps",
        {"type": "mixed", "cue": "told", "starts": "People should provide", "ends": "“perhaps”", "mention": "the spokesman"},
        id="fragment-ends-clause-before-inverted-cue",
    ),
    pytest.param(
        "Officials met on Monday. Those who take on heavy debt struggle, even with a \"good\" job, he said. "
        "The talks ended.",
        "good",
        {"type": "mixed", "cue": "said", "starts": "Those who take on", "ends": "job", "mention": "he"},
        id="fragment-words-before-comma-and-inverted-cue",
    ),
    pytest.param(
        "Users reacted online. He would be a better president than Clinton \"no matter what,\" one user "
        "commented. Others disagreed.",
        "no matter what",
        {"type": "mixed", "cue": "commented", "starts": "He would be a better president", "has": ("no matter what",)},
        id="fragment-with-comma-inside-marks-before-inverted-cue",
    ),
    pytest.param(
        "The editor interrupted me in mid-sentence to announce, “And there goes the franchise.” "
        "Everyone laughed.",
        "there goes the franchise",
        {"type": "direct", "cue": "to announce", "mention": "The editor"},
        id="infinitive-of-speaking-purpose-clause",
    ),
    pytest.param(
        "The summit was held in Tel Aviv because, in Forbes' words, \"they are the most entrepreneurial "
        "places on the planet.\" The talks ended.",
        "most entrepreneurial places",
        {"type": "direct", "mention": "Forbes", "lacks": ("because",)},
        id="in-someones-words",
    ),
    pytest.param(
        "The forum met in Tel Aviv because, in Forbes’ words, “they are the most entrepreneurial places on "
        "the planet.” The next one is in Berlin.",
        "most entrepreneurial places",
        {"type": "direct", "mention": "Forbes", "starts": "“they"},
        id="in-someones-words-curly-apostrophe",
    ),
    pytest.param(
        "The plan failed. In the words of one senior aide, \"We never had a chance.\" The talks ended.",
        "We never had a chance",
        {"type": "direct", "mention_has": "aide"},
        id="in-the-words-of",
    ),
    pytest.param(
        "Her post drew many replies.\n\n”Sorry Sarah, you should have said no, because you can do it!!” posted "
        "Sharon Geyer.\n\nOthers agreed.",
        "Sorry Sarah",
        {"type": "direct", "starts": "”Sorry", "mention": "Sharon Geyer"},
        id="typed-closing-mark-opens-a-paragraph",
    ),
    pytest.param(
        "“We will win this fight,” the senator said on Tuesday. The vote is next week.",
        "We will win this fight",
        {"type": "direct", "cue": "said", "starts": "“We will", "mention": "the senator"},
        id="full-quotation-before-inverted-cue-stays-direct",
    ),
    # words displayed on a sign or cried out by a crowd, with no verb of saying
    pytest.param(
        "Supporters waved placards outside the hall. One woman lifted a sign of her own.\n\n"
        "“Hands off our jobs,” it read.\n\nThe march ended.",
        "Hands off our jobs",
        {"type": "direct", "cue": "read", "mention": "it"},
        id="sign-text-before-it-read",
    ),
    pytest.param(
        "Outside the arena, a teenager hoisted a sign that read “Vote them all out!” Her father watched.",
        "Vote them all out",
        {"type": "direct", "cue": "read", "starts": "“Vote"},
        id="sign-that-read-quotation",
    ),
    pytest.param(
        "Outside the hall, a voter held up a sign that read “50%+1!” Others cheered.",
        "50%+1",
        {"type": "direct", "cue": "read"},
        id="sign-showing-only-a-figure",
    ),
    pytest.param(
        "The ministry's statement read: “We will not be intimidated by these threats.” The talks ended.",
        "not be intimidated",
        {"type": "direct", "cue": "read", "mention_has": "ministry"},
        id="document-read-speaks-for-its-author",
    ),
    pytest.param(
        "The senator wore a campaign cap reading, “Make Ohio Proud Again” on Friday night.",
        "Make Ohio Proud Again",
        {"type": "direct", "cue": "reading", "starts": "“Make"},
        id="cap-reading-quotation",
    ),
    pytest.param(
        "The mayor asked whether the town should give up.\n\n“Never again!” the crowd cried out, booing.\n\nHe smiled.",
        "Never again",
        {"type": "direct", "cue": "cried", "mention": "the crowd"},
        id="crowd-cried-out-after-quotation",
    ),
    pytest.param(
        "The chairman refused a roll call.\n\n“Count the votes,” came shouts from the crowd, as delegates booed."
        "\n\nThe session ended.",
        "Count the votes",
        {"type": "direct", "mention": "the crowd"},
        id="came-shouts-from-the-crowd",
    ),
    pytest.param(
        "When the governor thanked the city, a man yelled “Go back home!” and others laughed.",
        "Go back home",
        {"type": "direct", "cue": "yelled", "mention": "a man"},
        id="yelled-quotation-without-comma",
    ),
    pytest.param(
        "Wages have stalled for years.\n\nAs the Clash sang back in the 1970s, \"Career opportunities are the "
        "ones that never knock.\"\n\nNot much has changed.",
        "Career opportunities",
        {"type": "direct", "cue": "sang", "name": "Clash"},
        id="as-band-sang-with-time-phrase-before-comma",
    ),
    pytest.param(
        "That streak prompted Dave Smith’s Almanac of American Elections, which examines swing counties, to "
        "state, “Vigo County is the best bellwether of presidential elections in the country.”",
        "best bellwether",
        {"type": "direct", "cue": "to state", "mention_has": "Almanac"},
        id="infinitive-of-speaking-tagged-as-noun",
    ),
    # a second verb coordinated with the cue reports its own quoted words
    pytest.param(
        "The plan, which Smith had called a \"disaster\" and vowed to \"rip up\", was renewed on Friday.",
        "rip up",
        {"cue": "vowed", "lacks": ("disaster",), "mention": "Smith"},
        id="coordinated-verb-quote-split-from-first",
    ),
    # reporting verbs of the cue lexicon: the quotation gets its cue and speaker
    pytest.param(
        "The rally went on late. “We will win this state and we will win it big,” the governor proclaimed. "
        "The crowd cheered.",
        "win it big",
        {"type": "direct", "cue": "proclaimed", "mention": "the governor"},
        id="cue-proclaimed",
    ),
    pytest.param(
        "The budget was late again. “Where did all the money go?” the mayor wondered aloud. Nobody answered.",
        "all the money",
        {"type": "direct", "cue": "wondered", "mention": "the mayor"},
        id="cue-wondered",
    ),
    # a second report with a cue verb of its own is not swallowed by the first one's clause
    pytest.param(
        "Experts met in Vienna. The plan, Rubio claimed, would fail, and foreign policy experts affirmed "
        "that the sanctions have not worked. The talks ended.",
        "sanctions have not worked",
        {"cue": "affirmed", "lacks": ("Rubio", "would fail")},
        id="cue-affirmed-not-joined-to-earlier-claim",
    ),
    # the parser makes the cue the root: the clause it interrupts still counts, and the quote
    # is not cut back to the quoted words
    pytest.param(
        "The minister spoke on Monday. Harper, a senior adviser said, “is very relaxed about the talks” and "
        "expects a deal by spring. The meeting ended.",
        "very relaxed",
        {"type": "mixed", "cue": "said", "has": ("expects a deal by spring",)},
        id="interrupting-cue-parsed-as-root",
    ),
    # a present-tense reporting verb the tagger reads as an adjective still closes the report
    # before it and reports its own clause
    pytest.param(
        "The debate went on. While the senator wrongly claimed that the videos exist, independent experts affirm that "
        "they are fake. The talks ended.",
        "videos exist",
        {"type": "indirect", "cue": "claimed", "mention": "the senator", "lacks": ("affirm", "fake")},
        id="mistagged-affirm-closes-earlier-report",
    ),
    pytest.param(
        "The debate went on. While the senator wrongly claimed that the videos exist, independent experts affirm that "
        "they are fake. The talks ended.",
        "they are fake",
        {"type": "indirect", "cue": "affirm", "mention": "independent experts"},
        id="mistagged-affirm-reports-its-clause",
    ),
    # reporting phrases built on verbs that report nothing alone
    pytest.param(
        "The vote is set for Friday. The senator made it clear that she would vote against the bill. "
        "Others agreed.",
        "vote against the bill",
        {"type": "indirect", "cue": "made it clear", "mention": "The senator", "starts": "she would"},
        id="phrase-cue-made-it-clear",
    ),
    pytest.param(
        "The vote is set for Friday. Mr. Ortega has made clear that he will not resign. Others agreed.",
        "will not resign",
        {"type": "indirect", "cue": "has made clear", "name_has": "Ortega"},
        id="phrase-cue-made-clear",
    ),
    pytest.param(
        "The talks stalled in May. The foreign minister expressed hope that the talks would resume "
        "soon. Others agreed.",
        "talks would resume",
        {"type": "indirect", "cue": "expressed hope", "mention": "The foreign minister", "starts": "the talks"},
        id="phrase-cue-expressed-hope",
    ),
    pytest.param(
        "The talks stalled in May. Union leader Ana Reyes voiced concern that the deal would collapse. "
        "Others agreed.",
        "deal would collapse",
        {"type": "indirect", "cue": "voiced concern", "name": "Ana Reyes"},
        id="phrase-cue-voiced-concern",
    ),
]


@pytest.mark.parametrize("text,words,expect", DIRECT_QUOTES)
def test_direct_quotes(analyze, text: str, words: str, expect: dict) -> None:
    check_quote(one(quotes_of(analyze, text), words), text, expect)


# quoted words that must not grow into a quote of the sentence before an inverted cue
NOT_WIDENED = [
    pytest.param(
        "Speaking on ABC's “This Week,” the candidate admitted that the course name was wrong.",
        "This Week",
        id="show-title-before-cue-with-its-own-clause",
    ),
    pytest.param(
        "Clinton suggested that the plan was unserious - “Again, we need to get into the details,” she "
        "said - and charged that it would fail.",
        "Again, we need",
        id="quotation-set-off-by-dashes",
    ),
    pytest.param(
        "The endorsements prompted some blowback from members (“I want my dues back,” wrote one "
        "technician on Facebook), and the board will meet in June.",
        "I want my dues back",
        id="parenthetical-quotation",
    ),
]


@pytest.mark.parametrize("text,words", NOT_WIDENED)
def test_quotation_not_widened(analyze, text: str, words: str) -> None:
    hits = covering(quotes_of(analyze, text), words)
    opening = text.index(words) - 1
    assert all(q["start"] >= opening for q in hits), hits


def test_typed_closing_mark_pairs_as_opening() -> None:
    from stancer.quotemarks import find_quotations

    text = "Readers wrote back.\n\n\u202a”This is why it has to stop.” wrote one reader. He said “no” twice."
    found = [text[q.start:q.end] for q in find_quotations(text)]
    assert found == ["”This is why it has to stop.”", "“no”"]


def test_one_quoted_charge_is_not_a_cry(analyze) -> None:
    """`crying “fraud”`: one quoted word under a crowd verb is a charge, not words cried out."""
    text = "Supporters are crying “fraud” over the count and threaten to stay home."
    assert not any(q["type"] == "direct" and q["text"].strip("“”") == "fraud" for q in quotes_of(analyze, text))


def test_person_reading_is_not_a_display(analyze) -> None:
    """`The actor read, “…”`: a person reads a text aloud; the sign rule does not make it theirs."""
    text = "At the memorial the actor read, “The Road Not Taken.” Then the band played."
    assert not any(q["cue"] and q["cue"]["text"] == "read" for q in quotes_of(analyze, text))


def test_in_other_words_names_no_speaker(analyze) -> None:
    text = "The plan failed. In other words, “the market” decided. The talks ended."
    assert not covering(quotes_of(analyze, text), "the market")
