"""Statistics of a built graph, read back from the graph itself (``unkg stats``)."""

from __future__ import annotations

from typing import Any

from rdflib import Dataset
from rdflib.query import ResultRow
from rdflib.term import Node

_QUERIES = {
    "organizations": "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?o unkg:category ?c }",
    "groupings": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { ?g unkg:kind ?k }",
    "mandates": "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r unkg:mandateKind ?k }",
    "facts": "SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a unkg:Fact }",
    "evidence": "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a unkg:Evidence }",
    "reports": "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a unkg:Report }",
}
_PER_REPORT = """
SELECT ?id ?label (COUNT(DISTINCT ?f) AS ?facts) WHERE {
  ?r a unkg:Report ; rdfs:label ?label .
  OPTIONAL { ?f unkg:statedIn ?r }
  BIND(STRAFTER(STR(?r), "/id/report/") AS ?id)
} GROUP BY ?id ?label ORDER BY ?id
"""
_DISCOVERED = """
SELECT DISTINCT ?label ?kind WHERE {
  ?x unkg:discovered true ; rdfs:label ?label .
  BIND(IF(EXISTS { ?x unkg:category ?c }, "organization", "grouping") AS ?kind)
} ORDER BY ?kind ?label
"""
_BY_PREDICATE = """
SELECT ?p (COUNT(DISTINCT ?f) AS ?n) WHERE { ?f a unkg:Fact ; rdf:predicate ?p } GROUP BY ?p ORDER BY DESC(?n) ?p
"""


def _select(ds: Dataset, query: str, ns: dict[str, Any]) -> list[ResultRow]:
    """The rows of a SELECT query (a SELECT result yields only ``ResultRow``s)."""
    return [row for row in ds.query(query, initNs=ns) if isinstance(row, ResultRow)]


def _int(value: Node) -> int:
    """An integer literal of a result row as an ``int`` (``Literal`` is a ``str``)."""
    return int(str(value))


def graph_stats(ds: Dataset) -> dict[str, Any]:
    """Counts of a built graph and the organizations and groupings discovered in report text.

    Examples
    --------
    >>> from kg.pipeline import load_graph  # doctest: +SKIP
    >>> graph_stats(load_graph(Path("out")))["reports"]  # doctest: +SKIP
    4
    """
    from kg.namespaces import PREFIXES

    ns = {k: v for k, v in PREFIXES.items()}
    out: dict[str, Any] = {"triples": len(ds)}
    for name, q in _QUERIES.items():
        row = next(iter(_select(ds, q, ns)))
        out[name] = _int(row[0])
    out["facts_by_predicate"] = {str(r[0]).rsplit("#", 1)[-1]: _int(r[1]) for r in _select(ds, _BY_PREDICATE, ns)}
    out["per_report"] = [{"id": str(r[0]), "label": str(r[1]), "facts": _int(r[2])} for r in _select(ds, _PER_REPORT, ns)]
    disc = [(str(r[0]), str(r[1])) for r in _select(ds, _DISCOVERED, ns)]
    out["discovered_organizations"] = [label for label, kind in disc if kind == "organization"]
    out["discovered_groupings"] = len([1 for _, kind in disc if kind == "grouping"])
    return out
