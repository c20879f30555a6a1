"""The people an article names in full: the antecedents surnames, honorifics, pronouns and "the
minister" resolve to. Built once per document from the NER, with the personal names it missed or
called organisations put right; the byline is not an antecedent."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ...cues import HONORIFICS, ORG_NOUNS
from ...names import first_name_gender
from ...quotemarks import find_quotations
from .roles import role_and_affiliation
from .text import person_name


@dataclass
class Person:
    """A person the article names in full, with what it says of them and where it mentions them."""

    name: str
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    positions: list[int] = field(default_factory=list)
    salient: list[int] = field(default_factory=list)  # mentions as a clause's subject or a speaker


def collect_people(doc: Doc, ent_index: dict[int, Span]) -> dict[str, Person]:
    """Every person named in full, keyed by full name, with surname look-ups added.

    Names in the header (the byline) are not antecedents for pronouns in the body."""
    people: dict[str, Person] = {}
    header_end = (doc._.stancer_header or {}).get("header_end", 0) or 0
    # a one-word "name" the NER calls a place after a locative preposition ("came to Clarkston",
    # "in Clarkston") more often than it calls it a person is a place
    votes: dict[str, int] = {}
    for e in doc.ents:
        if e.label_ == "PERSON":
            votes[e.text] = votes.get(e.text, 0) - 1
        elif e.label_ in ("GPE", "LOC", "FAC") and e.root.dep_ == "pobj" and e.root.head.lower_ in _LOCATIVE:
            votes[e.text] = votes.get(e.text, 0) + 1
    places = {text for text, vote in votes.items() if vote > 0}
    quoted_spans = [(q.start, q.end) for q in find_quotations(doc.text)]
    for ent in _person_like_entities(doc):
        for i in range(ent.start, ent.end):
            ent_index[i] = ent
        if ent.label_ != "PERSON":
            continue
        name = person_name(ent)
        if not name or ent.start_char < header_end:
            continue
        if len(name.split()) == 1 and name in places:
            continue
        if ent[0].tag_ == "VBG":  # "Closing Gitmo", "Entrusting Donald Trump": a clause, not a name
            continue
        key = canonical(name, people)
        person = people.setdefault(key, Person(key))
        if person.role is None or person.affiliation is None:
            # "Anna Kowalski, the mayor of Gdansk, opened …": a role given in narration
            role, affiliation = role_and_affiliation(ent.root, ent)
            person.role = person.role or role
            person.affiliation = person.affiliation or affiliation
        person.positions.append(ent.start_char)
        quoted = any(s < ent.start_char < e for s, e in quoted_spans)
        if (ent.root.dep_ in ("nsubj", "nsubjpass") or ent.root.dep_ == "poss" and ent.root.head.dep_ == "nsubj") and not quoted:
            # (`“Look what Merkel has done,” he said`: someone the speaker talks about inside a
            # quotation is not whom a pronoun in the narration most likely stands for)
            person.salient.append(ent.start_char)
        honorific = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        if honorific in HONORIFICS and HONORIFICS[honorific]:
            person.gender = HONORIFICS[honorific]
        elif person.gender is None and len(key.split()) > 1:
            person.gender = first_name_gender(key.split()[0])
    return people


def canonical(name: str, people: dict[str, Person]) -> str:
    """A surname or first-name-less mention maps to the full name seen before it."""
    parts = name.split()
    if len(parts) == 1:
        for position in (-1, 0):  # "Trenin" → Dimitri Trenin; "Park" → Park Ji-hoon
            for full in people:
                full_parts = full.split()
                if len(full_parts) > 1 and full_parts[position] == parts[0]:
                    return full
    else:
        for full in people:
            if full.split()[-1] == parts[-1] and full.split()[0] == parts[0]:
                return full
    return name


_LOCATIVE = frozenset("in at to from near outside inside into across throughout around".split())

_NOT_NAME_WORDS = frozenset(
    "inc corp co ltd llc plc party news times post press journal group council bank fund club "
    "association union committee commission agency ministry department institute center centre "
    "university college school foundation forum board court house senate congress army navy".split()
)


def looks_like_name(tokens: Span) -> bool:
    return 2 <= len(tokens) <= 3 and all(
        t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper() and t.lower_ not in _NOT_NAME_WORDS
        and t.lemma_.lower() not in ORG_NOUNS for t in tokens
    )


def _person_like_entities(doc: Doc) -> list[Span]:
    """The NER's entities, with personal names it missed or called organisations put right.

    A two- or three-word proper name is a person when the NER calls its last word alone a person
    elsewhere ("Marcus Trelawney" ORG, later "Trelawney" PERSON), or when it is the unlabelled
    subject of a clause ("Pavel Yermolov of the … Institute goes further")."""
    ents = list(doc.ents)
    single_people = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1}
    labelled = set()
    result = []
    for ent in ents:
        if ent.label_ == "ORG" and ent[-1].text in single_people and looks_like_name(ent):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        result.append(ent)
        labelled.update(range(ent.start, ent.end))
    for token in doc:
        if token.dep_ != "nsubj" or token.pos_ != "PROPN" or token.i in labelled:
            continue
        start = token.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == token.i and doc[start - 1].i not in labelled:
            start -= 1
        name = doc[start: token.i + 1]
        if looks_like_name(name):
            result.append(Span(doc, start, token.i + 1, label="PERSON"))
    result.sort(key=lambda e: e.start)
    return result
