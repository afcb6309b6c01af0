"""Network views of the knowledge graph: the RDF dataset read into networkx graphs.

Four kinds, each read with SPARQL from the reified facts (``unkg:Fact`` with ``rdf:subject``,
``rdf:predicate``, ``rdf:object``, ``unkg:evidence`` → ``unkg:Evidence`` with ``unkg:quote``,
``unkg:locator``, ``unkg:fromReport``), so that every edge keeps the reports and sentences it
comes from:

``membership``
    bipartite, organization → grouping, one edge per pair; ``role`` is ``lead`` when any of the
    pair's predicates is a leading one (``unkg:leads``, ``coLeads``, ``chairs``, ``coChairs``,
    ``convenes``, ``coordinates``, ``coOrganizes``), otherwise the finer word (``member``,
    ``partner``, ``supporter``, ``host``...); ``roles`` lists every word, ``weight`` counts facts.
``collaboration``
    organization – organization, undirected; ``weight`` = number of groupings both take part in
    + number of sentences stating ``unkg:partnersWith`` between them.
``mandates``
    grouping or organization → mandate (``unkg:mandatedBy``).
``sdg``
    grouping or organization → SDG goal, target or indicator (``unkg:addressesSDG``,
    ``unkg:custodianOf``); node attribute ``notation``.

Only facts stated in reports (or added by curation) make edges: reference data such as the
registry's custodianship of indicators is not drawn unless a report states it.

Invariant: a graph's nodes and edges are inserted in sorted order and every exported attribute is a
``str``, ``int`` or ``float`` (keys starting with ``_`` hold richer data for the HTML views and are
dropped on export), so every output is byte-stable and loads in Gephi and ``networkx``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
from rdflib import Dataset
from rdflib.query import ResultRow

from kg.errors import InputError
from kg.namespaces import PREFIXES
from kg.roles import LEAD_ROLES, ROLE_PREDICATE

KINDS = ("membership", "collaboration", "mandates", "sdg")
FORMATS = ("graphml", "gexf", "csv", "json")
NODE_KINDS = ("organization", "grouping", "resolution", "sdg")

#: participation predicate (local name) → role word; leading roles map to their own word
ROLE_WORD: dict[str, str] = {p: r for r, p in ROLE_PREDICATE.items()}
LEAD_PREDICATES = frozenset(p for r, p in ROLE_PREDICATE.items() if r in LEAD_ROLES)
#: the finer word kept for a pair that has several non-leading predicates, most specific first
MEMBER_ORDER = ("founding-partner", "secretariat", "host", "implementer", "supporter", "partner",
                "member", "participant")
SDG_PREDICATES = ("addressesSDG", "custodianOf")
NODE_ATTRIBUTES = ("iri", "label", "aliases", "acronym", "kind", "type", "category", "notation",
                   "discovered", "reports")
MAX_EVIDENCE = 20  # quotes kept per edge for the HTML tooltips; exports keep the first one

_NS = dict(PREFIXES)

_FACTS = """
SELECT ?fact ?s ?p ?o ?ev ?report ?quote ?locator WHERE {
  ?fact a unkg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL {
    ?fact unkg:evidence ?ev . ?ev unkg:fromReport ?r .
    BIND(STRAFTER(STR(?r), "/id/report/") AS ?report)
    OPTIONAL { ?ev unkg:quote ?quote }
    OPTIONAL { ?ev unkg:locator ?locator }
  }
}
"""
_NODES = """
SELECT ?n ?p ?v WHERE {
  VALUES ?p { rdf:type rdfs:label skos:altLabel unkg:acronym unkg:category unkg:kind
              unkg:mandateKind skos:notation unkg:discovered }
  ?n ?p ?v .
}
"""
_REPORTS = """
SELECT ?id ?label ?title ?year WHERE {
  ?r a unkg:Report .
  BIND(STRAFTER(STR(?r), "/id/report/") AS ?id)
  OPTIONAL { ?r rdfs:label ?label }
  OPTIONAL { ?r dcterms:title ?title }
  OPTIONAL { ?r unkg:year ?year }
}
"""


@dataclass(frozen=True, slots=True, order=True)
class EvidenceRef:
    """One sentence behind an edge: the report id, its locator and the quote, verbatim."""

    report: str
    locator: str
    quote: str


@dataclass(frozen=True, slots=True, order=True)
class FactRow:
    """An asserted triple read back from its ``unkg:Fact`` node, with its evidence."""

    subject: str
    predicate: str  # local name in unkg:, e.g. "chairs"
    object: str
    fact: str
    evidence: tuple[EvidenceRef, ...]

    @property
    def reports(self) -> tuple[str, ...]:
        return tuple(sorted({e.report for e in self.evidence}))


@dataclass(frozen=True, slots=True, order=True)
class ReportInfo:
    """A ``unkg:Report``: its id (the last segment of its IRI), label, title and year."""

    id: str
    label: str
    title: str
    year: int | None


@dataclass(frozen=True, slots=True)
class GraphData:
    """Everything the network kinds are read from, loaded once per dataset."""

    facts: tuple[FactRow, ...]
    nodes: dict[str, dict[str, Any]]
    reports: tuple[ReportInfo, ...]


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _select(ds: Dataset, query: str) -> list[ResultRow]:
    """The rows of a SELECT query (a SELECT result yields only ``ResultRow``s)."""
    return [row for row in ds.query(query, initNs=_NS) if isinstance(row, ResultRow)]


def read_reports(ds: Dataset) -> tuple[ReportInfo, ...]:
    """The reports of a dataset, sorted by year then id.

    Examples
    --------
    >>> [r.id for r in read_reports(load_graph(Path("out")))]  # doctest: +SKIP
    ['itu-c20-res191-intersectoral-coordination', ...]
    """
    found: dict[str, ReportInfo] = {}
    for row in _select(ds, _REPORTS):
        rid = str(row[0])
        year_text = str(row[3]) if row[3] is not None else ""
        year = int(year_text[:4]) if year_text[:4].isdigit() else None
        info = ReportInfo(rid, str(row[1] or rid), str(row[2] or row[1] or rid), year)
        if rid not in found or info < found[rid]:
            found[rid] = info
    return tuple(sorted(found.values(), key=lambda r: (r.year or 0, r.id)))


def read_graph_data(ds: Dataset) -> GraphData:
    """Facts with their evidence, node descriptions and reports of a dataset (three SPARQL queries).

    Examples
    --------
    >>> data = read_graph_data(load_graph(Path("out")))  # doctest: +SKIP
    >>> data.facts[0].predicate  # doctest: +SKIP
    'chairs'
    """
    evidence: dict[tuple[str, str, str, str], set[EvidenceRef]] = defaultdict(set)
    for row in _select(ds, _FACTS):
        fact, s, p, o, ev, report, quote, locator = (row[i] for i in range(8))
        key = (str(s), _local(str(p)), str(o), str(fact))
        refs = evidence[key]
        if ev is not None and report is not None:
            refs.add(EvidenceRef(str(report), str(locator or ""), " ".join(str(quote or "").split())))
    facts = tuple(sorted(FactRow(s, p, o, f, tuple(sorted(refs))) for (s, p, o, f), refs in evidence.items()))
    nodes: dict[str, dict[str, Any]] = defaultdict(lambda: defaultdict(set))
    for row in _select(ds, _NODES):
        n, attr, v = (str(row[i]) for i in range(3))
        nodes[n][_local(attr)].add(v)
    return GraphData(facts, {k: dict(v) for k, v in nodes.items()}, read_reports(ds))


def select_reports(data: GraphData, reports: Sequence[str] = (), years: Sequence[int] = ()) -> tuple[str, ...]:
    """Check report ids and years against the dataset; the ids to keep, or () for all.

    Raises
    ------
    InputError
        when a report id or a year matches no report of the graph.

    Examples
    --------
    >>> select_reports(data, years=[2022])  # doctest: +SKIP
    ('itu-activities-report-2018-2022', 'itu-c22-inf-2-collaboration-with-un-system')
    """
    known = {r.id: r for r in data.reports}
    chosen: set[str] = set()
    for rid in reports:
        if rid not in known:
            listing = ", ".join(sorted(known)) or "none"
            raise InputError(f"report '{rid}' is not in the graph (reports: {listing})")
        chosen.add(rid)
    if years:
        by_year = {r.id for r in data.reports if r.year in set(years)}
        if not by_year:
            have = ", ".join(sorted({str(r.year) for r in data.reports if r.year})) or "none"
            raise InputError(f"no report of year {', '.join(map(str, years))} in the graph (years: {have})")
        chosen = (chosen & by_year) if reports else by_year
        if not chosen:
            raise InputError("no report matches both --report and --year")
    return tuple(sorted(chosen))


# --- node descriptions -----------------------------------------------------------------------------


def _node_kind(desc: dict[str, set[str]], default: str) -> str:
    if "category" in desc:
        return "organization"
    if "kind" in desc:
        return "grouping"
    if "mandateKind" in desc:
        return "resolution"
    types = {_local(t) for t in desc.get("type", ())}
    if types & {"Goal", "Target", "Indicator"} or "notation" in desc:
        return "sdg"
    return default


def _first(values: Iterable[str]) -> str:
    return sorted(values)[0] if values else ""


def node_attributes(iri: str, desc: dict[str, set[str]], default_kind: str) -> dict[str, Any]:
    """The exported attributes of one node: every key of ``NODE_ATTRIBUTES`` but ``reports``."""
    kind = _node_kind(desc, default_kind)
    types = sorted(_local(t) for t in desc.get("type", ()) if _local(t) not in ("NamedIndividual", "Concept"))
    if kind == "organization":
        category = _first(desc.get("category", ()))
    elif kind == "grouping":
        category = _first(desc.get("kind", ()))
    elif kind == "resolution":
        category = _first(desc.get("mandateKind", ()))
    else:
        category = next((t.lower() for t in types if t in ("Goal", "Target", "Indicator")), "sdg")
    acronym = _first(desc.get("acronym", ()))
    label = _first(desc.get("label", ())) or acronym or _local(iri)
    return {
        "iri": iri, "label": label, "aliases": "|".join(sorted(desc.get("altLabel", set()) - {label})),
        "acronym": acronym, "kind": kind, "type": types[0] if types else "", "category": category,
        "notation": _first(desc.get("notation", ())),
        "discovered": 1 if "true" in {v.lower() for v in desc.get("discovered", ())} else 0,
    }


# --- edges -----------------------------------------------------------------------------------------


@dataclass
class _Edge:
    predicates: set[str]
    facts: set[str]
    evidence: set[EvidenceRef]
    groupings: set[str]
    direct: int = 0


def _keep(fact: FactRow, reports: frozenset[str]) -> tuple[EvidenceRef, ...] | None:
    """The evidence of a fact inside the chosen reports; None when the fact is outside them."""
    if not reports:
        return fact.evidence
    kept = tuple(e for e in fact.evidence if e.report in reports)
    return kept or None


def _edge_common(e: _Edge) -> dict[str, Any]:
    ev = sorted(e.evidence)
    return {
        "reports": "|".join(sorted({x.report for x in ev})),
        "evidence": ev[0].quote if ev else "",
        "locator": ev[0].locator if ev else "",
        "evidence_count": len(ev),
        "_evidence": tuple(ev[:MAX_EVIDENCE]),
    }


def _membership_edges(data: GraphData, reports: frozenset[str]) -> dict[tuple[str, str], dict[str, Any]]:
    edges: dict[tuple[str, str], _Edge] = {}
    for f in data.facts:
        if f.predicate not in ROLE_WORD:
            continue
        ev = _keep(f, reports)
        if ev is None:
            continue
        if _node_kind(data.nodes.get(f.subject, {}), "organization") != "organization":
            continue
        if _node_kind(data.nodes.get(f.object, {}), "grouping") != "grouping":
            continue
        e = edges.setdefault((f.subject, f.object), _Edge(set(), set(), set(), set()))
        e.predicates.add(f.predicate)
        e.facts.add(f.fact)
        e.evidence.update(ev)
    out = {}
    for key, e in edges.items():
        words = {ROLE_WORD[p] for p in e.predicates}
        lead = bool(e.predicates & LEAD_PREDICATES)
        finer = next((w for w in MEMBER_ORDER if w in words), "member")
        out[key] = {"role": "lead" if lead else finer, "roles": "|".join(sorted(words)),
                    "relations": "|".join(sorted(e.predicates)), "weight": len(e.facts), **_edge_common(e)}
    return out


def _collaboration_edges(data: GraphData, reports: frozenset[str]) -> dict[tuple[str, str], dict[str, Any]]:
    members: dict[str, dict[str, set[EvidenceRef]]] = defaultdict(lambda: defaultdict(set))
    edges: dict[tuple[str, str], _Edge] = {}

    def edge(a: str, b: str) -> _Edge:
        return edges.setdefault((min(a, b), max(a, b)), _Edge(set(), set(), set(), set()))

    for f in data.facts:
        ev = _keep(f, reports)
        if ev is None or _node_kind(data.nodes.get(f.subject, {}), "organization") != "organization":
            continue
        if f.predicate in ROLE_WORD and _node_kind(data.nodes.get(f.object, {}), "grouping") == "grouping":
            members[f.object][f.subject].update(ev)
        elif f.predicate == "partnersWith" and f.subject != f.object:
            if _node_kind(data.nodes.get(f.object, {}), "organization") != "organization":
                continue
            e = edge(f.subject, f.object)
            e.predicates.add("partnersWith")
            e.direct += max(1, len({(x.report, x.locator, x.quote) for x in ev}))
            e.evidence.update(ev)
    for grouping, orgs in members.items():
        names = sorted(orgs)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                e = edge(a, b)
                e.predicates.add("sharedGrouping")
                e.groupings.add(grouping)
                e.evidence.update(orgs[a] | orgs[b])
    out = {}
    for key, e in edges.items():
        labels = sorted(node_attributes(g, data.nodes.get(g, {}), "grouping")["label"] for g in e.groupings)
        out[key] = {"weight": len(e.groupings) + e.direct, "shared_groupings": len(e.groupings),
                    "direct": e.direct, "groupings": "|".join(labels),
                    "relations": "|".join(sorted(e.predicates)), **_edge_common(e)}
    return out


def _target_edges(data: GraphData, reports: frozenset[str], predicates: Sequence[str],
                  target_kind: str) -> dict[tuple[str, str], dict[str, Any]]:
    edges: dict[tuple[str, str], _Edge] = {}
    for f in data.facts:
        if f.predicate not in predicates:
            continue
        ev = _keep(f, reports)
        if ev is None:
            continue
        if _node_kind(data.nodes.get(f.subject, {}), "organization") not in ("organization", "grouping"):
            continue
        if _node_kind(data.nodes.get(f.object, {}), target_kind) != target_kind:
            continue
        e = edges.setdefault((f.subject, f.object), _Edge(set(), set(), set(), set()))
        e.predicates.add(f.predicate)
        e.facts.add(f.fact)
        e.evidence.update(ev)
    return {k: {"relations": "|".join(sorted(e.predicates)), "weight": len(e.facts), **_edge_common(e)}
            for k, e in edges.items()}


_DEFAULT_KINDS = {
    "membership": ("organization", "grouping"),
    "collaboration": ("organization", "organization"),
    "mandates": ("organization", "resolution"),
    "sdg": ("organization", "sdg"),
}


def network_from_data(data: GraphData, kind: str, reports: Sequence[str] = ()) -> nx.Graph:
    """The network of one kind from data already read (see :func:`build_network`)."""
    if kind not in KINDS:
        raise InputError(f"unknown network kind '{kind}' (kinds: {', '.join(KINDS)})")
    chosen = frozenset(reports)
    if kind == "membership":
        edges = _membership_edges(data, chosen)
    elif kind == "collaboration":
        edges = _collaboration_edges(data, chosen)
    elif kind == "mandates":
        edges = _target_edges(data, chosen, ("mandatedBy",), "resolution")
    else:
        edges = _target_edges(data, chosen, SDG_PREDICATES, "sdg")
    g: nx.Graph = nx.Graph() if kind == "collaboration" else nx.DiGraph()
    g.graph.update({"kind": kind, "reports": "|".join(sorted(chosen))})
    source_kind, target_kind = _DEFAULT_KINDS[kind]
    node_reports: dict[str, set[str]] = defaultdict(set)
    for (u, v), attrs in edges.items():
        for rid in filter(None, attrs["reports"].split("|")):
            node_reports[u].add(rid)
            node_reports[v].add(rid)
    ends = sorted({(u, source_kind) for u, _ in edges} | {(v, target_kind) for _, v in edges})
    for iri, default in ends:
        if iri in g:
            continue
        attrs = node_attributes(iri, data.nodes.get(iri, {}), default)
        g.add_node(iri, **attrs, reports="|".join(sorted(node_reports[iri])))
    for u, v in sorted(edges):
        g.add_edge(u, v, **edges[(u, v)])
    return g


def build_network(ds: Dataset, kind: str, reports: Sequence[str] = (), years: Sequence[int] = ()) -> nx.Graph:
    """Read one network kind out of a dataset, optionally restricted to some reports or years.

    Parameters
    ----------
    ds : rdflib.Dataset
        A graph loaded by :func:`kg.pipeline.load_graph`.
    kind : {"membership", "collaboration", "mandates", "sdg"}
    reports : report ids (the last segment of the report IRI); only facts stated in them count.
    years : report years (``unkg:year``); combined with ``reports`` by intersection.

    Returns
    -------
    networkx.Graph or networkx.DiGraph
        ``collaboration`` is undirected, the other kinds are directed (source → target). Node ids
        are IRIs.

    Examples
    --------
    >>> g = build_network(load_graph(Path("out")), "collaboration")  # doctest: +SKIP
    >>> g.edges["https://w3id.org/unkg/id/org/FAO", "https://w3id.org/unkg/id/org/ITU"]["weight"]  # doctest: +SKIP
    4
    """
    data = read_graph_data(ds)
    return network_from_data(data, kind, select_reports(data, reports, years))


def scalar_copy(g: nx.Graph) -> nx.Graph:
    """A copy of ``g`` with only ``str``/``int``/``float`` attributes (drops ``_``-prefixed keys)."""
    h = g.__class__()
    h.graph.update({k: v for k, v in g.graph.items() if not k.startswith("_") and isinstance(v, (str, int, float))})
    for n, d in g.nodes(data=True):
        h.add_node(n, **{k: v for k, v in d.items() if not k.startswith("_") and isinstance(v, (str, int, float))})
    for u, v, d in g.edges(data=True):
        h.add_edge(u, v, **{k: v2 for k, v2 in d.items() if not k.startswith("_") and isinstance(v2, (str, int, float))})
    return h


def year_snapshots(data: GraphData, kind: str, reports: Sequence[str] = ()) -> dict[int, nx.Graph]:
    """The network of each report year (the union of that year's reports), for time spells."""
    chosen = set(reports)
    by_year: dict[int, list[str]] = defaultdict(list)
    for r in data.reports:
        if r.year is not None and (not chosen or r.id in chosen):
            by_year[r.year].append(r.id)
    return {y: network_from_data(data, kind, ids) for y, ids in sorted(by_year.items())}


def export_network(ds: Dataset, kind: str, fmt: str, output: Path, reports: Sequence[str] = ()) -> tuple[int, int]:
    """Write one network kind to ``output`` in GraphML, GEXF, CSV (edge table) or node-link JSON.

    The file is written atomically and is byte-stable. GEXF carries one time spell per report year
    (``unkg:year``) on every node and edge, so Gephi's timeline shows the change between reports.

    Returns
    -------
    (number of nodes, number of edges)

    Examples
    --------
    >>> export_network(load_graph(Path("out")), "collaboration", "graphml", Path("out/c.graphml"))  # doctest: +SKIP
    (61, 412)
    """
    from kg.export import formats

    if fmt not in FORMATS:
        raise InputError(f"unknown network format '{fmt}' (formats: {', '.join(FORMATS)})")
    data = read_graph_data(ds)
    chosen = select_reports(data, reports)
    g = network_from_data(data, kind, chosen)
    if fmt == "graphml":
        formats.write_graphml(g, output)
    elif fmt == "gexf":
        formats.write_gexf(g, output, year_snapshots(data, kind, chosen))
    elif fmt == "csv":
        formats.write_edges_csv(g, output)
    else:
        formats.write_node_link_json(g, output)
    return g.number_of_nodes(), g.number_of_edges()


# --- filters of the views --------------------------------------------------------------------------


def find_node(g: nx.Graph, name: str) -> str:
    """The node whose IRI, label, acronym or alias is ``name`` (case-insensitive), else a unique
    node whose label contains it.

    Raises
    ------
    InputError
        when nothing or several nodes match.

    Examples
    --------
    >>> find_node(build_network(ds, "collaboration"), "itu")  # doctest: +SKIP
    'https://w3id.org/unkg/id/org/ITU'
    """
    want = " ".join(name.split()).casefold()
    exact = []
    for n, d in g.nodes(data=True):
        names = {n, d.get("label", ""), d.get("acronym", ""), *str(d.get("aliases", "")).split("|")}
        if want in {" ".join(str(x).split()).casefold() for x in names if x}:
            exact.append(n)
    if len(exact) == 1:
        return str(exact[0])
    if len(exact) > 1:
        orgs = [n for n in exact if g.nodes[n].get("kind") == "organization"]
        if len(orgs) == 1:
            return str(orgs[0])
    partial = sorted(n for n, d in g.nodes(data=True) if want in str(d.get("label", "")).casefold())
    if len(exact) > 1 or len(partial) > 1:
        labels = sorted(str(g.nodes[n].get("label", n)) for n in (exact or partial))
        shown = "; ".join(labels[:5]) + ("; ..." if len(labels) > 5 else "")
        raise InputError(f"'{name}' matches {len(labels)} nodes of the {g.graph.get('kind', '')} network: {shown}")
    if not partial:
        raise InputError(f"no node of the {g.graph.get('kind', '')} network is called '{name}'")
    return str(partial[0])


def _induced(g: nx.Graph, keep: Iterable[str]) -> nx.Graph:
    keep = set(keep)
    h = g.__class__()
    h.graph.update(g.graph)
    for n in sorted(keep):
        h.add_node(n, **g.nodes[n])
    for u, v, d in g.edges(data=True):
        if u in keep and v in keep:
            h.add_edge(u, v, **d)
    return h


def ego(g: nx.Graph, center: str, radius: int = 1) -> nx.Graph:
    """The nodes within ``radius`` hops of ``center`` (edges followed in both directions)."""
    near = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), center, cutoff=radius)
    return _induced(g, near)


def by_category(g: nx.Graph, categories: Sequence[str]) -> nx.Graph:
    """Nodes of the given categories; in the directed kinds also what they link to.

    Collaboration keeps only the organizations of those categories (and the ties among them);
    membership, mandates and sdg keep the sources of those categories and their targets, or the
    targets of those categories (a grouping kind, an SDG level) and their sources.
    """
    wanted = {c.casefold() for c in categories}
    hit = {n for n, d in g.nodes(data=True) if str(d.get("category", "")).casefold() in wanted}
    if not g.is_directed():
        return _induced(g, hit)
    keep = set(hit)
    for n in hit:
        keep.update(g.successors(n))
        keep.update(g.predecessors(n))
    return _induced(g, keep)


def min_weight(g: nx.Graph, weight: float) -> nx.Graph:
    """Drop edges lighter than ``weight`` and the nodes left without edges."""
    keep = {n for u, v, d in g.edges(data=True) if float(d.get("weight", 1)) >= weight for n in (u, v)}
    h = _induced(g, keep)
    for u, v, d in list(h.edges(data=True)):
        if float(d.get("weight", 1)) < weight:
            h.remove_edge(u, v)
    return _induced(h, {n for n in h if h.degree(n) > 0})


def top_nodes(g: nx.Graph, scores: dict[str, float], n: int) -> nx.Graph:
    """The ``n`` nodes with the highest score (ties broken by label, then IRI), and their edges."""
    ranked = sorted(g.nodes, key=lambda x: (-scores.get(x, 0.0), str(g.nodes[x].get("label", "")), x))
    return _induced(g, ranked[:n])
