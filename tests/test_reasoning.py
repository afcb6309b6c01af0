"""kg.reasoning: the schema materialisation, owlrl closures kept apart, the 10x graph, unkg reason."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef

from kg.cli import main
from kg.namespaces import UNKG
from kg.reasoning import (
    closure,
    inferred_graph_name,
    materialise,
    materialise_triples,
    replicate_reports,
)
from tests.test_queries import small_graph_file

TINY = """
@prefix u: <https://w3id.org/unkg/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
u:coChairs rdfs:subPropertyOf u:leads . u:leads rdfs:subPropertyOf u:participatesIn .
u:memberOf owl:inverseOf u:hasMember .
u:partnersWith a owl:SymmetricProperty . u:partOf a owl:TransitiveProperty .
u:WorkingGroup rdfs:subClassOf u:Mechanism . u:Mechanism rdfs:subClassOf u:Grouping .
<urn:ITU> u:coChairs <urn:iawg-ai> ; u:memberOf <urn:hlcp> ; u:partnersWith <urn:WHO> .
<urn:iawg-ai> a u:WorkingGroup ; u:partOf <urn:hlcp> . <urn:hlcp> u:partOf <urn:ceb> .
"""


def _tiny() -> Graph:
    return Graph().parse(data=TINY, format="turtle")


def test_materialise_gives_exactly_the_schema_entailments() -> None:
    new = {(str(s), str(p).split("#")[-1], str(o).split("#")[-1]) for s, p, o in materialise_triples(_tiny())}
    assert new == {
        ("urn:ITU", "leads", "urn:iawg-ai"), ("urn:ITU", "participatesIn", "urn:iawg-ai"),
        ("urn:hlcp", "hasMember", "urn:ITU"), ("urn:WHO", "partnersWith", "urn:ITU"),
        ("urn:iawg-ai", "partOf", "urn:ceb"),
        ("urn:iawg-ai", "type", "Mechanism"), ("urn:iawg-ai", "type", "Grouping"),
    }  # memberOf is not declared a sub-property of participatesIn here, so nothing more


def test_materialise_writes_its_own_named_graph(tmp_path: Path) -> None:
    ds = Dataset()
    ds.parse(small_graph_file(tmp_path), format="trig")
    before = {g.identifier: len(g) for g in ds.graphs()}
    n = materialise(ds)
    inferred = ds.graph(inferred_graph_name("schema"))
    assert n == len(inferred) > 0
    assert {g.identifier: len(g) for g in ds.graphs() if g.identifier != inferred.identifier} == before
    itu, giga = URIRef("https://w3id.org/unkg/id/org/ITU"), URIRef("https://w3id.org/unkg/id/grouping/giga")
    assert (itu, UNKG.leads, giga) in inferred and (itu, UNKG.participatesIn, giga) in inferred


def test_rdfs_closure_returns_only_new_triples() -> None:
    g = _tiny()
    new = closure(g, "rdfs")
    assert (URIRef("urn:ITU"), UNKG.participatesIn, URIRef("urn:iawg-ai")) in new
    assert not any(t in g for t in new)
    # owlrl's RDFS does not know owl:inverseOf; schema does
    assert (URIRef("urn:hlcp"), UNKG.hasMember, URIRef("urn:ITU")) not in new
    assert (URIRef("urn:hlcp"), UNKG.hasMember, URIRef("urn:ITU")) in closure(g, "schema")


def test_owlrl_closure_knows_inverse_symmetric_transitive() -> None:
    new = closure(_tiny(), "owlrl")
    for t in [(URIRef("urn:hlcp"), UNKG.hasMember, URIRef("urn:ITU")), (URIRef("urn:WHO"), UNKG.partnersWith, URIRef("urn:ITU")),
              (URIRef("urn:iawg-ai"), UNKG.partOf, URIRef("urn:ceb"))]:
        assert t in new


def test_replicate_reports_copies_report_graphs_with_renamed_iris(tmp_path: Path) -> None:
    ds = Dataset()
    ds.parse(small_graph_file(tmp_path), format="trig")
    reports = [g for g in ds.graphs() if "/graph/report/" in str(g.identifier)]
    big = replicate_reports(ds, 3)
    big_reports = [g for g in big.graphs() if "/graph/report/" in str(g.identifier)]
    assert len(big_reports) == 3 * len(reports)
    assert sum(len(g) for g in big_reports) == 3 * sum(len(g) for g in reports)
    subjects = {str(s) for g in big_reports for s in g.subjects()}
    assert "https://w3id.org/unkg/id/report/r1-copy2" in subjects
    assert not any(s.startswith("https://w3id.org/unkg/id/org/") and "-copy" in s for s in subjects)


def test_cli_reason_writes_asserted_and_inferred_graphs(tmp_path: Path) -> None:
    src = small_graph_file(tmp_path)
    out = tmp_path / "inferred.trig"
    res = CliRunner().invoke(main, ["reason", "--kg", str(src), "--profile", "schema", "-o", str(out)])
    assert res.exit_code == 0, res.output
    ds = Dataset()
    ds.parse(out, format="trig")
    assert len(ds.graph(inferred_graph_name("schema"))) > 0
    assert len(ds.graph(URIRef("https://w3id.org/unkg/graph/report/r1"))) > 0
    res = CliRunner().invoke(main, ["reason", "--kg", str(src), "-o", str(tmp_path / "x.ttl")])
    assert res.exit_code == 2 and ".trig or .nq" in res.output
