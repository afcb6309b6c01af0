"""Errors a user can cause. Each becomes one line on stderr and a non-zero exit in the CLI."""

from __future__ import annotations


class KgError(Exception):
    """Base of every error unkg reports to a user (one line, no traceback)."""


class InputError(KgError):
    """A file or directory given to unkg is missing, unreadable or malformed."""


class ValidationError(KgError):
    """The graph does not conform to the SHACL shapes."""


class QueryError(KgError):
    """A SPARQL query or one of its parameters is wrong."""
