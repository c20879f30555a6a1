"""`stancer eval`: score stancer against annotated articles (PolNeAR brat folders, gold JSONL)."""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Any, List, Optional

import typer

from ..errors import StancerError, UnknownTarget
from ._util import EXIT_INPUT_FAILED, EXIT_OK, EXIT_USAGE, app, error_line, fail, reraise_unexpected, warning_line


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


@app.command("eval")
def eval_cli(
    gold: List[Path] = typer.Argument(..., exists=True, help="PolNeAR split folders (text/ + attributions/) or gold JSONL files; several are shown side by side."),
    predictions: Optional[str] = typer.Option(None, "--predictions", "-p", show_default=False, help="JSON Lines from `stancer analyze --format jsonl`, matched to gold by file stem (- for stdin). Without it the gold texts are analysed now."),
    output_format: EvalFormat = typer.Option(EvalFormat.table, "--format", "-f", help="table for people, json for tools."),
    target: Optional[str] = typer.Option(None, "--target", "-t", help="Target of the stance labels (default: the one the gold names, else Russia)."),
    alias: Optional[List[str]] = typer.Option(None, "--alias", "-a", help="An extra name for the target when analysing (repeatable)."),
    stance: Optional[Path] = typer.Option(None, "--stance", exists=True, dir_okay=False, help="Stance labels for brat gold (default: stance/polnear_russia_traindev.jsonl beside the PolNeAR folder)."),
    no_stance: bool = typer.Option(False, "--no-stance", help="Do not look for the stance file beside PolNeAR."),
    by_article: bool = typer.Option(False, "--by-article", help="Add per-article figures to the table, and to the JSON a by_article field with missed and spurious quotes."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="spaCy pipeline to analyse with (without --predictions)."),
    workers: int = typer.Option(1, "--workers", "-w", min=0, help="Processes for the analysis (0 = all cores)."),
) -> None:
    """Score quotes, speakers, cues and stance against annotated articles (precision, recall, F1, accuracies)."""
    from ..evaluation import evaluate

    if predictions is not None and predictions != "-" and not Path(predictions).is_file():
        raise typer.BadParameter(f"file {predictions!r} does not exist.", param_hint="'--predictions' / '-p'")
    aliases = tuple(alias or ())
    if target is not None:
        from ..targets import load_target

        try:
            target = load_target(target, aliases).name
        except UnknownTarget as exc:
            fail(str(exc), EXIT_USAGE)
    analyze = None if predictions is not None else _analyze_with_progress()
    try:
        report = evaluate(
            gold,
            predictions=predictions,
            target=target,
            aliases=aliases,
            stance_file=stance,
            auto_stance=not no_stance,
            analyze=analyze,
            model=model,
            n_process=(os.cpu_count() or 1) if workers == 0 else workers,
        )
        _render(report, output_format, by_article)
    except UnknownTarget as exc:
        fail(str(exc), EXIT_USAGE)
    except StancerError as exc:
        fail(str(exc), EXIT_INPUT_FAILED)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(EXIT_OK) from None
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    except Exception as exc:  # noqa: BLE001 - the CLI edge reports surprises in one line
        if reraise_unexpected():
            raise
        fail(f"unexpected {type(exc).__name__}: {exc} (set STANCER_DEBUG=1 for a traceback)", EXIT_INPUT_FAILED)
    raise typer.Exit(_report_problems(report))


def _analyze_with_progress():
    """stancer.api.analyze_texts, imported now (it loads spaCy) and wrapped in a stderr progress bar."""
    try:
        from ..api import analyze_texts
    except ImportError as exc:
        fail(f"cannot load the pipeline ({exc}); pass --predictions FILE instead", EXIT_INPUT_FAILED)
    from rich.console import Console

    from .progress import progress_over

    def analyze(items: list[tuple[str, str]], **options: Any):
        return progress_over(analyze_texts(items, **options), total=len(items), console=Console(stderr=True))

    return analyze


def _render(report, output_format: EvalFormat, by_article: bool) -> None:
    if output_format is EvalFormat.json:
        sys.stdout.write(json.dumps(report.to_dict(by_article=by_article), ensure_ascii=False, indent=2) + "\n")
    else:
        from rich.console import Console

        from ..evaluation.report import tables

        terminal = sys.stdout.isatty()
        console = Console(
            file=sys.stdout,
            force_terminal=None if terminal else False,
            no_color=None if terminal else True,
            width=None if terminal else 160,
        )
        for table in tables(report, by_article=by_article):
            console.print(table)
    sys.stdout.flush()


def _report_problems(report) -> int:
    """Problems go to stderr; exit 1 when a gold file could not be read or an analysis failed."""
    for error in report.errors:
        error_line(f"{error.path}: {error.message}")
    for failed in report.failed_documents:
        error_line(f"analysis of {failed['article']} failed ({failed['error']}); scored as finding no quotes")
    missing = [stem for s in report.sets for stem in s.missing_documents]
    if missing:
        warning_line(f"{len(missing)} gold article(s) have no predicted document (e.g. {missing[0]}); scored as finding no quotes")
    if report.unused_documents:
        warning_line(f"{len(report.unused_documents)} predicted document(s) match no gold article (e.g. {report.unused_documents[0]})")
    return EXIT_INPUT_FAILED if report.errors or report.failed_documents else EXIT_OK
