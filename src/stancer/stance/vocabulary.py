"""Word lists the stance rules share: prepositions, verb and noun classes, idioms.

Lists that an analyst may want to extend without reading code live in
`stancer/data/stance_lexicon.json`; these are the grammatical ones the rules are written around.
"""

from __future__ import annotations

NOUNISH = ("NOUN", "PROPN")
OBJECT_PREPS = frozenset({"toward", "towards", "for", "against", "on", "upon", "with", "into", "to"})
AGENT_PREPS = frozenset({"by", "from", "under"})
LIST_PREPS = frozenset({"like", "including", "among", "as", "such", "especially", "notably", "particularly"})
LIST_NOUNS = frozenset({"form", "kind", "type", "likes", "sort", "case", "example", "shape", "one", "some", "all", "any", "most", "each", "many", "both"})
RELATIVE = frozenset({"that", "which", "who", "whom", "whose"})
SPEECH_VERBS = frozenset({"say", "tell", "claim", "believe", "think", "suggest", "argue", "accuse", "allege", "conclude", "know", "report", "state", "assert", "blame", "show", "prove", "confirm", "charge", "announce", "insist"})
COPULA_OBJECT_VERBS = frozenset({"pose", "represent", "constitute", "present", "become", "remain", "play", "act", "serve", "prove", "emerge", "look", "seem", "appear", "be"})
IDIOM_NOUNS = {"mercy": -1, "detriment": -1, "expense": -1, "harm": -1, "damage": -1, "cost": -1, "benefit": 1, "good": 1}
# instruments of the one they serve: "a front for Russian intelligence", "a mouthpiece for the Kremlin"
INSTRUMENT_NOUNS = frozenset({"front", "mouthpiece", "puppet", "tool", "instrument", "proxy", "cutout", "stooge", "shill", "pawn", "laundering operation", "conduit", "useful idiot", "agent", "lackey", "patsy"})
POLITICAL_ACTORS = frozenset({"candidate", "candidacy", "campaign", "party", "nominee", "faction", "politician", "candidates", "parties"})
# the notion of an election (lemmas): a politician named beside these is running for office
ELECTION_WORDS = frozenset({
    "election", "elections", "electoral", "elect", "reelect", "re-elect", "reelection", "re-election", "campaign", "campaigner",
    "candidate", "candidacy", "nominee", "nomination", "nominate", "vote", "voter", "voting", "ballot", "poll", "polling",
    "electorate", "referendum", "primary", "caucus", "runoff", "run-off", "win", "presidency", "presidential",
    "party", "parliamentary", "congressional", "incumbent", "challenger", "constituency",
})
PERMISSION_VERBS = frozenset({"allow", "let", "permit", "tolerate", "accept"})
# engaging the target is a stance only when it is called for ("should talk to Moscow"); reported
# contacts ("Kerry talked to Lavrov") are events
ENGAGE_VERBS = frozenset({"talk to", "talk with", "engage with", "negotiate with", "sit down with", "reach out to", "speak to", "speak with", "meet with", "listen to", "cooperate with", "work with", "coordinate with", "partner with", "reconcile with"})
CALLING_VERBS = frozenset({"need", "have", "want", "urge", "call", "propose", "suggest", "favor", "favour", "advocate", "hope", "try", "ought", "must", "should", "wish", "plan", "intend", "vow", "promise", "pledge", "begin", "start"})
# how a relationship is described: "the repaired relationship with Moscow", "a working relationship"
RELATION_ADJECTIVES = {
    "repaired": 1, "restored": 1, "normalized": 1, "normalised": 1, "improved": 1, "improving": 1, "warming": 1, "working": 1,
    "pragmatic": 1, "renewed": 1, "deepening": 1, "growing": 1, "thawing": 1, "reset": 1,
    "frayed": -1, "broken": -1, "strained": -1, "deteriorating": -1, "poisoned": -1, "toxic": -1, "frozen": -1, "souring": -1,
}
# heads that make "the Russia sanctions bill" the name of a topic
TOPIC_NOUNS = frozenset({"bill", "law", "legislation", "amendment", "resolution", "investigation", "probe", "inquiry", "hearing", "hearings", "report", "dossier", "story", "stories", "file", "files", "question", "questions", "issue", "debate", "vote", "panel", "committee", "task", "desk", "expert", "experts", "analyst", "analysts", "scholar", "correspondent", "bureau", "program", "programme", "review", "briefing"})
# failing to confront the target is a call to confront it: "failed to stand up to Putin"
FAILURE_VERBS = frozenset({"fail", "neglect"})
ADJ_RELATIONS = {
    "soft": -1, "tough": -1, "hard": -1, "hostile": -1, "beholden": -1, "indebted": -1, "dependent": -1, "cozy": -1, "cosy": -1,
    "subservient": -1, "weak": -1, "wary": -1, "suspicious": -1, "skeptical": -1, "sceptical": -1, "hawkish": -1,
    "friendly": 1, "open": 1, "close": 1, "warm": 1, "kind": 1, "nice": 1, "favorable": 1, "favourable": 1, "sympathetic": 1,
    "grateful": 1, "thankful": 1, "receptive": 1, "respectful": 1, "loyal": 1, "fond": 1, "generous": 1, "conciliatory": 1,
}
INVITE_PREPS = {"call on": "on", "call upon": "upon", "appeal to": "to", "plead with": "with", "reach out to": "to", "turn to": "to", "look to": "to"}
RECOMMEND_AUX = frozenset({"should", "must", "ought", "need"})
ALLY_NOUNS = frozenset({"ally", "friend", "partner", "supporter", "backer", "patron", "protector", "sponsor", "champion", "benefactor", "lifeline", "guarantor", "defender"})
MAX_PHRASE = 14
# nouns that report a claim without endorsing it: "the allegations of Russian hacking"
REPORTED_CLAIMS = frozenset({"allegation", "accusation", "claim", "rumor", "rumour", "suspicion", "speculation"})
# what the target wants for itself is a motive ("wants to be treated as a great power")
MOTIVE_VERBS = frozenset({"want", "wish", "seek", "hope", "aim", "desire", "crave", "yearn", "long", "aspire", "expect"})
# verbs that name their object as something: "called Russia 'our No. 1 foe'", "described Moscow as reckless"
NAMING_VERBS = frozenset({"call", "describe", "label", "brand", "dub", "term", "deem", "consider", "characterize", "characterise", "portray", "depict", "paint", "regard", "view", "see", "name", "denounce", "decry", "hail", "praise", "cast"})
# a state's condition, not its conduct: "Russia's economy hit bottom", "the ruble crashed"
CONDITION_NOUNS = frozenset({"economy", "ruble", "rouble", "currency", "market", "markets", "stock", "stocks", "gdp", "growth", "inflation", "budget", "output", "population", "birthrate", "reserve", "reserves", "debt", "deficit", "unemployment", "recession", "wage", "wages", "income", "incomes", "revenue", "revenues", "price", "prices", "harvest", "weather", "climate"})
# ways out of a harm: "a way out of isolation", "an end to the violence", "relief from the blockade"
EXIT_NOUNS = frozenset({"way", "exit", "escape", "relief", "end", "solution", "cure", "remedy", "alternative", "path", "route", "off-ramp", "offramp", "ladder", "respite", "reprieve", "release", "rescue"})
# conflicts and impasses a way out of which helps (sanctions are not among them: escaping them is evasion)
IMPASSE_NOUNS = frozenset({"war", "fighting", "violence", "bloodshed", "crisis", "conflict", "standoff", "stand-off", "stalemate", "deadlock", "impasse", "isolation", "hostilities", "tension", "tensions", "escalation", "confrontation", "siege", "killing", "bombing", "shelling", "insurgency", "civil war"})
# verbs that take away a measure against someone: "lift the sanctions on Russia", "the sanctions should be eased"
REMOVAL_VERBS = frozenset({"lift", "ease", "relax", "loosen", "remove", "scrap", "drop", "end", "waive", "repeal", "rescind", "revoke", "suspend", "unfreeze", "roll"})
