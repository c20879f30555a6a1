"""The parallel path (n_process=2 / --workers 2) gives what the serial one does, in input order.

No timing here (see benchmarks/throughput.py): only that documents, errors and their order are the
same whether the analysis runs in one process or several. Small batches, and small groups of inputs
per worker task where stancer.api groups them (WORKER_GROUP_CHARS), make the two workers' work
interleave; texts of very different lengths make the workers finish out of order.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stancer import api
from stancer.api import analyze_paths, analyze_texts
from stancer.cli import app

pytestmark = [pytest.mark.model, pytest.mark.debug]

REPO = Path(__file__).resolve().parents[1]
SAMPLES = sorted((REPO / "samples").glob("*.txt"))


def _article(i: int, paragraphs: int) -> str:
    """A small made-up article with a headline, a direct quote, an indirect one and `He` follow-ups."""
    body = [
        f"Talks on grain route {i} resume\n",
        f'"We are ready to work with Moscow on route {i}," Foreign Minister Anna Berg{i} said on Monday.',
    ]
    for n in range(paragraphs):
        body.append(
            f"Officials said the talks, the {n + 1}th round, would continue next week. "
            f'"Russia has been a difficult partner," said analyst Tom Reed{i}. '
            f"He added that sanctions on Russia should stay in place until round {n + 2}."
        )
    return "\n\n".join(body) + "\n"


# Lengths vary a lot (1 to 60 paragraphs) so that a worker with short texts gets ahead of the other.
GENERATED = [(f"gen-{i}", _article(i, n)) for i, n in enumerate([1, 60, 2, 1, 35, 3, 1])]


def _items() -> list[tuple[str, str]]:
    samples = [(p.name, p.read_text(encoding="utf-8")) for p in SAMPLES]
    # samples and generated texts interleaved
    items: list[tuple[str, str]] = []
    for k in range(max(len(samples), len(GENERATED))):
        items.extend(samples[k:k + 1])
        items.extend(GENERATED[k:k + 1])
    return items


@pytest.fixture(autouse=True)
def _small_worker_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    """A few thousand characters per worker task (instead of ~200,000), so that these small
    inputs are spread over both workers rather than sent to one."""
    if hasattr(api, "WORKER_GROUP_CHARS"):
        monkeypatch.setattr(api, "WORKER_GROUP_CHARS", 3_000)


@pytest.fixture(scope="module")
def items(nlp) -> list[tuple[str, str]]:  # `nlp`: skip when no model is installed, load it once
    assert SAMPLES, "samples/*.txt are missing"
    return _items()


@pytest.fixture(scope="module")
def serial_documents(items) -> list[dict]:
    return list(analyze_texts(items, batch_size=2))


def test_texts_in_two_processes_match_one_process(items, serial_documents) -> None:
    parallel = list(analyze_texts(items, n_process=2, batch_size=2))
    assert [d["source"] for d in parallel] == [source for source, _ in items]
    assert parallel == serial_documents
    assert sum(d["summary"]["quotes"] for d in parallel) > len(items)  # the texts do have quotes


def test_chunked_texts_in_two_processes_match_one_process(items, monkeypatch: pytest.MonkeyPatch) -> None:
    """Long texts split into chunks: chunks of one text spread over both workers and are stitched
    back in order (the chunk size is made tiny here so the generated texts split in many)."""
    real_split = api.split_text
    monkeypatch.setattr(api, "split_text", lambda text, limit=1500: real_split(text, limit))
    chosen = [item for item in items if item[0] in ("gen-1", "gen-0", "gen-4", "wire-sanctions.txt")]
    assert len(real_split(dict(chosen)["gen-1"], 1500)) > 5
    serial = list(analyze_texts(chosen, batch_size=1))
    parallel = list(analyze_texts(chosen, n_process=2, batch_size=1))
    assert parallel == serial
    assert [d["source"] for d in parallel] == [source for source, _ in chosen]
    for (source, text), document in zip(chosen, parallel):
        quotes = document["quotes"]
        assert [q["id"] for q in quotes] == [f"q{i}" for i in range(1, len(quotes) + 1)], source
        assert [q["start"] for q in quotes] == sorted(q["start"] for q in quotes), source
        for q in quotes:
            assert text[q["start"]:q["end"]] == q["text"], source


def _files(tmp_path: Path) -> tuple[list[str], list[str | None]]:
    """Paths with failures first, in the middle and last, and the error type expected for each."""
    good = []
    for n, (source, text) in enumerate(_items()[:6]):
        path = tmp_path / f"{n:02d}-{Path(source).stem}.txt"
        path.write_text(text, encoding="utf-8")
        good.append(str(path))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n \n", encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    paths = [missing, good[0], good[1], str(empty), good[2], missing, str(blank), good[3], good[4], good[5], str(empty)]
    expected = [
        "not_found", None, None, "empty", None, "not_found", "empty", None, None, None, "empty",
    ]
    return paths, expected


def test_paths_keep_errors_in_place_in_two_processes(nlp, tmp_path: Path) -> None:
    paths, expected = _files(tmp_path)
    serial = list(analyze_paths(paths, batch_size=1))
    parallel = list(analyze_paths(paths, n_process=2, batch_size=1))
    assert [d["source"] for d in parallel] == paths
    assert [d.get("error", {}).get("type") for d in parallel] == expected
    assert parallel == serial


def test_only_failures_in_two_processes(nlp, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    documents = list(analyze_paths([str(tmp_path / "nope.txt"), str(empty)], n_process=2))
    assert [d["error"]["type"] for d in documents] == ["not_found", "empty"]


def _cli(*args: str):
    result = CliRunner().invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def _jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_cli_workers_keep_input_order(nlp, tmp_path: Path) -> None:
    paths, expected = _files(tmp_path)
    serial = _cli("analyze", *paths, "--format", "jsonl", "--batch-size", "1")
    parallel = _cli("analyze", *paths, "--workers", "2", "--format", "jsonl", "--batch-size", "1")
    assert parallel.exit_code == serial.exit_code == 1  # some inputs failed
    documents = _jsonl(parallel.stdout)
    assert [d["source"] for d in documents] == paths
    assert [d.get("error", {}).get("type") for d in documents] == expected
    assert documents == _jsonl(serial.stdout)
    errors = [line for line in parallel.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == sum(e is not None for e in expected)
    assert "Traceback" not in parallel.stderr


def test_cli_workers_on_a_folder_keep_the_walk_order(nlp, tmp_path: Path) -> None:
    from stancer.reading import expand_paths

    folder = tmp_path / "articles"
    (folder / "b").mkdir(parents=True)
    names = ["z.txt", "b/c.txt", "a.txt", "b/a.txt", "m.txt"]
    for (_, text), name in zip(GENERATED[:5], names):  # written out of order, with a long text
        (folder / name).write_text(text, encoding="utf-8")
    parallel = _cli("analyze", folder, "--workers", "2", "--format", "jsonl", "--batch-size", "1")
    serial = _cli("analyze", folder, "--format", "jsonl", "--batch-size", "1")
    assert parallel.exit_code == 0, parallel.stderr
    documents = _jsonl(parallel.stdout)
    assert [d["source"] for d in documents] == list(expand_paths([str(folder)]))
    assert sorted(Path(d["source"]).relative_to(folder).as_posix() for d in documents) == sorted(names)
    assert documents == _jsonl(serial.stdout)
