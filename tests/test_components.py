"""stancer's spaCy components as a spaCy user meets them: entry points, config, serialisation, n_process."""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, DocBin

from stancer.components import QUOTES_KEY
from stancer.record import quote_records

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
SHORT = 'Officials met on Monday.\n\n"Moscow is ready to help," Foreign Minister Sergei Lavrov said on Tuesday.'
COMPONENTS = ("stancer_segmenter", "stancer_quotes", "stancer_speakers", "stancer_stance")


@pytest.fixture(scope="module")
def model_name(nlp) -> str:
    from stancer.pipeline import resolve_model

    return resolve_model()


@pytest.fixture(scope="module")
def own_nlp(model_name):
    """A user's own pipeline: the plain model, stancer components added by name only."""
    return spacy.load(model_name)


def test_factories_are_registered_as_entry_points() -> None:
    from importlib.metadata import entry_points

    names = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(COMPONENTS) <= names


def test_add_pipe_by_name_in_a_fresh_process_uses_the_entry_points(model_name) -> None:
    code = f"""
import json, sys, spacy
assert not any(m.startswith("stancer") for m in sys.modules)  # the user never imports stancer
nlp = spacy.load({model_name!r})
nlp.add_pipe("stancer_quotes")
doc = nlp({SHORT!r})
print(json.dumps([[s.start_char, s.end_char, s.label_] for s in doc.spans["stancer_quotes"]]))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    start = SHORT.index('"')
    assert json.loads(out.stdout) == [[start, SHORT.index(",\"") + 2, "direct"]]


def test_quotes_component_on_a_users_pipeline(own_nlp) -> None:
    own_nlp.add_pipe("stancer_quotes")
    try:
        doc = own_nlp(SHORT)
        [span] = doc.spans[QUOTES_KEY]
        assert span.text == '"Moscow is ready to help,"'
        data = span._.stancer_quote
        assert data["type"] == "direct"
        assert SHORT[data["cue"][0]:data["cue"][1]] == "said"
    finally:
        own_nlp.remove_pipe("stancer_quotes")


def test_spans_key_is_configurable(own_nlp) -> None:
    own_nlp.add_pipe("stancer_segmenter", first=True)
    own_nlp.add_pipe("stancer_quotes", config={"spans_key": "my_quotes"})
    own_nlp.add_pipe("stancer_speakers", config={"spans_key": "my_quotes"})
    try:
        doc = own_nlp(SHORT)
        assert QUOTES_KEY not in doc.spans
        [span] = doc.spans["my_quotes"]
        assert span._.stancer_quote["speaker"]["name"] == "Sergei Lavrov"
    finally:
        for name in ("stancer_speakers", "stancer_quotes", "stancer_segmenter"):
            own_nlp.remove_pipe(name)


def test_requires_and_assigns_leave_no_problems(nlp) -> None:
    for name in COMPONENTS:
        assert name in nlp.pipe_names
    meta = nlp.get_pipe_meta("stancer_quotes")
    assert "doc.spans" in meta.assigns and "token.dep" in meta.requires
    problems = nlp.analyze_pipes(pretty=False)["problems"]
    assert {name: p for name, p in problems.items() if p} == {}


def _quotes(doc: Doc) -> list[dict]:
    return quote_records(doc)


def test_doc_bytes_round_trip_keeps_spans_and_extensions(nlp) -> None:
    doc = nlp(TEXTS[0])
    restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [(s.start_char, s.end_char, s.label_) for s in restored.spans[QUOTES_KEY]] == [
        (s.start_char, s.end_char, s.label_) for s in doc.spans[QUOTES_KEY]
    ]
    assert restored._.stancer_header == doc._.stancer_header
    assert restored._.stancer_paragraphs == doc._.stancer_paragraphs
    assert _quotes(restored) == _quotes(doc) != []


def test_docbin_round_trip(nlp) -> None:
    docs = list(nlp.pipe(TEXTS[:2]))
    data = DocBin(docs=docs, store_user_data=True).to_bytes()
    restored = list(DocBin().from_bytes(data).get_docs(nlp.vocab))
    assert [_quotes(d) for d in restored] == [_quotes(d) for d in docs]


def test_pipeline_to_disk_and_back(nlp, tmp_path) -> None:
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    assert _quotes(loaded(SHORT)) == _quotes(nlp(SHORT))


def test_n_process_2_gives_the_same_quotes(nlp) -> None:
    one = [_quotes(d) for d in nlp.pipe(TEXTS, n_process=1)]
    two = [_quotes(d) for d in nlp.pipe(TEXTS, n_process=2, batch_size=2)]
    assert two == one
    assert all(one)


def test_library_prints_nothing_and_warns_nothing(nlp, capfd, tmp_path) -> None:
    from stancer.api import analyze_paths, analyze_text

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        analyze_text(SHORT)
        list(analyze_paths([str(SAMPLES / "wire-sanctions.txt"), str(tmp_path / "missing.txt")]))
        analyze_text(SHORT, target="China")
    out, err = capfd.readouterr()
    assert out == "" and err == ""
    assert [str(w.message) for w in caught] == []
