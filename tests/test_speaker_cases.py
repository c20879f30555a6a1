"""Speakers of quotes whose cue the parser left without the right subject: each row is a short text
written for the test, the words of one quote in it, and what a reader expects of that quote
(see `helpers.check_quote` for the keys)."""

from __future__ import annotations

import pytest

from helpers import check_quote, one, quotes_of


CASES = [
    pytest.param(
        "But in a telephone call with reporters on Nov. 4, Col. Mark T. Jensen, a military spokesman in Erbil, "
        "said, ''I mean, a raid is a combat mission. There is no way around that. So, yeah, more soldiers will "
        "be going to Mosul.''",
        "a raid is a combat mission",
        {"type": "direct", "cue": "said", "name_has": "Jensen"},
        id="name-and-apposition-hung-on-a-fronted-date",
    ),
    pytest.param(
        "Of Harris, Morgan, who has given money to Jeb Bush, said, “She’s flat-out dangerous. I think she’s a "
        "smart woman … But she’s totally wrong.”",
        "flat-out dangerous",
        {"cue": "said", "name": "Morgan"},
        id="fronted-of-topic-is-not-the-speaker",
    ),
    pytest.param(
        "Dalton further described the budget as “reckless,” attacked its authors and said the plan should be "
        "withdrawn before the vote.",
        "should be withdrawn",
        {"type": "indirect", "cue": "said", "name": "Dalton"},
        id="list-of-verbs-shares-the-first-subject",
    ),
    pytest.param(
        "He says if voters think the problems will be fixed by “career politicians and career lobbyists, you’ve "
        "got a fine candidate to pick but it’s not Jim Walters.”",
        "career politicians",
        {"cue": "says", "mention": "He"},
        id="condition-inside-a-report-is-the-reporters",
    ),
    pytest.param(
        "Senator John Reed spoke to voters in Dayton on Monday. “Look what Taylor Brennan has done to this state, "
        "there are going to be layoffs everywhere,” he said.",
        "layoffs everywhere",
        {"cue": "said", "mention": "he", "name": "John Reed"},
        id="pronoun-skips-the-person-talked-about-inside-the-quotation",
    ),
    pytest.param(
        "Liberals got mad because they didn't think the deal did enough for working families.",
        "working families",
        {"mention": "they", "name": "Liberals"},
        id="they-is-the-group-subject-of-its-sentence",
    ),
    pytest.param(
        "Millennials have reached a broad consensus on an issue that divides the nation: By nearly 2-1, they say "
        "the rules should change.",
        "consensus",
        {"cue": "say", "mention": "they", "name": "Millennials"},
        id="they-after-a-colon-is-the-group-named-before",
    ),
    pytest.param(
        "A retired teacher named Walter Finch said the school board had ignored parents for years.",
        "ignored parents",
        {"cue": "said", "name": "Walter Finch", "mention": "Walter Finch"},
        id="a-described-speaker-named-by-a-participle",
    ),
    pytest.param(
        "The first incident came during a speech at a college in Albany, when union protesters interrupted her "
        "speech, shouting “she wins, we lose!”",
        "we lose",
        {"cue": "shouting", "mention": "union protesters"},
        id="participle-goes-with-the-clause-before-its-comma",
    ),
    pytest.param(
        "Opposition appears to win landslide in Nepal.\n\nKATHMANDU, Nepal - Ram Chandra Poudel's political allies "
        "on Monday predicted an overwhelming victory in Nepal's elections - a landslide win based on strong early results.\n",
        "overwhelming victory",
        {"cue": "predicted", "mention_has": "political allies", "not_name": "KATHMANDU"},
        id="dateline-place-is-not-the-speaker",
    ),
    pytest.param(
        "Multiple outlets reported on Thursday the Federal Reserve had “more than one meeting” with Lopez or his "
        "aides about the plan.",
        "more than one meeting",
        {"cue": "reported", "mention": "Multiple outlets", "not_name": "Federal Reserve"},
        id="subject-of-the-report-is-not-the-reporter",
    ),
    pytest.param(
        "“We will win this state,” said his campaign manager, Dana Cole.",
        "We will win",
        {"cue": "said", "name": "Dana Cole"},
        id="inverted-say-still-takes-the-speaker-after-it",
    ),
    pytest.param(
        "“This is a disgrace,” tweeted her spokesman after the vote.",
        "disgrace",
        {"cue": "tweeted", "mention": "her spokesman"},
        id="inverted-tweet-with-possessive-speaker",
    ),
    pytest.param(
        "Any honest reading of the governor's budget, said Laura Penn, an economist at Westfield College, would "
        "find deep cuts to the state's schools.",
        "deep cuts",
        {"cue": "said", "name": "Laura Penn", "starts": "Any honest reading"},
        id="inverted-say-inside-a-clause-starts-at-the-fronted-subject",
    ),
    pytest.param(
        "Walsh, a campaign aide said, “is quite sure, really sure of the outcome” of the vote.",
        "really sure",
        {"cue": "said", "mention": "a campaign aide", "starts": "Walsh", "ends": "of the vote"},
        id="apposed-speaker-inside-a-clause-is-not-its-subject",
    ),
    pytest.param(
        "Reuters notes that the senator said the governor should resign, and the governor later called him “a liar.”",
        "should resign",
        {"cue": "notes", "name": "Reuters", "ends": "should resign", "lacks": ["liar"]},
        id="report-ends-before-another-speakers-joined-report",
    ),
    pytest.param(
        "\"I never said that. I never said that,\" Ortiz said, after NBC's Dana Kerr said the senator had openly "
        "referred to Gov. Tom Reed as the \"pocket governor\" of oil tycoon Jim Hale.",
        "I never said that",
        {"type": "direct", "cue": "said", "name": "Ortiz", "lacks": ["Kerr"]},
        id="quotation-before-a-cue-is-not-reported-by-the-after-clause",
    ),
    pytest.param(
        "Nothing the governor said \"will ease anyone's worries about the water,\" the Ohio senator said.",
        "will ease anyone",
        {"cue": "said", "mention": "the Ohio senator"},
        id="relative-clause-cue-gives-way-to-the-sentences-reporting-clause",
    ),
    pytest.param(
        "Officials who think \"the budget has no room for new programs are simply wrong,\" she said.",
        "the budget has no room",
        {"cue": "said", "mention": "she"},
        id="quotation-running-past-a-relative-thought-verb-is-the-reporters",
    ),
    pytest.param(
        "Engineers who warned \"the bridge could collapse within a year\" were ignored for a decade.",
        "the bridge could collapse",
        {"cue": "warned", "mention_has": "Engineers"},
        id="quotation-inside-the-relative-clause-stays-with-its-speaker",
    ),
    pytest.param(
        "Police received 911 calls saying shots had been fired inside the school.",
        "shots had been fired",
        {"cue": "saying", "mention_has": "calls", "not_name": "Police"},
        id="what-was-received-speaks-not-the-receiver",
    ),
    pytest.param(
        "\"We will not close the plant,\" said a company spokesman. The mayor, Alvarez said, has turned the city "
        "into \"a dangerous and costly mess.\"",
        "dangerous and costly mess",
        {"cue": "said", "name_has": "Alvarez"},
        id="parenthetical-reporting-clause-names-the-speaker",
    ),
    pytest.param(
        "\"His usual manner is grumpy,\" she said, but despite the increasingly fractious tone, \"I think he will do "
        "it,\" said Alvarez, who has been critical of the mayor.",
        "His usual manner",
        {"cue": "said", "mention": "she"},
        id="reporting-clause-closing-the-quote-beats-a-later-cue",
    ),
    pytest.param(
        "A lawyer representing the company, Jane Rivera of Boston, said the case would be dropped.",
        "the case would be dropped",
        {"cue": "said", "name": "Jane Rivera", "mention": "Jane Rivera"},
        id="name-apposed-after-the-subjects-modifier-names-the-subject",
    ),
]


@pytest.mark.parametrize("text, words, expect", CASES)
def test_speaker_case(analyze, text: str, words: str, expect: dict) -> None:
    check_quote(one(quotes_of(analyze, text), words), text, expect)
