"""`stancer eval` through Typer's CliRunner: --predictions (no spaCy), a fake api, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from stancer.cli import app
from stancer.evaluation import evaluate, load_gold

from test_evaluation_gold import SEED_QUOTES, SEED_TEXT, write_brat, write_locator_gold

runner = CliRunner()
ENV = {"STANCER_DEBUG": "1", "NO_COLOR": "1"}


def perfect_document(article) -> dict[str, Any]:
    """A predicted document that says exactly what the gold says."""
    quotes = []
    for index, q in enumerate(article.quotes, 1):
        source = q.source_spans[0] if q.source_spans else (None, None)
        cue = {"text": q.cue, "start": q.cue_spans[0][0], "end": q.cue_spans[-1][1]} if q.cue_spans else {"text": q.cue, "start": None, "end": None}
        kind = {"AUTHOR": "author", "UNATTRIBUTED": "unknown", None: "unknown"}.get(q.speaker, "person")
        quotes.append(
            {
                "id": f"q{index}",
                "text": article.text[q.start : q.end],
                "start": q.start,
                "end": q.end,
                "type": q.type,
                "cue": cue,
                "speaker": {"name": q.speaker, "start": source[0], "end": source[1], "role": None, "affiliation": None, "kind": kind},
                "stance": {"label": q.stance or "neutral", "confidence": 0.9, "evidence": [], "about_target": False},
            }
        )
    return {"schema_version": "1.0", "source": str(article.text_path), "target": "Russia", "quotes": quotes}


@pytest.fixture
def gold_paths(tmp_path) -> list[Path]:
    brat = write_brat(tmp_path / "polnear" / "dev")
    jsonl = write_locator_gold(tmp_path, SEED_QUOTES, SEED_TEXT)
    return [brat, jsonl]


@pytest.fixture
def perfect_file(tmp_path, gold_paths) -> Path:
    path = tmp_path / "predictions.jsonl"
    documents = [perfect_document(a) for p in gold_paths for a in load_gold(p).articles]
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents), encoding="utf-8")
    return path


def invoke(*args: Any, **kw: Any):
    return runner.invoke(app, ["eval", *map(str, args)], env=ENV, **kw)


def test_perfect_predictions_give_one_everywhere_json(gold_paths, perfect_file):
    result = invoke(*gold_paths, "--predictions", perfect_file, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["schema_version"] and (data["target"], data["targets"]) == (None, ["Russia"])
    assert [r["format"] for r in data["results"]] == ["brat", "jsonl"]
    for r in data["results"]:
        for key in ("lenient", "strict"):
            assert (r[key]["precision"], r[key]["recall"], r[key]["f1"]) == (1.0, 1.0, 1.0)
        assert r["speaker_accuracy"]["value"] == 1.0 and r["cue_accuracy"]["value"] == 1.0
        assert "by_article" not in r
    assert data["results"][1]["stance"]["accuracy"] == 1.0
    assert data["results"][1]["recall_by_type"]["mixed"]["total"] == 1
    assert result.stderr == ""


def test_table_shows_gold_paths_side_by_side(gold_paths, perfect_file):
    result = invoke(*gold_paths, "-p", perfect_file)
    assert result.exit_code == 0, result.stderr
    header = next(line for line in result.stdout.splitlines() if "Metric" in line)
    assert header.index("polnear/dev") < header.index("gold.jsonl")
    assert "Precision > 30%" in result.stdout and "Recall > 80%" in result.stdout
    assert "Stance polar macro-F1" in result.stdout and "Stance reliability" in result.stdout


def test_by_article_lists_missed_and_spurious_quotes(gold_paths, tmp_path):
    predictions = tmp_path / "sparse.jsonl"
    predictions.write_text(
        json.dumps({"source": "somewhere/op-ed.txt", "quotes": [{"id": "q1", "text": "Title", "start": 0, "end": 5}]}) + "\n",
        encoding="utf-8",
    )
    result = invoke(gold_paths[1], "-p", predictions, "-f", "json", "--by-article")
    assert result.exit_code == 0, result.stderr
    (article,) = json.loads(result.stdout)["results"][0]["by_article"]
    assert article["article"] == "op-ed"
    assert len(article["missed"]) == 3 and article["spurious"][0]["id"] == "q1"
    table = invoke(gold_paths[1], "-p", predictions, "--by-article")
    assert "By article" in table.stdout and "op-ed" in table.stdout


def test_predictions_from_stdin(gold_paths, perfect_file):
    result = invoke(gold_paths[1], "-p", "-", "-f", "json", input=perfect_file.read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["results"][0]["lenient"]["f1"] == 1.0
    assert "match no gold article" in result.stderr  # the brat document is not in this gold


def test_bad_gold_is_reported_after_scoring_the_rest(gold_paths, perfect_file, tmp_path):
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n", encoding="utf-8")
    result = invoke(gold_paths[0], broken, "-p", perfect_file, "-f", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["results"][0]["lenient"]["f1"] == 1.0
    assert data["errors"][0]["path"].endswith("broken.jsonl:1")
    assert result.stderr.startswith("Error: ") and "broken.jsonl:1" in result.stderr


def test_failed_documents_exit_one(gold_paths, tmp_path):
    predictions = tmp_path / "failed.jsonl"
    predictions.write_text(json.dumps({"source": "op-ed.txt", "error": {"type": "BinaryInput", "message": "binary"}}) + "\n", encoding="utf-8")
    result = invoke(gold_paths[1], "-p", predictions)
    assert result.exit_code == 1
    assert "analysis of op-ed failed" in result.stderr


def test_unreadable_predictions_exit_one(gold_paths, tmp_path):
    predictions = tmp_path / "bad.jsonl"
    predictions.write_text("not json\n", encoding="utf-8")
    result = invoke(gold_paths[1], "-p", predictions)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and "bad.jsonl:1" in result.stderr and result.stdout == ""


@pytest.mark.parametrize(
    "args",
    [["does-not-exist"], ["GOLD", "--format", "csv"], ["GOLD", "--predictions", "nope.jsonl"], ["GOLD", "--target", "Atlantis"]],
)
def test_usage_errors_exit_two(gold_paths, args):
    args = [str(gold_paths[1]) if a == "GOLD" else a for a in args]
    assert invoke(*args).exit_code == 2


def test_without_predictions_the_api_is_called_once_for_all_texts(gold_paths, monkeypatch):
    calls: list[dict[str, Any]] = []

    def analyze_texts(items, **options):
        items = list(items)
        calls.append({"items": items, **options})
        for source, text in items:
            article = next(a for p in gold_paths for a in load_gold(p).articles if a.text == text)
            yield perfect_document(article) | {"source": source}

    monkeypatch.setitem(sys.modules, "stancer.api", types.SimpleNamespace(analyze_texts=analyze_texts))
    result = invoke(*gold_paths, "-f", "json", "--target", "russia", "--model", "my_model")
    assert result.exit_code == 0, result.stderr
    assert len(calls) == 1 and len(calls[0]["items"]) == 2
    assert (calls[0]["target"], calls[0]["model"], calls[0]["n_process"]) == ("Russia", "my_model", 1)
    assert all(r["lenient"]["f1"] == 1.0 for r in json.loads(result.stdout)["results"])


def test_each_article_is_analysed_and_scored_for_its_gold_target(tmp_path, monkeypatch):
    (tmp_path / "cn.txt").write_text("Beijing can help calm things down. End.\n", encoding="utf-8")
    write_locator_gold(tmp_path, SEED_QUOTES, SEED_TEXT)
    with (tmp_path / "gold.jsonl").open("a", encoding="utf-8") as handle:
        quote = {"speaker": "AUTHOR", "type": "indirect", "cue": "think", "locator": "Beijing can help", "stance": "constructive"}
        handle.write(json.dumps({"source": "cn.txt", "target": "China", "quotes": [quote]}) + "\n")
    calls: list[tuple[str, int]] = []

    def analyze_texts(items, *, target, **options):
        items = list(items)
        calls.append((target, len(items)))
        for source, text in items:
            article = next(a for a in load_gold(tmp_path / "gold.jsonl").articles if a.text == text)
            yield perfect_document(article) | {"source": source, "target": target}

    monkeypatch.setitem(sys.modules, "stancer.api", types.SimpleNamespace(analyze_texts=analyze_texts))
    result = invoke(tmp_path / "gold.jsonl", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert sorted(calls) == [("China", 1), ("Russia", 1)]
    data = json.loads(result.stdout)
    assert data["targets"] == ["China", "Russia"]
    assert data["results"][0]["stance"]["n"] == 4
    forced = invoke(tmp_path / "gold.jsonl", "-f", "json", "--target", "Russia")
    assert json.loads(forced.stdout)["results"][0]["stance"]["n"] == 3  # China's label is not about Russia
    assert calls[-1] == ("Russia", 2)


def test_library_does_not_print(gold_paths, perfect_file, capsys):
    report = evaluate(gold_paths, predictions=perfect_file)
    assert report.sets[0].lenient.f1 == 1.0
    assert capsys.readouterr() == ("", "")


def test_eval_help_does_not_import_spacy():
    code = (
        "import sys; from typer.testing import CliRunner; from stancer.cli import app; "
        "r = CliRunner().invoke(app, ['eval', '--help']); assert r.exit_code == 0, r.output; "
        "assert '--predictions' in r.output; assert 'spacy' not in sys.modules, 'spacy imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[1])


def test_missing_pipeline_is_one_error_line(gold_paths, monkeypatch):
    monkeypatch.setitem(sys.modules, "stancer.api", None)  # makes `import stancer.api` fail
    result = invoke(gold_paths[1])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot load the pipeline") and result.stdout == ""


def test_model_not_found_is_one_error_line(gold_paths, monkeypatch):
    from stancer.errors import ModelNotFound

    def analyze_texts(items, **options):
        raise ModelNotFound("no English spaCy pipeline; install en_core_web_sm")
        yield  # pragma: no cover

    monkeypatch.setitem(sys.modules, "stancer.api", types.SimpleNamespace(analyze_texts=analyze_texts))
    result = invoke(gold_paths[1])
    assert result.exit_code == 1
    assert result.stderr == "Error: no English spaCy pipeline; install en_core_web_sm\n"
