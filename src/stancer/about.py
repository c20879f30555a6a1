"""Package metadata kept import-light so `stancer --version` never loads spaCy."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"
