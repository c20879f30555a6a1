"""`stancer_quotes`: find direct, indirect and mixed quotes, their cues and speaker mentions.

Two sources of evidence meet here. Quotation marks, paired on the raw text (`quotemarks`), give
exact spans of quoted words; the dependency parse gives cues (reporting verbs, "according to",
cue nouns), their subjects (the speaker mention) and their complements (the reported clause).
A quotation linked to a cue is a direct quote, or part of a mixed quote when the reported clause
holds more than the quoted words; a reported clause with no quotation marks is an indirect quote;
a full-sentence quotation with no cue continues the previous speaker's quote. Quoted fragments
that nobody is reported as saying (scare quotes, titles) are dropped.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span, SpanGroup, Token

from ..cues import (
    CUE_NOUNS,
    CUE_VERBS,
    DOCUMENT_NOUNS,
    FIRST_PERSON,
    FRAGMENT_VERBS,
    NEEDS_CLAUSE,
    NP_CONTENT_VERBS,
    ORG_NOUNS,
    SOURCE_NOUNS,
    SPEECH_VERBS,
    THOUGHT_VERBS,
)
from ..header import detect_header
from ..quotemarks import Quotation, find_quotations, paragraph_spans
from . import QUOTES_KEY, register_extensions

_QUOTE_CHARS = frozenset("\"“”«»„‘’'`")
_SPEAKER_POS = frozenset({"PROPN", "NOUN", "PRON"})
_TRIM_START = frozenset({"that", ",", ":", "-", "—", "–", "whether", "if"})
_TRIM_END = frozenset({",", ".", ":", ";", "-", "—", "–"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_SENTENCIZER = Sentencizer()
QUOTE_TYPES = ("direct", "indirect", "mixed")
_MIN_FLOATING_WORDS = 5
_MIN_OTHER_VERB_WORDS = 2
_BREAKS = frozenset({",", "“", "”", '"', "—", "–", "''", "-"})
_REQUEST_VERBS = frozenset("call urge press push appeal plead ask pray".split())
ADDRESSEE_VERBS = frozenset("tell ask urge advise inform assure remind notify question quote answer".split())
_OBJECT_PREPS = frozenset({"for", "of", "about", "on", "against"})


@dataclass
class Cue:
    """A reporting expression with the tokens that matter for a quote."""

    token: Token  # the verb/noun/"according" heading the cue
    start: int  # char offsets of the cue phrase
    end: int
    subject: Token | None  # head token of the speaker mention
    content: tuple[int, int] | None  # token range [i, j) of the reported clause
    kind: str  # verb | according | noun
    clausal: bool = True  # False when the content is a noun phrase ("announced his candidacy")
    mention: Token | None = None  # the word tied to this quote when it is not the subject ("who")
    weak: bool = False  # a verb that reports nothing governing a one-word quotation


def _is_quote_token(token: Token) -> bool:
    """A token made only of quotation marks (not the `'s` of a possessive)."""
    return all(ch in _QUOTE_CHARS for ch in token.text)


def _subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The speaker's head token: the verb's subject, or one inherited through conj/xcomp/-ing clauses."""
    passive_agent = None
    for child in verb.children:
        if child.dep_ in ("nsubj", "csubj") and not _is_date(child):
            if child.lower_.replace("’", "'") in _CONTRACTIONS:
                # "who ’ve already said …", "he ’s said …": the parser took the contracted
                # auxiliary for the subject and hung the real one on it
                child = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), child)
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return verb.head
            if child.lower_ in ("it", "there", "this", "what") and verb.lemma_.lower() not in ("say", "tell", "add", "write", "report", "state", "announce"):
                return None
            if child.lower_ in ("that", "this", "which", "what"):
                return None  # "That said, …" is an idiom, not a speaker
            return child
        if child.dep_ == "nsubjpass":
            passive_agent = passive_agent or False
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    passive_agent = grandchild
    if passive_agent:
        return passive_agent
    if passive_agent is False:
        return None
    if verb.lemma_.lower() == "put":
        # `As Alan Reed, professor of law, put it, …`: the parser hung the name on `as`
        for mark in verb.children:
            if mark.dep_ == "mark" and mark.lower_ == "as":
                named = next((c for c in mark.children if c.dep_ == "pobj" and _is_source(c)), None)
                if named is not None:
                    return named
    inverted = _inverted_subject(verb)
    if inverted is not None:
        return inverted
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is not None and before.head.i == verb.i and before.dep_ in ("compound", "npadvmod", "nmod") and before.pos_ in ("PROPN", "PRON") and not _is_date(before):
        return before  # `“…,” Conway notes.`: the tagger missed the subject
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and verb.head.lemma_.lower() in _PROMPTING_VERBS | _RAISING_VERBS:
        # "Trump was prompted to say …", "she was asked to explain …": the passive subject speaks
        controller = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if controller is not None and controller.pos_ in ("PROPN", "PRON", "NOUN") and controller.lower_ not in _RELATIVE | {"it"}:
            return controller
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in _PROMPTING_VERBS | _CAUSING_VERBS:
        # "That prompted Rubio to call Trump “very flexible”": the one prompted speaks
        prompted = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if prompted is not None and _is_source(prompted) and prompted.lower_ not in _RELATIVE | {"it", "this", "that"}:
            return prompted
    k = verb.i - 1
    while k > 0 and verb.doc[k].pos_ in ("ADV", "AUX", "PART") and verb.doc[k].head.i == verb.i:
        k -= 1  # ("and Cruz strongly suggested …")
    if verb.dep_ == "conj" and k >= 1 and verb.doc[k - 1].lower_ in ("and", "but"):
        # "prosecutors charged the officer with murder and Emanuel fired his police chief, …":
        # the parser joined the name to the object before it; it is the second verb's subject
        named = verb.doc[k]
        if named.head.i != verb.i and named.dep_ in ("conj", "pobj", "dobj") and named.head.i < named.i and (
            named.ent_type_ in ("PERSON", "ORG") or named.lower_ in ("he", "she", "they")
        ):
            return named
    if depth < 2 and verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        inherited = _subject_of(verb.head, depth + 1)
        if inherited is None and verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(c.dep_ == "auxpass" for c in verb.children):
            # "Trump was forced into damage control and said …": the passive clause's subject
            # is the one who speaks in the active verb coordinated with it
            patient = next((c for c in verb.head.children if c.dep_ == "nsubjpass" and c.i < verb.head.i), None)
            if patient is not None and _is_source(patient) and patient.lower_ not in _RELATIVE | {"it", "this", "that"}:
                return patient
        return inherited
    if depth < 2 and verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.dep_ == "prep" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "presented a message before explaining why …"
        patient = _passive_subject(verb.head.head)
        if patient is not None:
            # "Silverman was booed by supporters after telling holdouts …": the one who tells
            # is the passive clause's subject, not the agent of the by-phrase
            return patient
        return _subject_of(verb.head.head, depth + 1)
    if depth < 2 and verb.dep_ in ("advcl", "acl") and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX"):
        outer = _outer_verb(verb)
        if outer is not None:
            # "a strategist said Clinton will have to choose …, saying …" / "he hedged on whether
            # he would …, telling MSNBC …": the participle reports for the outer clause's subject
            higher = _subject_of(outer, depth + 1)
            if higher is not None and _is_source(higher):
                return higher
        subject = _subject_of(verb.head, depth + 1)
        head = verb.head
        if (subject is None or not _is_source(subject)) and head.dep_ in ("ccomp", "conj", "advcl", "xcomp") and head.head.pos_ in ("VERB", "AUX"):
            # "X argued that Y would do Z, saying …": the one saying is X
            higher = _subject_of(head.head, depth + 1)
            if higher is not None and _is_source(higher):
                return higher
        return subject
    if verb.dep_ == "relcl" and verb.head.pos_ in _SPEAKER_POS:
        return verb.head
    if depth < 2 and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in SPEECH_VERBS and verb.head.dep_ in ("dobj", "dative") and (
        verb.head.head.pos_ == "VERB" and verb.head.i < verb.i
    ) and (not _is_source(verb.head) or verb.head.head.lemma_.lower() in CUE_VERBS | _SENDING_VERBS):
        # "Black Lives Matter issued a statement saying …", "released a website asking for …",
        # "emailed supporters saying …": the one who issued, released or emailed speaks
        issuer = _subject_of(verb.head.head, depth + 1)
        if issuer is not None and _is_source(issuer) and issuer.lower_ not in _RELATIVE | {"it", "this", "that"}:
            return issuer
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i and _is_source(verb.head) and (
        verb.head.lemma_.lower() not in DOCUMENT_NOUNS
    ) and verb.lemma_.lower() in FRAGMENT_VERBS and not (
        verb.head.dep_ in ("dobj", "dative") and verb.head.head.lemma_.lower() in CUE_VERBS | _SENDING_VERBS
        or verb.head.dep_ == "pobj" and verb.head.head.lower_ == "to"  # ("sent a text to supporters saying …")
    ):
        # "a video of children yelling “…”", "protesters chanting “…”" (but "emailed supporters
        # saying …": the participle after a verb's object goes with the verb's subject)
        return verb.head
    if _report_hung_on_subject(verb) is not None:
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.pos_ in _SPEAKER_POS and (_is_source(verb.head) or depth > 0 or verb.lemma_.lower() not in SPEECH_VERBS):
        return verb.head  # a past-tense verb mis-attached to its subject ("one lawmaker called …")
    if depth == 0 and verb.lemma_.lower() in SPEECH_VERBS:
        return _misparsed_subject(verb)
    return None


_DASHES = frozenset({"—", "–", "-", "--"})
_CONTRACTIONS = frozenset({"'s", "'ve", "'d", "'re", "'ll", "'m"})
_SENDING_VERBS = frozenset("email e-mail send text message mail tweet post write phone".split())


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


def _aspectual(verb: Token) -> bool:
    """`continue to be`, `continued to interject`: a verb of aspect before an infinitive reports
    nothing (unlike "“…,” he continued")."""
    return verb.lemma_.lower() == "continue" and any(c.dep_ == "xcomp" for c in verb.children)


def _report_hung_on_subject(verb: Token) -> tuple[int, int] | None:
    """`Multiple outlets reported on Wednesday the Secret Service had …`: the parser hung the
    verb on its subject as a participle and made the reported clause the sentence, which then
    has two subjects. The clause from the second subject on is what was reported."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in _CLAUSE_TAKERS | {"report", "reveal", "announce", "confirm"}:
        return None
    head = verb.head
    root = head.head
    if head.dep_ != "nsubj" or head.pos_ not in ("NOUN", "PROPN") or root.i <= verb.i or root.pos_ not in ("VERB", "AUX") or any(c.dep_ == "agent" for c in verb.children):
        return None
    other = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.right_edge.i), None)
    if other is None or other.left_edge.i != verb.right_edge.i + 1:
        return None
    return other.left_edge.i, root.right_edge.i + 1


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


def _fronted_report(verb: Token) -> tuple[int, int] | None:
    """`The rejection of the treaty signals “the beginning of the end” for the EU, said Geert
    Wilders`: with the speaker after the verb, the parser may take the fronted report for the
    verb's subject; that subject's phrase is what was said."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "," or verb.lemma_.lower() not in SPEECH_VERBS:
        return None
    fronted = next((c for c in verb.children if c.dep_ in ("nsubj", "csubj") and c.i < verb.i), None)
    if fronted is None or _is_source(fronted) or fronted.right_edge.i != verb.i - 2 and fronted.right_edge.i != verb.i - 1:
        return None
    start, end = fronted.left_edge.i, verb.i - 1
    if end - start < 4 or not any(t.pos_ in ("VERB", "AUX") or _is_quote_token(t) for t in doc[start:end]):
        return None
    return start, end


_SAY_LIKE = frozenset("say add write argue note explain contend insist warn".split())


_PUBLISHED_NOUNS = frozenset(
    "ad advert advertisement video spot piece article op-ed editorial column statement memo letter "
    "report release data analysis study poll survey tweet post message email e-mail book documentary".split()
)
_PUBLISHING_VERBS = frozenset("release issue publish run air unveil launch post send write produce put circulate".split())


def _publisher(verb: Token, subject: Token) -> Token | None:
    """`Sanders is releasing an ad that urges …` / `The Post ran a piece that noted …`: a relative
    clause on a thing someone put out speaks for whoever put it out."""
    if verb.dep_ != "relcl" or subject.i != verb.head.i or subject.lemma_.lower() not in _PUBLISHED_NOUNS:
        return None
    if subject.dep_ != "dobj" or subject.head.pos_ not in ("VERB", "AUX") or subject.head.lemma_.lower() not in _PUBLISHING_VERBS:
        return None
    outer = _subject_of(subject.head, 1)
    if outer is None or not _is_source(outer) or outer.lower_ in _RELATIVE:
        return None
    return outer


def _participle_speaker(verb: Token, subject: Token) -> Token | None:
    """`Bennett denied the notion that a shakeup is coming, explaining …` / `Rubio pushed back,
    saying the bill was waylaid by voter mistrust – and arguing …`: a `-ing` participle hung on a
    verb deep inside the sentence inherited a thing for its speaker; the nearest clause above it
    whose subject can speak gives the speaker."""
    if verb.tag_ != "VBG" or _is_source(subject) or verb.dep_ not in ("advcl", "acl", "conj", "xcomp"):
        return None
    if verb.head.pos_ not in ("VERB", "AUX"):
        return None  # `the newspaper's editorial telling him …`: the participle describes its noun
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


def _better_subject(verb: Token, subject: Token) -> Token:
    """Correct a subject the parser chose wrongly, in the shapes above."""
    for fix in (_dateline_subject, _ccomp_outer_subject, _postposed_subject, _participle_speaker, _conjoined_subject):
        better = fix(verb, subject)
        if better is not None:
            return better
    return subject


def _outer_verb(participle: Token) -> Token | None:
    """The verb of the outer clause when the parser hung a `, saying …` participle on a verb
    inside another verb's complement (ccomp, or `on whether …`): that outer verb, else None."""
    doc = participle.doc
    if participle.i == 0 or doc[participle.i - 1].text != ",":
        return None
    node = participle.head
    embedded = False
    outer = None
    for _ in range(6):
        dep = node.dep_
        head = node.head
        if head.i == node.i or not embedded and node.lemma_.lower() in CUE_VERBS and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in node.children
        ):
            break  # `…, the source recalled, adding …`: the participle goes with its own cue
        if dep in ("xcomp", "conj", "advcl") and head.pos_ in ("VERB", "AUX"):
            node = head
        elif dep == "ccomp" and head.pos_ in ("VERB", "AUX") and head.i < node.i:
            node, embedded, outer = head, True, head
        elif dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX") and head.head.i < node.i and any(
            c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in node.children
        ):
            node = head.head
            embedded, outer = True, node
        else:
            break
    return outer if embedded else None


def _is_date(token: Token) -> bool:
    """`… to supporters Tuesday urging them …`: a date or time is never the speaker."""
    return token.ent_type_ in ("DATE", "TIME") and token.pos_ != "PRON" and not any(c.dep_ == "det" for c in token.children)


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


_PROMPTING_VERBS = frozenset("prompt ask press force urge invite pressure encourage compel push challenge".split())
_CAUSING_VERBS = frozenset("lead cause spur inspire drive".split())
# "Obama is reported to have called …", "she is said to have told …": the passive subject acts
_RAISING_VERBS = frozenset("report say believe think know understand rumor rumour allege".split())


def _mark_before(doc: Doc, span: Span, mark: str) -> int | None:
    """Index of `mark` when it is the last token before the quotation (spaces skipped), else None."""
    i = span.start - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i if i >= 0 and doc[i].text == mark else None


def _word_before(doc: Doc, i: int, skip: tuple[str, ...]) -> int:
    """The word before token i, stepping back over particles and adverbs that hang on it."""
    j = i - 1
    while j > 0 and doc[j].pos_ in skip and doc[j].head.i < j:
        j -= 1
    return j


def _colon_before(doc: Doc, span: Span) -> Token | None:
    """The verb of a lead-in that ends with a colon right before the quotation, if any."""
    i = _mark_before(doc, span, ":")
    if i is None:
        return None
    j = _word_before(doc, i, ("ADV", "PART", "ADP"))  # "shot back:", "put it this way:"
    if j >= 0 and doc[j].pos_ == "VERB":
        return doc[j]
    node = doc[i]
    for _ in range(3):
        if node.pos_ in ("VERB", "AUX"):
            return node
        if node.head.i == node.i:
            break
        node = node.head
    return node if node.pos_ in ("VERB", "AUX") else None


def _comma_lead_in(doc: Doc, span: Span) -> Cue | None:
    """`… and then boomed, “Today, you proved …”`: a verb of speaking right before a comma and
    the opening mark introduces the quotation, whatever the parser made of the clause."""
    i = _mark_before(doc, span, ",")
    if i is None or i < 1:
        return None
    verb = doc[_word_before(doc, i, ("ADV", "PART"))]
    if _quote_aside(verb):
        # `Trump said, and I quote, “…”`: the writer's aside; the cue comes before it
        k = min(t.i for t in verb.subtree if not t.is_punct) - 1
        while k > 0 and (doc[k].lower_ in ("and", "--") or doc[k].is_space):
            k -= 1
        if k > 0 and doc[k].text in (",", "—", "–"):
            return _comma_lead_in(doc, doc[k + 1: span.end])
        return None
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or not (lemma in CUE_VERBS or lemma in _UTTERANCE_VERBS or lemma in _CROWD_VERBS):
        return None
    subject = _subject_of(verb)
    if subject is None or not _is_source(subject) or span.start <= subject.i < span.end:
        return None
    start, end = _cue_extent(verb)
    return Cue(verb, start, end, subject, None, "verb", False)


def _relative_mention(verb: Token, subject: Token) -> Token | None:
    """`Mike Pence, who called …` / `…, who runs a bakery and said …`: when the cue's clause (or
    the clause it is conjoined to) is a relative clause on the speaker, its relative pronoun is
    the mention tied to the quote."""
    for _ in range(3):
        if verb.dep_ == "relcl" and verb.head.i == subject.i:
            return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE), None)
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _quote_aside(verb: Token) -> bool:
    """`…, and I quote, “…”`: the writer quoting someone else, not a cue of its own."""
    doc = verb.doc
    return verb.lemma_.lower() == "quote" and any(
        c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children
    ) and verb.i + 1 < len(doc) and doc[verb.i + 1].text in (",", "—", "–", ":")


def _speaker_after_quotation(verb: Token, quote_mask: list[tuple[int, int]]) -> Token | None:
    """The head of the noun phrase between the closing quotation mark and the verb."""
    doc = verb.doc
    end = max((e for s, e in quote_mask if e <= verb.idx), default=None)
    if end is None:
        return None
    span = [t for t in doc[verb.sent.start: verb.i] if t.idx >= end]
    for tok in span:
        if tok.pos_ in ("PROPN", "NOUN", "PRON") and (tok.head.i == verb.i or not span[0].i <= tok.head.i <= span[-1].i):
            return tok
    found = next((t for t in span if t.pos_ == "PROPN"), None)
    if found is not None:
        return found
    # `“…,” said Helen Ward, who …`: an inverted cue, its speaker after the verb
    for child in verb.rights:
        if child.i > verb.i + 4:
            break
        if child.dep_ in ("dobj", "attr", "npadvmod", "nsubj") and child.pos_ in ("NOUN", "PROPN", "PRON") and not any(
            s <= child.idx < e for s, e in quote_mask
        ):
            return child if _is_source(child) else None
    return None


def _colon_lead_in(verb: Token, span: Span) -> Cue | None:
    """The lead-in cue of a colon: its verb, or the verb above it before the quotation when the
    verb's own subject is no source (`X apologized for what happened:` — `happened`, then
    `apologized`)."""
    node: Token | None = verb
    for _ in range(3):
        if node is None or span.start <= node.i < span.end:
            return None
        cue = _lead_in_cue(node)
        if cue is not None and not span.start <= cue.subject.i < span.end:
            return cue
        nxt = node.head
        while nxt.i != nxt.head.i and nxt.pos_ not in ("VERB", "AUX"):
            nxt = nxt.head
        if nxt.i == node.i or nxt.pos_ not in ("VERB", "AUX") or nxt.i >= span.start:
            return None
        node = nxt
    return None


def _lead_in_cue(root: Token) -> Cue | None:
    """`Trump issued the following statement: “…”`: a lead-in whose verb is no reporting verb
    still introduces the quotation when its subject is a source."""
    if root.pos_ not in ("VERB", "AUX"):
        return None
    subject = _subject_of(root)
    if subject is None or not _is_source(subject):
        return None
    start, end = _cue_extent(root)
    return Cue(root, start, end, subject, None, "verb", False)


def _verb_tagged_noun(token: Token) -> Token | None:
    """`“…,” Conway notes.`: after a quotation the tagger may read a reporting verb as a plural
    noun; its speaker is the proper noun or pronoun just before it."""
    doc = token.doc
    if token.lower_ not in _NOUN_LOOKING_CUES or token.i < 2:
        return None
    subject = doc[token.i - 1]
    if subject.pos_ not in ("PROPN", "PRON") or not any(_is_quote_token(t) for t in doc[max(token.i - 4, 0): token.i - 1]):
        return None
    return subject


def _puts_it(verb: Token) -> bool:
    """`as X put it`: a reporting phrase built on a verb that otherwise reports nothing."""
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) and any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    )


def _inverted_subject(verb: Token) -> Token | None:
    """`“…,” asked the boy` / `tweeted another`: after a quotation the speaker may follow the verb,
    and the parser then takes it for an object."""
    doc = verb.doc
    before = doc[max(verb.i - 2, 0): verb.i]
    if not any(_is_quote_token(t) for t in before):
        return None
    if verb.i > 0 and doc[verb.i - 1].lower_ in ("and", "but", "or"):
        # `… tell him “no more nonsense” and tells the crowd …`: a coordinated verb after a
        # quoted fragment, whose object is the addressee or the thing described
        return None
    for child in verb.rights:
        if child.dep_ in ("dobj", "attr", "npadvmod", "dative", "nsubj") and child.pos_ in ("NOUN", "PROPN", "PRON", "ADJ", "DET") and not _is_date(child):
            if any(_is_quote_token(t) for t in doc[verb.i + 1: child.i]):
                return None  # `…,” saying, “A reporter who …”`: a word of the next quotation
            return child if child.i <= verb.i + 4 else None
    if verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ == "PROPN" and doc[verb.i + 1].head.i != verb.i:
        # `“The risk,” said Edward Leamer, an economist, “is that …”`: the parser made the name the
        # subject of the quotation that follows it
        name = doc[verb.i + 1]
        while name.dep_ == "compound" and verb.i < name.head.i <= verb.i + 4:
            name = name.head
        if name.ent_type_ in ("PERSON", "ORG") and name.dep_ in ("nsubj", "nsubjpass", "appos", "compound", "npadvmod"):
            return name
    return None


def _clause_range(root: Token, exclude: Token | None = None) -> tuple[int, int]:
    """Token range of `root`'s subtree, cut where `exclude`'s subtree begins or ends."""
    start, end = root.left_edge.i, root.right_edge.i + 1
    if exclude is not None:
        ex_start, ex_end = exclude.left_edge.i, exclude.right_edge.i + 1
        if ex_start <= root.i < ex_end:
            return start, start
        if ex_start > root.i:
            end = min(end, ex_start)
        elif ex_end <= root.i:
            start = max(start, ex_end)
    return start, end


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading complementiser/punctuation and trailing punctuation from a token range."""
    while start < end and (doc[start].lower_ in _TRIM_START or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in _TRIM_END or doc[end - 1].is_space or (
        doc[end - 1].dep_ == "cc" and doc[end - 1].lower_ in ("and", "or", "but") and end - 1 > start
    )):
        end -= 1  # (a conjunction left dangling where the parser cut a coordination)
    # an opening quotation mark left dangling at the end, or a closing one at the start
    while end > start and _is_quote_token(doc[end - 1]) and doc[end - 1].whitespace_ == "" and end - 1 > start and doc[end - 2].is_space:
        end -= 1
    return start, end


def _content_of_verb(verb: Token) -> tuple[int, int] | None:
    """The reported clause of a cue verb, run on past a colon that elaborates it ("X thinks Y: Z"),
    and cut before a second cue that reports more ("X argued that Y, saying Z")."""
    content = _complement_of_verb(verb)
    if content is not None:
        doc = verb.doc
        for tok in doc[content[0]:content[1]]:
            if tok.i > verb.i and tok.dep_ in ("advcl", "conj") and tok.lemma_.lower() in _SECOND_REPORT_VERBS and tok.left_edge.i > content[0]:
                cut = tok.left_edge.i
                if tok.dep_ == "conj" and doc[cut].lower_ == "and" and cut > content[0]:
                    cut += 1
                and_cut = (
                    # "says he'd do X and tells the crowd he was …": a second report of the same speaker
                    tok.dep_ == "conj" and doc[cut - 1].lower_ == "and" and tok.tag_ == verb.tag_ and tok.tag_ != "VB"
                    and any(c.dep_ == "ccomp" for c in tok.children)
                )
                j = cut - 1
                while j > content[0] + 1 and _is_quote_token(doc[j]):
                    j -= 1  # `“… together,” suggesting that …`: the closing mark sits after the comma
                if (doc[j].text in (",", ";", "—", "–") or and_cut) and tok.right_edge.i + 1 >= content[1]:
                    content = (content[0], j if doc[j].text in (",", ";", "—", "–") else cut - 1)
                    break
            cut = _second_report(tok, verb, content)
            if cut is not None:
                content = (content[0], cut)
                break
        opener = doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
        if verb.dep_ == "relcl" and opener is not None and opener.text in _DASHES and opener.whitespace_:
            # "Trump - who previously said he would “bomb …” oil fields - said at a rally …": the
            # dash that closes the relative clause closes what it reports
            close = next((t.i for t in doc[content[0]: content[1]] if t.text in _DASHES and t.whitespace_ and doc[t.i - 1].whitespace_), None)
            if close is not None and close > content[0] + 1:
                content = (content[0], close)
        end = content[1]
        sent_end = verb.sent.end
        if end < sent_end - 1 and doc[end].text == ":" and verb.i < content[0]:
            return content[0], sent_end
    return content


_TIME_PREPS = frozenset({"before", "after", "while"})
# verbs whose `, citing …` / `, saying …` participle starts a second report, not part of the first
_SECOND_REPORT_VERBS = SPEECH_VERBS | frozenset({"cite"})


def _clause_after_cue(verb: Token) -> int | None:
    """End of a clause that continues the report after an interrupting cue (`…,” he said, that …`,
    `…,” he told friends, in which …`), or None."""
    doc = verb.doc
    k = verb.i + 1
    while k < len(doc) and k <= verb.i + 4 and doc[k].text != "," and doc[k].head.i == verb.i and doc[k].dep_ in ("dobj", "dative", "npadvmod", "advmod"):
        k = doc[k].right_edge.i + 1
    if k >= len(doc) or doc[k].text != ",":
        return None
    other = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.left_edge.i == k + 1 and c.tag_ != "VBG"), None)
    if other is None or other.lemma_.lower() in CUE_VERBS or any(
        t.pos_ == "VERB" and t.lemma_.lower() in CUE_VERBS for t in doc[k + 1: other.i]
    ):
        return None  # (`…,” he said, adding that …` is a second report)
    return other.right_edge.i + 1


def _first_report(tok: Token) -> Token | None:
    """The speaker of a participle that `_second_report` splits off: the subject of the report
    it follows ("She told CNN that Trump is a “faker” and questioning …": she questions)."""
    if tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj", "pcomp"):
        return None
    node = tok
    for _ in range(5):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ == "VERB" and node.i < tok.i and node.lemma_.lower() in CUE_VERBS:
            content = _complement_of_verb(node)
            if content is None or not content[0] <= tok.i < content[1] or _second_report(tok, node, content) is None:
                return None
            subject = _subject_of(node)
            if subject is None:
                return None
            subject = _better_subject(node, subject)
            return subject if _is_source(subject) and subject.lower_ not in _RELATIVE else None
    return None


def _second_report(tok: Token, verb: Token, content: tuple[int, int]) -> int | None:
    """`telling CNN that Trump is a “faker” and questioning how he has …` / `said the deadlock
    has “kept us safe” before claiming that …`: a participle of speech that closes the reported
    clause is a second report of the same speaker, not part of the first; where the first ends."""
    if tok.i <= verb.i or tok.tag_ != "VBG" or tok.lemma_.lower() not in _SECOND_REPORT_VERBS or tok.head.i == verb.i:
        return None
    speech = tok.lemma_.lower() in SPEECH_VERBS  # ("after citing …" may be part of the first report)
    if not any(c.dep_ in ("ccomp", "dobj", "xcomp", "oprd") for c in tok.children):
        return None  # it reports something of its own
    doc = verb.doc
    if speech and tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.lower_ in _TIME_PREPS and tok.head.i < tok.i and all(
        t.pos_ == "ADV" for t in doc[tok.head.i + 1: tok.i]
    ):  # "before (optimistically) predicting that …"
        start, right = tok.head.i, tok.head.right_edge.i
    elif speech and tok.dep_ in ("advcl", "conj") and tok.left_edge.i == tok.i and doc[tok.i - 1].lower_ == "and":
        start, right = tok.i - 1, tok.right_edge.i
    elif tok.dep_ == "advcl" and tok.left_edge.i == tok.i:
        # `argue that “there is precedent,” citing an instance …`
        j = tok.i - 1
        while j > verb.i and _is_quote_token(doc[j]):
            j -= 1
        if doc[j].text not in (",", ";", "—", "–"):
            return None
        start, right = j, tok.right_edge.i
    else:
        return None
    if right + 1 < content[1] or start <= content[0] + 2:
        return None
    end = start
    while end > content[0] and (doc[end - 1].is_punct or doc[end - 1].is_space) and not _is_quote_token(doc[end - 1]):
        end -= 1
    return end


def _complement_of_verb(verb: Token) -> tuple[int, int] | None:
    """The reported clause of a cue verb: its clausal complement, or the clause it interrupts."""
    for child in verb.children:
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and verb.lemma_.lower() in ("say", "tell", "urge", "call")) or (
            # "asked Congress to act" reports a request; "asked not to be named" does not
            child.dep_ == "xcomp" and verb.lemma_.lower() == "ask" and any(c.dep_ in ("dobj", "dative") for c in verb.children)
        ):
            start, end = _clause_range(child)
            if child.dep_ == "ccomp" and child.i < verb.i:
                tail = _clause_after_cue(verb)
                if tail is not None:
                    # "“It's our bad luck,” he said, that both men had …" / "But “it is a better use
                    # of capital,” he added, to pursue …": the cue interrupts one report
                    return start, tail
            if child.dep_ == "ccomp" and child.i > verb.i:
                reason = next((c for c in verb.children if c.dep_ == "advcl" and c.left_edge.i == end and c.left_edge.lower_ in ("because", "since")), None)
                if reason is not None and verb.doc[end - 1].text != ",":
                    # "charged that Clinton “hid” the documents because they appeared to …": the
                    # reason given runs on from the reported clause, with no comma between
                    end = reason.right_edge.i + 1
                for other in verb.children:
                    if other.dep_ == "ccomp" and other.i > child.i and other.left_edge.i == end and other.tag_ != "VBG" and (
                        other.lemma_.lower() not in CUE_VERBS
                    ) and not any(
                        t.text == ":" or "\n" in t.text or t.pos_ == "VERB" and t.lemma_.lower() in CUE_VERBS for t in verb.doc[child.i: other.i]
                    ):
                        # "said that it would “have been cool” had Clinton congratulated him": the
                        # parser cut one reported clause into two complements
                        end = other.right_edge.i + 1
                # "said that their father “could be unyielding,” and that Freddy had struggled …":
                # a second `that` clause coordinated with the first is reported too
                for other in verb.children:
                    if other.dep_ == "conj" and other.i > child.i and other.left_edge.i >= end and any(
                        g.dep_ == "mark" and g.lower_ == "that" for g in other.children
                    ):
                        end = max(end, other.right_edge.i + 1)
            return start, end
    if verb.lemma_.lower() in SPEECH_VERBS:
        for child in verb.children:
            # "saying in his statement only that he was “refining …”": a that-clause the parser
            # hung on the verb as an adverbial clause is still what was said
            if child.dep_ == "advcl" and child.i > verb.i and any(g.dep_ == "mark" and g.lower_ == "that" and g.i <= child.left_edge.i + 1 for g in child.children):
                return _clause_range(child)
    for child in verb.children:
        # "called for the allies to organize …": the request is a for-clause
        if child.dep_ == "advcl" and child.i > verb.i and verb.lemma_.lower() in _REQUEST_VERBS and any(
            g.dep_ == "mark" and g.lower_ == "for" for g in child.children
        ):
            return _clause_range(child)
    for child in verb.children:
        # "said in a statement that …": the parser may hang the clause on the noun
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "on"):
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in CUE_NOUNS | DOCUMENT_NOUNS | {"interview", "speech"}:
                    for tok in pobj.children:
                        if tok.dep_ in ("acl", "relcl", "ccomp") and any(g.dep_ == "mark" and g.lower_ == "that" for g in tok.children):
                            return _clause_range(tok)
    if verb.lemma_.lower() in ADDRESSEE_VERBS:
        # "told a crowd in Ohio that …": the parser may hang the clause on the addressee
        for child in verb.children:
            if child.dep_ in ("dobj", "dative"):
                for tok in child.subtree:
                    if tok.dep_ in ("acl", "relcl", "ccomp") and any(g.dep_ == "mark" and g.lower_ in ("that", "whether", "if") for g in tok.children):
                        return _clause_range(tok)
    # "…, he said." / "Y, officials say": the cue hangs off the clause it reports
    head = verb.head
    doc = verb.doc
    hung = _report_hung_on_subject(verb)
    if hung is not None:
        return hung
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ == "advcl" and own_subject and head.i != verb.i and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        # "As Ruth Marcus puts it, Obama is trying …" / "as the minister noted, …"
        return _clause_range(head, exclude=verb)
    subordinate = verb.dep_ == "advcl" and any(
        c.dep_ == "mark" or c.dep_ == "advmod" and c.i == verb.left_edge.i and c.lower_ in ("when", "whenever", "while", "once", "after", "before")
        for c in verb.children
    )
    if verb.dep_ in ("parataxis", "ccomp", "advcl") and head.i != verb.i and own_subject and not subordinate:
        # (`While Clinton pledged to work with both parties, Sanders insisted …`: a clause
        # subordinated by `while`/`though`/`when` does not report the main clause)
        left = verb.left_edge.i
        right = verb.right_edge.i
        before = doc[max(left - 2, 0): left + 1]
        coordinated = left > 0 and doc[left - 1].lower_ in ("and", "but", "while", "whereas") or any(
            c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children
        )  # ("…, and three-quarters said the same of Sanders": a clause of its own, not a tag)
        if head.i < verb.i and any(t.text in _BREAKS for t in before) and not coordinated:
            after = doc[right: right + 2]
            rest = [t for t in doc[right + 1: head.right_edge.i + 1] if t.is_alpha]
            if any(t.text in _BREAKS for t in after) and len(rest) >= 3 and not any(
                t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS and t.head.i in (head.i, verb.i) for t in doc[right + 1: head.right_edge.i + 1]
            ):
                # "The outlets have been standing in the way, he said, by creating a …": the cue
                # interrupts the clause it reports, which goes on after it
                return head.left_edge.i, head.right_edge.i + 1
            return _clause_range(head, exclude=verb)
        after = doc[right: right + 2]
        if head.i > verb.i and any(t.text in _BREAKS for t in before) and any(t.text in _BREAKS for t in after):
            # "The goal, he said, is to forge …": the cue interrupts the clause it reports
            return head.left_edge.i, head.right_edge.i + 1
        if head.i > verb.i and verb.lemma_.lower() in SPEECH_VERBS and "," in (doc[right].text, doc[min(right + 1, len(doc) - 1)].text) and all(
            t.is_punct or t.is_space or t.pos_ in ("ADV", "CCONJ") for t in doc[verb.sent.start: left]
        ):
            # "Instead, Trump told CNN, his policy would be …": the cue opens the sentence
            start, end = _clause_range(head, exclude=verb)
            if end - start >= 3:
                return start, end
    if verb.dep_ == "ROOT" or verb.dep_ == "ccomp":
        for child in verb.children:
            if child.dep_ in ("parataxis",) and child.i < verb.i:
                return _clause_range(child)
    if verb.dep_ == "advcl" and head.i > verb.i and verb.lemma_.lower() in _CLAUSE_TAKERS and any(c.dep_ == "mark" for c in verb.children):
        # "… after Trump told The Washington Post he was “not quite there yet”": the parser made
        # the reported clause the main clause; it follows the cue's phrase with no break
        named = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i), None)
        if named is not None and named.left_edge.i == verb.right_edge.i + 1 and head.right_edge.i > head.i:
            return named.left_edge.i, head.right_edge.i + 1
    return None


_CLAUSE_TAKERS = frozenset("say tell warn assure remind inform add claim argue insist note explain write predict".split())


def _object_of_verb(verb: Token) -> tuple[int, int] | None:
    """What a speech verb reports when it takes a noun phrase: "announced his candidacy",
    "called for a ban", "warned of accidents"."""
    if verb.lemma_.lower() in ADDRESSEE_VERBS or (verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.lefts)):
        return None  # "told his colleagues", "asked Graham", "to criticize Clinton": not what was said
    calls = verb.lemma_.lower() == "call"
    for child in verb.rights:
        if calls and child.dep_ == "dobj" and not any(s.dep_ in ("oprd", "xcomp") for s in verb.rights):
            continue  # "called the directors" is a phone call; "called him a liar" reports words
        if child.dep_ in ("dobj", "oprd") and child.pos_ in ("NOUN", "PROPN", "NUM", "PRON") and child.lower_ not in ("it", "this", "that", "so"):
            end = child.right_edge.i + 1
            # keep a predicate that follows the object: "called the lines unacceptable"
            for sibling in verb.rights:
                if sibling.i > child.i and sibling.dep_ in ("oprd", "prep", "xcomp", "ccomp") and sibling.lower_ not in ("in", "at", "on", "during", "after", "before", "since", "while"):
                    end = max(end, sibling.right_edge.i + 1)
            return child.left_edge.i, end
        if child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS:
            pobj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                return pobj.left_edge.i, child.right_edge.i + 1
    return None


def _noun_cue_content(noun: Token) -> tuple[int, int] | None:
    """`X's warning that …` (noun + clause) and `X's view is that …` (copula + clause)."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp") and any(g.lower_ == "that" and g.dep_ == "mark" for g in child.children):
            return _clause_range(child)
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_ == "be":
        for child in head.children:
            if child.dep_ in ("ccomp", "attr") and child.i > noun.i and child.pos_ in ("VERB", "AUX"):
                return _clause_range(child)
    return None


def _noun_cue_speaker(noun: Token) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and (
                    grandchild.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                    or grandchild.pos_ == "PROPN"
                    or child.lower_ != "of" and grandchild.pos_ in ("NOUN", "PRON")
                ):
                    return grandchild
    return None


def find_cues(doc: Doc, body_start: int, quote_mask: list[tuple[int, int]]) -> list[Cue]:
    """Every cue in the body with a speaker and, where there is one, its reported clause."""
    cues: list[Cue] = []
    starts = [q[0] for q in quote_mask]

    def inside_quote(char: int) -> bool:
        k = bisect_right(starts, char) - 1
        return k >= 0 and quote_mask[k][0] < char < quote_mask[k][1]

    for token in doc:
        if token.idx < body_start:
            continue
        lemma = token.lemma_.lower()
        pos = token.pos_
        if pos in ("VERB", "AUX") and (lemma in CUE_VERBS or lemma == "put" and _puts_it(token)) and not _aspectual(token):
            if inside_quote(token.idx) or _quote_aside(token):
                continue
            subject = _subject_of(token)
            if subject is not None:
                subject = _better_subject(token, subject)
            reporter = _first_report(token)
            if reporter is not None:
                subject = reporter
            if subject is None or (subject.lower_ == "you" and lemma in THOUGHT_VERBS):
                continue  # no speaker, or a question to the reader/interviewee ("do you think")
            if lemma in NEEDS_CLAUSE and not _is_source(subject):
                continue  # "the protests would continue", "the data show": no one is speaking
            if inside_quote(subject.idx):
                # a misparse took a word of the quotation for the speaker of a cue outside it:
                # `“We were wrong,” Ramos, 58, told AFP` — the speaker sits between the two
                subject = _speaker_after_quotation(token, quote_mask)
                if subject is None:
                    continue
            if subject.lemma_.lower() in DOCUMENT_NOUNS:
                subject = _noun_cue_speaker(subject) or subject
            content = _content_of_verb(token)
            if content is None and subject.i > token.i:
                content = _fronted_report(token)
            clausal = content is not None
            if content is None and lemma in NP_CONTENT_VERBS:
                content = _object_of_verb(token)
            if lemma in NEEDS_CLAUSE and content is None:
                continue
            start, end = _cue_extent(token)
            relative = next((c for c in token.children if c.dep_ == "nsubj" and c.lower_ in _RELATIVE), None)
            publisher = _publisher(token, subject)
            if publisher is not None:
                subject, relative = publisher, None
            cues.append(Cue(token, start, end, subject, content, "verb", clausal, relative))
        elif token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            if inside_quote(token.idx):
                continue
            to = doc[token.i + 1]
            source = next((c for c in to.children if c.dep_ == "pobj"), None)
            if source is None:
                continue
            if source.lemma_.lower() in DOCUMENT_NOUNS:
                source = _noun_cue_speaker(source) or source
            content = _according_content(doc, token, to, source)
            cues.append(Cue(token, token.idx, to.idx + len(to.text), source, content, "according"))
        elif pos in ("NOUN", "PROPN") and _verb_tagged_noun(token) is not None:
            if not inside_quote(token.idx):
                cues.append(Cue(token, token.idx, token.idx + len(token.text), _verb_tagged_noun(token), None, "verb", False))
        elif pos == "NOUN" and lemma in CUE_NOUNS:
            if inside_quote(token.idx):
                continue
            speaker = _noun_cue_speaker(token)
            content = _noun_cue_content(token)
            if speaker is None or content is None:
                continue
            cues.append(Cue(token, token.idx, token.idx + len(token.text), speaker, content, "noun"))
    return cues


def _cue_extent(verb: Token) -> tuple[int, int]:
    """The cue phrase: the verb with its auxiliaries, negation and particles ("has not said")."""
    start_tok = verb
    for child in verb.lefts:
        if child.dep_ in ("aux", "auxpass", "neg") and child.i >= verb.i - 3:
            start_tok = child if child.i < start_tok.i else start_tok
            break
    end = verb.idx + len(verb.text)
    return start_tok.idx, end


def _according_content(doc: Doc, according: Token, to: Token, source: Token) -> tuple[int, int] | None:
    """The sentence minus the `according to X` phrase (which may open, close or interrupt it)."""
    sent = according.sent
    phrase_start = according.i
    phrase_end = max(source.right_edge.i + 1, to.i + 1)
    before = (sent.start, phrase_start)
    after = (phrase_end, sent.end)
    # take the larger side: "According to X, Y." / "Y, according to X."
    left_len = before[1] - before[0]
    right_len = after[1] - after[0]
    return before if left_len > right_len else after


@dataclass
class _Draft:
    start: int  # char offsets of the quote
    end: int
    type: str
    cue: Cue | None
    floating: bool = False


class QuoteFinder:
    """The `stancer_quotes` component."""

    def __init__(self, name: str = "stancer_quotes", spans_key: str = QUOTES_KEY) -> None:
        self.name = name
        self.spans_key = spans_key
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # built from the tokens on each access: once per doc
        header = doc._.stancer_header
        paragraphs = doc._.stancer_paragraphs
        if header is None or paragraphs is None:
            # works without stancer_segmenter too
            paragraphs = [list(p) for p in paragraph_spans(text)]
            h = detect_header(text, [tuple(p) for p in paragraphs])
            header = {"header_end": h.header_end, "dateline": list(h.dateline) if h.dateline else None}
        if not doc.has_annotation("SENT_START") and len(doc):
            _SENTENCIZER(doc)  # a pipeline without a parser: split sentences by punctuation
        body_start = header.get("header_end", 0) or 0
        if header.get("dateline"):
            body_start = max(body_start, header["dateline"][1])
        quotations = [q for q in find_quotations(text) if q.start >= body_start]
        mask = [(q.start, q.end) for q in quotations]
        cues = find_cues(doc, body_start, mask)
        drafts = self._link(doc, text, quotations, cues)
        self._store(doc, drafts, paragraphs)
        return doc

    # -- linking ---------------------------------------------------------------------------------

    def _link(self, doc: Doc, text: str, quotations: list[Quotation], cues: list[Cue]) -> list[_Draft]:
        drafts: list[_Draft] = []
        used_cues: set[int] = set()
        for q in quotations:
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if q.paragraphs > 1:
                drafts.extend(self._paragraph_pieces(doc, text, q, cues, used_cues))
                continue
            cue = self._cue_for_quotation(doc, text, q, span, cues)
            words = sum(1 for t in span if t.is_alpha)
            if cue is not None:
                used_cues.add(cue.token.i)
                q_start, q_end = q.start, q.end
                relative = _relative_clause_content(doc, cue, span)
                if relative is not None:
                    # "…, which he called “a cartel”": the relative clause is what was said
                    rs, re_ = _trim(doc, *relative)
                    cs, ce = doc[rs].idx, doc[re_ - 1].idx + len(doc[re_ - 1].text)
                    if _alpha_outside(text, cs, ce, q.start, q.end) >= 1:
                        drafts.append(_Draft(min(cs, q.start), max(ce, q.end), "mixed", cue))
                        continue
                if cue.content is not None:
                    c_start, c_end = _trim(doc, *cue.content)
                    if c_end > c_start:
                        cs, ce = doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1].text)
                        outside = _alpha_outside(text, cs, ce, q.start, q.end)
                        subject_inside = cue.subject is not None and cs <= cue.subject.idx < ce
                        if outside >= 1 and cs <= q.start + 1 and ce >= q.start and not cs <= cue.start < ce and not subject_inside:
                            drafts.append(_Draft(min(cs, q.start), max(ce, q.end), "mixed", cue))
                            continue
                        # (the clause may stop short of the closing mark the parser put in the next sentence)
                        # (`Starr said, “Leave …` is a direct quote after its cue, not such a clause)
                        opens_after_cue = cue.token.i < span.start <= cue.token.right_edge.i + 3
                        closes = ce >= q.end or not opens_after_cue and not any(ch.isalnum() for ch in text[ce:q.end]) and (
                            doc[span.end - 1].sent.start != doc[c_end - 1].sent.start
                        )
                        if cs < q.start and closes and _interrupts(doc, cue, c_start, c_end) and _unquoted_words(
                            doc, c_start, c_end, cue.token, quotations
                        ) >= 2:
                            # "Biden, Rubio said, had been in the Senate for “a thousand years”": the
                            # cue interrupts the clause it reports, which holds more than the quotation
                            drafts.append(_Draft(cs, max(ce, q.end), "mixed", cue))
                            continue
                if cue.content is not None and cue.kind == "verb":
                    c_start, c_end = _trim(doc, *cue.content)
                    if c_end > c_start and c_start <= span.start + 1 and cue.token.i > span.end - 1 and c_end > cue.token.i:
                        comma = next((t.i for t in doc[cue.token.i: c_end] if t.text == ","), None)
                        rest = [t for t in doc[comma + 1: c_end] if t.is_alpha and not any(x.start <= t.idx < x.end for x in quotations)] if comma is not None else []
                        if len(rest) >= 2:
                            # the quotation opens a report the cue interrupts and the report goes on
                            cs, ce = doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1].text)
                            drafts.append(_Draft(min(cs, q.start), max(ce, q.end), "mixed", cue))
                            continue
                if words == 0:
                    continue
                drafts.append(_Draft(q_start, q_end, "direct", cue))
                continue
            # no cue: a full-sentence quotation continues the previous speaker; a fragment is a
            # quote only when a verb with a source as subject governs it ("called him “a stiff”")
            sent_span = doc[span.start].sent
            last_sent = doc[span.end - 1].sent
            frame_alpha = sum(1 for t in doc[sent_span.start: last_sent.end] if t.is_alpha)
            if words >= _MIN_FLOATING_WORDS and (words >= 0.6 * frame_alpha or _standalone(text, q)):
                drafts.append(_Draft(q.start, q.end, "direct", None, floating=True))
                continue
            governor = _governing_cue(doc, span)
            if governor is None or governor.weak:
                # a short quotation under a verb that reports nothing ("launched a “green” line",
                # "starred in “Sharknado”") is a scare quote or a title: not a quote (GOLD-FORMAT),
                # unless someone's remark owns it ("Romney's “47 percent” comment")
                governor = _possessed_speech_noun(doc, span)
            if governor is not None and governor.kind == "noun":
                if words and governor.content is not None:
                    c_start, c_end = _trim(doc, *governor.content)
                    if c_end > c_start:
                        cs, ce = doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1].text)
                        cs, ce = min(cs, q.start), max(ce, q.end)
                        kind = "mixed" if _alpha_outside(text, cs, ce, q.start, q.end) >= 1 else "direct"
                        drafts.append(_Draft(cs, ce, kind, governor) if kind == "mixed" else _Draft(q.start, q.end, kind, governor))
                elif words:
                    drafts.append(_Draft(q.start, q.end, "direct", governor))
                continue
            if governor is not None and _looks_like_title(span) and not _title_is_reported(doc, governor, span):
                governor = None  # "starred in “Meet the Press”"; but "declared “What a Super Tuesday!”"
            if governor is not None and words:
                c_start, c_end = _trim(doc, *governor.content)
                cs, ce = doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1].text)
                cs, ce = min(cs, q.start), max(ce, q.end)
                kind = "mixed" if _alpha_outside(text, cs, ce, q.start, q.end) >= 1 else "direct"
                if kind == "direct" and governor.weak:
                    continue
                drafts.append(_Draft(cs, ce, kind, governor) if kind == "mixed" else _Draft(q.start, q.end, kind, governor))
        for cue in _outer_first(cues, used_cues):
            if cue.token.i in used_cues or cue.content is None:
                continue
            c_start, c_end = _trim(doc, *cue.content)
            if c_end <= c_start:
                continue
            if cue.clausal and cue.kind != "according" and (c_end - c_start < 2 or not any(t.pos_ in ("VERB", "AUX") for t in doc[c_start:c_end])):
                continue
            cs, ce = doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1].text)
            if any(_overlap(cs, ce, d.start, d.end) > 0.5 * (ce - cs) for d in drafts):
                continue
            if _just_a_cue(cue, c_start, c_end, cues):
                continue
            # paired quotation marks, not apostrophes ("rock 'n' roll", "the '90s")
            has_marks = any(cs <= q.start < ce or cs < q.end <= ce for q in quotations)
            drafts.append(_Draft(cs, ce, "mixed" if has_marks else "indirect", cue))
        drafts.sort(key=lambda d: (d.start, d.end))
        return _merge_same_cue(drafts)

    def _paragraph_pieces(self, doc: Doc, text: str, q: Quotation, cues: list[Cue], used_cues: set[int]) -> list[_Draft]:
        """A quote running over paragraphs: one direct quote a paragraph, all with the cue found
        for any of them (news style puts `he said` in the first or the last paragraph)."""
        pieces = []
        for p_start, p_end in paragraph_spans(text[q.start:q.end]):
            pieces.append(Quotation(q.start + p_start, q.start + p_end, closed=q.closed))
        cue = None
        for piece in pieces:
            span = doc.char_span(piece.start, piece.end, alignment_mode="expand")
            if span is not None and len(span):
                cue = self._cue_for_quotation(doc, text, piece, span, cues)
                if cue is not None:
                    used_cues.add(cue.token.i)
                    break
        return [_Draft(p.start, p.end, "direct", cue, floating=cue is None) for p in pieces]

    def _cue_for_quotation(self, doc: Doc, text: str, q: Quotation, span: Span, cues: list[Cue]) -> Cue | None:
        """The cue that reports this quotation, if any: same sentence(s), linked by syntax or adjacency."""
        first_sent = doc[span.start].sent
        last_sent = doc[span.end - 1].sent
        f_start, f_end = first_sent.start_char, last_sent.end_char
        # a lead-in ending with a colon in the previous sentence: `X said:` / `X said the following:`
        lead_in = None
        if first_sent.start > 0:
            prev = doc[first_sent.start - 1].sent
            tail = [t for t in prev if not t.is_space]
            if tail and tail[-1].text == ":":
                f_start = prev.start_char
                lead_in = prev
        # `“…?” Biden said.`: the parser may put a short attribution in a sentence of its own
        if last_sent.end < len(doc) and span.end >= last_sent.end - 1:
            nxt = doc[last_sent.end].sent
            if any(c.token.i < nxt.start + 4 and c.content is None for c in cues if nxt.start_char <= c.start < nxt.end_char):
                f_end = max(f_end, nxt.end_char)
        candidates = [c for c in cues if f_start <= c.start < f_end and not (q.start <= c.start < q.end)]
        words = sum(1 for t in span if t.is_alpha)
        frame_words = sum(1 for t in doc[first_sent.start:last_sent.end] if t.is_alpha)
        sentence_like = words >= 0.6 * frame_words or words >= 8 or _standalone(text, q)
        if not candidates:
            return self._lead_in_fallback(doc, q, span, lead_in)
        # the cue verb nearest above the quotation in the parse reports it ("X said Y, whom he
        # described as “peaceful”": described, not said)
        chain: list[int] = []
        top = next((t for t in span if not _is_quote_token(t) and not (span.start <= t.head.i < span.end)), None)
        node = top
        for _ in range(4):
            if node is None or node.head.i == node.i:
                break
            node = node.head
            chain.append(node.i)
        best: tuple[float, Cue] | None = None
        for cue in candidates:
            score: float | None = None
            if cue.kind == "verb" and cue.token.i in chain and (cue.content is not None or cue.token.dep_ == "relcl") and cue.subject is not None and not span.start <= cue.subject.i < span.end and (
                cue.token.dep_ == "relcl" or _overlap(cue.content[0], cue.content[1], span.start, span.end) > 0
            ) and (
                # a cue inside the report of a higher cue ("X said that Y argued “…”") is only
                # preferred as a relative clause or a coordinated verb of the same speaker
                cue.token.dep_ in ("relcl", "conj") or not any(
                    o is not cue and o.kind == "verb" and o.token.i in chain and chain.index(o.token.i) > chain.index(cue.token.i)
                    for o in candidates
                )
            ):
                score = -1 + 0.1 * chain.index(cue.token.i)
            elif cue.content is not None and _overlap(cue.content[0], cue.content[1], span.start, span.end) > 0:
                score = 0
            elif sentence_like:
                gap = _gap_tokens(doc, cue, span)
                if gap is not None and gap <= 6:
                    score = 2 + gap
            if score is not None and (best is None or score < best[0]):
                best = (score, cue)
        if best is None:
            # `Trump said, and I quote, “…”`: no candidate reports the quotation; a lead-in may
            return self._lead_in_fallback(doc, q, span, lead_in)
        return best[1]

    def _lead_in_fallback(self, doc: Doc, q: Quotation, span: Span, lead_in: Span | None) -> Cue | None:
        """A lead-in ending with a colon (`X apologized for what happened: “…”`) or a comma
        (`… and then boomed, “…”`) right before the quotation, or a colon ending the sentence before."""
        colon = _colon_before(doc, span)
        if colon is not None:
            cue = _colon_lead_in(colon, span)
            if cue is not None or lead_in is None:
                return cue
        comma = _comma_lead_in(doc, span)
        if comma is not None:
            return comma
        if lead_in is not None and q.start >= lead_in.end_char:
            return _colon_lead_in(lead_in.root, span)
        return None

    # -- storing ---------------------------------------------------------------------------------

    def _store(self, doc: Doc, drafts: list[_Draft], paragraphs: list[list[int]]) -> None:
        spans = []
        for d in drafts:
            span = doc.char_span(d.start, d.end, alignment_mode="expand", label=d.type)
            if span is None or len(span) == 0:
                continue
            cue = d.cue
            subject = cue.subject if cue else None
            frame_start = doc[span.start].sent.start_char
            frame_end = doc[span.end - 1].sent.end_char
            if cue is not None:
                frame_start = min(frame_start, cue.token.sent.start_char)
                frame_end = max(frame_end, cue.token.sent.end_char)
            speaker = {"name": None, "start": None, "end": None, "role": None, "affiliation": None, "kind": "unknown"}
            if subject is not None:
                speaker["start"] = subject.idx
                speaker["end"] = subject.idx + len(subject.text)
                speaker["_head"] = subject.i
                mention = cue.mention if cue.mention is not None else _relative_mention(cue.token, subject)
                if mention is not None:
                    speaker["_mention"] = [mention.idx, mention.idx + len(mention.text)]
                if subject.lower_ in FIRST_PERSON:
                    speaker["kind"] = "author"
            span._.stancer_quote = {
                "type": d.type,
                "start": d.start,
                "end": d.end,
                "cue": [cue.start, cue.end] if cue else None,
                "frame": [frame_start, frame_end],
                "speaker": speaker,
                "floating": d.floating,
            }
            spans.append(span)
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=spans)


def _just_a_cue(cue: Cue, start: int, end: int, cues: list[Cue]) -> bool:
    """A reported clause that is only another cue and its speaker (`…, he said, he would consider
    …`, `organizers added 160 guards …, the Sun-Times reported`: the parser gave the first verb
    the cue that frames it for its clause)."""
    for other in cues:
        if other is cue or not start <= other.token.i < end:
            continue
        own = {other.token.i} | {c.i for c in other.token.children if c.dep_ in ("aux", "neg", "advmod", "punct")}
        if other.subject is not None:
            own |= {t.i for t in other.subject.subtree}
        if all(i in own for i in range(start, end)):
            return True
    return False


def _outer_first(cues: list[Cue], used: set[int]) -> list[Cue]:
    """Cues in text order, except that a cue set after the clause it reports (`he cannot expect
    to advance without Cruz's support, O'Keefe notes`) comes before the cues inside that clause:
    the clause is O'Keefe's report, not a second quote of the man it mentions."""
    spans = [
        (c, c.content) for c in cues
        if c.content is not None and c.token.i not in used and c.kind == "verb" and c.clausal and not _just_a_cue(c, *_trim(c.token.doc, *c.content), cues)
    ]

    def nested(cue: Cue) -> bool:
        return any(
            other is not cue and start <= cue.token.i < end and not start <= other.token.i < end
            # the other cue follows its clause, its speaker right after it ("…, O'Keefe notes")
            and other.subject is not None and end <= other.subject.left_edge.i <= end + 2 and other.subject.i < other.token.i
            for other, (start, end) in spans
        )

    return [c for c in cues if not nested(c)] + [c for c in cues if nested(c)]


def _merge_same_cue(drafts: list[_Draft]) -> list[_Draft]:
    """One reported clause is one quote: mixed drafts of the same cue that overlap (one for each
    quoted fragment of the clause) become their union, and a quoted fragment inside the mixed quote
    of its own cue is not a second quote."""
    mixed_by_cue: dict[int, _Draft] = {}
    out: list[_Draft] = []
    for d in drafts:  # sorted by start
        if d.type != "mixed" or d.cue is None:
            out.append(d)
            continue
        key = d.cue.token.i
        prev = mixed_by_cue.get(key)
        if prev is not None and _overlap(prev.start, prev.end, d.start, d.end) >= 0.9 * max(prev.end - prev.start, d.end - d.start):
            # the same clause found again from its next quoted fragment (ends may differ by a mark)
            prev.start, prev.end = min(prev.start, d.start), max(prev.end, d.end)
            continue
        mixed_by_cue[key] = d
        out.append(d)
    result = []
    seen: set[tuple[int, int]] = set()
    for d in out:
        if (d.start, d.end) in seen:
            continue  # the same span found twice (one quotation reached by two routes)
        seen.add((d.start, d.end))
        if d.type == "direct" and d.cue is not None:
            host = mixed_by_cue.get(d.cue.token.i)
            if host is not None and host is not d and host.start <= d.start and d.end <= host.end:
                continue
        result.append(d)
    return result


_CROWD_VERBS = frozenset("chant shout yell scream cheer boo sing mouth cry holler jeer heckle".split())

_UTTERANCE_VERBS = frozenset(
    "say declare shout yell chant scream exclaim cry add reply answer ask proclaim boom mutter whisper tweet".split()
)


def _utters(verb: Token, span: Span) -> bool:
    """A speech verb whose object is the quotation itself: the quoted words are what was said,
    not a title, even when they are capitalised ("declared “What a Super Tuesday!”")."""
    if verb.lemma_.lower() not in _UTTERANCE_VERBS:
        return False
    return any(t.head.i == verb.i for t in span if not _is_quote_token(t))


_SPEECH_NOUNS = frozenset(
    """
    comment comments remark remarks slogan motto mantra chant chants catchphrase phrase words line
    refrain promise pledge message dictum admission statement tweet warning quip retort cry answer
    response reply question claim vow insult nickname description characterization rallying
    """.split()
)


def _possessed_speech_noun(doc: Doc, span: Span) -> Cue | None:
    """`Romney's “47 percent” comment`, `their chants of “Ted! Ted!”`, `Clinton's campaign slogan
    is “I'm with her.”`: a quotation that is what a source's remark, slogan or chant says."""
    top = next((t for t in span if not _is_quote_token(t) and not (span.start <= t.head.i < span.end)), None)
    if top is None:
        return None
    noun = None
    head = top.head
    if top.dep_ in ("compound", "amod", "nmod") and head.pos_ == "NOUN" and top.pos_ != "ADJ":
        noun = head  # “47 percent” comment
    elif top.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        noun = head.head  # chants of “…”
    elif top.dep_ in ("attr", "ccomp", "xcomp", "acomp", "npadvmod", "dep") and head.lemma_ == "be":
        noun = next((c for c in head.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)  # slogan is “…”
    elif top.dep_ == "appos" and head.pos_ == "NOUN":
        noun = head  # his slogan, “…”
    if noun is None or noun.lemma_.lower() not in _SPEECH_NOUNS or span.start <= noun.i < span.end:
        return _speech_noun_complement(doc, span, top)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None or not _owner_is_source(owner) or span.start <= owner.i < span.end:
        return None
    return Cue(noun, noun.idx, noun.idx + len(noun.text), owner, None, "noun", False)


def _owner_is_source(owner: Token) -> bool:
    """The owner of a remark: a source, or a personal possessive ("his call for …")."""
    return owner.lower_ in ("his", "her", "their", "my", "our") or (owner.pos_ != "DET" and _is_source(owner))


_REPORT_NOUNS = frozenset(
    """
    call calls promise pledge vow plea demand comment comments remark remarks contention claim
    assertion insistence argument broadside attack criticism warning message rejection denunciation
    """.split()
)


def _speech_noun_complement(doc: Doc, span: Span, top: Token) -> Cue | None:
    """`his call for “a total and complete ban” on …`, `Trump's pledge to be “neutral” in …`,
    `the contention of Hillary Clinton that …`: a quotation inside the complement of a noun of
    speaking whose owner is a source; the complement is the quote (mixed)."""
    node = top
    for _ in range(4):
        if node.head.i == node.i or node.dep_ not in ("pobj", "prep", "acl", "xcomp", "ccomp", "dobj", "amod", "compound", "aux", "det", "acomp", "attr"):
            return None
        node = node.head
        if node.pos_ == "NOUN" and node.lemma_.lower() in _REPORT_NOUNS:
            break
    else:
        return None
    noun = node
    if span.start <= noun.i < span.end:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "by", "from") and c.i > noun.i), None)
        owner = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if owner is None or not _owner_is_source(owner) or span.start <= owner.i < span.end:
        return None
    rights = [c for c in noun.rights if not c.is_punct and c.i > owner.i]
    comp = next((c for c in rights if c.dep_ in ("prep", "acl", "xcomp", "ccomp") and c.left_edge.i <= span.start <= c.right_edge.i + 1), None)
    if comp is None:
        return None
    start = comp.left_edge.i
    if doc[start].dep_ == "prep" and doc[start].lower_ in ("for", "of", "on", "against", "about") and start < span.start:
        start += 1  # "call for [a ban]": the preposition belongs to the noun
    end = max(comp.right_edge.i + 1, span.end)
    return Cue(noun, noun.idx, noun.idx + len(noun.text), owner, (start, end), "noun", False)


_NAMING_VERBS = frozenset("call dub label brand term nickname christen".split())


def _title_is_reported(doc: Doc, governor: Cue, span: Span) -> bool:
    """A capitalised quotation ("“Make America Great Again”") is still reported speech when a
    speech verb utters it, a naming verb applies it to someone ("called him ''Senator Cruz''"),
    or it sits inside a longer reported clause that has a verb of its own; a title that is only
    the object or setting of a verb ("acted in “Sharknado”", "told ABC's “Good Morning America”")
    is not."""
    verb = governor.token
    if _utters(verb, span):
        return True
    lemma = verb.lemma_.lower()
    if lemma in _NAMING_VERBS and any(c.dep_ in ("oprd", "dobj", "xcomp", "ccomp") and c.i > verb.i for c in verb.children) and sum(
        1 for c in verb.children if c.dep_ in ("oprd", "dobj", "xcomp", "ccomp", "attr")
    ) >= 1 and not any(c.dep_ == "prep" and c.i < span.start and c.right_edge.i >= span.start for c in verb.children):
        return True
    if governor.content is None:
        return False
    c_start, c_end = governor.content
    return any(
        t.pos_ == "VERB" and t.i != verb.i and not span.start <= t.i < span.end for t in doc[c_start:c_end]
    )


def _relative_clause_content(doc: Doc, cue: Cue, span: Span) -> tuple[int, int] | None:
    """`…, which he called “a cartel”` / `whom he described as “peaceful”`: a cue verb heading a
    relative clause that holds the quotation reports that clause, from the relative word on."""
    verb = cue.token
    if cue.kind != "verb" or verb.dep_ != "relcl" or cue.subject is None or cue.subject.lower_ in _RELATIVE:
        return None
    left, right = verb.left_edge.i, verb.right_edge.i + 1
    if not left <= span.start or any(not t.is_punct for t in doc[right: span.end]) or cue.subject.i < left:
        return None
    if not any(t.lower_ in _RELATIVE | {"whose"} and t.i < cue.subject.i for t in doc[left: verb.i]):
        return None
    return left, right


def _interrupts(doc: Doc, cue: Cue, c_start: int, c_end: int) -> bool:
    """The cue (with its speaker) sits inside the clause it reports, set off by commas or dashes:
    "The goal, he said, is …"."""
    verb = cue.token
    if cue.kind != "verb" or not c_start <= verb.i < c_end:
        return False
    left, right = verb.left_edge.i, verb.right_edge.i
    if doc[left].is_punct:
        left += 1  # the comma before the speaker may hang on the verb
    if left <= c_start or right + 1 >= c_end:
        return False
    if cue.subject is not None and not left <= cue.subject.i <= right:
        return False
    return doc[left - 1].text in _BREAKS and (doc[right].text in _BREAKS or doc[right + 1].text in _BREAKS)


def _unquoted_words(doc: Doc, c_start: int, c_end: int, verb: Token, quotations: list[Quotation]) -> int:
    """Words of a reported clause outside its quotation marks and outside the cue's own phrase."""
    left, right = verb.left_edge.i, verb.right_edge.i
    count = 0
    for t in doc[c_start:c_end]:
        if not t.is_alpha or left <= t.i <= right:
            continue
        if any(q.start <= t.idx < q.end for q in quotations):
            continue
        count += 1
    return count


def _standalone(text: str, q: Quotation) -> bool:
    """A quotation that opens a sentence (after a full stop, a colon, another quote or a break)."""
    i = q.start - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i < 0 or text[i] in ".!?:\n”\"'»"


_NOUN_LOOKING_CUES = frozenset(
    "says notes adds writes argues explains recalls remembers warns insists claims concludes observes remarks suggests asks".split()
)
_SPEAKING_PRONOUNS = frozenset(
    "he she they i we who someone somebody everyone everybody anyone anybody nobody others some many several most both".split()
)
_SMALL_WORDS = frozenset("a an the of and or in on at to for with from by as is but nor".split())


def _looks_like_title(span: Span) -> bool:
    """A quoted name of a work or programme ("Sharknado 3: Oh Hell No!", "Meet the Press")."""
    words = [t for t in span if t.is_alpha and t.lower_ not in _SMALL_WORDS]
    if not words or len(words) > 12:
        return False
    capitalised = sum(1 for t in words if t.text[0].isupper())
    return capitalised == len(words) and len(words) >= 2


def _is_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lower_ in ("he", "she", "they", "i", "we")


def _is_source(token: Token, roles: bool = True) -> bool:
    """Could this token head the mention of someone who speaks? (`roles`: titles such as
    "president" count too.)"""
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lower = token.lower_
    if token.pos_ == "PRON":
        return lower in _SPEAKING_PRONOUNS
    if token.pos_ == "PROPN":
        return True
    lemma = token.lemma_.lower()
    if lemma in SOURCE_NOUNS or lemma in ORG_NOUNS or roles and lemma in _ROLE_NOUNS:
        return True
    # words for people by what they do: "the radioman", "a lobbyist", "one historian"
    return token.pos_ == "NOUN" and len(lemma) > 5 and lemma.isalpha() and (
        lemma.endswith(_PERSON_SUFFIXES) and not lemma.endswith(_THING_SUFFIXES)
    )


_PERSON_SUFFIXES = ("man", "woman", "men", "women", "ist", "ian", "ists", "ians")
_THING_SUFFIXES = ("list", "lists", "twist", "twists", "wrist", "median")


# Titles and roles of people who speak in the news ("its senior vice president boasted …"), beyond
# the unnamed-source heads of `cues.SOURCE_NOUNS`.
_ROLE_NOUNS = frozenset(
    """
    president vice-president director secretary chief executive head founder chair chancellor
    premier king queen pope judge attorney lawyer prosecutor author writer reporter journalist
    columnist editor host anchor commentator pastor priest bishop rabbi imam general commander
    sheriff manager coach doctor scientist historian professor teacher student worker employee
    owner father mother son daughter wife husband friend neighbor neighbour veteran nominee
    challenger rival incumbent representative delegate commissioner superintendent treasurer
    """.split()
)


def _governing_cue(doc: Doc, span: Span) -> Cue | None:
    """The verb that governs a quoted fragment, when its subject is a source and the fragment
    is not part of that subject: "Trump called the judge “Spanish”". A one-word quotation under a
    verb that reports nothing gives a `weak` cue (kept only inside a longer reported phrase)."""
    top = next((t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i), None)
    first_word = next((t.i for t in span if not _is_quote_token(t)), span.start)
    words = sum(1 for t in span if t.is_alpha)
    weak: tuple[Token, Token] | None = None
    node = top
    for _ in range(6):
        if node is None or node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX") and not node.lemma_ == "be":
            subject = _first_report(node) or _subject_of(node)
            if subject is None:
                continue
            in_subject = subject.left_edge.i <= first_word <= subject.right_edge.i
            if in_subject and not subject.left_edge.i <= node.i <= subject.right_edge.i:
                # the quoted words are part of the subject: a scare quote, unless the clause is
                # itself what a source is reported saying ("X said that “top secret” data had …")
                reporter = None if _is_source(subject) else _reporting_ancestor(node, first_word)
                return _fragment_cue(reporter[0], reporter[1], span) if reporter is not None else None
            reports = node.lemma_.lower() in FRAGMENT_VERBS and not _aspectual(node)
            if not _is_source(subject, roles=reports) and not (
                # only people chant or shout: "the marchers chanted “…”", "Others shouted “…”"
                node.lemma_.lower() in _CROWD_VERBS and subject.pos_ in ("NOUN", "PROPN", "PRON") and subject.lower_ not in ("it", "this", "that", "which")
            ):
                continue  # a clause inside the report ("the assault that killed …"): look higher
            if not reports and words < _MIN_OTHER_VERB_WORDS:
                # a short phrase under a verb that reports nothing is a scare quote or a name,
                # unless it sits in a longer phrase the source is reported as using
                weak = weak or (node, subject)
                continue
            if not reports and not _looks_like_title(span):
                # "Kasich predicted that Republicans will take “every state” if …": a verb that
                # reports nothing, inside a clause a source is reported saying: that source speaks
                reporter = _reporting_ancestor(node, first_word)
                if reporter is not None and _clausal_path(node, reporter[0]):
                    return _fragment_cue(reporter[0], reporter[1], span)
            return _fragment_cue(node, subject, span)
    if weak is not None:
        cue = _fragment_cue(weak[0], weak[1], span)
        cue.weak = True
        return cue
    if node is not None and node.head.i != node.i:
        # a long reported clause: the speech verb sits higher than the search above reached
        reporter = _reporting_ancestor(node, first_word)
        if reporter is not None:
            return _fragment_cue(reporter[0], reporter[1], span)
    return None


def _clausal_path(node: Token, ancestor: Token) -> bool:
    """`node` hangs under `ancestor`, not through an absolute `with` phrase ("denied it
    happened, with Lewandowski taking to Twitter …") or a clause merely set beside it."""
    for _ in range(10):
        if node.i == ancestor.i:
            return True
        if node.dep_ == "parataxis" or node.head.i == node.i or (node.dep_ == "prep" and node.lower_ in ("with", "without")):
            return False
        node = node.head
    return False


def _second_report_cut(verb: Token, span: Span, content: tuple[int, int]) -> int | None:
    """Where a fragment's reported phrase ends before a second report by the same speaker
    (`called the idea … a “ridiculous proposition,” adding that …`, `said of the episode, “…,”
    explaining, “…”`), or None."""
    doc = verb.doc
    c_start, c_end = content
    for tok in doc[span.end: c_end]:
        cut = _second_report(tok, verb, (c_start, c_end))
        if cut is None and tok.head.i == verb.i and tok.dep_ in ("advcl", "conj") and tok.tag_ == "VBG" and tok.lemma_.lower() in _SECOND_REPORT_VERBS:
            j = tok.left_edge.i - 1
            while j > span.start and _is_quote_token(doc[j]):
                j -= 1  # `… a “ridiculous proposition,” adding that …`
            if doc[j].text in (",", ";", "—", "–"):
                cut = tok.left_edge.i
        if cut is not None and cut >= span.end:
            return cut
    return None


def _reporting_ancestor(node: Token, first_word: int) -> tuple[Token, Token] | None:
    """The speech verb above `node` whose subject is a source outside the quoted words: the
    clause holding the quotation is what that source is reported saying."""
    for _ in range(8):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ != "VERB" or node.lemma_.lower() not in SPEECH_VERBS:
            continue
        subject = _subject_of(node)
        if subject is None or not _is_source(subject) or subject.lower_ in _RELATIVE:
            continue
        if subject.left_edge.i <= first_word <= subject.right_edge.i:
            return None
        return node, subject
    return None


def _fragment_cue(node: Token, subject: Token, span: Span) -> Cue:
    if span.start < node.i:
        # "“Go back to Univision,” Trump barked": the quotation itself is what was said
        c_start, c_end = _cue_extent(node)
        return Cue(node, c_start, c_end, subject, (span.start, span.end), "verb", False)
    start = next((c.left_edge.i for c in node.rights if not c.is_punct), span.start)
    if subject.i > node.i:  # `said Helen Ward, an economist, “and …”`: not the speaker
        start = max(start, subject.right_edge.i + 1)
    # up to the end of the verb's own complements, not a coordinated clause after them
    own = [c for c in node.rights if c.dep_ not in ("cc", "conj", "punct") and not _reports_again(c)]
    end = (own[-1].right_edge.i + 1) if own else node.right_edge.i + 1
    doc = node.doc
    verb_conj = next((t for t in doc[span.end: end] if t.dep_ == "conj" and t.pos_ == "VERB" and doc[t.left_edge.i - 1].dep_ == "cc" and not (
        # (a second predicate of the reported clause, "that Clinton was “extremely careless” …
        # and would face …", or a clause with its own subject, "the “power of we” and how the
        # department wants …", is still part of what was said)
        t.head.dep_ == "ccomp" and t.head.head.i == node.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    )), None)
    if verb_conj is not None:
        # "called it “shameful” and called on leaders …": a second verb phrase the parser hung
        # inside the first one's complement is not part of what was said
        end = verb_conj.left_edge.i - 1
    content = (min(start, span.start), max(end, span.end))
    cut = _second_report_cut(node, span, content)
    if cut is not None:
        content = (content[0], cut)
    c_start, c_end = _cue_extent(node)
    return Cue(node, c_start, c_end, subject, content, "verb", False)


def _reports_again(child: Token) -> bool:
    """`cautioned “…,” before predicting that …`: a second report by the same speaker."""
    return child.dep_ == "prep" and child.lower_ in _TIME_PREPS and any(
        g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in SPEECH_VERBS for g in child.children
    )


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def _alpha_outside(text: str, cs: int, ce: int, qs: int, qe: int) -> int:
    """Words of the reported clause outside the quotation marks (a mixed quote has some)."""
    outside = text[cs:qs] + " " + text[qe:ce] if cs < qs or ce > qe else ""
    return sum(1 for w in outside.split() if any(ch.isalpha() for ch in w))


def _gap_tokens(doc: Doc, cue: Cue, span: Span) -> int | None:
    """Non-punctuation tokens between the quotation and the cue phrase (speaker words count)."""
    cue_tok = cue.token
    if cue_tok.i >= span.end:
        between = doc[span.end: cue_tok.i]
    elif cue_tok.i < span.start:
        between = doc[cue_tok.i + 1: span.start]
    else:
        return None
    count = 0
    speaker = range(cue.subject.left_edge.i, cue.subject.right_edge.i + 1) if cue.subject is not None else range(0)
    for t in between:
        if cue_tok.i >= span.end and t.is_space and "\n" in t.text:
            return None  # a cue after a paragraph break reports the next paragraph, not this quote
        if t.is_punct or t.is_space or t.i in speaker:
            continue  # the speaker's own words ("said Helen Ward, an economist at …") do not count
        if _is_quote_token(t):
            return None
        count += 1
    return count


@Language.factory(
    "stancer_quotes",
    default_config={"spans_key": QUOTES_KEY},
    requires=["token.dep", "token.lemma"],
    assigns=["doc.spans", "span._.stancer_quote"],
)
def make_quotes(nlp: Language, name: str, spans_key: str) -> QuoteFinder:
    for label in QUOTE_TYPES:  # interned for good, outside any memory zone
        nlp.vocab.strings.add(label)
    return QuoteFinder(name, spans_key)
