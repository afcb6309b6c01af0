"""Reasoning over a built graph: OWL 2 RL / RDFS closures with owlrl, and a cheap materialisation.

Two ways to get entailed triples, kept apart from the asserted ones in a named graph of their own
(``graph/inferred/{profile}``), so that a reader can always tell what a report said from what a
reasoner concluded:

- :func:`closure` runs owlrl's RDFS or OWL-RL closure over the union of all graphs. It is complete
  for its profile but slow and grows faster than linearly (see ``docs/queries.md``), and it adds
  many triples nobody queries (``rdfs:Resource`` types, reflexive ``owl:sameAs``).
- :func:`materialise` applies only the schema axioms of ``ontology/unkg.ttl`` that questions about
  the UN system rely on: sub-class and sub-property chains, ``owl:inverseOf`` (``unkg:hasMember``,
  ``unkg:hasPart``), ``owl:SymmetricProperty`` (``unkg:partnersWith``) and
  ``owl:TransitiveProperty`` (``unkg:partOf``, ``unkg:subOrganizationOf``). It takes milliseconds.

The saved queries in ``queries/`` do not need either: they write the same entailments as SPARQL
property paths (``rdfs:subPropertyOf*``, ``^unkg:partnersWith``, ``unkg:partOf+``), and they give
the same answers whether or not an inferred graph is present.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.errors import InputError
from kg.namespaces import DEFAULT_BASE, Ids

PROFILES = ("schema", "rdfs", "owlrl")
Triple = tuple[URIRef | BNode, URIRef, URIRef | BNode | Literal]


def inferred_graph_name(profile: str, base: str = DEFAULT_BASE) -> URIRef:
    """The IRI of the named graph that holds the triples a profile entails.

    Examples
    --------
    >>> inferred_graph_name("rdfs")
    rdflib.term.URIRef('https://w3id.org/unkg/graph/inferred/rdfs')
    """
    return Ids(base).graph(f"inferred/{profile}")


def union(ds: Dataset | Graph) -> Graph:
    """Every triple of every graph of ``ds`` in one graph (set semantics)."""
    g = Graph()
    graphs = list(ds.graphs()) if isinstance(ds, Dataset) else [ds]
    for part in graphs:
        for t in part:
            g.add(t)
    return g


def closure(graph: Graph, profile: str) -> Graph:
    """The triples that ``profile`` entails from ``graph`` and that ``graph`` does not assert.

    Parameters
    ----------
    graph : rdflib.Graph
        Asserted triples, ontology included (the closure needs the schema axioms).
    profile : {"schema", "rdfs", "owlrl"}
        ``schema`` is :func:`materialise_triples`; ``rdfs`` and ``owlrl`` are owlrl's
        ``RDFS_Semantics`` and ``OWLRL_Semantics`` without axiomatic or datatype triples.

    Returns
    -------
    rdflib.Graph
        Only the new triples. Dropped: triples with a literal subject, and copies of an asserted
        literal with another language tag or datatype, both artefacts of owlrl.

    Examples
    --------
    >>> from rdflib import Graph
    >>> g = Graph().parse(data='''@prefix u: <https://w3id.org/unkg/ontology#> .
    ... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ... u:coLeads rdfs:subPropertyOf u:leads . <urn:a> u:coLeads <urn:b> .''', format="turtle")
    >>> sorted(str(p) for _, p, _ in closure(g, "schema"))
    ['https://w3id.org/unkg/ontology#leads']
    """
    if profile == "schema":
        out = Graph()
        for t in materialise_triples(graph):
            out.add(t)
        return out
    if profile not in ("rdfs", "owlrl"):
        raise InputError(f"unknown reasoning profile {profile!r} (use one of {', '.join(PROFILES)})")
    import owlrl

    semantics = owlrl.RDFS_Semantics if profile == "rdfs" else owlrl.OWLRL_Semantics
    work = Graph()
    for triple in graph:
        work.add(triple)
    owlrl.DeductiveClosure(semantics, axiomatic_triples=False, datatype_axioms=False).expand(work)
    out = Graph()
    for s, p, o in work:
        if isinstance(s, Literal) or (s, p, o) in graph:
            continue
        if isinstance(o, Literal) and any(str(x) == str(o) for x in graph.objects(s, p)):
            continue  # owlrl swaps literals for blank nodes and back, and can restore another tag or type
        out.add((s, p, o))
    return out


def materialise_triples(graph: Graph) -> set[Triple]:
    """The schema entailments the questions about the UN system rely on, computed to a fixpoint.

    Sub-class and sub-property chains, inverses, symmetric and transitive properties, as declared
    in the graph itself (its ontology graph). Nothing else: no domains, ranges or ``owl:sameAs``.

    Examples
    --------
    >>> from rdflib import Graph
    >>> g = Graph().parse(data='''@prefix u: <https://w3id.org/unkg/ontology#> .
    ... @prefix owl: <http://www.w3.org/2002/07/owl#> .
    ... u:partnersWith a owl:SymmetricProperty . <urn:a> u:partnersWith <urn:b> .''', format="turtle")
    >>> [(str(s), str(o)) for s, _, o in materialise_triples(g)]
    [('urn:b', 'urn:a')]
    """
    sub_class = _closure_of(graph, RDFS.subClassOf)
    sub_prop = _closure_of(graph, RDFS.subPropertyOf)
    inverse: dict[URIRef, set[URIRef]] = defaultdict(set)
    for a, _, b in graph.triples((None, OWL.inverseOf, None)):
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            inverse[a].add(b)
            inverse[b].add(a)
    symmetric = {p for p in graph.subjects(RDF.type, OWL.SymmetricProperty) if isinstance(p, URIRef)}
    transitive = {p for p in graph.subjects(RDF.type, OWL.TransitiveProperty) if isinstance(p, URIRef)}

    known: set[Triple] = set(graph)  # type: ignore[arg-type]
    new: set[Triple] = set()
    frontier: list[Triple] = list(known)
    by_pred: dict[URIRef, dict[object, set[object]]] = defaultdict(lambda: defaultdict(set))
    for s, p, o in known:
        by_pred[p][s].add(o)

    def add(t: Triple) -> None:
        if t not in known:
            known.add(t)
            new.add(t)
            frontier.append(t)
            by_pred[t[1]][t[0]].add(t[2])

    while frontier:
        s, p, o = frontier.pop()
        if p == RDF.type and isinstance(o, URIRef):
            for sup in sub_class.get(o, ()):
                add((s, RDF.type, sup))
            continue
        for sup in sub_prop.get(p, ()):
            add((s, sup, o))
        if isinstance(o, Literal):
            continue
        for inv in inverse.get(p, ()):
            add((o, inv, s))
        if p in symmetric:
            add((o, p, s))
        if p in transitive:
            for o2 in list(by_pred[p].get(o, ())):
                add((s, p, o2))  # type: ignore[arg-type]
            for s0, objs in list(by_pred[p].items()):
                if s in objs:
                    add((s0, p, o))  # type: ignore[arg-type]
    return new


def _closure_of(graph: Graph, prop: URIRef) -> dict[URIRef, set[URIRef]]:
    """For each node, every node it reaches through ``prop`` (one step or more), itself excluded."""
    step: dict[URIRef, set[URIRef]] = defaultdict(set)
    for a, _, b in graph.triples((None, prop, None)):
        if isinstance(a, URIRef) and isinstance(b, URIRef) and a != b:
            step[a].add(b)
    out: dict[URIRef, set[URIRef]] = {}
    for a in step:
        seen: set[URIRef] = set()
        todo = list(step[a])
        while todo:
            b = todo.pop()
            if b in seen or b == a:
                continue
            seen.add(b)
            todo.extend(step.get(b, ()))
        out[a] = seen
    return out


def materialise(ds: Dataset, base: str = DEFAULT_BASE) -> int:
    """Add the schema entailments of ``ds`` to its named graph ``graph/inferred/schema``.

    Meant for the build, after SHACL validation: the asserted report graphs are left untouched.

    Returns
    -------
    int
        The number of triples added.

    Examples
    --------
    >>> from kg.pipeline import load_graph          # doctest: +SKIP
    >>> ds = load_graph(Path("out"))                  # doctest: +SKIP
    >>> materialise(ds) > 0                           # doctest: +SKIP
    True
    """
    triples = sorted(materialise_triples(union(ds)))
    g = ds.graph(inferred_graph_name("schema", base))
    for t in triples:
        g.add(t)
    return len(triples)


def infer(ds: Dataset, profile: str, base: str = DEFAULT_BASE) -> Graph:
    """Run ``profile`` over ``ds`` and add its new triples to ``graph/inferred/{profile}``.

    Returns the inferred named graph (a graph of ``ds``).

    Examples
    --------
    >>> g = infer(load_graph(Path("out")), "rdfs")    # doctest: +SKIP
    """
    new = closure(union(ds), profile)
    g = ds.graph(inferred_graph_name(profile, base))
    for t in new:
        g.add(t)
    return g


def replicate_reports(ds: Dataset, copies: int, base: str = DEFAULT_BASE) -> Dataset:
    """A larger dataset for measurements: the report graphs copied ``copies`` times, IRIs renamed.

    Every instance IRI under ``{base}id/`` except organizations (facts, evidence, participations,
    groupings, mandates, the reports themselves) gets a ``-copyN`` suffix in copy N > 0, so each
    copy adds as many new nodes and triples as the original reports; the ontology and reference
    graphs stay single. ``copies=10`` gives "the 10x graph" of ``docs/queries.md``.

    Examples
    --------
    >>> big = replicate_reports(load_graph(Path("out")), 10)   # doctest: +SKIP
    """
    ids = Ids(base)
    prefix = f"{base}id/"
    keep = f"{base}id/org/"
    report_graphs = [g for g in ds.graphs() if str(g.identifier).startswith(str(ids.graph("report/")))]
    out = Dataset()
    for g in ds.graphs():
        if g in report_graphs or len(g) == 0:
            continue
        target = out.graph(g.identifier)
        for t in g:
            target.add(t)

    def rename(term: object, n: int) -> object:
        if n and isinstance(term, URIRef) and term.startswith(prefix) and not term.startswith(keep):
            return URIRef(f"{term}-copy{n}")
        return term

    for n in range(copies):
        for g in report_graphs:
            name = URIRef(f"{g.identifier}-copy{n}") if n else g.identifier
            target = out.graph(name)
            for s, p, o in g:
                target.add((rename(s, n), p, rename(o, n)))  # type: ignore[arg-type]
    return out


@dataclass(frozen=True, slots=True)
class Timing:
    """One measurement of :func:`measure`: profile, triples before and after, seconds."""

    profile: str
    asserted: int
    inferred: int
    seconds: float


def measure(graph: Graph, profiles: Iterable[str]) -> list[Timing]:
    """Time each profile's closure over ``graph`` (wall clock, one run each).

    Examples
    --------
    >>> [t.profile for t in measure(union(load_graph(Path("out"))), ["schema"])]  # doctest: +SKIP
    ['schema']
    """
    out = []
    for profile in profiles:
        start = time.perf_counter()
        new = closure(graph, profile)
        out.append(Timing(profile, len(graph), len(new), time.perf_counter() - start))
    return out
