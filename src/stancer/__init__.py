"""stancer: quotes, speakers and stance toward a target in news articles.

Import-light on purpose: `stancer.api` (and spaCy with it) loads only when used.
"""

from .about import SCHEMA_VERSION, __version__

__all__ = ["__version__", "SCHEMA_VERSION", "analyze_text", "analyze_texts", "analyze_paths"]


def __getattr__(name: str):
    if name in ("analyze_text", "analyze_texts", "analyze_paths"):
        from . import api

        return getattr(api, name)
    raise AttributeError(name)
