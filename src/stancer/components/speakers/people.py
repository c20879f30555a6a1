"""The people an article names in full: the antecedents surnames, honorifics, pronouns and "the
minister" resolve to. Built once per document from the NER, with the personal names it missed or
called organisations put right; the byline is not an antecedent."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from ...cues import CUE_VERBS, HONORIFICS, ORG_NOUNS
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


def collect_people(doc: Doc, ent_index: dict[int, Span], text: str | None = None) -> dict[str, Person]:
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
    not_people = _not_people(doc)
    quoted_spans = [(q.start, q.end) for q in find_quotations(doc.text if text is None else text)]
    for ent in _person_like_entities(doc):
        for i in range(ent.start, ent.end):
            ent_index[i] = ent
        if ent.label_ != "PERSON":
            continue
        name = person_name(ent)
        if not name or ent.start_char < header_end:
            continue
        if len(name.split()) == 1 and (name in places or name in not_people):
            continue
        if name.lower() in _DEITIES:  # "God did not want her to …": no antecedent for a pronoun in the news
            continue
        if len(ent) == 1 and name.endswith("s") and ent.start > 0 and doc[ent.start - 1].lower_ == "the":
            continue  # "the Clintons", "the Obamas": a family, not one person
        if ent[0].tag_ == "VBG":  # "Closing Gitmo", "Entrusting Donald Trump": a clause, not a name
            continue
        honorific = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        key = canonical(name, people, HONORIFICS.get(honorific))
        person = people.setdefault(key, Person(key))
        if person.role is None or person.affiliation is None:
            # "Anna Kowalski, the mayor of Gdansk, opened …": a role given in narration
            role, affiliation = role_and_affiliation(ent.root, ent)
            person.role = person.role or role
            person.affiliation = person.affiliation or affiliation
        person.positions.append(ent.start_char)
        quoted = any(s < ent.start_char < e for s, e in quoted_spans) or _reported(ent)
        if (ent.root.dep_ in ("nsubj", "nsubjpass") or ent.root.dep_ == "poss" and ent.root.head.dep_ == "nsubj") and not quoted:
            # (`“Look what Merkel has done,” he said`: someone the speaker talks about inside a
            # quotation is not whom a pronoun in the narration most likely stands for)
            person.salient.append(ent.start_char)
        if HONORIFICS.get(honorific) and person.gender is None:
            person.gender = HONORIFICS[honorific]
        elif person.gender is None and len(key.split()) > 1:
            person.gender = first_name_gender(key.split()[0])
    for key in [k for k, p in people.items() if len(k.split()) == 1 and _organisation_role(p.role)]:
        del people[key]  # "Xinhua, the official news agency, wrote …"
    return people


def _reported(ent: Span) -> bool:
    """`Babcock said Trump is his third choice`: the subject of a clause someone reports (not
    unnamed "aides") is, like one named inside a quotation, not whom the next pronoun most likely
    stands for."""
    verb = ent.root.head
    return (ent.root.dep_ in ("nsubj", "nsubjpass") and verb.dep_ == "ccomp" and verb.head.lemma_ in CUE_VERBS
            and verb.head.i < ent.root.i  # (not `Shays was pro Kasich, he said`: his own words)
            and not any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.head.children))  # not `aides say …`


def _organisation_role(role: str | None) -> bool:
    """A role whose head is a word for an organisation ("the official news agency")."""
    if not role:
        return False
    head = role.lower().split(" of ")[0].split()
    return bool(head) and head[-1] in ORG_NOUNS and head[-1] != "spokesman"


def canonical(name: str, people: dict[str, Person], gender: str | None = None) -> str:
    """A surname or first-name-less mention maps to the full name seen before it (letter case
    aside: "De Blasio" → Bill de Blasio), of the same gender when an honorific gives one: "Mr.
    Clinton" is not Hillary Clinton."""
    parts = name.lower().split()

    def fits(full: str) -> bool:
        return gender is None or people[full].gender in (None, gender)

    if gender is not None:  # of the same gender before those of unknown gender
        people = dict(sorted(people.items(), key=lambda item: item[1].gender != gender))
    if len(parts) == 1:
        for position in (-1, 0):  # "Trenin" → Dimitri Trenin; "Park" → Park Ji-hoon
            for full in people:
                full_parts = full.lower().split()
                if len(full_parts) > 1 and full_parts[position] == parts[0] and fits(full):
                    return full
    else:
        for full in people:
            full_parts = full.lower().split()
            if full_parts[-1] == parts[-1] and full_parts[0] == parts[0]:
                return full
        if len(parts) == 2:  # "Bill de Blasio" then "De Blasio"
            for full in people:
                if full.lower().endswith(" " + name.lower()) and fits(full):
                    return full
    for full in people:
        if full.lower() == name.lower() and fits(full):
            return full
    return name


_DEITIES = frozenset("god allah almighty lord jesus christ".split()) | {"jesus christ"}

_NON_PERSON_LABELS = frozenset("ORG PRODUCT NORP GPE LOC FAC WORK_OF_ART EVENT LAW".split())


def _not_people(doc: Doc) -> set[str]:
    """One-word "names" the text uses for something other than a person more often than for a
    person: a word of an organisation's longer name ("Xinhua" in "Xinhua News Agency") or the NER
    calls the word alone a product, a place … (not as a subject: "Rihanna" GPE said), or a
    "person" met on it ("on Twitter", "via Facebook"). (The NER's one-word ORG labels are not
    counted: it often calls politicians so.)"""
    in_full_names = {t.text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    votes: dict[str, int] = {}
    for e in doc.ents:
        if e.label_ == "PERSON" and len(e) == 1:
            on = e.root.dep_ == "pobj" and e.root.head.lower_ in ("on", "via")
            subject = e.root.dep_ in ("nsubj", "nsubjpass")  # one who acts is most likely a person
            votes[e.text] = votes.get(e.text, 0) + (1 if on else -2 if subject else -1)
        elif e.label_ in _NON_PERSON_LABELS:
            if len(e) == 1 and e.label_ != "ORG" and e.root.dep_ not in ("nsubj", "nsubjpass", "poss"):
                votes[e.text] = votes.get(e.text, 0) + 1
            elif len(e) > 1 and e.label_ == "ORG" and not looks_like_name(e):
                for t in e:
                    if t.text[:1].isupper() and t.text not in in_full_names:
                        votes[t.text] = votes.get(t.text, 0) + 1
    return {text for text, vote in votes.items() if vote > 0}


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
    elsewhere ("Marcus Trelawney" ORG, later "Trelawney" PERSON), when the NER calls the same full
    name a person elsewhere ("Ivanka Trump" PRODUCT after "Ivanka Trump" PERSON), or when it is the unlabelled
    subject of a clause ("Pavel Yermolov of the … Institute goes further")."""
    ents = list(doc.ents)
    single_people = {e.text for e in ents if e.label_ == "PERSON" and len(e) == 1}
    labelled = set()
    result = []
    for ent in ents:
        if ent.label_ == "ORG" and ent[-1].text in single_people and looks_like_name(ent):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        elif (ent.label_ == "ORG" and looks_like_name(ent) and first_name_gender(ent[0].text)
              and ent.root.dep_ in ("nsubj", "nsubjpass", "appos", "pobj", "dobj")):
            ent = Span(doc, ent.start, ent.end, label="PERSON")  # "Maryam Violet" ORG: a first name opens it
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
    full_people = {person_name(e) for e in result if e.label_ == "PERSON" and len(e) > 1}
    result = [
        Span(doc, e.start, e.end, label="PERSON")
        if e.label_ in _NON_PERSON_LABELS and person_name(e) in full_people and looks_like_name(e) else e
        for e in result
    ]
    result.sort(key=lambda e: e.start)
    return result
