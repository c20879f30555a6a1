"""`stancer_speakers`: turn each quote's speaker mention into a canonical name, role and affiliation.

The quote finder leaves the head token of the speaker mention. Here it becomes a person
("Dimitri Trenin"), an organisation, the article's author, or an unnamed source ("analysts",
name null). Roles and affiliations come from the mention's own syntax: appositions ("X, a professor
at Y"), possessives ("the Institute's X"), titles before the name ("Former assistant secretary …
X"), "X, from the Y". Surnames, honorifics and pronouns resolve to the full name introduced
earlier in the article; a quote with no cue inherits the previous quote's speaker.
"""

from __future__ import annotations

import re
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
        previous_cue = None
        last: dict | None = None  # the quote just before, whatever its speaker
        last_cue = None
        last_para = -1
        last_end = -1
        last_start = -1
        paragraphs = doc._.stancer_paragraphs or [[0, len(doc.text)]]
        para_starts = [p[0] for p in paragraphs]
        for span in doc.spans[self.spans_key]:
            record = span._.stancer_quote
            if record is None:
                continue
            para = _paragraph_index(para_starts, record["start"])
            speaker = record["speaker"]
            head_i = speaker.pop("_head", None)
            mention = speaker.pop("_mention", None)
            cue_verb = _cue_verb(doc, record.get("cue"))
            if record.get("floating"):
                local = _local_speaker(doc, span)
                signed = _signature(doc, span)
                if signed is not None:
                    # `“…”` then a line `- Bernie Sanders.`: the quotation is signed
                    record["speaker"] = self._resolve(doc, signed, people, ent_index, byline)
                elif local is not None:
                    # `“…,” the editorial read.` / `Hannity interjected: “…”`: a verb no cue list
                    # holds, but its subject sits right beside the quotation
                    record["speaker"] = self._resolve(doc, local, people, ent_index, byline)
                elif (lead := _leading_sentence_subject(doc, span, last_end if last_para == para else -1)) is not None:
                    # `Dianne Bystrom agreed. “…”`: the sentence just before names who speaks
                    record["speaker"] = self._resolve(doc, lead, people, ent_index, byline)
                elif last is not None and last_para == para and last.get("start") is not None:
                    # the quote just before in the same paragraph speaks on ("the businessman replied")
                    record["speaker"] = dict(last)
                    record["inherited"] = True
                    record["cue"] = record.get("cue") or last_cue
                elif previous is not None and para - previous_para <= _FLOAT_PARAGRAPHS:
                    record["speaker"] = dict(previous)
                    record["inherited"] = True
                    # `“…,” she said. “…”`: the continuation is reported by the same cue
                    record["cue"] = record.get("cue") or previous_cue
            elif (
                head_i is not None and cue_verb is not None and last is not None and last.get("start") is not None
                and _goes_on(doc, cue_verb, last_end)
                and (last_start <= doc[head_i].idx < last_end or doc[head_i].head.i == cue_verb.i and doc[head_i].dep_ in _OBJECT_DEPS)
            ):
                # `X said Romney “had …,” adding, “…”` / `which he called ''a disgrace,'' blaming
                # Y`: a participle right after a quotation goes on with the quotation's speaker,
                # when the head found for it sits inside that quotation or is its own object
                record["speaker"] = dict(last)
                record["inherited"] = True
            elif head_i is not None:
                head = _not_a_date(doc[head_i])
                # a reporting clause in the quote's own words wins; else the cue's syntax may
                # rule out the head the quote finder chose
                checked = _inner_attribution(span, cue_verb)
                if checked is None:
                    checked = _checked_head(head, cue_verb)
                if checked is not head:
                    head, head_i, mention = checked, checked.i, None
                record["speaker"] = self._resolve(doc, head, people, ent_index, byline)
                if mention is None:
                    relative = _relative_pronoun(doc, record.get("cue"), head_i)
                    if relative is not None:
                        mention = [relative.idx, relative.idx + len(relative.text)]
                if mention is not None:  # "…, who said": the relative pronoun is the mention
                    record["speaker"]["start"], record["speaker"]["end"] = mention
            span._.stancer_quote = record
            if record["speaker"].get("start") is not None or record["speaker"].get("name"):
                last = record["speaker"]
                last_para = para
                last_end = record["end"]
                last_start = record["start"]
                last_cue = record.get("cue")
            if record["speaker"].get("name") or record["speaker"].get("kind") != "unknown":
                previous = record["speaker"]
                previous_para = para
                previous_cue = record.get("cue")
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
        if (ent is None or ent.label_ == "CARDINAL") and head.pos_ in ("NOUN", "NUM"):
            # "a spokeswoman, Anna Smith, said" / "One of the men, Jessie Elkins, said": the
            # apposition names the speaker
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
            cut = max((t.i + 1 for t in phrase if t.is_punct and t.i < head.i and t.whitespace_ and t.i > 0 and doc[t.i - 1].whitespace_), default=phrase.start)
            phrase = doc[cut: head.i + 1]  # `THE DEBATE EFFECT - Helena Varga`: the name after the dash
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


_RELATIVE = frozenset({"who", "which", "that", "whom"})
_NP_POS = frozenset({"NOUN", "PROPN", "PRON"})
_OPENING_PUNCT = frozenset({",", ":", "—", "–", "-"})


def _not_a_date(head: Token) -> Token:
    """`The candidate sent an email to supporters Tuesday inviting them …`: a date the parser took
    for the speaker gives way to the subject of the clause it sits in."""
    if head.ent_type_ not in ("DATE", "TIME") or head.pos_ == "PRON":
        return head
    named = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i and _can_speak(c)), None)
    if named is not None:
        return named  # `Friday, Texas, leading a coalition of states, asked …`
    verb = head.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.ent_type_ not in ("DATE", "TIME")), None)
        if subject is not None:
            return subject
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return head


_CAUSING_VERBS = frozenset("lead leave prompt cause push drive force spur get make have let move inspire".split())
_OBJECT_DEPS = frozenset({"dobj", "dative", "oprd"})


def _cue_verb(doc: Doc, cue: list[int] | None) -> Token | None:
    """The verb at the root of a quote's cue, if the cue is a verb."""
    if not cue:
        return None
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root
    return verb if verb.pos_ in ("VERB", "AUX") else None


# common nouns for people, beside the cue lists' source nouns: a head among them is someone
_PERSON_NOUNS = frozenset(
    """
    president senator governor judge magistrate justice candidate nominee minister chancellor premier chairman
    chairwoman chair director secretary mayor congressman congresswoman representative ambassador
    general commander officer adviser advisor manager strategist consultant pollster host anchor
    speaker author writer reporter journalist columnist editor professor teacher lawyer attorney
    prosecutor activist pastor priest pope bishop king queen prince princess emperor chief executive
    founder owner president-elect woman man boy girl mother father wife husband son daughter brother
    sister friend child kid student worker employee doctor scientist historian veteran soldier
    protester demonstrator citizen fan donor delegate superdelegate senator-elect politician
    businessman businesswoman billionaire actor actress comedian singer star player coach survivor
    victim resident partner colleague ally rival challenger incumbent governor-elect narrator
    """.split()
)


def _can_speak(token: Token) -> bool:
    """Could this token head the mention of someone who speaks (a person, a group, an organisation)?"""
    if token.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    lower = token.lower_
    if token.pos_ == "PRON" or token.pos_ == "DET":
        return lower in PERSON_PRONOUNS or lower in PLURAL_PRONOUNS or lower in FIRST_PERSON or lower in SOURCE_NOUNS or lower in _RELATIVE
    if token.pos_ == "PROPN":
        return True
    lemma = token.lemma_.lower()
    return lemma in SOURCE_NOUNS or lemma in ORG_NOUNS or lemma in _PERSON_NOUNS or token.lower_ in _PERSON_NOUNS


def _own_subject(verb: Token) -> Token | None:
    """The subject written before a verb; of two (`Salem, New Hampshire, Trump went`), the nearer."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i]
    return subjects[-1] if subjects else None


def _shared_subject(verb: Token, any_noun: bool = False) -> Token | None:
    """The subject a verb without one shares with the clause it hangs from: `X arrived and said`,
    `X went after Bush, calling him …`; None unless that subject can speak (or, with `any_noun`,
    is a noun phrase at all)."""
    node = verb
    for _ in range(5):
        subject = _own_subject(node)
        if subject is not None:
            fits = _can_speak(subject) or any_noun and subject.pos_ in ("NOUN", "PROPN") and subject.lower_ not in _RELATIVE
            return subject if fits else None
        if node.dep_ not in ("conj", "advcl", "xcomp") or node.head.i == node.i or node.head.pos_ not in ("VERB", "AUX"):
            return None
        node = node.head
    return None


_GOES_ON_GAP = re.compile(r"[\s,\"“”'’]*(?:and\s+)?")


def _goes_on(doc: Doc, verb: Token | None, last_end: int) -> bool:
    """A subjectless `-ing` participle whose only words back to the end of the quotation before
    are its closing marks and a comma: `“…,” adding …`."""
    if verb is None or verb.tag_ != "VBG" or _own_subject(verb) is not None or verb.dep_ not in ("advcl", "conj", "xcomp"):
        return False
    if last_end < 0 or last_end > verb.idx or verb.idx - last_end > 8:
        return False
    gap = doc.text[last_end: verb.idx]
    if _GOES_ON_GAP.fullmatch(gap) is None:
        return False
    closing = doc.text[max(last_end - 3, 0): verb.idx]  # the quotation may end with its marks
    return "," in closing and any(ch in closing for ch in "\"”'’")


_SPEECH_LEMMAS = frozenset("say tell add note write explain argue insist claim warn recall stress contend".split())
_REPORTING_LEMMAS = frozenset(
    "ask question urge call suggest predict describe accuse acknowledge admit announce complain deny "
    "declare praise criticize criticise blame joke quip vow promise pledge demand repeat reply respond "
    "point emphasize emphasise".split()
)


def _inner_attribution(span: Span, cue: Token | None) -> Token | None:
    """A reporting clause inside the quote's own words, outside quotation marks, names who
    speaks: set off by commas (`He believes, he said, that …`, `AT&T laid fiber, she said, to
    “…”`) or opening it (`he said, “We're going to …”`). Its subject; None if there is none."""
    doc = span.doc
    inside = False
    for token in span:
        if _is_quote_mark(token):
            inside = not inside if token.text in ('"', "''") else token.text in ("“", "‘", "«")
            continue
        if inside or token.pos_ != "VERB" or token.lemma_.lower() not in _SPEECH_LEMMAS or cue is not None and token.i == cue.i:
            continue
        subject = _own_subject(token)
        if subject is None or subject.dep_ != "nsubj" or subject.i < span.start or token.i - subject.right_edge.i > 2:
            continue
        if not (subject.pos_ == "PROPN" or subject.ent_type_ in ("PERSON", "ORG") or subject.lower_ in PERSON_PRONOUNS or subject.lower_ in PLURAL_PRONOUNS):
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        set_off = after is not None and after.text in (",", ":")
        first = subject.left_edge.i
        opens = first == span.start or all(_is_quote_mark(t) for t in doc[span.start: first])
        parenthetical = first > 0 and doc[first - 1].text == ","
        if set_off and (opens or parenthetical):
            return subject
        # `…, Cuban said.` closing the quote's words, when the quote's own cue is no reporting
        # verb (`Trump's grasp of policy is worrying, Cuban said`)
        weak_cue = cue is None or cue.lemma_.lower() not in _SPEECH_LEMMAS | _REPORTING_LEMMAS
        if parenthetical and weak_cue and all(t.is_punct or t.is_space or token.is_ancestor(t) for t in doc[token.i + 1: span.end]):
            return subject
    return None


def _postposed_name(verb: Token) -> Token | None:
    """`, said Sunshine,` / `, says Anna Smith,`: the name right after a reporting verb set off by
    commas; its last token."""
    doc = verb.doc
    i = verb.i + 1
    last = None
    while i < len(doc) and i <= verb.i + 4 and (doc[i].pos_ == "PROPN" or doc[i].ent_type_ == "PERSON"):
        last = doc[i]
        i += 1
    if last is None or i >= len(doc) or doc[i].text != "," or last.dep_ in ("dobj", "dative", "pobj"):
        return None  # `, told POLITICO,`: whom it was said to
    return last


def _checked_head(head: Token, verb: Token | None) -> Token:
    """Put right a speaker head that the cue's syntax rules out, else return it unchanged.

    - a participle's own object is whom it addresses, not who speaks: `…, telling Fox 35 that …`,
      `“…,” blaming Bloomberg` → the subject of the clause the participle hangs from;
    - of two subjects before a verb, the nearer speaks: `In Salem, New Hampshire, Trump went after
      Bush, calling him …`, `PARIS, May 2 (AFP) — The ministry said …`;
    - a name right before the verb speaks, not the list it is tacked on (`…, now, Cruz, Wilkin
      said`), and a name right after a verb set off by commas (`And Trump, said Sunshine, …`);
    - a conjoined verb shares the passive subject, not the agent (`FBI officials were angered by
      the deal and predicted …`);
    - `according to calculations by Amy Glasmeier`: the document's maker;
    - a thing that cannot speak gives way to: the object of a causing verb (`the news led
      Republicans to say …`), the subject of the clause a `to say` hangs from (`The judge pointed
      to a previous case to say …`), or the subject a subjectless participle shares;
    - a reporting verb the parser hung on the reported clause (`De Blasio said the move was made
      by Bratton and said, “…”`; `He said that he … and noted …`) goes with the reporting clause.
    """
    if verb is None or head.i == verb.i:
        return head
    better = None
    if head.head.i == verb.i and head.dep_ in _OBJECT_DEPS and verb.tag_ == "VBG" and _own_subject(verb) is None:
        better = _shared_subject(verb.head) if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.i != verb.i else None
    elif not any(c.dep_ == "cc" for c in head.children) and (
        named := next((
            c for c in head.children if c.dep_ in ("conj", "appos") and c.i > head.i and c.ent_type_ == "PERSON"
            and (head.ent_type_ in ("GPE", "LOC") or c.right_edge.i + 1 == verb.i)
        ), None)
    ) is not None:
        # `In Salem, New Hampshire, Margaret Olsen said …`: the place was a dateline; `… to, now,
        # Cruz, Wilkin said`: the name right before the verb speaks
        better = named
    elif head.i < verb.i and verb.i > 0 and verb.doc[verb.i - 1].text == "," and verb.lemma_.lower() in _SPEECH_LEMMAS and (
        postposed := _postposed_name(verb)
    ) is not None:
        better = postposed  # `And Trump, said Sunshine, who …, doesn't forgive`
    elif head.dep_ == "nsubj" and head.head.pos_ in ("VERB", "AUX") and _can_speak(_own_subject(head.head) or head):
        nearer = _own_subject(head.head)
        if nearer is not None and nearer.i > head.i and nearer.dep_ == "nsubj":
            better = nearer
    if better is None and head.dep_ == "pobj" and head.head.dep_ == "agent" and head.head.head.i != verb.i:
        # `FBI officials were angered by the deal and predicted …` / `Silverman was joined by
        # Franken and joked …`: a conjoined verb shares the passive subject, not the agent
        agentive = head.head.head
        passive = next((c for c in agentive.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and _can_speak(passive) and verb.dep_ == "conj" and verb.head.i == agentive.i and _own_subject(verb) is None:
            better = passive
    if better is None and not _can_speak(head) and head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.head.lower_ == "according":
        # `according to calculations by Amy Glasmeier` / `according to a tally by the Associated
        # Press`: whoever made the document speaks
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of"):
                maker = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if maker is not None and (maker.ent_type_ in ("PERSON", "ORG", "NORP") or maker.pos_ == "PROPN"):
                    better = maker
                    break
    if better is None and not _can_speak(head) and head.pos_ in ("NOUN", "PROPN", "NUM"):
        if verb.dep_ in ("xcomp", "advcl") and verb.tag_ in ("VB", "VBG") and verb.head.lemma_.lower() in _CAUSING_VERBS and verb.head.i < verb.i:
            obj = next((c for c in verb.head.children if c.dep_ == "dobj" and verb.head.i < c.i < verb.i), None)
            if obj is not None and (obj.pos_ in ("NOUN", "PROPN") or _can_speak(obj)) and obj.lower_ not in ("it", "this", "that"):
                better = obj  # whoever the news led to say something says it
        elif verb.dep_ in ("relcl", "acl") and verb.head.i == head.i and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            node = head
            while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
                node = node.head
            if node.pos_ in ("VERB", "AUX") and node.i != head.i:
                better = _shared_subject(node, any_noun=True)
        elif verb.tag_ == "VBG" and _own_subject(verb) is None and verb.dep_ in ("advcl", "conj"):
            better = _shared_subject(verb.head) if verb.head.i != verb.i else None
    if better is None and verb.dep_ == "conj" and _own_subject(verb) is None and verb.head.dep_ == "ccomp":
        # `De Blasio said the move was made by Bratton and said, “…”` / `Trump complained Khan
        # had attacked him and questioned why …`: the parser hung the second reporting verb on
        # the reported clause; it goes with the reporting clause, whose subject speaks
        inner = verb.head
        outer = inner.head
        subject = _own_subject(outer) if outer.pos_ in ("VERB", "AUX") and outer.i < inner.i else None
        if (
            subject is not None and _can_speak(subject) and subject.lower_ not in _RELATIVE
            and inner.left_edge.i <= head.i <= inner.right_edge.i and verb.lemma_.lower() in _SPEECH_LEMMAS | _REPORTING_LEMMAS
        ):
            better = subject
    if better is None and head.dep_ == "nsubj" and (head.lower_ in PERSON_PRONOUNS or head.lower_ in PLURAL_PRONOUNS):
        # `He said that he was focused on the platform and noted …`: the parser hung the second
        # cue on the reported clause; the same pronoun as the reporting verb's subject is the
        # same person, and the mention goes with the reporting clause
        inner = head.head
        node = verb
        for _ in range(3):
            if node.dep_ not in ("conj", "advcl") or node.head.i == node.i:
                break
            if node.head.i == inner.i:
                outer = _own_subject(inner.head) if inner.dep_ == "ccomp" else None
                if outer is not None and outer.lower_ == head.lower_ and outer.i < head.i:
                    better = outer
                break
            node = node.head
    return better if better is not None and better.i != head.i else head


def _relative_pronoun(doc: Doc, cue: list[int] | None, head_i: int) -> Token | None:
    """`Mike Pence, who called their son …` / `…, who cooperated with him and called him …`: the
    cue's clause (or the clause it is conjoined to) is a relative clause on the speaker; its
    relative pronoun is the mention tied to the quote."""
    if not cue:
        return None
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root
    for _ in range(3):
        if verb.dep_ == "relcl" and verb.head.i == head_i:
            return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVE), None)
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _local_speaker(doc: Doc, span: Span) -> Token | None:
    """The subject of a clause attached right beside a quotation that no cue claimed:
    `Hannity interjected: “…”`, `“…,” the editorial read.`, `“…,” reacted Trump.`,
    `Sanders credited the win to “a closed primary”`."""
    first_sent, last_sent = doc[span.start].sent, doc[span.end - 1].sent
    j = span.start - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    # a lead-in ending with a colon: `Rubio fired back forcefully: “…”`
    if j > 0 and doc[j].text == ":" and (doc[j].sent.start == first_sent.start or j + 1 >= first_sent.start):
        before = doc[j - 1]
        run = before.i
        while run > 0 and doc[run - 1].pos_ == "PROPN" and before.i - run < 3:
            run -= 1
        if before.ent_type_ in ("PERSON", "ORG") or before.pos_ == "PROPN" and _looks_like_name(doc[run: before.i + 1]):
            first = before
            if before.ent_type_:
                while first.i > 0 and first.ent_iob_ == "I":
                    first = doc[first.i - 1]
            else:
                first = doc[run]
            opener = doc[first.i - 1] if first.i > 0 else None
            if opener is None or first.is_sent_start or opener.pos_ not in ("ADP", "VERB", "AUX", "SCONJ", "PART"):
                return before  # a heading-style attribution: `… - Philip Bump: “…”`
        verb = _lead_in_verb(before)
        if verb is not None and verb.i < j:
            subject = _clause_subject(verb)
            if subject is None:
                # `In a statement, her adviser, Jake Sullivan, said: “…”`: the parser lost the subject
                sent_start = verb.sent.start
                subject = next((t for t in reversed(doc[sent_start: verb.i]) if t.ent_type_ == "PERSON" and not _is_quote_mark(t)), None)
                if subject is not None and any(_is_quote_mark(t) for t in doc[subject.i: verb.i]):
                    subject = None
            if subject is not None:
                return subject
    # after the quotation: `“…,” X verb` or `“…,” verb X`
    end = last_sent.end
    i = span.end
    while i < len(doc) and doc[i].text in (",", ")"):
        i += 1
    own = i < len(doc) and doc[i].sent.start == last_sent.start
    if not own and i < len(doc) and (doc[i].is_lower or _bare_attribution(doc[i])):
        # the parser may give `the editorial read.` or `Miller, a retired worker, said pleasantly.`
        # a sentence of its own
        end = doc[i].sent.end
        own = True
    tail = list(doc[i:end])
    inner = doc.text[span.end_char - 4: span.end_char + 2]
    comma = "," in inner
    if (
        tail and len(tail) >= 2 and own
        and (comma or any(ch in inner for ch in "?!"))
        and "\n" not in doc.text[span.end_char: tail[0].idx]
        and not any(t.is_space and "\n" in t.text for t in tail[:3])
    ):
        words = []
        for t in tail:
            if t.is_space:
                continue
            if t.text in ("-", "–") and not t.whitespace_ and t.i > 0 and not doc[t.i - 1].whitespace_:
                words.append(t)  # `vice-presidential`
                continue
            if t.is_punct or any(ch in t.text for ch in "“”\"«»") or t.lower_ in ("that", "because", "and", "but"):
                break
            words.append(t)
        found = _subject_in(words, span, comma)
        if found is not None:
            return found
    # before the quotation: `X added, “…”`
    if j > first_sent.start and doc[j].text in _OPENING_PUNCT:
        verb = doc[j - 1] if doc[j - 1].pos_ == "VERB" else doc[j - 1].head
        if verb.pos_ == "VERB" and verb.i < j and j - verb.i <= 4 and verb.sent.start == doc[j].sent.start:
            subject = next((c for c in verb.lefts if c.dep_ in ("nsubj",) and c.pos_ in _NP_POS), None)
            if subject is not None and subject.i >= first_sent.start and verb.i - subject.right_edge.i <= 3 and subject.lower_ not in _RELATIVE:
                return subject
    # a fragment inside a clause: the verb that governs it (`Sanders credited X to “…”`)
    if j >= first_sent.start and not doc[j].is_punct:
        governor = _governing_verb(span)
        if governor is not None:
            subject = _clause_subject(governor)
            if subject is not None and (subject.ent_type_ in ("PERSON", "ORG", "NORP") or subject.pos_ == "PROPN" or subject.lower_ in PERSON_PRONOUNS or subject.lower_ in PLURAL_PRONOUNS):
                return subject
    return None


_SIGNATURE = re.compile(r"[ \t]*\n\s*[-–—]{1,2}[ \t]*((?:[A-Z][\w'’.-]*[ \t]+){0,3}[A-Z][\w'’-]+)[ \t]*\.?[ \t]*(?:\n|$)")


def _signature(doc: Doc, span: Span) -> Token | None:
    """A quotation followed by a line of its own made of a dash and a name (`- Bernie Sanders.`),
    the way fact checks and epigraphs sign a quotation: the name's head token."""
    match = _SIGNATURE.match(doc.text, span.end_char)
    if match is None:
        return None
    name = doc.char_span(match.start(1), match.end(1), alignment_mode="expand")
    if name is None or not len(name) or not all(t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG") for t in name):
        return None
    return name[-1]


def _leading_sentence_subject(doc: Doc, span: Span, last_end: int) -> Token | None:
    """A quotation opening a sentence, right after a sentence of the same paragraph whose subject
    is a person and which holds no quote of its own: that person speaks
    (`Iowa State University's Dianne Bystrom agreed. “…”`)."""
    first_sent = doc[span.start].sent
    if first_sent.start != span.start and any(not (t.is_punct or t.is_space) for t in doc[first_sent.start: span.start]):
        return None
    if first_sent.start == 0:
        return None
    prev = doc[first_sent.start - 1].sent
    if "\n" in doc.text[prev.end_char - 1: span.start_char] or last_end > prev.start_char:
        return None
    if any(_is_quote_mark(t) for t in prev):
        return None
    root = prev.root
    if root.pos_ != "VERB":
        return None
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return subject if subject.ent_type_ == "PERSON" else None


def _lead_in_verb(token: Token) -> Token | None:
    """The verb of the clause a colon closes: the token before it or one of its heads."""
    node = token
    for _ in range(4):
        if node.pos_ == "VERB":
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _clause_subject(verb: Token) -> Token | None:
    """A verb's subject, or that of the verb it is conjoined to (`leaned in and boomed: “…”`)."""
    doc, start = verb.doc, verb.i
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
        if subject is not None:
            if subject.lower_ in _RELATIVE or subject.lower_ in ("it", "this", "that", "there", "what"):
                return None
            if any(_is_quote_mark(t) for t in doc[subject.i: start]):
                return None  # a subject inside an earlier quotation: a misparse
            return subject if subject.pos_ in _NP_POS or _is_proper(subject) else None
        if verb.dep_ in ("acl", "relcl") and verb.head.i < verb.i and (verb.head.pos_ in ("NOUN", "PROPN") or verb.head.ent_type_ == "PERSON"):
            return verb.head  # `Mitt Romney, the 2012 nominee, tweeted in response: “…”`
        if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
            return None
        verb = verb.head
    return None


def _is_quote_mark(token: Token) -> bool:
    return bool(token.text) and all(ch in "\"“”«»'‘’" for ch in token.text) and token.text not in ("'s", "’s")


def _governing_verb(span: Span) -> Token | None:
    """The verb outside the quotation that its words hang from, if it is near."""
    for token in span:
        head = token.head
        if head.i < span.start or head.i >= span.end:
            if head.pos_ == "VERB" and span.start - head.i <= 12 and head.i < span.start:
                return head
            if head.pos_ == "ADP" and head.head.pos_ == "VERB" and head.head.i < span.start and span.start - head.head.i <= 12:
                return head.head
            return None
    return None


def _bare_attribution(first: Token) -> bool:
    """`Miller, a retired worker, said pleasantly into the phone.`: a sentence whose subject opens
    it and whose verb reports nothing of its own (no clause, no object) attributes the quotation
    just before it."""
    subject = first
    while subject.dep_ in ("compound", "amod", "det") and subject.head.i > subject.i and subject.head.i - first.i < 6:
        subject = subject.head
    if subject.dep_ != "nsubj" or subject.head.pos_ != "VERB" or subject.head.i - first.i > 14:
        return False
    verb = subject.head
    return first.sent.start == first.i and not any(
        c.dep_ in ("ccomp", "xcomp", "dobj", "acomp", "attr", "oprd", "dative") for c in verb.children
    )


def _subject_in(words: list[Token], span: Span, comma: bool) -> Token | None:
    """In the few words after a quotation, the speaker of `X verb` or `verb X`."""
    words = words[:12]
    if not words:
        return None
    doc = span.doc
    # the parse names the subject: `X, a retired worker, said`, `Trump shot back`
    for t in words[:6]:
        if t.dep_ in ("nsubj", "nsubjpass") and not span.start <= t.head.i < span.end and t.head.i >= words[0].i and t.lower_ not in _RELATIVE:
            if t.pos_ in _NP_POS or _is_proper(t):
                return t
    first = words[0]
    if (first.pos_ == "VERB" or first.pos_ == "AUX" and first.lemma_ != "be") and first.is_lower and first.tag_ != "VBG":
        # inverted: `reacted Trump`, `read one`, `said Skelly`
        for t in words[1:5]:
            if t.pos_ in _NP_POS or _is_proper(t) or t.pos_ == "NUM" and t.lower_ == "one":
                while t.i + 1 < len(doc) and t.head.i == t.i + 1 and t.head in words:
                    t = t.head
                return t
        return None
    if first.pos_ not in ("DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM") and not _is_proper(first):
        return None
    words = words[:8]
    for k, t in enumerate(words):
        if k > 0 and t.pos_ == "VERB" and t.is_lower:
            subject = next((c for c in t.lefts if c.dep_ == "nsubj" and c.i >= words[0].i), None)
            if subject is not None:
                return subject
            candidates = [w for w in words[:k] if (w.pos_ in _NP_POS or _is_proper(w)) and not (words[0].i <= w.head.i < t.i and w.head.pos_ in _NP_POS)]
            return candidates[0] if candidates else None
    following = doc[words[-1].i + 1].text if words[-1].i + 1 < len(doc) else "."
    # `the editorial read.`: a misparse with no verb; a short noun phrase and one word
    if 2 <= len(words) <= 4 and following in (".", ",", ";") and first.is_lower:
        heads = [w for w in words[:-1] if w.pos_ in _NP_POS or w.pos_ == "ADJ"]
        return heads[-1] if heads else None
    # `“…,” Gene Sperling, a top adviser, said`: a name, then its apposition
    if comma and len(words) <= 4 and following == "," and all(_is_proper(w) or w.lower_ in ("the", "a") for w in words):
        return words[-1]
    return None


def _is_proper(token: Token) -> bool:
    """A proper name the tagger took for something else (`Skelly/ADV said`, `Trump/VERB shot back`):
    capitalised inside its sentence and known to the NER, or tagged PROPN."""
    if token.pos_ == "PROPN":
        return True
    text = token.text
    return (
        text[:1].isupper() and not text.isupper() and token.is_alpha and token.i > token.sent.start
        and token.pos_ in ("ADV", "VERB", "AUX", "NOUN", "ADJ", "X") and token.lower_ not in _PRONOUN_WORDS
    )


_PRONOUN_WORDS = frozenset({"i", "he", "she", "it", "we", "they", "you"})


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
