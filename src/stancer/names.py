"""The gender a first name usually signals, so `she` does not resolve to "Donald Trump".

A small table written for stancer (`data/first_names.json`); names used for both are left out,
and an unknown name says nothing.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    data = json.loads(resources.files("stancer").joinpath("data/first_names.json").read_text(encoding="utf-8"))
    table = {name.lower(): "f" for name in data["female"]}
    table.update({name.lower(): "m" for name in data["male"]})
    return table


def first_name_gender(name: str) -> str | None:
    """'m', 'f' or None for a first name."""
    return _table().get(name.lower().strip("."))
