"""The `stancer` command line. Each command lives in its own module and registers on `app`."""

from __future__ import annotations

from ._util import app
from . import analyze as _analyze  # noqa: F401  (registers `stancer analyze`)
from . import eval as _eval  # noqa: F401  (registers `stancer eval`)


def main() -> None:
    app()


__all__ = ["app", "main"]
