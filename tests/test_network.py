"""kg.network and ``unkg network`` (issue 3 §7, issue 5 §3): a hand-made fixture with exact answers,
every export format, byte stability, and one smoke run on the bundled build."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from bundled import bundled_out
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from kg.network import (
    build_network,
    export_network,
    read_graph_data,
    select_reports,
    year_snapshots,
)
from kg.pipeline import load_graph

FIXTURE = Path(__file__).parent / "fixtures" / "network.trig"
ID = "https://w3id.org/unkg/id/"
ITU, UNESCO, UNDP, MARKUP = (f"{ID}org/{k}" for k in ("ITU", "UNESCO", "UNDP", "markup"))
BC, UNGIS, EQUALS = (f"{ID}grouping/{k}" for k in ("broadband-commission", "ungis", "equals"))
RES70 = f"{ID}resolution/pp-res-70"
SDG5, IND441 = "http://metadata.un.org/sdg/5", "http://metadata.un.org/sdg/C040401"


@pytest.fixture(scope="module")
def ds():
    return load_graph(FIXTURE)


@pytest.fixture(scope="session")
def bundled() -> Path:
    return bundled_out()


def test_membership_is_bipartite_with_roles(ds):
    g = build_network(ds, "membership")
    assert g.is_directed()
    assert sorted(g.edges) == sorted([(ITU, BC), (ITU, EQUALS), (ITU, UNGIS), (UNDP, UNGIS), (UNESCO, BC),
                                      (UNESCO, UNGIS), (MARKUP, EQUALS)])
    roles = {(u, v): d["role"] for u, v, d in g.edges(data=True)}
    assert roles[(ITU, BC)] == "lead"  # chairs + participatesIn: a leading role wins
    assert g.edges[ITU, BC]["roles"] == "chair|participant"
    assert g.edges[ITU, BC]["weight"] == 2
    assert roles[(ITU, EQUALS)] == "lead"
    assert roles[(UNESCO, UNGIS)] == "supporter"
    assert roles[(MARKUP, EQUALS)] == "partner"
    assert roles[(UNDP, UNGIS)] == "member"
    kinds = {n: d["kind"] for n, d in g.nodes(data=True)}
    assert {n for n, k in kinds.items() if k == "organization"} == {ITU, UNESCO, UNDP, MARKUP}
    assert {n for n, k in kinds.items() if k == "grouping"} == {BC, UNGIS, EQUALS}


def test_node_attributes(ds):
    g = build_network(ds, "membership")
    itu = g.nodes[ITU]
    assert itu["iri"] == ITU
    assert itu["label"] == "International Telecommunication Union"
    assert itu["aliases"] == "International Telecommunications Union|UIT"
    assert itu["acronym"] == "ITU"
    assert (itu["kind"], itu["type"], itu["category"]) == ("organization", "SpecializedAgency", "specialized-agency")
    assert itu["reports"] == "r2020|r2022"
    assert (g.nodes[UNGIS]["type"], g.nodes[UNGIS]["category"]) == ("InterAgencyNetwork", "network")
    assert g.nodes[MARKUP]["discovered"] == 1 and g.nodes[ITU]["discovered"] == 0


def test_collaboration_weights_count_shared_groupings_and_statements(ds):
    g = build_network(ds, "collaboration")
    assert not g.is_directed()
    w = {frozenset((u, v)): d["weight"] for u, v, d in g.edges(data=True)}
    assert w == {frozenset((ITU, UNESCO)): 2,  # Broadband Commission and UNGIS
                 frozenset((ITU, UNDP)): 3,  # UNGIS + two sentences stating the partnership
                 frozenset((UNDP, UNESCO)): 1, frozenset((ITU, MARKUP)): 1}
    e = g.edges[ITU, UNDP]
    assert (e["shared_groupings"], e["direct"]) == (1, 2)
    assert e["relations"] == "partnersWith|sharedGrouping"
    assert e["groupings"] == "United Nations Group on the Information Society"
    assert e["reports"] == "r2020|r2022"
    assert e["evidence"] == "ITU works with UNDP on digital transformation."


def test_report_filter(ds):
    g = build_network(ds, "collaboration", reports=["r2020"])
    assert {frozenset(e): d["weight"] for *e, d in g.edges(data=True)} == {
        frozenset((ITU, UNESCO)): 1, frozenset((ITU, UNDP)): 1}
    assert g.graph["reports"] == "r2020"
    assert build_network(ds, "collaboration", years=[2022]).graph["reports"] == "r2022"


def test_unknown_report_and_year_are_user_errors(ds):
    with pytest.raises(InputError, match=r"report 'nope' is not in the graph \(reports: r2020, r2022\)"):
        build_network(ds, "membership", reports=["nope"])
    with pytest.raises(InputError, match="no report of year 1999"):
        select_reports(read_graph_data(ds), years=[1999])


def test_mandates_and_sdg(ds):
    m = build_network(ds, "mandates")
    assert sorted(m.edges) == sorted([(BC, RES70), (UNGIS, RES70)])
    assert m.nodes[RES70]["kind"] == "resolution" and m.nodes[RES70]["category"] == "resolution"
    s = build_network(ds, "sdg")
    assert sorted(s.edges) == sorted([(EQUALS, SDG5), (ITU, IND441)])
    assert (s.nodes[SDG5]["notation"], s.nodes[SDG5]["category"]) == ("5", "goal")
    assert (s.nodes[IND441]["notation"], s.nodes[IND441]["type"]) == ("4.4.1", "Indicator")
    assert s.edges[ITU, IND441]["relations"] == "custodianOf"


def test_year_snapshots(ds):
    snaps = year_snapshots(read_graph_data(ds), "collaboration")
    assert sorted(snaps) == [2020, 2022]
    assert snaps[2020].has_edge(ITU, UNDP) and not snaps[2020].has_edge(UNDP, UNESCO)


@pytest.mark.parametrize("kind", ["membership", "collaboration", "mandates", "sdg"])
def test_graphml_loads_with_networkx_and_has_only_scalar_attributes(ds, tmp_path, kind):
    out = tmp_path / f"{kind}.graphml"
    n, m = export_network(ds, kind, "graphml", out)
    g = nx.read_graphml(out)
    assert (g.number_of_nodes(), g.number_of_edges()) == (n, m)
    for _, d in g.nodes(data=True):
        assert {"iri", "label", "aliases", "kind", "type", "category"} <= set(d)
        assert all(isinstance(v, (str, int, float)) for v in d.values())
    for _, _, d in g.edges(data=True):
        assert {"reports", "evidence", "weight"} <= set(d)
    keys = ET.parse(out).getroot().findall("{http://graphml.graphdrawing.org/xmlns}key")
    assert {k.get("attr.type") for k in keys} <= {"string", "int", "long", "double", "float"}


def test_gexf_has_a_spell_per_report_year(ds, tmp_path):
    out = tmp_path / "c.gexf"
    export_network(ds, "collaboration", "gexf", out)
    ns = {"g": "http://www.gexf.net/1.2draft"}
    root = ET.parse(out).getroot()
    graph = root.find("g:graph", ns)
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    spells = {}
    for e in root.iter("{http://www.gexf.net/1.2draft}edge"):
        pair = frozenset((e.get("source"), e.get("target")))
        spells[pair] = [s.get("start") for s in e.iter("{http://www.gexf.net/1.2draft}spell")]
    assert spells[frozenset((ITU, UNDP))] == ["2020-01-01", "2022-01-01"]
    assert spells[frozenset((UNDP, UNESCO))] == ["2022-01-01"]
    g = nx.read_gexf(out)
    assert g.number_of_edges() == 4


def test_csv_has_one_row_per_edge(ds, tmp_path):
    out = tmp_path / "m.csv"
    n, m = export_network(ds, "membership", "csv", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == m == 7
    assert list(rows[0])[:5] == ["source", "target", "source_label", "target_label", "weight"]
    lead = [r for r in rows if r["source"] == ITU and r["target"] == BC][0]
    assert (lead["role"], lead["reports"]) == ("lead", "r2020")


def test_json_is_node_link(ds, tmp_path):
    out = tmp_path / "s.json"
    export_network(ds, "sdg", "json", out)
    g = nx.node_link_graph(json.loads(out.read_text(encoding="utf-8")), edges="edges")
    assert g.is_directed() and g.number_of_edges() == 2
    assert g.nodes[SDG5]["notation"] == "5"


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv", "json"])
def test_exports_are_byte_stable_and_atomic(ds, tmp_path, fmt):
    a, b = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    export_network(ds, "collaboration", fmt, a)
    export_network(load_graph(FIXTURE), "collaboration", fmt, b)
    assert a.read_bytes() == b.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([a.name, b.name])  # no temporary left


def test_markup_is_escaped_in_xml_exports(ds, tmp_path):
    out = tmp_path / "m.graphml"
    export_network(ds, "membership", "graphml", out)
    text = out.read_text(encoding="utf-8")
    assert "<img src=x" not in text and "&lt;img src=x onerror=alert(1)&gt;" in text
    assert nx.read_graphml(out).nodes[MARKUP]["label"] == "<img src=x onerror=alert(1)>"


def test_cli_network(tmp_path):
    out = tmp_path / "c.graphml"
    r = CliRunner().invoke(main, ["network", "--kg", str(FIXTURE), "--kind", "collaboration", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert f"{out}: 4 nodes, 4 edges" in r.output
    r = CliRunner().invoke(main, ["network", "--kg", str(FIXTURE), "--kind", "sdg", "--report", "zz", "-o", str(out)])
    assert r.exit_code == 1
    assert r.output.strip().splitlines() == ["Error: report 'zz' is not in the graph (reports: r2020, r2022)"]
    r = CliRunner().invoke(main, ["network", "--kg", str(FIXTURE), "--kind", "sdg", "-o", str(tmp_path / "x.txt")])
    assert r.exit_code == 2


def test_bundled_smoke(bundled, tmp_path):
    ds = load_graph(bundled)
    for kind in ("membership", "collaboration", "mandates", "sdg"):
        n, m = export_network(ds, kind, "graphml", tmp_path / f"{kind}.graphml")
        assert n > 0 and m > 0
        g = nx.read_graphml(tmp_path / f"{kind}.graphml")
        assert g.number_of_edges() == m
    collab = build_network(ds, "collaboration")
    assert f"{ID}org/ITU" in collab
    assert all(d["weight"] >= 1 for *_, d in collab.edges(data=True))
    export_network(ds, "collaboration", "gexf", tmp_path / "c.gexf")
    assert nx.read_gexf(tmp_path / "c.gexf").number_of_nodes() == collab.number_of_nodes()
