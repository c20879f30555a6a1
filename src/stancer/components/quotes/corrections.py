"""The speaker of a reporting verb when the parser got the subject wrong.

A small model misparses news syntax in recurring ways: datelines and postposed speakers ("…, said
X") taken as the subject, a conjoined or passive subject, a participle or outer clause that holds
the real speaker. Each rule here takes the verb (and the parser's subject) and returns a better
head, or None to keep what the parser said.
"""

from __future__ import annotations

from spacy.tokens import Token

from ...cues import CUE_VERBS, SOURCE_NOUNS

from .common import _DASHES, _RELATIVE, _is_date, _is_source
from .complements import apposed_speaker


def _conjoined_subject(verb: Token, subject: Token) -> Token | None:
    """`Neither Kasich nor Rubio has won a state and Cruz strongly suggested …`: the parser joined
    the object of one clause and the subject of the next into one subject; the name next to the
    verb speaks."""
    if _is_source(subject) or subject.i > verb.i:
        return None
    named = next((c for c in subject.children if c.dep_ == "conj" and c.i < verb.i), None)
    if named is None or not (named.ent_type_ in ("PERSON", "ORG") or named.lower_ in ("he", "she", "they")):
        return None
    if any(not (t.pos_ in ("ADV", "AUX", "PART") or t.dep_ == "compound") for t in verb.doc[named.i + 1: verb.i]):
        return None
    return named


def _passive_subject(verb: Token) -> Token | None:
    """The subject of a passive clause (`Silverman was booed and shouted down by …`), through
    a verb coordinated with it, when it names a source and the clause has an agent."""
    node = verb
    if node.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) and node.head.pos_ in ("VERB", "AUX"):
        node = node.head
    patient = next((c for c in node.children if c.dep_ == "nsubjpass"), None)
    if patient is None or not _is_source(patient) or patient.lower_ in _RELATIVE | {"it", "this", "that"}:
        return None
    has_agent = any(c.dep_ == "agent" for c in verb.children) or any(c.dep_ == "agent" for c in node.children)
    return patient if has_agent else None


def _dateline_subject(verb: Token, subject: Token) -> Token | None:
    """`CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey told …` / `Washington
    (AFP) – Hillary Clinton has taken a swipe …`: the parser took the dateline's place name for the
    subject. The speaker is the first source named after the dash."""
    sent = verb.sent
    if subject.i - sent.start > 3 or subject.i >= verb.i or subject.pos_ != "PROPN":
        return None
    doc = verb.doc
    follows = doc[subject.i + 1].text if subject.i + 1 < len(doc) else ""
    if not (subject.ent_type_ in ("GPE", "LOC") or subject.is_upper or follows == "("):
        return None
    dash = next((t for t in verb.doc[subject.i + 1: min(verb.i, subject.i + 12)] if t.text in _DASHES), None)
    if dash is None:
        return None
    for chunk in verb.doc[dash.i + 1: verb.i].noun_chunks:
        root = chunk.root
        if _is_source(root) and root.dep_ not in ("pobj", "dobj", "poss"):
            return root
    # (a noun phrase the parser began before the dash, `Burma - Aung San Suu Kyi's allies`, is no
    # chunk of the words after it: its head still is)
    for token in verb.doc[dash.i + 1: verb.i]:
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("appos", "nsubj") and token.head.i in (subject.i, verb.i) and _is_source(token):
            return token
    return None


def _ccomp_outer_subject(verb: Token, subject: Token) -> Token | None:
    """`He said the base went into collect mode and said …` / `Putin forecast that the economy would
    rebound and praised …`: the parser tied the second verb to the verb of the reported clause, so
    it inherited that clause's subject. The one speaking is the reporting verb's subject."""
    if verb.dep_ != "conj" or subject.i > verb.i:
        return None
    head = verb.head
    if head.dep_ != "ccomp" or head.head.pos_ not in ("VERB", "AUX") or head.head.lemma_.lower() not in CUE_VERBS:
        return None
    if subject.head.i != head.i:
        return None  # the subject was not the reported clause's own
    outer = head.head
    higher = next((c for c in outer.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
    if higher is None or not _is_source(higher) or higher.lower_ in _RELATIVE:
        return None
    if not _is_source(subject) or verb.lemma_.lower() == outer.lemma_.lower():
        return higher
    return None


def _postposed_subject(verb: Token, subject: Token) -> Token | None:
    """`The contrast with Trump, said Doyle and others, would be clear` / `Part of the problem, say
    experts like …, is the ground`: a reporting verb set off by commas, its speaker after it; the
    parser took the fronted noun phrase for the subject."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or subject.i >= verb.i or _is_source(subject):
        return None
    if any(c.dep_ == "appos" for c in subject.children):
        return None  # `The chief, Paul Manafort, suggested …`: the apposition names the subject
    for token in doc[verb.i + 1: min(len(doc), verb.i + 4)]:
        if token.is_punct:
            return None
        if token.pos_ in ("PROPN", "NOUN") and _is_source(token) and not _is_date(token):
            head = token
            while head.dep_ == "compound" and head.head.i > head.i and head.head.i <= verb.i + 5:
                head = head.head
            if head.head.i != verb.i:
                # `…, said Nunberg was …`: the name belongs to the reported clause, unless commas
                # set it off (`, said Doyle and others, would be …`)
                after = head.right_edge.i if head.right_edge.text == "," else head.right_edge.i + 1
                if head.dep_ == "nsubj" and after < len(doc) and doc[after].text == "," and head.head.i > after:
                    return head
                return None
            if head.dep_ in ("nsubj", "attr", "npadvmod", "appos") or head.dep_ == "dobj" and verb.lemma_.lower() in _SAY_LIKE:
                return head
            return None
    return None


_SAY_LIKE = frozenset("say add write argue note explain contend insist warn".split())


def _participle_speaker(verb: Token, subject: Token) -> Token | None:
    """`Bennett denied the notion that a shakeup is coming, explaining …` / `Rubio pushed back,
    saying the bill was waylaid by voter mistrust – and arguing …`: a `-ing` participle hung on a
    verb deep inside the sentence inherited a thing for its speaker; the nearest clause above it
    whose subject can speak gives the speaker."""
    if verb.tag_ != "VBG" or _is_source(subject) or verb.dep_ not in ("advcl", "acl", "conj", "xcomp"):
        return None
    if verb.head.pos_ not in ("VERB", "AUX"):
        return None  # `the newspaper's editorial telling him …`: the participle describes its noun
    doc = verb.doc
    if verb.i >= 2 and doc[verb.i - 1].text == ",":
        # `The first incident came during a speech, when protesters interrupted her, shouting …`:
        # the clause that ends right before the comma has the one who shouts
        node = doc[verb.i - 2]
        for _ in range(6):
            if node.i == node.head.i or node.head.i > verb.i or node.i == verb.head.i:
                break
            node = node.head
            if node.pos_ == "VERB" and node.right_edge.i == verb.i - 2 and node.dep_ in ("relcl", "advcl", "conj", "ccomp"):
                named = next((c for c in node.children if c.dep_ == "nsubj"), None)
                if named is not None and _is_source(named) and named.lower_ not in _RELATIVE | {"it"}:
                    return named
                break
    node = verb.head
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            named = next((c for c in node.children if c.dep_ == "nsubj" and c.i < verb.i), None)
            if named is not None and _is_source(named) and named.lower_ not in _RELATIVE | {"it"}:
                return named
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _apposed_name_before(verb: Token, i: int) -> Token | None:
    """`But in a call on Dec. 2, Col. Steven Warren, a military spokesman in Baghdad, said, …`:
    the parser hung the name (and its apposition) on a noun of the fronted phrase; the name whose
    apposition ends right before the comma that closes it before the verb is the subject."""
    doc = verb.doc
    if doc[i].text != "," or i - 1 <= verb.sent.start:
        return None
    node = doc[i - 1]
    for _ in range(8):
        if node.head.i == node.i or node.head.i >= verb.i or node.i < verb.sent.start:
            return None
        if node.dep_ == "appos" and node.pos_ == "NOUN" and node.right_edge.i == i - 1 and node.head.i < node.i:
            named = node.head
            if named.pos_ == "PROPN" and named.ent_type_ == "PERSON" and named.head.i != verb.i and (
                doc[node.left_edge.i - 1].text == ","
            ) and named.dep_ in ("appos", "npadvmod", "nmod", "conj"):
                # (not a preposition's object: "In addition to Mr. Regalado, two members of
                # Congress, …, have said")
                return named
            return None
        node = node.head
    return None


def _fronted_topic_subject(verb: Token, subject: Token) -> Token | None:
    """`Of Carson, Levine, who has given money to Rubio, said, …`: the parser took the preposition
    of a fronted topic ("Of X," / "On X,") for the subject and the name after the comma for its
    object; that name is the speaker."""
    if subject.pos_ != "ADP" or subject.dep_ != "nsubj" or subject.i > verb.i:
        return None
    doc = verb.doc
    named = next((c for c in subject.children if c.dep_ == "pobj" and c.i < verb.i), None)
    if named is None:
        return None
    if not any(t.text == "," for t in doc[subject.i + 1: named.i]):
        # `Of Harris, Morgan, who …, said`: the parser may make the name an apposition of the topic
        named = next((c for c in named.children if c.dep_ == "appos" and c.i < verb.i and doc[c.left_edge.i - 1].text == ","), None)
        if named is None:
            return None  # the topic must be set off by a comma before the name
    if named.pos_ not in ("PROPN", "PRON") or not _is_source(named):
        return None
    return named


def _better_subject(verb: Token, subject: Token) -> Token:
    """Correct a subject the parser chose wrongly, in the shapes above."""
    for fix in (_fronted_topic_subject, _dateline_subject, _ccomp_outer_subject, _postposed_subject, _participle_speaker, _conjoined_subject, apposed_speaker):
        better = fix(verb, subject)
        if better is not None:
            return better
    return subject


def _misparsed_subject(verb: Token) -> Token | None:
    """The speaker of a speech verb the parser left without a subject: `De Blasio, speaking on
    WOR710, called Trump a “blowhard”` (verb read as a participle of the name), `…, former
    president Bill Clinton said` (name read as an apposition), `One attendee, who …, said`."""
    doc = verb.doc
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and not _is_date(c) for c in verb.children) or verb.tag_ in ("VB", "VBG"):
        return None  # (a fronted date taken for the subject is none: "Saturday at the convention X said")
    if any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
        return None
    if verb.dep_ == "acl":
        objects = [c for c in verb.rights if c.dep_ in ("dobj", "oprd", "ccomp")]
        head = verb.head
        # a participle naming a thing ("a class called “Perception”") has a thing as its head
        if objects and head.i < verb.i and head.dep_ not in ("pobj", "dobj") and _is_source(head) and head.pos_ in ("PROPN", "NOUN") and not any(
            c.dep_ == "agent" for c in verb.children
        ) and (doc[verb.i - 1].text == "," or len(objects) >= 2 and head.i == verb.i - 1):
            # (or "one lawmaker called Trump “the orange prince …”": a verb with an object and
            # a predicate acts; "a class called “Perception”" only names its noun)
            return head
    i = verb.i - 1
    while i > verb.sent.start and doc[i].pos_ in ("ADV", "AUX", "PART") and doc[i].head.i == verb.i:
        i -= 1
    node = doc[i]
    for _ in range(8):
        # "…, a White House official who spoke anonymously to discuss strategy said Wednesday":
        # a relative clause ends right before the verb; the noun it describes speaks
        if node.dep_ == "relcl" and node.head.i < node.i:
            named = node.head
            # (the verb itself may hang inside the relative clause: "Buchanan, who had failed to
            # win his party's nomination, called for …")
            closes = node.right_edge.i == i or verb.dep_ == "acl" and node.i < verb.head.i < verb.i <= node.right_edge.i
            if closes and named.dep_ in ("appos", "conj", "npadvmod", "nmod", "ROOT", "advcl") and named.pos_ in ("NOUN", "PROPN") and _is_source(named) and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in node.children
            ):
                return named
            break
        if node.head.i == node.i or node.head.i >= verb.i:
            break
        node = node.head
    if doc[i].text in _DASHES and doc[i].whitespace_:
        # "Trump - who previously said he would … - said at a rally …": the name before the
        # dashed relative clause is the subject
        for k in range(i - 1, verb.sent.start, -1):
            t = doc[k]
            if t.lower_ == "who" and t.dep_ == "nsubj" and t.head.dep_ == "relcl" and doc[k - 1].text in _DASHES:
                if _is_source(t.head.head) and t.head.head.i < k:
                    return t.head.head
                break
    if doc[i].text == "," and verb.dep_ in ("ROOT", "ccomp", "conj", "advcl"):
        # "after Mr. Trump, asked about the deaths of journalists, had said, …": the parser read
        # the subordinator as a preposition and its subject as the object
        k = i - 1
        while k > verb.sent.start and doc[k].text != "," and i - k < 20:
            k -= 1
        named = doc[k - 1] if doc[k].text == "," and k - 1 >= verb.sent.start else None
        if named is not None and named.dep_ == "pobj" and named.head.lower_ in ("after", "before", "since", "until", "when") and (
            named.ent_type_ == "PERSON" or named.lower_ in ("he", "she")
        ) and named.head.head.i != verb.i:
            return named
    if doc[i].text == ")" and i > verb.sent.start:
        # "Sen. Elizabeth Warren (D-MA) said": step over the parenthesis after the name
        j = i - 1
        while j > verb.sent.start and doc[j].text != "(" and i - j < 8:
            j -= 1
        if doc[j].text == "(" and j > verb.sent.start:
            i = j - 1
    named = _apposed_name_before(verb, i)
    if named is not None:
        return named
    before = doc[i]
    if before.pos_ == "PROPN" and before.dep_ in ("appos", "conj", "compound", "npadvmod", "nmod") and before.head.i != verb.i and (
        before.ent_type_ == "PERSON" or before.ent_type_ == "ORG"
    ):
        return before
    if before.pos_ == "NOUN" and before.dep_ == "appos" and before.head.i < before.i and before.lemma_.lower() in SOURCE_NOUNS and any(
        c.dep_ == "det" and c.lower_ == "the" for c in before.children
    ) and doc[before.left_edge.i - 1].text == ",":
        # "In an interview with hosts Joe Scarborough and Mika Brzezinski, the candidate stated
        # …": the parser made the speaker an apposition of the last name before it
        return before
    if before.text == "," and verb.dep_ in ("ROOT", "ccomp"):
        # "One attendee, who spoke on condition of anonymity, said": the sentence's first noun
        # phrase, set off by a comma and a relative clause or apposition
        first = next((t for t in verb.sent if not t.is_punct and not t.is_space), None)
        if first is None:
            return None
        head = first
        while head.head.i != head.i and head.dep_ in ("compound", "det", "amod", "nummod", "poss") and head.head.i < verb.i:
            head = head.head
        if head.i + 2 < verb.i and doc[head.i + 1].text == "," and _is_source(head) and head.pos_ in ("PROPN", "NOUN"):
            k = head.i + 2
            if k + 2 < verb.i and doc[k].pos_ == "ADV" and doc[k + 1].text == ",":
                k += 2  # "Sanders, meanwhile, who sits at zero endorsements, said …"
            nxt = doc[k] if k < len(doc) else None
            if nxt is not None and (nxt.lower_ in _RELATIVE or nxt.pos_ in ("DET", "ADJ", "PROPN", "NOUN", "NUM")):
                return head
    return None
