"""The JSON Schema shipped with the package describes exactly what `stancer analyze` emits."""

from __future__ import annotations

import copy
import sys
from pathlib import Path

import pytest

jsonschema = pytest.importorskip("jsonschema")

from stancer.about import SCHEMA_VERSION  # noqa: E402
from stancer.schema import load_schema  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
REPO = SAMPLES.parent


@pytest.fixture(scope="module")
def validator():
    schema = load_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def documents(nlp) -> list[dict]:
    from stancer.api import analyze_paths

    return list(analyze_paths(sorted(str(p) for p in SAMPLES.glob("*.txt")) + ["missing.txt"]))


def test_schema_is_draft_2020_12(validator) -> None:
    assert load_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_load_schema_returns_a_fresh_copy() -> None:
    schema = load_schema()
    schema["title"] = "changed"
    assert load_schema()["title"] != "changed"


def test_schema_version_matches_the_package() -> None:
    assert load_schema()["$defs"]["schema_version"]["const"] == SCHEMA_VERSION


def test_schema_ships_as_package_data() -> None:
    """The editable install finds the file anyway; a wheel only has it if pyproject lists it."""
    if sys.version_info < (3, 11):
        pytest.skip("tomllib needs Python 3.11")
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["stancer"]
    assert "schema/*.json" in patterns


def test_every_sample_document_validates(validator, documents) -> None:
    assert len(documents) == len(list(SAMPLES.glob("*.txt"))) + 1
    for document in documents:
        errors = sorted(validator.iter_errors(document), key=str)
        assert errors == [], f"{document['source']}: {errors[0].message if errors else ''}"


def test_error_object_validates_and_is_a_failure(validator, documents) -> None:
    failure = documents[-1]
    assert set(failure) == {"schema_version", "source", "error"}
    validator.validate(failure)


def _first_document(documents) -> dict:
    return copy.deepcopy(next(d for d in documents if d.get("quotes")))


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("quotes", 0, "type"), "reported"),
        (("quotes", 0, "speaker", "kind"), "government"),
        (("quotes", 0, "stance", "label"), "positive"),
        (("quotes", 0, "stance", "confidence"), 1.5),
        (("quotes", 0, "stance", "confidence"), -0.1),
        (("quotes", 0, "start"), -1),
        (("quotes", 0, "id"), "quote-1"),
        (("title",), 3),
        (("schema_version",), "0.9"),
    ],
)
def test_schema_rejects_wrong_values(validator, documents, path, value) -> None:
    document = _first_document(documents)
    node = document
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    assert not validator.is_valid(document)


@pytest.mark.parametrize("field", ["schema_version", "source", "target", "title", "quotes", "speakers", "summary", "counts"])
def test_schema_requires_document_fields(validator, documents, field) -> None:
    document = _first_document(documents)
    del document[field]
    assert not validator.is_valid(document)


@pytest.mark.parametrize("field", ["text", "start", "end", "type", "cue", "speaker", "stance"])
def test_schema_requires_quote_fields(validator, documents, field) -> None:
    document = _first_document(documents)
    del document["quotes"][0][field]
    assert not validator.is_valid(document)


def test_nullable_fields_accept_null(validator, documents) -> None:
    document = _first_document(documents)
    document["title"] = document["byline"] = document["date"] = None
    quote = document["quotes"][0]
    quote["cue"] = None
    quote["speaker"].update(name=None, start=None, end=None, role=None, affiliation=None, kind="unknown")
    validator.validate(document)


def test_optional_encoding_and_text(validator, documents) -> None:
    document = _first_document(documents)
    document["encoding"] = "cp1252"
    document["text"] = "…"
    validator.validate(document)
    document["unexpected"] = 1
    assert not validator.is_valid(document)


def test_a_failure_needs_type_and_message(validator) -> None:
    good = {"schema_version": SCHEMA_VERSION, "source": "x.txt", "error": {"type": "not_found", "message": "x.txt: no such file"}}
    validator.validate(good)
    bad = copy.deepcopy(good)
    del bad["error"]["message"]
    assert not validator.is_valid(bad)
    mixed = {**good, "quotes": []}
    assert not validator.is_valid(mixed)
