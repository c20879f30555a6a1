"""Typed exceptions. The library raises these; only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class StancerError(Exception):
    """Base class for every error stancer raises on purpose."""

    code = "stancer_error"


class InputError(StancerError):
    """An input could not be read or is not an article (missing, empty, binary, too large)."""

    code = "input_error"


class InputNotFound(InputError):
    code = "not_found"


class EmptyInput(InputError):
    code = "empty"


class BinaryInput(InputError):
    code = "binary"


class InputTooLarge(InputError):
    code = "too_large"


class NoTextFiles(InputError):
    code = "no_text_files"


class AnalysisError(StancerError):
    """The pipeline failed on one input (reported for that input; the others go on)."""

    code = "analysis_failed"


class ModelNotFound(StancerError):
    """No English spaCy pipeline could be loaded."""

    code = "model_not_found"


class UnknownTarget(StancerError):
    """The --target name is not in the alias table and no --alias was given for it."""

    code = "unknown_target"


class GoldFormatError(StancerError):
    """A gold file for `stancer eval` could not be parsed."""

    code = "gold_format"
