"""unkg: a knowledge graph of the UN system built from the reports its bodies publish.

The public API: :func:`build`, :func:`load_graph`, :class:`BuildOptions`, the data model
(:class:`Statement`, :class:`Evidence`, :class:`Fact`) and :class:`KgError`.
"""

from __future__ import annotations

__version__ = "0.1.0"

from kg.errors import InputError, KgError, QueryError, ValidationError  # noqa: E402
from kg.model import Evidence, Fact, Statement  # noqa: E402


def __getattr__(name: str) -> object:
    # the pipeline imports rdflib and friends: load it only when asked for
    if name in ("build", "BuildOptions", "load_graph"):
        from kg import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)


__all__ = [
    "BuildOptions", "Evidence", "Fact", "InputError", "KgError", "QueryError", "Statement",
    "ValidationError", "__version__", "build", "load_graph",
]
