"""The JSON Schema of the documents `stancer analyze --format json/jsonl` writes.

`load_schema()` returns it as a dict; validate with any draft 2020-12 validator, e.g.
`jsonschema.Draft202012Validator(load_schema()).validate(document)`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

SCHEMA_FILE = "document.schema.json"

__all__ = ["SCHEMA_FILE", "load_schema"]


def load_schema() -> dict[str, Any]:
    """The document schema (draft 2020-12) as a fresh dict."""
    return json.loads(_schema_text())


@lru_cache(maxsize=1)
def _schema_text() -> str:
    return resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
