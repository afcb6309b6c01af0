"""Shared fixtures of test_queries.py, test_reasoning.py and test_serve.py (imported, not a conftest)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from kg.namespaces import Ids

ROOT = Path(__file__).resolve().parent.parent
SMALL = ROOT / "tests" / "fixtures" / "queries_small.trig"


def small_graph_file(directory: Path) -> Path:
    """The hand-made fixture plus ontology/unkg.ttl as graph/ontology, written as one TriG file."""
    ds = Dataset()
    ds.parse(SMALL, format="trig")
    ds.graph(Ids().graph("ontology")).parse(ROOT / "ontology" / "unkg.ttl", format="turtle")
    path = directory / "kg.trig"
    path.write_text(ds.serialize(format="trig"), encoding="utf-8")
    return path
