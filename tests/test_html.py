"""kg.export.html and ``unkg viz``: escaping of report strings, no remote reference, byte stability."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from bundled import bundled_out
from click.testing import CliRunner

from kg.cli import main
from kg.export.html import ViewOptions, layout, render_html, view
from kg.pipeline import load_graph

FIXTURE = Path(__file__).parent / "fixtures" / "network.trig"
XSS = "<img src=x onerror=alert(1)>"


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def parse(page: str) -> Tags:
    t = Tags()
    t.feed(page)
    return t


@pytest.fixture(scope="module")
def page() -> str:
    text, n, m = view(load_graph(FIXTURE), ViewOptions("membership"))
    assert (n, m) == (7, 7)
    return text


def test_markup_in_names_is_escaped(page):
    assert XSS not in page
    assert "<b>bold</b>" not in page and "<script>alert('quote')" not in page
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in page
    tags = parse(page)
    assert not [t for t, _ in tags.tags if t in ("img", "b", "iframe", "object", "embed")]
    data = json.loads(tags.scripts[0])
    assert XSS in [n["name"] for n in data["nodes"]]


def test_title_and_filters_are_escaped():
    g = nx.Graph([("a", "b")])
    g.nodes["a"]["label"] = XSS
    page = render_html(g, title="<script>x</script>", size_by="degree", scores={"a": 1.0},
                       filters=[("org", XSS)])
    assert "<script>x</script>" not in page and "&lt;script&gt;x&lt;/script&gt;" in page
    assert XSS not in page


def test_no_remote_reference(page):
    tags = parse(page)
    for tag, attrs in tags.tags:
        for key in ("src", "href", "data", "action"):
            value = attrs.get(key) or ""
            assert not re.match(r"\s*(https?:)?//", value), (tag, attrs)
        assert tag != "link", "no stylesheet link: styles are inlined"
    assert len([1 for t, a in tags.tags if t == "script" and "src" not in a]) == 3


def test_content_security_policy_allows_only_the_inline_scripts(page):
    tags = parse(page)
    csp = next(a["content"] for t, a in tags.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    for script in tags.scripts[1:]:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_page_shows_reports_filters_legend(page):
    assert "C20/1" in page and "C22/1" in page  # report labels
    assert "specialized-agency" in page and "partnership" in page  # legend
    assert 'data-node-count="7"' in page


def test_byte_stable_and_independent_of_insertion_order():
    a = nx.Graph([("a", "b", {"weight": 2}), ("b", "c", {"weight": 1}), ("c", "a", {"weight": 1})])
    b = nx.Graph()
    b.add_nodes_from(["c", "b", "a"])
    b.add_edges_from([("a", "c", {"weight": 1}), ("c", "b", {"weight": 1}), ("b", "a", {"weight": 2})])
    one = render_html(a, title="t", size_by="degree", scores={}, seed=3)
    assert one == render_html(a, title="t", size_by="degree", scores={}, seed=3)
    assert one == render_html(b, title="t", size_by="degree", scores={}, seed=3)
    assert layout(a, seed=3) != layout(a, seed=4)


def test_large_graph_uses_the_community_layout():
    g = nx.connected_caveman_graph(30, 20)  # 600 nodes
    pos = layout(g, seed=0)
    assert len(pos) == 600 and pos == layout(g, seed=0)


def test_cli_viz_options(tmp_path):
    runner = CliRunner()
    out = tmp_path / "v.html"

    def run(*args):
        return runner.invoke(main, ["viz", "--kg", str(FIXTURE), "-o", str(out), *args])

    r = run("--kind", "collaboration", "--org", "UNDP", "--radius", "1", "--size-by", "betweenness")
    assert r.exit_code == 0, r.output
    assert "v.html: 3 nodes, 3 edges" in r.output  # UNDP, ITU, UNESCO
    r = run("--kind", "collaboration", "--min-weight", "2")
    assert "3 nodes, 2 edges" in r.output  # ITU–UNESCO 2, ITU–UNDP 3
    r = run("--kind", "collaboration", "--top", "2")
    assert "2 nodes, 1 edges" in r.output
    r = run("--kind", "membership", "--category", "fund-or-programme")
    assert "2 nodes, 1 edges" in r.output  # UNDP → UNGIS
    r = run("--kind", "membership", "--year", "2020")
    assert "3 nodes, 2 edges" in r.output
    r = run("--kind", "collaboration", "--org", "Nobody")
    assert r.exit_code == 1 and r.output == "Error: no node of the collaboration network is called 'Nobody'\n"
    r = run("--kind", "collaboration", "--radius", "2")
    assert r.exit_code == 2 and "needs --org" in r.output
    r = run("--kind", "collaboration", "--size-by", "fame")
    assert r.exit_code == 2
    r = runner.invoke(main, ["viz", "--kg", str(FIXTURE), "--kind", "sdg", "-o", str(tmp_path / "v.png")])
    assert r.exit_code == 2 and "is not an .html file" in r.output


def test_bundled_smoke(tmp_path):
    ds = load_graph(bundled_out())
    for kind in ("collaboration", "membership", "mandates", "sdg"):
        text, n, m = view(ds, ViewOptions(kind, size_by="pagerank"))
        assert n > 0 and f'data-node-count="{n}"' in text
    text, n, _ = view(ds, ViewOptions("collaboration", org="ITU", radius=1))
    assert n > 1 and "radius 1" in text
