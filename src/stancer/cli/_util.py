"""Shared CLI plumbing: the Typer app, option aliases, error reporting and exit codes.

Kept free of spaCy imports so `stancer --help` and `--version` start fast.
"""

from __future__ import annotations

import os
import sys
from enum import Enum
from typing import NoReturn

import typer

from ..about import __version__

EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_USAGE = 2

app = typer.Typer(
    name="stancer",
    help="Find quotes in news articles, attribute them to speakers, and label their stance toward a target.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def error_line(message: str) -> None:
    """Write one `Error: ...` line to stderr (never stdout)."""
    sys.stderr.write(f"Error: {message}\n")
    sys.stderr.flush()


def warning_line(message: str) -> None:
    sys.stderr.write(f"Warning: {message}\n")
    sys.stderr.flush()


def fail(message: str, code: int = EXIT_INPUT_FAILED) -> NoReturn:
    error_line(message)
    raise typer.Exit(code)


def reraise_unexpected() -> bool:
    """Under tests (or STANCER_DEBUG=1) unexpected errors are re-raised, not hidden."""
    return os.environ.get("STANCER_DEBUG", "") not in ("", "0")


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"stancer {__version__}")
        raise typer.Exit()
