"""`stancer eval` on the team's shared data (PolNeAR, the seed gold); skipped when ../shared is absent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stancer.cli import app
from stancer.evaluation import evaluate, load_gold

from test_evaluation_cli import perfect_document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
POLNEAR = SHARED / "data" / "polnear"
SEED_GOLD = SHARED / "data" / "gold" / "seed.jsonl"

pytestmark = [
    pytest.mark.shared,
    pytest.mark.skipif(not (POLNEAR / "dev").is_dir() or not SEED_GOLD.is_file(), reason="needs ../shared data"),
]


@pytest.fixture(scope="module")
def dev():
    return load_gold(POLNEAR / "dev")


def test_polnear_dev_reads_cleanly_with_its_stance_labels(dev):
    assert dev.format == "brat" and dev.errors == []
    assert len(dev.articles) == len(list((POLNEAR / "dev" / "text").glob("*.txt")))
    assert dev.stance_file is not None and dev.stance_file.name == "polnear_russia_traindev.jsonl"
    dev_rows = [r for r in map(json.loads, dev.stance_file.read_text(encoding="utf-8").splitlines()) if r["split"] == "dev"]
    assert (dev.stance_attached, dev.stance_unmatched) == (len(dev_rows), 0)
    quotes = [q for a in dev.articles for q in a.quotes]
    assert 0 < sum(q.in_scope for q in quotes) < len(quotes)
    assert any(len(q.pieces) > 1 for q in quotes)


def test_every_gold_span_is_inside_its_text(dev):
    for article in dev.articles:
        for quote in article.quotes:
            assert all(0 <= s < e <= len(article.text) for s, e in quote.pieces)


def test_seed_gold_resolves_its_source_under_shared():
    gold = load_gold(SEED_GOLD)
    assert gold.errors == []
    (article,) = gold.articles
    assert article.text_path == SHARED / "seed" / "aoki-2017-russia-north-korea.txt"
    contents = [q.content(article.text) for q in article.quotes]
    assert contents[0] == "Moscow can and should play a role in reducing tensions."
    assert contents[-1].startswith("the outcome of Russian influence") and contents[-1].endswith('[North Korean] regime."')


def test_perfect_predictions_score_one_on_dev_and_seed(tmp_path):
    path = tmp_path / "perfect.jsonl"
    documents = [perfect_document(a) for p in (POLNEAR / "dev", SEED_GOLD) for a in load_gold(p).articles]
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in documents), encoding="utf-8")
    report = evaluate([POLNEAR / "dev", SEED_GOLD], predictions=path)
    for scores in report.sets:
        for detection in (scores.lenient, scores.strict):
            assert (detection.precision, detection.recall, detection.f1) == (1.0, 1.0, 1.0)
        assert scores.speaker.value == 1.0 and scores.cue.value == 1.0
        assert scores.stance is not None and scores.stance.accuracy.value == 1.0
    result = CliRunner().invoke(app, ["eval", str(POLNEAR / "dev"), "-p", str(path), "-f", "json"], env={"STANCER_DEBUG": "1"})
    assert result.exit_code == 0
    assert json.loads(result.stdout)["results"][0]["stance"]["n"] == report.sets[0].stance.n
