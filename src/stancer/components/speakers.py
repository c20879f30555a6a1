"""`stancer_speakers`: turn each quote's speaker mention into a canonical name, role and affiliation.

The quote finder leaves the head token of the speaker mention. Here it becomes a person
("Dimitri Trenin"), an organisation, the article's author, or an unnamed source ("analysts",
name null). Roles and affiliations come from the mention's own syntax: appositions ("X, a professor
at Y"), possessives ("the Institute's X"), titles before the name ("Former assistant secretary …
X"), "X, from the Y". Surnames, honorifics and pronouns resolve to the full name introduced
earlier in the article; a quote with no cue inherits the previous quote's speaker.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..cues import FIRST_PERSON, HONORIFICS, ORG_NOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS, SOURCE_NOUNS
from ..names import first_name_gender
from . import QUOTES_KEY, register_extensions

_AFFILIATION_PREPS = frozenset({"at", "of", "from", "with", "for"})
_ORG_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC"})
_STRIP_WORDS = frozenset({"the", "a", "an", "'s", "’s", "'", "’"})
_FLOAT_PARAGRAPHS = 3
_HONORIFIC_WORDS = frozenset(h.rstrip(".") for h in HONORIFICS) | {"mrs", "ms", "mr", "dr", "prof"}


@dataclass
class _Person:
    name: str
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    positions: list[int] = field(default_factory=list)
    salient: list[int] = field(default_factory=list)  # mentions as a clause's subject or a speaker


def _clean(text: str) -> str:
    """Strip determiners, possessive endings and punctuation from the edges of a phrase."""
    words = text.strip(" ,;:-–—\n\t").split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if words:
        for suffix in ("'s", "’s"):
            if words[-1].endswith(suffix):
                words[-1] = words[-1][: -len(suffix)]
        words[-1] = words[-1].rstrip(",;:")
    return " ".join(words).strip(" ,")


class SpeakerResolver:
    """The `stancer_speakers` component."""

    def __init__(self, name: str = "stancer_speakers", spans_key: str = QUOTES_KEY) -> None:
        self.name = name
        self.spans_key = spans_key
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        if self.spans_key not in doc.spans:
            return doc
        header = doc._.stancer_header or {}
        byline = (header.get("byline") or {}).get("value")
        ent_index = {}
        people = self._people(doc, ent_index)
        previous: dict | None = None
        previous_para = -1
        paragraphs = doc._.stancer_paragraphs or [[0, len(doc.text)]]
        para_starts = [p[0] for p in paragraphs]
        for span in doc.spans[self.spans_key]:
            record = span._.stancer_quote
            if record is None:
                continue
            para = _paragraph_index(para_starts, record["start"])
            speaker = record["speaker"]
            head_i = speaker.pop("_head", None)
            if record.get("floating"):
                if previous is not None and para - previous_para <= _FLOAT_PARAGRAPHS:
                    record["speaker"] = dict(previous)
                    record["inherited"] = True
            elif head_i is not None:
                mention = speaker.pop("_mention", None)
                record["speaker"] = self._resolve(doc, doc[head_i], people, ent_index, byline)
                if mention is not None:  # "…, who said": the relative pronoun is the mention
                    record["speaker"]["start"], record["speaker"]["end"] = mention
            span._.stancer_quote = record
            if record["speaker"].get("name") or record["speaker"].get("kind") != "unknown":
                previous = record["speaker"]
                previous_para = para
        return doc

    # -- people in the article ----------------------------------------------------------------

    def _people(self, doc: Doc, ent_index: dict[int, Span]) -> dict[str, _Person]:
        """Every person named in full, keyed by full name, with surname look-ups added.

        Names in the header (the byline) are not antecedents for pronouns in the body."""
        people: dict[str, _Person] = {}
        header_end = (doc._.stancer_header or {}).get("header_end", 0) or 0
        for ent in _person_like_entities(doc):
            for i in range(ent.start, ent.end):
                ent_index[i] = ent
            if ent.label_ != "PERSON":
                continue
            name = _person_name(ent)
            if not name or ent.start_char < header_end:
                continue
            key = self._canonical(name, people)
            person = people.setdefault(key, _Person(key))
            if person.role is None or person.affiliation is None:
                # "Anna Kowalski, the mayor of Gdansk, opened …": a role given in narration
                role, affiliation = _role_and_affiliation(ent.root, ent)
                person.role = person.role or role
                person.affiliation = person.affiliation or affiliation
            person.positions.append(ent.start_char)
            if ent.root.dep_ in ("nsubj", "nsubjpass") or ent.root.dep_ == "poss" and ent.root.head.dep_ == "nsubj":
                person.salient.append(ent.start_char)
            honorific = doc[ent.start - 1].lower_ if ent.start > 0 else ""
            if honorific in HONORIFICS and HONORIFICS[honorific]:
                person.gender = HONORIFICS[honorific]
            elif person.gender is None and len(key.split()) > 1:
                person.gender = first_name_gender(key.split()[0])
        return people

    @staticmethod
    def _canonical(name: str, people: dict[str, _Person]) -> str:
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
                    return full if len(full) >= len(name) else full
        return name

    # -- one mention -----------------------------------------------------------------------------

    def _resolve(self, doc: Doc, head: Token, people: dict[str, _Person], ent_index: dict[int, Span], byline: str | None) -> dict:
        mention_start, mention_end = head.idx, head.idx + len(head.text)
        lower = head.lower_
        speaker = {"name": None, "start": mention_start, "end": mention_end, "role": None, "affiliation": None, "kind": "unknown"}
        if lower in FIRST_PERSON:
            speaker.update(name=byline, kind="author")
            return speaker
        if lower in PERSON_PRONOUNS or lower in PLURAL_PRONOUNS or lower == "it":
            return self._resolve_pronoun(doc, head, people, speaker)
        ent = ent_index.get(head.i)
        if ent is None and head.pos_ == "NOUN":
            # "a spokeswoman, Anna Smith, said": the apposition names the speaker
            named = next((ent_index[c.i] for c in head.children if c.dep_ == "appos" and c.i in ent_index and ent_index[c.i].label_ == "PERSON"), None)
            if named is not None:
                phrase = _noun_phrase(head)
                poss = next((c for c in head.children if c.dep_ == "poss"), None)
                if poss is not None and (poss.ent_type_ in ("ORG", "GPE", "FAC") or poss.pos_ == "PROPN"):
                    # "The Carnegie Institute's director, Amir Haddad": affiliation, then role
                    affiliation = _clean(doc[poss.left_edge.i: poss.i + 1].text)
                    phrase = doc[poss.i + 1: head.i + 1]
                    if len(phrase) and phrase[0].text in ("'s", "’s"):
                        phrase = phrase[1:]
                else:
                    affiliation = None
                role = _clean(phrase.text)
                name = self._canonical(_person_name(named), people)
                speaker.update(name=name, start=named.start_char, end=_strip_possessive_end(named), kind="person", role=role)
                person = people.get(name)
                speaker["affiliation"] = affiliation
                if person is not None:
                    person.role = person.role or role
                    person.affiliation = person.affiliation or affiliation
                    person.salient.append(named.start_char)
                    speaker["affiliation"] = person.affiliation
                return speaker
        if head.pos_ == "PROPN" and (ent is None or ent.label_ != "PERSON") and len(_noun_phrase(head)) <= 2:
            known = self._canonical(head.text, people)
            if known in people and known != head.text:
                ent = doc[head.i: head.i + 1]  # a surname the NER missed or mislabelled
        role, affiliation = _role_and_affiliation(head, ent)
        if ent is not None and (ent.label_ == "PERSON" or ent.label_ == "" and head.pos_ == "PROPN"):
            name = self._canonical(_person_name(ent), people)
            person = people.get(name)
            speaker.update(name=name, start=ent.start_char, end=_strip_possessive_end(ent), kind="person")
            if person is not None:
                person.role = person.role or role
                person.affiliation = person.affiliation or affiliation
                role, affiliation = role or person.role, affiliation or person.affiliation
                person.positions.append(head.idx)
                person.salient.append(head.idx)
        elif ent is not None and ent.label_ in _ORG_LABELS:
            speaker.update(name=_clean(ent.text), start=ent.start_char, end=_strip_possessive_end(ent), kind="organization")
        else:
            phrase = _noun_phrase(head)
            start, end = phrase.start_char, phrase.end_char
            speaker.update(start=start, end=end)
            head_lemma = head.lemma_.lower()
            if head.pos_ == "PROPN":
                speaker.update(name=_clean(phrase.text), kind="person" if len(phrase) <= 3 else "organization")
            elif head_lemma in ORG_NOUNS:
                earlier = _earlier_organisation(doc, head, phrase) if phrase[0].lower_ in ("the", "this") else None
                speaker.update(name=earlier or _clean(phrase.text), kind="organization")
            else:
                definite = any(t.lower_ in ("the", "this") for t in phrase[:1])
                match = self._unique_role_holder(people, head_lemma) if definite else None
                if match is not None:
                    speaker.update(name=match.name, kind="person")
                    role, affiliation = role or match.role, affiliation or match.affiliation
                else:
                    role = role or _clean(phrase.text)
                    speaker["kind"] = "person" if head_lemma in SOURCE_NOUNS or head.pos_ == "PRON" else "unknown"
        speaker["role"] = role
        speaker["affiliation"] = affiliation
        return speaker

    @staticmethod
    def _unique_role_holder(people: dict[str, _Person], noun: str) -> _Person | None:
        """`the minister` → the one person introduced with a role holding that word, if only one."""
        holders = [p for p in people.values() if p.role and noun in p.role.lower().split()]
        return holders[0] if len(holders) == 1 else None

    def _resolve_pronoun(self, doc: Doc, pron: Token, people: dict[str, _Person], speaker: dict) -> dict:
        lower = pron.lower_
        if lower in PERSON_PRONOUNS:
            gender = PERSON_PRONOUNS[lower]
            best = None
            for attr in ("salient", "positions"):
                for person in people.values():
                    if person.gender not in (None, gender):
                        continue
                    before = [p for p in getattr(person, attr) if p < pron.idx]
                    if not before:
                        continue
                    last = max(before)
                    if best is None or last > best[0]:
                        best = (last, person)
                if best is not None and pron.idx - best[0] < 3000:
                    break
                best = None
            if best is not None:
                person = best[1]
                person.gender = person.gender or gender
                person.positions.append(pron.idx)
                person.salient.append(pron.idx)
                speaker.update(name=person.name, role=person.role, affiliation=person.affiliation, kind="person")
            else:
                speaker["kind"] = "person"
            return speaker
        # they / it: the most recent organisation or group mentioned before, within the paragraph
        for ent in reversed([e for e in doc.ents if e.end_char <= pron.idx and e.label_ in ("ORG",)]):
            if pron.idx - ent.end_char < 600:
                speaker.update(name=_clean(ent.text), kind="organization")
                break
        return speaker


_NOT_NAME_WORDS = frozenset(
    "inc corp co ltd llc plc party news times post press journal group council bank fund club "
    "association union committee commission agency ministry department institute center centre "
    "university college school foundation forum board court house senate congress army navy".split()
)


def _looks_like_name(tokens: Span) -> bool:
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
        if ent.label_ == "ORG" and ent[-1].text in single_people and _looks_like_name(ent):
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
        if _looks_like_name(name):
            result.append(Span(doc, start, token.i + 1, label="PERSON"))
    result.sort(key=lambda e: e.start)
    return result


def _earlier_organisation(doc: Doc, head: Token, phrase: Span) -> str | None:
    """`the ministry` → the organisation named earlier whose name holds that word
    ("Japan's Defence Ministry"), the most recent one within the last few paragraphs."""
    word = head.lower_
    for ent in reversed(doc.ents):
        if ent.end_char > phrase.start_char:
            continue
        if phrase.start_char - ent.end_char > 3000:
            break
        if ent.label_ == "ORG" and word in ent.text.lower().split():
            return _clean(ent.text)
    return None


def _paragraph_index(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return max(bisect_right(starts, offset) - 1, 0)


def _person_name(ent: Span) -> str:
    """The name as written (hyphens kept), without honorifics and possessive endings."""
    start = 0
    while start < len(ent) and (ent[start].lower_ in HONORIFICS or ent[start].lower_ + "." in HONORIFICS):
        start += 1
        if start < len(ent) and ent[start].text == ".":
            start += 1
    end = len(ent)
    while end > start and ent[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    if end <= start:
        return ""
    name = " ".join(ent[start:end].text.split())
    for suffix in ("'s", "’s"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.strip(" ,")


def _strip_possessive_end(ent: Span) -> int:
    last = ent[-1]
    if last.text in ("'s", "’s", "'", "’") and len(ent) > 1:
        return ent[-2].idx + len(ent[-2].text)
    return ent.end_char


def _noun_phrase(head: Token) -> Span:
    """The head noun with its determiners, adjectives and compounds (not its clauses)."""
    start = head.i
    for child in head.lefts:
        if child.dep_ in ("det", "amod", "compound", "nummod", "nmod", "quantmod", "poss", "advmod"):
            start = min(start, child.left_edge.i)
    return head.doc[start: head.i + 1]


def _role_and_affiliation(head: Token, ent: Span | None) -> tuple[str | None, str | None]:
    """Role and affiliation from an apposition, a possessive, a prepositional phrase or a title."""
    doc = head.doc
    role: str | None = None
    affiliation: str | None = None
    name_start = ent.start if ent is not None else head.i
    name_end = ent.end if ent is not None else head.i + 1
    for child in head.children:
        if child.dep_ == "appos" and role is None:
            role, aff = _split_role(child)
            affiliation = affiliation or aff
        elif child.dep_ == "poss" and child.i < name_start:
            poss_ent = child.ent_type_
            text = _clean(doc[child.left_edge.i: child.i + 1].text)
            if poss_ent in ("ORG", "GPE", "FAC") or child.pos_ == "PROPN":
                affiliation = affiliation or text
            else:
                role = role or text
        elif child.dep_ == "prep" and child.lower_ in _AFFILIATION_PREPS and child.i >= name_end:
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None and (pobj.ent_type_ in _ORG_LABELS or pobj.pos_ == "PROPN"):
                affiliation = affiliation or _clean(doc[pobj.left_edge.i: pobj.right_edge.i + 1].text)
        elif child.dep_ == "acl" and child.i >= name_end and role is None:
            # "X, director of Y" sometimes parses as a clause
            pass
    # a title written before the name: "Former assistant secretary of state … David J. Kramer"
    if role is None and ent is not None:
        possessed = {t.i for child in head.children if child.dep_ == "poss" for t in child.subtree}
        title = [t for t in doc[head.left_edge.i:name_start] if t.i not in possessed and t.dep_ != "case"]
        if title:
            text = _clean(doc[title[0].i:name_start].text)
            if text and any(ch.isalpha() for ch in text):
                role = text
    return _meaningful_role(role), affiliation or None


def _meaningful_role(role: str | None) -> str | None:
    """Drop what is not a role: an honorific ("Mr"), an age ("60"), a bare number."""
    if not role:
        return None
    words = [w for w in role.split() if w.lower().rstrip(".") not in _HONORIFIC_WORDS]
    text = " ".join(words).strip(" ,")
    if not text or not any(ch.isalpha() for ch in text):
        return None
    return text


def _split_role(appos: Token) -> tuple[str | None, str | None]:
    """`a professor of politics at Harvard's Belfer Center, who …` → ("professor of politics",
    "Harvard's Belfer Center"): the first organisation after a preposition is the affiliation;
    relative clauses are not part of the role."""
    doc = appos.doc
    start, end = appos.left_edge.i, appos.right_edge.i + 1
    affiliation = None
    cut = end
    for tok in appos.subtree:
        if tok.dep_ in ("relcl", "acl") and tok.i > appos.i:
            cut = min(cut, tok.left_edge.i)
    for tok in appos.subtree:
        if tok.i >= cut or tok.i <= appos.i or tok.dep_ != "prep" or tok.lower_ not in _AFFILIATION_PREPS:
            continue
        pobj = next((g for g in tok.children if g.dep_ == "pobj"), None)
        if pobj is not None and (pobj.ent_type_ in ("ORG", "FAC") or pobj.lemma_.lower() in ORG_NOUNS and pobj.pos_ == "PROPN"):
            affiliation = _clean(doc[pobj.left_edge.i: min(pobj.right_edge.i + 1, cut)].text)
            cut = tok.i
            break
    for child in appos.children:
        if child.dep_ == "poss" and child.i < appos.i and (child.ent_type_ in ("ORG", "GPE", "FAC") or child.pos_ == "PROPN"):
            affiliation = affiliation or _clean(doc[child.left_edge.i: child.i + 1].text)
            start = max(start, child.i + 1)
            if start < len(doc) and doc[start].text in ("'s", "’s"):
                start += 1
    role = _clean(doc[start:cut].text)
    return (role or None), affiliation


@Language.factory(
    "stancer_speakers",
    default_config={"spans_key": QUOTES_KEY},
    requires=["doc.spans", "doc.ents"],
    assigns=["span._.stancer_quote"],
)
def make_speakers(nlp: Language, name: str, spans_key: str) -> SpeakerResolver:
    return SpeakerResolver(name, spans_key)
