"""`stancer analyze` and the root command as a user runs them: stdout, stderr and exit codes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stancer.about import __version__
from stancer.cli import app

pytestmark = pytest.mark.debug  # a bug raises (result.exception) instead of becoming an "Error:" line

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
OPED = SAMPLES / "oped-engagement.txt"
WIRE = SAMPLES / "wire-sanctions.txt"
CHINA = SAMPLES / "china-target.txt"


@pytest.fixture(scope="module")
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str, input: str | bytes | None = None):
    result = runner.invoke(app, [str(a) for a in args], input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def error_lines(stderr: str) -> list[str]:
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    for line in lines:
        assert line.startswith("Error: "), line
    return lines


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema")
    from stancer.schema import load_schema

    return jsonschema.Draft202012Validator(load_schema())


# -- root command --------------------------------------------------------------------------------


def test_version(runner) -> None:
    result = run(runner, "--version")
    assert result.exit_code == 0
    assert result.stdout == f"stancer {__version__}\n"
    assert result.stderr == ""


def test_help(runner) -> None:
    result = run(runner, "--help")
    assert result.exit_code == 0
    assert "analyze" in result.stdout
    result = run(runner, "analyze", "--help")
    assert result.exit_code == 0
    for option in ("--format", "--target", "--alias", "--output", "--max-size"):
        assert option in result.stdout


def test_every_command_and_option_has_help_text() -> None:
    import typer

    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        assert command.help, f"stancer {name} has no help text"
        for param in command.params:
            if param.param_type_name == "option":
                assert param.help, f"stancer {name} {param.opts[0]} has no help text"


def test_python_m_stancer_version() -> None:
    out = subprocess.run([sys.executable, "-m", "stancer", "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0
    assert out.stdout == f"stancer {__version__}\n"
    assert out.stderr == ""


def test_version_does_not_import_spacy() -> None:
    code = (
        "import sys\n"
        "from stancer.cli import main\n"
        "sys.argv = ['stancer', '--version']\n"
        "try:\n    main()\nexcept SystemExit as exc:\n    assert exc.code in (0, None), exc.code\n"
        "assert 'spacy' not in sys.modules, 'spacy was imported'\n"
        "assert 'stancer.api' not in sys.modules\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout == f"stancer {__version__}\n"


# -- formats ---------------------------------------------------------------------------------------


def test_json_is_one_array_valid_against_the_schema(runner, nlp, validator) -> None:
    result = run(runner, "analyze", OPED, WIRE, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    documents = json.loads(result.stdout)
    assert isinstance(documents, list) and len(documents) == 2
    assert [d["source"] for d in documents] == [str(OPED), str(WIRE)]
    for document in documents:
        validator.validate(document)
        assert document["quotes"]


def test_jsonl_is_one_object_per_line(runner, nlp, validator) -> None:
    result = run(runner, "analyze", OPED, WIRE, CHINA, "--format", "jsonl")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    documents = [json.loads(line) for line in lines]
    assert [d["source"] for d in documents] == [str(OPED), str(WIRE), str(CHINA)]
    for document in documents:
        validator.validate(document)


def test_jsonl_is_the_default_when_stdout_is_not_a_terminal(runner, nlp) -> None:
    result = run(runner, "analyze", OPED)
    assert result.exit_code == 0
    [document] = jsonl(result.stdout)
    assert document["source"] == str(OPED)


def test_csv_has_a_header_and_one_row_per_quote(runner, nlp) -> None:
    documents = jsonl(run(runner, "analyze", OPED, WIRE, "-f", "jsonl").stdout)
    result = run(runner, "analyze", OPED, WIRE, "--format", "csv")
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.count("source,id,start,end") == 1  # one header for all inputs
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    quotes = [(d["source"], q) for d in documents for q in d["quotes"]]
    assert len(rows) == len(quotes)
    for row, (source, quote) in zip(rows, quotes):
        assert row["source"] == source
        assert row["id"] == quote["id"]
        assert int(row["start"]) == quote["start"] and int(row["end"]) == quote["end"]
        assert row["text"] == quote["text"]
        assert row["type"] == quote["type"]
        assert row["stance"] == quote["stance"]["label"]
        assert row["speaker"] == (quote["speaker"]["name"] or "")


def test_table_is_plain_text_when_not_a_terminal(runner, nlp) -> None:
    result = run(runner, "analyze", OPED, "--format", "table")
    assert result.exit_code == 0 and result.stderr == ""
    assert "\x1b[" not in result.stdout
    assert "Moscow can help cool the Korean crisis" in result.stdout
    assert "Yuri Sarkisov" in result.stdout
    assert "Margaret Ellery" in result.stdout


def test_output_file(runner, nlp, tmp_path) -> None:
    target = tmp_path / "out.json"
    result = run(runner, "analyze", OPED, "--format", "json", "--output", target)
    assert result.exit_code == 0
    assert result.stdout == ""
    [document] = json.loads(target.read_text(encoding="utf-8"))
    assert document["source"] == str(OPED)


def test_by_speaker_over_all_inputs(runner, nlp) -> None:
    result = run(runner, "analyze", OPED, WIRE, "--by", "speaker", "--format", "json")
    assert result.exit_code == 0
    speakers = json.loads(result.stdout)
    names = [s["name"] for s in speakers]
    assert "Margaret Ellery" in names and "Irina Voskresenskaya" in names
    assert all(s["articles"] >= 1 and s["quotes"] >= 1 for s in speakers)


# -- stdin -----------------------------------------------------------------------------------------

STDIN_TEXT = 'Officials met on Monday.\n\n"Moscow is ready to help," Foreign Minister Sergei Lavrov said on Tuesday.\n'


@pytest.mark.parametrize("args", [["analyze", "-"], ["analyze"]], ids=["dash", "no-path"])
def test_stdin(runner, nlp, args) -> None:
    result = run(runner, *args, "--format", "jsonl", input=STDIN_TEXT)
    assert result.exit_code == 0, result.stderr
    [document] = jsonl(result.stdout)
    assert document["source"] == "-"
    assert [q["text"] for q in document["quotes"]] == ['"Moscow is ready to help,"']


def test_no_path_and_no_stdin_is_a_usage_error() -> None:
    """Run for real with a terminal on stdin: nothing to read, so exit 2 with one line."""
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    try:
        out = subprocess.run(
            [sys.executable, "-m", "stancer", "analyze"], stdin=slave, capture_output=True, text=True, timeout=60
        )
    finally:
        os.close(slave)
        os.close(master)
    assert out.returncode == 2
    assert out.stdout == ""
    assert len(error_lines(out.stderr)) == 1


# -- targets -----------------------------------------------------------------------------------------


def test_target_china(runner, nlp) -> None:
    result = run(runner, "analyze", CHINA, "--target", "China", "-f", "jsonl")
    assert result.exit_code == 0
    [document] = jsonl(result.stdout)
    assert document["target"] == "China"
    assert document["summary"]["quotes"] >= 10


def test_new_target_with_aliases(runner, nlp) -> None:
    result = run(runner, "analyze", OPED, "--target", "Ruritania", "--alias", "Strelsau", "--alias", "Ruritanian", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    [document] = jsonl(result.stdout)
    assert document["target"] == "Ruritania"


def test_known_target_with_an_extra_alias(runner, nlp) -> None:
    result = run(runner, "analyze", OPED, "--target", "russia", "--alias", "Rosneft", "-f", "jsonl")
    assert result.exit_code == 0
    assert jsonl(result.stdout)[0]["target"] == "Russia"


def test_unknown_target_is_a_usage_error(runner) -> None:
    result = run(runner, "analyze", OPED, "--target", "Ruritania")
    assert result.exit_code == 2
    assert result.stdout == ""
    [line] = error_lines(result.stderr)
    assert "Ruritania" in line


# -- bad inputs ----------------------------------------------------------------------------------------


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    (tmp_path / "empty-dir").mkdir()
    (tmp_path / "empty-dir" / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    return {
        "missing": tmp_path / "missing.txt",
        "no-text-files": tmp_path / "empty-dir",
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "binary.txt",
    }


@pytest.mark.parametrize("kind", ["missing", "no-text-files", "empty", "binary"])
def test_bad_input_gives_one_error_line_and_the_rest_is_analysed(runner, nlp, tmp_path, kind) -> None:
    bad = _bad_inputs(tmp_path)[kind]
    result = run(runner, "analyze", OPED, bad, WIRE, "-f", "jsonl")
    assert result.exit_code == 1
    [line] = error_lines(result.stderr)
    assert str(bad) in line
    documents = [d for d in jsonl(result.stdout) if "error" not in d]
    assert [d["source"] for d in documents] == [str(OPED), str(WIRE)]
    assert all(d["quotes"] for d in documents)


def test_all_bad_inputs_at_once(runner, nlp, tmp_path, validator) -> None:
    bad = _bad_inputs(tmp_path)
    result = run(runner, "analyze", *bad.values(), OPED, "-f", "json")
    assert result.exit_code == 1
    lines = error_lines(result.stderr)
    assert len(lines) == len(bad)
    for line, path in zip(lines, bad.values()):
        assert str(path) in line
    documents = json.loads(result.stdout)
    assert [d["source"] for d in documents] == [str(p) for p in bad.values()] + [str(OPED)]
    for document in documents:
        validator.validate(document)


def test_file_over_max_size_is_refused_naming_the_limit(runner, nlp, tmp_path) -> None:
    path = tmp_path / "two-kb.txt"
    path.write_text(WIRE.read_text(encoding="utf-8")[:2048], encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text(STDIN_TEXT, encoding="utf-8")
    result = run(runner, "analyze", path, small, "--max-size", "0.001", "-f", "jsonl")
    assert result.exit_code == 1
    [line] = error_lines(result.stderr)
    assert str(path) in line
    assert any(s in line for s in ("0.001 MB", "1 KB", "1.0 KB", "1048 bytes", "1,048 bytes")), line
    assert [d["source"] for d in jsonl(result.stdout) if "error" not in d] == [str(small)]


def test_latin1_file_is_analysed_with_offsets_into_the_decoded_text(runner, nlp, tmp_path) -> None:
    text = (
        "Zürich talks end without deal\n\n"
        'Jürgen Müller, a diplomat, met the délégation on Monday. "Moscow’s help is welcome here," said Jürgen Müller.\n'
    ).replace("’", "'")
    path = tmp_path / "latin.txt"
    path.write_bytes(text.encode("latin-1"))
    result = run(runner, "analyze", path, "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    [document] = jsonl(result.stdout)
    assert document["encoding"] in ("cp1252", "latin-1")
    assert document["title"] == "Zürich talks end without deal"
    [quote] = document["quotes"]
    assert text[quote["start"]:quote["end"]] == quote["text"] == "\"Moscow's help is welcome here,\""
    assert text[quote["speaker"]["start"]:quote["speaker"]["end"]] == "Jürgen Müller"


def test_shared_bbc_file_that_is_not_utf8(runner, nlp, shared) -> None:
    path = shared / "data" / "bbc" / "sport" / "199.txt"
    result = run(runner, "analyze", path, "-f", "jsonl", "--include-text")
    assert result.exit_code == 0, result.stderr
    [document] = jsonl(result.stdout)
    text = document["text"]
    for quote in document["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]


def test_unbalanced_quotation_marks_are_analysed(runner, nlp, tmp_path) -> None:
    path = tmp_path / "unbalanced.txt"
    path.write_text(
        'Talks stall\n\nThe minister said "we will never accept this, he added.\n\n'
        'Another paragraph” with a stray mark. "Moscow is ready," Lavrov said.\n',
        encoding="utf-8",
    )
    result = run(runner, "analyze", path, "-f", "jsonl")
    assert result.exit_code == 0
    assert result.stderr == ""
    [document] = jsonl(result.stdout)
    text = path.read_text(encoding="utf-8")
    for quote in document["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
    assert any(q["text"] == '"Moscow is ready,"' for q in document["quotes"])


# -- long inputs -------------------------------------------------------------------------------------


def _repeat_sample(path: Path, size: int) -> tuple[str, str, int]:
    article = WIRE.read_text(encoding="utf-8").rstrip("\n")
    copies = size // (len(article) + 2) + 1
    text = "\n\n".join([article] * copies) + "\n"
    path.write_text(text, encoding="utf-8")
    return text, article, copies


def _check_long(result, text: str, article: str, copies: int) -> None:
    from stancer.api import analyze_text

    assert result.exit_code == 0, result.stderr
    [document] = jsonl(result.stdout)
    single = [(q["start"], q["end"], q["type"]) for q in analyze_text(article)["quotes"]]
    step = len(article) + 2
    per_copy: dict[int, list] = {}
    for quote in document["quotes"]:
        assert text[quote["start"]:quote["end"]] == quote["text"]
        if quote["cue"]:
            assert text[quote["cue"]["start"]:quote["cue"]["end"]] == quote["cue"]["text"]
        k = quote["start"] // step
        per_copy.setdefault(k, []).append((quote["start"] - k * step, quote["end"] - k * step, quote["type"]))
    assert len(per_copy) == copies
    assert per_copy[0] == single
    # Later copies start with the headline and dateline as body text, so they may differ from the
    # first one, but never from each other: chunk boundaries change nothing.
    for k in range(2, copies):
        assert per_copy[k] == per_copy[1], f"copy {k} differs from copy 1"
    assert [q["id"] for q in document["quotes"]] == [f"q{i}" for i in range(1, len(document["quotes"]) + 1)]


def test_long_file_is_chunked_with_correct_offsets(runner, nlp, tmp_path) -> None:
    from stancer.api import CHUNK_CHARS

    text, article, copies = _repeat_sample(tmp_path / "long.txt", int(CHUNK_CHARS * 1.25))
    assert len(text) > CHUNK_CHARS
    result = run(runner, "analyze", tmp_path / "long.txt", "-f", "jsonl")
    _check_long(result, text, article, copies)


@pytest.mark.slow
def test_three_megabyte_file(runner, nlp, tmp_path) -> None:
    text, article, copies = _repeat_sample(tmp_path / "big.txt", 3 * 1024 * 1024)
    result = run(runner, "analyze", tmp_path / "big.txt", "-f", "jsonl")
    _check_long(result, text, article, copies)
