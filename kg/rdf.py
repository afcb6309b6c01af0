"""Stage 5: assembled facts and reference data → an RDF dataset with a named graph per report.

Graphs: ``graph/ontology`` (ontology/unkg.ttl), ``graph/reference`` (registry: organizations,
known groupings, SDG goals/targets/indicators with custodianship), ``graph/report/{id}`` (the report
as a ``unkg:Report``, the nodes it introduces and every fact it states with its evidence) and
``graph/curation`` (facts added by curators).

Provenance is modelled as reification with PROV-O: every asserted triple ``s p o`` also has a
``unkg:Fact`` node (``rdf:subject/predicate/object``) linked to ``unkg:Evidence`` nodes (report,
locator, quote, offsets, rule). Reification keeps the asserted triple queryable as plain RDF and the
evidence queryable with SPARQL 1.1 on any store (RDF-star is not needed). A participation
(organization in grouping) is also an n-ary ``unkg:Participation`` (``org:Membership``) carrying
the role and annex attributes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.term import Node as RdfNode

from kg.assemble import Assembly
from kg.ids import digest
from kg.model import Fact, Node, Report
from kg.namespaces import ORG, PREFIXES, SCHEMA, UNKG, WD, Ids
from kg.roles import PARTICIPATION_PREDICATES, ROLE_INDIVIDUAL

if TYPE_CHECKING:
    from kg.registry import Registry

CATEGORY_CLASS = {
    "principal-organ": "PrincipalOrgan", "department-or-office": "DepartmentOrOffice",
    "fund-or-programme": "FundOrProgramme", "specialized-agency": "SpecializedAgency",
    "related-organization": "RelatedOrganization", "regional-commission": "RegionalCommission",
    "research-and-training": "ResearchAndTrainingInstitute", "convention-secretariat": "ConventionSecretariat",
    "other-un-entity": "OtherUNEntity", "governing-body": "GoverningBody",
    "itu-sector-or-bureau": "ITUSectorOrBureau", "intergovernmental-organization": "IntergovernmentalOrganization",
    "non-state-actor": "NonStateActor", "government-body": "GovernmentBody",
}
KIND_CLASS = {
    "mechanism": "Mechanism", "network": "InterAgencyNetwork", "committee": "Committee",
    "task-force": "TaskForce", "working-group": "WorkingGroup", "board": "Board", "coalition": "Coalition",
    "initiative": "Initiative", "partnership": "Partnership", "programme": "Programme", "project": "Project",
    "platform": "Platform", "event": "Event", "conference": "Conference", "summit": "Summit", "forum": "Forum",
    "session": "Session", "process": "Process",
}
DISCOVERED_CATEGORY = "non-state-actor"


@dataclass(frozen=True, slots=True)
class GraphNames:
    ontology: URIRef
    reference: URIRef
    curation: URIRef

    @staticmethod
    def of(ids: Ids) -> GraphNames:
        return GraphNames(ids.graph("ontology"), ids.graph("reference"), ids.graph("curation"))


class IriMinter:
    """Turns node keys (``org:ITU``, ``grouping:x``, ``resolution:k``, ``sdg:9.c``) into IRIs."""

    def __init__(self, ids: Ids, registry: Registry) -> None:
        self.ids = ids
        self.registry = registry

    def __call__(self, key: str) -> URIRef:
        kind, _, rest = key.partition(":")
        if kind == "org":
            return self.ids.org(rest)
        if kind == "grouping":
            return self.ids.grouping(rest)
        if kind == "resolution":
            return self.ids.resolution(rest)
        if kind == "report":
            return self.ids.report(rest)
        if kind == "sdg":
            concept = self.registry.sdg(rest)
            iri = getattr(concept, "iri", "") if concept is not None else ""
            if iri:
                return URIRef(iri)
            return self.ids.topic(f"sdg-{rest}")
        raise ValueError(f"unknown node key {key!r}")


def _bind(g: Graph | Dataset) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)


def _naming(g: Graph, s: URIRef, label: str, acronym: str | None, aliases: Iterable[str]) -> None:
    """The label, preferred label, acronym and alternative labels of a node."""
    g.add((s, RDFS.label, Literal(label, lang="en")))
    g.add((s, SKOS.prefLabel, Literal(label, lang="en")))
    if acronym:
        g.add((s, UNKG.acronym, Literal(acronym)))
    for a in aliases:
        g.add((s, SKOS.altLabel, Literal(a, lang="en")))


def reference_graph(g: Graph, registry: Registry, iri: IriMinter) -> None:
    """Registry content: organizations, known groupings, SDG concepts and custodianship."""
    reg = registry
    for oid, org in sorted(reg.organizations.items()):
        s = iri(f"org:{oid}")
        g.add((s, RDF.type, UNKG[CATEGORY_CLASS.get(org.category, "Organization")]))
        g.add((s, UNKG.category, Literal(org.category)))
        _naming(g, s, org.name, org.acronym, org.aliases)
        for p in org.parents:
            g.add((s, UNKG.subOrganizationOf, iri(f"org:{p}")))
            g.add((s, ORG.subOrganizationOf, iri(f"org:{p}")))
        if org.wikidata:
            g.add((s, SKOS.exactMatch, WD[org.wikidata]))
        if org.website:
            g.add((s, SCHEMA.url, Literal(org.website, datatype=XSD.anyURI)))
    for gid, grp in sorted(reg.groupings.items()):
        s = iri(f"grouping:{gid}")
        g.add((s, RDF.type, UNKG[KIND_CLASS.get(grp.kind, "Grouping")]))
        g.add((s, UNKG.kind, Literal(grp.kind)))
        _naming(g, s, grp.name, grp.acronym, grp.aliases)
        for p in grp.parents:
            parent = f"grouping:{p}" if p in reg.groupings else f"org:{p}"
            g.add((s, UNKG.partOf, iri(parent)))
    scheme = URIRef("http://metadata.un.org/sdg/")
    for num, goal in sorted(reg.goals.items(), key=lambda kv: int(kv[0])):
        s = URIRef(goal.iri)
        g.add((s, RDF.type, URIRef("http://metadata.un.org/sdg/ontology#Goal")))
        g.add((s, SKOS.notation, Literal(num)))
        g.add((s, SKOS.prefLabel, Literal(f"Goal {num}: {goal.short_name}", lang="en")))
        g.add((s, RDFS.label, Literal(f"SDG {num}: {goal.short_name}", lang="en")))
        g.add((s, SKOS.definition, Literal(goal.title, lang="en")))
        g.add((s, SKOS.inScheme, scheme))
    for notation, t in sorted(reg.targets.items()):
        s = URIRef(t.iri)
        g.add((s, RDF.type, URIRef("http://metadata.un.org/sdg/ontology#Target")))
        g.add((s, SKOS.notation, Literal(notation)))
        g.add((s, RDFS.label, Literal(f"SDG target {notation}", lang="en")))
        g.add((s, SKOS.definition, Literal(t.text, lang="en")))
        g.add((s, SKOS.broader, URIRef(reg.goals[t.goal].iri)))
        g.add((s, SKOS.inScheme, scheme))
    for notation, ind in sorted(reg.indicators.items()):
        s = iri(f"sdg:{notation}")
        g.add((s, RDF.type, URIRef("http://metadata.un.org/sdg/ontology#Indicator")))
        g.add((s, SKOS.notation, Literal(notation)))
        g.add((s, RDFS.label, Literal(f"SDG indicator {notation}", lang="en")))
        g.add((s, SKOS.definition, Literal(ind.text, lang="en")))
        g.add((s, SKOS.broader, URIRef(reg.targets[ind.target].iri)))
        g.add((s, SKOS.inScheme, scheme))
        for c in ind.custodians:
            g.add((iri(f"org:{c}"), UNKG.custodianOf, s))
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    g.add((scheme, RDFS.label, Literal("Sustainable Development Goals", lang="en")))


def _node_triples(g: Graph, node: Node, iri: IriMinter, registry: Registry) -> None:
    s = iri(node.key)
    kind = node.key.split(":", 1)[0]
    if kind == "org":
        if node.key.split(":", 1)[1] in registry.organizations:
            return
        g.add((s, RDF.type, UNKG[CATEGORY_CLASS[DISCOVERED_CATEGORY]]))
        g.add((s, UNKG.category, Literal(DISCOVERED_CATEGORY)))
        g.add((s, UNKG.discovered, Literal(True)))
    elif kind == "grouping":
        if node.key.split(":", 1)[1] in registry.groupings:
            for a in node.aliases:
                g.add((s, SKOS.altLabel, Literal(a, lang="en")))
            return
        g.add((s, RDF.type, UNKG[KIND_CLASS.get(node.category, "Initiative")]))
        g.add((s, UNKG.kind, Literal(node.category if node.category in KIND_CLASS else "initiative")))
        g.add((s, UNKG.discovered, Literal(True)))
    elif kind == "resolution":
        g.add((s, RDF.type, UNKG[node.type]))
        attrs = dict(node.attrs)
        g.add((s, UNKG.mandateKind, Literal(attrs.get("kind", "resolution"))))
        if attrs.get("number"):
            g.add((s, UNKG.number, Literal(attrs["number"])))
        for k, v in node.attrs:
            if k == "revision":
                g.add((s, UNKG.revision, Literal(v)))
            elif k == "title":
                g.add((s, DCTERMS.title, Literal(v, lang="en")))
        body = attrs.get("body")
        if body and body in registry.organizations:
            g.add((s, UNKG.issuedBy, iri(f"org:{body}")))
    else:
        return
    _naming(g, s, node.label, node.acronym, node.aliases)


def _fact_triples(g: Graph, fact: Fact, iri: IriMinter, ids: Ids, report: str | None) -> None:
    """The asserted triple, its reified fact node and the evidence of one report (or curation)."""
    s, o = iri(fact.subject), iri(fact.object)
    p = UNKG[fact.predicate]
    g.add((s, p, o))
    f = ids.fact(fact.key)
    g.add((f, RDF.type, UNKG.Fact))
    g.add((f, RDF.subject, s))
    g.add((f, RDF.predicate, p))
    g.add((f, RDF.object, o))
    g.add((f, UNKG.factKey, Literal(fact.key)))
    g.add((f, UNKG.confidence, Literal(str(fact.confidence), datatype=XSD.decimal)))
    evs = [e for e in fact.evidence if e.report == report or (report is None and e.rule.startswith("curation"))]
    for e in evs:
        eid = ids.evidence(digest(fact.key, e.report, str(e.start), str(e.end), e.rule, e.locator))
        g.add((f, UNKG.evidence, eid))
        g.add((f, UNKG.statedIn, ids.report(e.report)))
        g.add((eid, RDF.type, UNKG.Evidence))
        g.add((eid, UNKG.fromReport, ids.report(e.report)))
        g.add((eid, UNKG.locator, Literal(e.locator)))
        g.add((eid, UNKG.quote, Literal(e.quote)))
        g.add((eid, UNKG.start, Literal(e.start)))
        g.add((eid, UNKG.end, Literal(e.end)))
        g.add((eid, UNKG.rule, Literal(e.rule)))
        g.add((eid, UNKG.confidence, Literal(str(e.confidence), datatype=XSD.decimal)))
        if e.as_written:
            g.add((eid, UNKG.asWritten, Literal(e.as_written)))
    if report is None:
        for curator, reason in fact.curated:
            c = ids.curation(digest(fact.key, curator, reason))
            g.add((f, UNKG.curatedBy, c))
            g.add((c, RDF.type, UNKG.CurationDecision))
            g.add((c, UNKG.curator, Literal(curator)))
            g.add((c, UNKG.reason, Literal(reason)))
    if fact.predicate in PARTICIPATION_PREDICATES:
        # one participation node per report: a yearly series restates the annex row each year,
        # with cells that change (frequency, time spent), and each year's values stay apart
        m = ids.membership(digest(fact.subject, fact.object, fact.role, report or "curation"))
        g.add((m, RDF.type, UNKG.Participation))
        g.add((m, ORG.member, s))
        g.add((m, ORG.organization, o))
        g.add((m, ORG.role, UNKG[ROLE_INDIVIDUAL.get(fact.role, "ParticipantRole")]))
        # (two annex rows of one report naming the same mechanism: one value per property, the
        # rows' distinct values joined in order)
        values: dict[str, list[str]] = {}
        for rep, k, v in fact.attrs:
            if rep == report and k in ("keyActivity", "relevance", "meetingFrequency", "timeSpent", "financialImplications"):
                values.setdefault(k, []).append(v)
        for k, vs in sorted(values.items()):
            g.add((m, UNKG[k], Literal(" | ".join(sorted(set(vs))))))
        for e in evs:
            g.add((m, PROV.wasDerivedFrom, ids.evidence(digest(fact.key, e.report, str(e.start), str(e.end), e.rule, e.locator))))


def _report_triples(g: Graph, report: Report, iri: IriMinter, ids: Ids, publisher: str | None) -> None:
    s = ids.report(report.meta.id)
    m = report.meta
    g.add((s, RDF.type, UNKG.Report))
    g.add((s, DCTERMS.title, Literal(m.title, lang="en")))
    g.add((s, RDFS.label, Literal(m.symbol or m.title, lang="en")))
    g.add((s, UNKG.fileName, Literal(m.file_name)))
    g.add((s, UNKG.contentHash, Literal(report.content_hash)))
    g.add((s, DCTERMS.language, Literal(m.language)))
    if publisher:
        g.add((s, DCTERMS.publisher, iri(f"org:{publisher}")))
    if m.symbol:
        g.add((s, UNKG.documentSymbol, Literal(m.symbol)))
    if m.year:
        g.add((s, UNKG.year, Literal(str(m.year), datatype=XSD.gYear)))
    if m.period:
        g.add((s, UNKG.period, Literal(m.period)))


def build_dataset(reports: Iterable[Report], assembly: Assembly, registry: Registry, ontology: Path,
                  ids: Ids) -> Dataset:
    """The whole dataset: ontology, reference and one named graph per report.

    Examples
    --------
    >>> ds = build_dataset([], Assembly({}, {}, {}, {}, {}, {}, {}), reg, Path("ontology/unkg.ttl"), Ids())  # doctest: +SKIP
    """
    iri = IriMinter(ids, registry)
    names = GraphNames.of(ids)
    ds = Dataset()
    _bind(ds)
    og = ds.graph(names.ontology)
    og.parse(ontology, format="turtle")
    _skolemize(og, ids)
    ref = ds.graph(names.reference)
    reference_graph(ref, registry, iri)
    reports = list(reports)
    node_graph: dict[str, str] = {}
    for key, reps in assembly.node_reports.items():
        if reps:
            node_graph[key] = reps[0]
    for r in reports:
        g = ds.graph(ids.graph(f"report/{r.meta.id}"))
        _report_triples(g, r, iri, ids, assembly.publishers.get(r.meta.id) or r.meta.publisher)
    graphs = {r.meta.id: ds.graph(ids.graph(f"report/{r.meta.id}")) for r in reports}
    for key, node in sorted(assembly.nodes.items()):
        rid = node_graph.get(key)
        target = graphs.get(rid) if rid else None
        _node_triples(target if target is not None else ref, node, iri, registry)
    for rkey, cited in sorted(assembly.citations.items()):
        for rid in sorted(cited):
            if rid in graphs and rkey in assembly.nodes:
                graphs[rid].add((iri(rkey), UNKG.citedIn, ids.report(rid)))
    cur = None
    for fact in assembly.facts.values():
        for rid in fact.reports:
            if rid in graphs:
                _fact_triples(graphs[rid], fact, iri, ids, rid)
        if fact.curated:
            if cur is None:
                cur = ds.graph(names.curation)
            _fact_triples(cur, fact, iri, ids, None)
    return ds


def _skolemize(g: Graph, ids: Ids) -> None:
    """Replace blank nodes of the ontology (owl:unionOf lists) by stable IRIs, for byte-stable output."""
    bnodes = sorted({t for tr in g for t in tr if isinstance(t, BNode)}, key=lambda b: _bnode_signature(g, b))
    mapping: dict[RdfNode, URIRef] = {}
    for b in bnodes:
        mapping[b] = URIRef(f"{ids.base}.well-known/genid/{digest(_bnode_signature(g, b))}")
    for s, p, o in list(g):
        if isinstance(s, BNode) or isinstance(o, BNode):
            g.remove((s, p, o))
            g.add((mapping.get(s, s), p, mapping.get(o, o)))


def _bnode_signature(g: Graph, b: BNode, depth: int = 0) -> str:
    parts = []
    for p, o in g.predicate_objects(b):
        oo = _bnode_signature(g, o, depth + 1) if isinstance(o, BNode) and depth < 20 else str(o)
        parts.append(f"{p}={oo}")
    for s, p in g.subject_predicates(b):
        if not isinstance(s, BNode):
            parts.append(f"^{p}={s}")
    return "|".join(sorted(parts))


def serialize_trig(ds: Dataset) -> str:
    """TriG with the named graphs in sorted order, each written by the Turtle serializer.

    rdflib's own TriG writer orders graphs by their hash, which changes between runs; writing
    graph by graph keeps the output byte-stable. Blank nodes are skolemized before this.
    """
    parts: list[str] = []
    prefixes: list[str] = []
    for ctx in sorted(ds.graphs(), key=lambda c: str(c.identifier)):
        if len(ctx) == 0:
            continue
        g = Graph()
        _bind(g)
        for t in ctx:
            g.add(t)
        body = g.serialize(format="turtle")
        lines = body.splitlines()
        prefixes.extend(line for line in lines if line.startswith("@prefix"))
        content = [("    " + line if line else "") for line in lines if not line.startswith("@prefix")]
        while content and not content[0].strip():
            content.pop(0)
        while content and not content[-1].strip():
            content.pop()
        parts.append(f"<{ctx.identifier}> {{\n" + "\n".join(content) + "\n}\n")
    header = "\n".join(sorted(set(prefixes)))
    return header + "\n\n" + "\n".join(parts)


@dataclass(frozen=True)
class Serialized:
    """The build's files and the counts of the union graph they hold.

    ``classes`` counts ``rdf:type`` triples of the union by class IRI.
    """

    trig: bytes
    ttl: bytes
    triples: int
    classes: dict[str, int]


def serialize_sorted(ds: Dataset) -> Serialized:
    """TriG (named graphs) and Turtle (their union), sorted, written by Oxigraph's serializers.

    rdflib writes N-Quads quickly; Oxigraph parses them and writes TriG and Turtle about thirty
    times faster than rdflib's Turtle writer. Quads are sorted by graph, subject, predicate and
    object first, so the output is byte-stable. The union is counted here, so a build that does
    not validate never needs the union as an rdflib graph.
    """
    import pyoxigraph as ox

    nq = ds.serialize(format="nquads", encoding="utf-8")
    quads = list(ox.parse(nq, format=ox.RdfFormat.N_QUADS))
    del nq
    quads.sort(key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    prefixes = {p: str(ns) for p, ns in sorted(PREFIXES.items())}
    trig = ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=prefixes)
    union = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    del quads
    rdf_type = ox.NamedNode(str(RDF.type))
    classes = Counter(t.object.value for t in union if t.predicate == rdf_type and isinstance(t.object, ox.NamedNode))
    triples = sorted(union, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    ttl = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=prefixes)
    return Serialized(_sorted_prefixes(trig or b""), _sorted_prefixes(ttl or b""), len(triples), dict(classes))


def _sorted_prefixes(data: bytes) -> bytes:
    """The @prefix lines in sorted order (the serializer keeps them in a hash map)."""
    lines = data.split(b"\n")
    k = 0
    while k < len(lines) and lines[k].startswith(b"@prefix"):
        k += 1
    return b"\n".join(sorted(lines[:k]) + lines[k:])


def serialize_nquads_sorted(ds: Dataset) -> str:
    """N-Quads with lines sorted: a canonical, byte-stable serialisation."""
    data = ds.serialize(format="nquads")
    lines = sorted(set(line for line in data.splitlines() if line.strip()))
    return "\n".join(lines) + "\n"


def union_graph(ds: Dataset) -> Graph:
    """All named graphs merged into one graph (for ``kg.ttl``)."""
    g = Graph()
    _bind(g)
    for ctx in ds.graphs():
        for t in ctx:
            g.add(t)
    return g


_ = OWL
