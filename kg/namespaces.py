"""Every namespace and IRI pattern of unkg; no IRI literal appears anywhere else.

The ontology lives under ``UNKG`` (``https://w3id.org/unkg/ontology#``); instance data under a
configurable base (default ``https://w3id.org/unkg/``) so that a deployment can mint its own IRIs.
SDG concepts keep the official UN identifiers (``http://metadata.un.org/sdg/``) and are looked up
in the SDG KOS, never built here.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

DEFAULT_BASE = "https://w3id.org/unkg/"

UNKG = Namespace("https://w3id.org/unkg/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
SDG = Namespace("http://metadata.un.org/sdg/")
SDGO = Namespace("http://metadata.un.org/sdg/ontology#")
SH = Namespace("http://www.w3.org/ns/shacl#")
WD = Namespace("http://www.wikidata.org/entity/")
SCHEMA = Namespace("https://schema.org/")

ONTOLOGY_IRI = URIRef("https://w3id.org/unkg/ontology")

PREFIXES: dict[str, Namespace | type[DefinedNamespace]] = {
    "unkg": UNKG,
    "org": ORG,
    "sdg": SDG,
    "sdgo": SDGO,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "wd": WD,
    "schema": SCHEMA,
}

__all__ = [
    "DCTERMS", "DEFAULT_BASE", "ONTOLOGY_IRI", "ORG", "OWL", "PREFIXES", "PROV", "RDF", "RDFS",
    "SCHEMA", "SDG", "SDGO", "SH", "SKOS", "UNKG", "WD", "XSD", "Ids",
]


@dataclass(frozen=True, slots=True)
class Ids:
    """IRI patterns of instance data under one base.

    Examples
    --------
    >>> Ids().org("UNESCO")
    rdflib.term.URIRef('https://w3id.org/unkg/id/org/UNESCO')
    """

    base: str = DEFAULT_BASE

    def _iri(self, kind: str, key: str) -> URIRef:
        return URIRef(f"{self.base}id/{kind}/{key}")

    def org(self, key: str) -> URIRef:
        return self._iri("org", key)

    def grouping(self, key: str) -> URIRef:
        return self._iri("grouping", key)

    def resolution(self, key: str) -> URIRef:
        return self._iri("resolution", key)

    def report(self, key: str) -> URIRef:
        return self._iri("report", key)

    def fact(self, key: str) -> URIRef:
        return self._iri("fact", key)

    def evidence(self, key: str) -> URIRef:
        return self._iri("evidence", key)

    def membership(self, key: str) -> URIRef:
        return self._iri("membership", key)

    def topic(self, key: str) -> URIRef:
        return self._iri("topic", key)

    def curation(self, key: str) -> URIRef:
        return self._iri("curation", key)

    def graph(self, key: str) -> URIRef:
        return URIRef(f"{self.base}graph/{key}")
