"""Words that introduce reported speech and thought (cues), and words that name a source.

Lemmas, lower-case. Speech verbs report what someone said; thought verbs report a view someone
holds (news attributes those too: "Trenin suggests", "Kramer thinks"). Kept as plain sets so a
lookup costs one hash.
"""

from __future__ import annotations

SPEECH_VERBS = frozenset(
    """
    say tell add argue suggest warn note state write explain claim insist ask announce declare
    acknowledge admit report tweet recall predict contend maintain stress emphasize emphasise
    remark comment reply respond describe urge quote quip joke continue assert allege caution
    complain concede confirm contend deny disclose echo estimate observe point promise propose
    reiterate reveal signal testify underline vow pledge boast brag concede counter demand
    lament mention object protest question recount reassure retort scoff shout speculate
    whisper yell accuse criticize criticise praise blame charge concur tout post inform
    advise assure announce caution conclude predict hint indicate acknowledge summarize
    recommend call remember scream chant exclaim interject mutter affirm reaffirm proclaim imply
    bemoan retweet chide
    """.split()
)

THOUGHT_VERBS = frozenset(
    """
    think believe feel fear worry hope expect doubt agree disagree reckon suspect assume
    consider know understand find conclude see view judge insist wonder
    """.split()
)

CUE_VERBS = SPEECH_VERBS | THOUGHT_VERBS

# Verbs that need a clause or a quotation as their complement to count (not "call a meeting",
# "see a film", "find a job").
NEEDS_CLAUSE = frozenset("find see know understand consider view judge continue add point signal post".split())

# Verbs that report someone's words when a quoted fragment hangs under them ("called the judge
# “Spanish”", "chanted “Dump Trump”"); other verbs governing a quoted fragment mark a scare quote
# or a title ("acted in “Sharknado”").
FRAGMENT_VERBS = CUE_VERBS | frozenset(
    """
    label dub brand term refer identify characterize characterise portray bark chant answer
    yell shout scream press vow mock slam blast decry denounce condemn attack hail laud deride
    dismiss reject assail cite repeat title entitle read proclaim frame cast regard pronounce
    insult tease taunt thank apologize apologise welcome applaud congratulate invoke coin
    nickname christen promise pledge offer seek demand want wish
    """.split()
)

# Speech verbs whose noun-phrase object is what was said ("announced his candidacy", "called for
# a ban"); for the others the object is a thing ("wrote an op-ed") or the addressee ("told Reuters").
NP_CONTENT_VERBS = frozenset(
    """
    announce call urge describe promise pledge vow demand propose praise criticize criticise
    deny acknowledge admit stress emphasize emphasise mention note cite predict recommend warn
    reiterate reveal confirm disclose concede blame accuse allege decry denounce condemn
    """.split()
)

# Nouns that carry reported speech: "X's warning that …", "in a statement, …", "X's view is that …".
CUE_NOUNS = frozenset(
    """
    statement warning view claim argument belief assessment suggestion assertion contention
    prediction remark comment comments note message announcement position opinion conclusion
    testimony admission allegation accusation insistence fear hope concern point promise
    pledge verdict thinking sense impression
    """.split()
)

# Documents whose content is reported on behalf of their author ("a statement from the ministry said").
DOCUMENT_NOUNS = frozenset(
    "statement report letter release communique memo document tweet post study poll survey analysis paper filing".split()
)

# Heads of unnamed sources: kept with a null name and their role ("a senior official said").
SOURCE_NOUNS = frozenset(
    """
    analyst analysts expert experts official officials source sources observer observers
    diplomat diplomats critic critics insider insiders aide aides spokesman spokeswoman
    spokesperson people person resident residents voter voters lawmaker lawmakers economist
    economists scholar scholars researcher researchers commentator commentators some many others
    supporter supporters opponent opponents witness witnesses member members leader leaders
    adviser advisers advisor advisors strategist strategists investigator investigators
    observer officer officers minister ministers ambassador diplomat envoy professor
    attendee attendees protester protesters demonstrator demonstrators participant participants
    activist activists organizer organizers senator congressman congresswoman governor mayor
    spokeswoman chairman chairwoman candidate candidates donor donors fan fans crowd audience
    man woman men women
    """.split()
)

# Common nouns for people by title, role, trade or kinship, beyond the unnamed-source heads of
# `SOURCE_NOUNS`: a mention headed by one is someone who may speak ("its senior vice president
# boasted", "the sheriff said", "his wife recalled").
PERSON_NOUNS = frozenset(
    """
    president vice-president president-elect director secretary chief executive head founder owner
    chair chairman chairwoman chancellor premier minister king queen prince princess emperor pope
    judge magistrate justice attorney lawyer prosecutor sheriff commissioner superintendent
    treasurer senator senator-elect governor governor-elect mayor congressman congresswoman
    representative delegate superdelegate ambassador candidate nominee challenger rival incumbent
    politician general commander officer soldier veteran adviser advisor manager strategist
    consultant pollster author writer reporter journalist columnist editor commentator narrator
    host anchor speaker pastor priest bishop rabbi imam coach doctor scientist historian professor
    teacher student worker employee activist protester demonstrator citizen resident neighbor
    neighbour fan donor businessman businesswoman billionaire actor actress comedian singer star
    player survivor victim partner colleague ally friend woman man boy girl child kid mother
    father wife husband son daughter brother sister
    """.split()
)

# Heads of organisation mentions that are not named entities ("the foreign ministry said").
ORG_NOUNS = frozenset(
    """
    ministry department government agency office embassy company firm council committee
    commission administration campaign party court bank institute center centre university
    foundation group organization organisation union army military police service board
    kremlin cabinet parliament congress senate pentagon newspaper network spokesman
    """.split()
)


FIRST_PERSON = frozenset({"i", "we"})
PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
HONORIFICS = {
    "mr": "m", "mr.": "m", "mister": "m", "sir": "m", "ms": "f", "ms.": "f", "mrs": "f", "mrs.": "f",
    "miss": "f", "madam": "f", "dr": None, "dr.": None, "prof": None, "prof.": None,
}
