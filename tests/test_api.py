"""The library API: analyse texts and paths, get JSON-ready documents in input order."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from stancer.api import CHUNK_CHARS, analyze_paths, analyze_text, analyze_texts, split_text
from stancer.errors import UnknownTarget

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

WIRE = (SAMPLES / "wire-sanctions.txt").read_text(encoding="utf-8")
SHORT = 'Officials met on Monday.\n\n"Moscow is ready to help," Foreign Minister Sergei Lavrov said on Tuesday.'


def test_document_shape(analyze) -> None:
    document = analyze(SHORT)
    assert document["source"] == "-"
    assert document["target"] == "Russia"
    assert document["summary"]["quotes"] == len(document["quotes"]) == 1
    [quote] = document["quotes"]
    assert quote["id"] == "q1"
    assert quote["text"] == '"Moscow is ready to help,"'
    assert quote["type"] == "direct"
    assert quote["cue"]["text"] == "said"
    assert quote["speaker"]["name"] == "Sergei Lavrov"
    assert quote["speaker"]["kind"] == "person"
    assert SHORT[quote["speaker"]["start"]:quote["speaker"]["end"]] == "Sergei Lavrov"
    [speaker] = document["speakers"]
    assert speaker["name"] == "Sergei Lavrov" and speaker["quote_ids"] == ["q1"]


def test_quote_ids_follow_text_order(analyze) -> None:
    quotes = analyze(WIRE)["quotes"]
    assert [q["id"] for q in quotes] == [f"q{i}" for i in range(1, len(quotes) + 1)]
    assert [q["start"] for q in quotes] == sorted(q["start"] for q in quotes)


def test_summary_and_speakers_add_up(analyze) -> None:
    document = analyze(WIRE)
    summary = document["summary"]
    assert summary["constructive"] + summary["adversarial"] + summary["neutral"] == summary["quotes"]
    assert sum(sp["quotes"] for sp in document["speakers"]) == summary["quotes"]
    ids = [i for sp in document["speakers"] for i in sp["quote_ids"]]
    assert sorted(ids) == sorted(q["id"] for q in document["quotes"])


@pytest.mark.parametrize("text", ["", "   \n\n  ", "a", '"', "“”", 'He said "', "\n\n\"x\n\n"])
def test_degenerate_texts_give_empty_documents(analyze, text: str) -> None:
    document = analyze(text)
    assert document["quotes"] == [] and document["speakers"] == []


def test_a_single_sentence_without_a_full_stop_is_body_text(analyze) -> None:
    """`echo '"We are ready," Putin said' | stancer analyze`: one line is not a headline."""
    document = analyze('"We are ready to talk," Putin said on Monday')
    assert [q["text"] for q in document["quotes"]] == ['"We are ready to talk,"']


@pytest.mark.parametrize(
    "text",
    [
        "That is not a popular view in Western capitals, and I understand why.",
        "The sessions were closed, but several speakers agreed afterwards to be named in this report.",
        "North Korea has not responded to such offers for several years.",
    ],
    ids=["and-I-understand-why", "speakers-agreed-to-be-named", "has-not-responded"],
)
def test_narration_is_not_a_quote(analyze, text: str) -> None:
    """A cue verb in a clause conjoined to narration does not make the narration reported speech."""
    document = analyze("Talks stall\n\n" + text)
    assert [q["text"] for q in document["quotes"]] == []


def test_possessive_is_not_a_quotation_mark(analyze) -> None:
    text = "Talks stall\n\nIvan Petrov, a diplomat, notes that Russia's trade with the North remains a fraction of China's."
    [quote] = analyze(text)["quotes"]
    assert quote["type"] == "indirect"
    assert quote["text"].startswith("Russia's trade")


def test_analyze_texts_keeps_input_order_and_sources(nlp) -> None:
    items = [("a", SHORT), ("b", ""), ("c", WIRE), ("d", SHORT)]
    documents = list(analyze_texts(items))
    assert [d["source"] for d in documents] == ["a", "b", "c", "d"]
    assert documents[0]["quotes"] == documents[3]["quotes"]


def test_analyze_paths_reports_failures_in_place(nlp, tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    sources = [str(SAMPLES / "oped-engagement.txt"), str(tmp_path / "missing.txt"), str(empty), str(SAMPLES / "wire-sanctions.txt")]
    documents = list(analyze_paths(sources))
    assert [d["source"] for d in documents] == sources
    assert ["error" in d for d in documents] == [False, True, True, False]
    assert documents[1]["error"]["type"] == "not_found"
    assert documents[2]["error"]["type"] == "empty"


def test_analyze_paths_all_failures(nlp, tmp_path) -> None:
    documents = list(analyze_paths([str(tmp_path / "x.txt"), str(tmp_path / "y.txt")]))
    assert [d["error"]["type"] for d in documents] == ["not_found", "not_found"]


def test_non_utf8_file_offsets_refer_to_the_decoded_text(nlp, tmp_path) -> None:
    text = 'Der Außenminister Jürgen Müller sagte am Montag in Zürich etwas.\n\n"Moscow’s help is welcome," said Jürgen Müller, a diplomat in Zürich.'
    path = tmp_path / "cp.txt"
    path.write_bytes(text.encode("cp1252"))
    [document] = analyze_paths([str(path)], include_text=True)
    assert document["encoding"] == "cp1252"
    assert document["text"] == text
    [quote] = document["quotes"]
    assert text[quote["start"]:quote["end"]] == quote["text"] == '"Moscow’s help is welcome,"'
    assert quote["speaker"]["name"] == "Jürgen Müller"


def test_include_text_is_off_by_default(nlp) -> None:
    [document] = analyze_paths([str(SAMPLES / "oped-engagement.txt")])
    assert "text" not in document and "encoding" not in document


def test_unknown_target_is_a_typed_error(nlp) -> None:
    with pytest.raises(UnknownTarget, match="Ruritania"):
        analyze_text(SHORT, target="Ruritania")


def test_target_by_alias_and_new_target_with_aliases(nlp) -> None:
    assert analyze_text(SHORT, target="the Kremlin")["target"] == "Russia"
    assert analyze_text(SHORT, target="china")["target"] == "China"
    assert analyze_text(SHORT, target="Ruritania", aliases=["Ruritanian", "Strelsau"])["target"] == "Ruritania"


def test_package_level_exports() -> None:
    import stancer

    assert stancer.analyze_text is analyze_text
    assert stancer.__version__ and stancer.SCHEMA_VERSION
    with pytest.raises(AttributeError):
        stancer.no_such_name  # noqa: B018


def test_import_stancer_does_not_import_spacy() -> None:
    code = "import sys, stancer, stancer.errors, stancer.reading; assert 'spacy' not in sys.modules, 'spacy imported'"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# -- splitting long texts ---------------------------------------------------------------------------


def _long_text(n: int) -> str:
    paragraphs = []
    i = 0
    while sum(len(p) + 2 for p in paragraphs) < n:
        paragraphs.append(f'"Quote {i} runs on," he said.' if i % 3 == 0 else f"Paragraph {i} " + "word " * (i % 40))
        i += 1
    return "\n\n".join(paragraphs)


@pytest.mark.parametrize("text", [_long_text(3000), "x" * 2500, "word " * 700, "line\n" * 600, "“q”\n\n" * 500])
def test_split_text_pieces_reassemble_and_respect_the_limit(text: str) -> None:
    pieces = split_text(text, limit=1000)
    assert "".join(piece for _, piece in pieces) == text
    for offset, piece in pieces:
        assert text[offset:offset + len(piece)] == piece
        assert len(piece) <= 1000
    assert [o for o, _ in pieces] == sorted({o for o, _ in pieces})


def test_split_text_prefers_paragraph_breaks_not_before_a_quote() -> None:
    text = _long_text(5000)
    for offset, _ in split_text(text, limit=1000)[1:]:
        assert text[offset - 2:offset] == "\n\n"
        assert not text[offset:].startswith('"')


def test_short_text_is_one_piece() -> None:
    assert split_text("short") == [(0, "short")]
    assert CHUNK_CHARS >= 10_000


def test_a_text_the_pipeline_fails_on_is_reported_alone(nlp, monkeypatch) -> None:
    """A component raising on one text turns that input into an error object; the others in
    the same batch are still analysed, in order."""
    import stancer.api as api

    component = nlp.get_pipe("stancer_speakers")
    original = type(component).__call__

    def flaky(self, doc):
        if "EXPLODE" in doc.text:
            raise ValueError("boom")
        return original(self, doc)

    monkeypatch.setattr(type(component), "__call__", flaky)
    texts = [("a", '"We will talk," Lavrov said.'), ("b", "EXPLODE here, officials said."), ("c", "Analysts say Moscow helps.")]
    docs = list(api.analyze_texts(texts))
    assert [d["source"] for d in docs] == ["a", "b", "c"]
    assert "error" in docs[1] and docs[1]["error"]["type"] == "analysis_failed"
    assert "error" not in docs[0] and "error" not in docs[2]
    assert docs[0]["quotes"] and docs[2]["quotes"]
