"""kg.centrality and the ``unkg centrality`` reports on graphs small enough to work out by hand."""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

import networkx as nx
import pytest
from bundled import bundled_out
from click.testing import CliRunner

from kg.centrality import canonical, centrality, changes, louvain, measure, per_report
from kg.cli import main
from kg.export.centrality_report import CSV_COLUMNS, build_report, to_csv, to_html, to_markdown
from kg.network import read_graph_data
from kg.pipeline import load_graph

FIXTURE = Path(__file__).parent / "fixtures" / "network.trig"


def kite() -> nx.Graph:
    """A–B weight 2, A–C weight 3, B–C weight 1, A–D weight 1 (the fixture's collaboration network)."""
    return nx.Graph([("A", "B", {"weight": 2}), ("A", "C", {"weight": 3}), ("B", "C", {"weight": 1}),
                     ("A", "D", {"weight": 1})])


def test_degree_and_weighted_degree():
    m = measure(kite(), ["degree", "weighted_degree"])
    assert m["degree"] == {"A": 3.0, "B": 2.0, "C": 2.0, "D": 1.0}
    assert m["weighted_degree"] == {"A": 6.0, "B": 3.0, "C": 4.0, "D": 1.0}


def test_betweenness_reads_weights_as_strengths():
    # B–C directly has length 1/1 = 1; via A it is 1/2 + 1/3 = 0.833, so A lies on B–C, B–D, C–D:
    # 3 of the 3 pairs of other nodes.
    assert measure(kite(), ["betweenness"])["betweenness"] == {"A": 1.0, "B": 0.0, "C": 0.0, "D": 0.0}
    # read as distances (the trap) B–C would go direct and A would get only 2 of 3
    trap = nx.betweenness_centrality(kite(), weight="weight")
    assert round(trap["A"], 6) == round(2 / 3, 6)


def test_closeness_uses_distances():
    c = measure(kite(), ["closeness"])["closeness"]
    assert c["A"] == round(3 / (1 / 2 + 1 / 3 + 1), 6)  # 1.636364
    assert c["D"] == round(3 / (1 + 1.5 + 4 / 3), 6)  # 0.782609


def test_pagerank_and_eigenvector_on_a_star():
    star = nx.star_graph(4)  # centre 0, leaves 1..4
    m = measure(star, ["pagerank", "eigenvector"])
    assert abs(sum(m["pagerank"].values()) - 1) < 1e-5
    assert m["pagerank"][0] > m["pagerank"][1] == m["pagerank"][4]
    assert m["eigenvector"][1] == m["eigenvector"][2] < m["eigenvector"][0]
    # centre of a star with 4 leaves: eigenvector 1/sqrt(2), each leaf 1/(2 sqrt(2))
    assert m["eigenvector"][0] == pytest.approx(0.707107, abs=1e-5)


def two_triangles() -> nx.Graph:
    return nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("c", "h"), ("h", "x"), ("x", "y"), ("y", "z"), ("x", "z")])


def test_louvain_finds_the_two_triangles():
    comms = louvain(two_triangles(), seed=0)
    assert [c.members for c in comms] == [("a", "b", "c", "h"), ("x", "y", "z")]
    assert comms[0].label == "c · a (+2)"


def test_louvain_is_stable_across_runs_seeds_and_node_orders():
    g = nx.connected_caveman_graph(4, 5)
    g = nx.relabel_nodes(g, {n: f"n{n:02d}" for n in g})
    want = louvain(g, seed=7)
    assert louvain(g, seed=7) == want
    rng = random.Random(1)
    for _ in range(5):
        nodes, edges = list(g.nodes), list(g.edges)
        rng.shuffle(nodes)
        rng.shuffle(edges)
        h = nx.Graph()
        h.add_nodes_from(nodes)
        h.add_edges_from((v, u) if rng.random() < 0.5 else (u, v) for u, v in edges)
        assert louvain(h, seed=7) == want
        assert centrality(h, seed=7) == centrality(g, seed=7)
    assert [len(c.members) for c in want] == [5, 5, 5, 5]


def test_brokers_bridge_communities():
    r = centrality(two_triangles())
    h = r.by_node()["h"]
    assert h.betweenness == 0.6  # 9 of the 15 pairs of other nodes
    assert h.broker == 1.8  # 0.6 / (2 / 6)
    assert [b.node for b in r.brokers] == ["h", "x"]  # c's neighbours are all in its own community


def test_canonical_merges_directions_and_sets_distance():
    h = canonical(nx.DiGraph([("b", "a", {"weight": 2}), ("a", "b", {"weight": 2})]))
    assert list(h.nodes) == ["a", "b"] and h.edges["a", "b"]["weight"] == 4.0
    assert h.edges["a", "b"]["distance"] == 0.25


def test_changes_between_two_results():
    before = centrality(nx.Graph([("x", "y")]))
    after = centrality(nx.Graph([("x", "z"), ("x", "w")]))
    status = {c.node: c.status for c in changes(before, after)}
    assert status == {"x": "kept", "y": "gone", "z": "new", "w": "new"}


def test_per_report_on_the_fixture():
    data = read_graph_data(load_graph(FIXTURE))
    steps = per_report(data, "collaboration")
    assert [(s.report, s.year, s.previous) for s in steps] == [("r2020", 2020, None), ("r2022", 2022, "r2020")]
    assert len(steps[0].result.nodes) == 3 and len(steps[1].result.nodes) == 4
    moved = {c.node.rsplit("/", 1)[1]: c.status for c in steps[1].changes}
    assert moved["markup"] == "new" and moved["ITU"] == "kept"


def test_reports_csv_markdown_html():
    rep = build_report(load_graph(FIXTURE), "collaboration")
    rows = list(csv.DictReader(io.StringIO(to_csv(rep))))
    assert len(rows) == 4 and tuple(rows[0]) == CSV_COLUMNS
    top = rows[0]
    assert top["label"] == "International Telecommunication Union"
    assert (top["degree"], top["weighted_degree"], top["betweenness"]) == ("3", "6.0", "1.0")
    md = to_markdown(rep)
    assert "## Communities" in md and "## Definitions" in md and "## Change between reports" in md
    assert "&lt;img src=x onerror=alert(1)&gt;" in md and "<img" not in md
    page = to_html(rep)
    assert "<svg" in page and "Definitions" in page
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert to_html(build_report(load_graph(FIXTURE), "collaboration")) == page


def test_cli_centrality(tmp_path):
    runner = CliRunner()
    for suffix in ("md", "html", "csv"):
        out = tmp_path / f"c.{suffix}"
        r = runner.invoke(main, ["centrality", "--kg", str(FIXTURE), "--kind", "membership", "-o", str(out)])
        assert r.exit_code == 0, r.output
        assert out.exists()
    r = runner.invoke(main, ["centrality", "--kg", str(FIXTURE), "-o", str(tmp_path / "c.txt")])
    assert r.exit_code == 2 and "use a .md, .html or .csv file" in r.output
    r = runner.invoke(main, ["centrality", "--kg", str(FIXTURE), "--report", "x", "-o", str(tmp_path / "c.md")])
    assert r.exit_code == 1 and r.output.startswith("Error: report 'x' is not in the graph")


def test_bundled_smoke(tmp_path):
    rep = build_report(load_graph(bundled_out()), "collaboration")
    assert rep.result.nodes and rep.result.communities
    assert len(rep.steps) >= 2
    assert sum(s.pagerank for s in rep.result.nodes) == pytest.approx(1, abs=1e-3)
