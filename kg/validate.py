"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pySHACL).

A violation is reported as focus node, path and message, one per line, most useful first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.namespaces import SH


@dataclass(frozen=True, slots=True, order=True)
class Violation:
    """One SHACL result: the node, the property path and the shape's message."""

    focus: str
    path: str
    message: str
    severity: str = "Violation"

    def __str__(self) -> str:
        return f"{self.severity}: {self.focus} {self.path}: {self.message}"


def validate_graph(data: Graph, shapes: Path, ontology: Graph | None = None) -> list[Violation]:
    """Validate ``data`` with the shapes; return the violations (empty when it conforms).

    The ontology is passed as ``ont_graph`` so that ``sh:targetClass`` reaches instances of
    sub-classes (an ``unkg:SpecializedAgency`` is checked as a ``unkg:Organization``).

    Examples
    --------
    >>> from rdflib import Graph
    >>> validate_graph(Graph(), Path("ontology/shapes.ttl"))  # doctest: +SKIP
    []
    """
    from pyshacl import validate

    sg = Graph().parse(shapes, format="turtle")
    _conforms, report, _text = validate(
        data, shacl_graph=sg, ont_graph=ontology, inference="none", advanced=True,
        allow_infos=True, allow_warnings=True, abort_on_first=False,
    )
    out: list[Violation] = []
    for res in report.subjects(RDF.type, SH.ValidationResult):
        sev = report.value(res, SH.resultSeverity)
        severity = str(sev).rsplit("#", 1)[-1] if sev else "Violation"
        focus = report.value(res, SH.focusNode)
        path = report.value(res, SH.resultPath)
        msg = report.value(res, SH.resultMessage)
        out.append(Violation(_short(focus), _short(path), str(msg or "constraint not met"), severity))
    return sorted(out)


def _short(term: object) -> str:
    if term is None:
        return "-"
    if isinstance(term, URIRef):
        s = str(term)
        for cut in ("/id/", "#"):
            if cut in s:
                return ("…/id/" if cut == "/id/" else "…#") + s.split(cut, 1)[1]
        return s
    return str(term)
