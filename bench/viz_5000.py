"""Benchmark (not a test): how long a 5,000-node ``unkg viz`` page takes to build and to load.

Builds a synthetic network shaped like the real ones (organizations in 40 clusters of shared
groupings, a few hubs, labels, categories, evidence quotes on every edge), renders it with
kg.export.html, then opens the file in headless Chromium (network cut off) and measures the time from
navigation to the first drawn frame (``window.unkg.ready``), and the time of a redraw after zooming.
Prints the figures; writes the page to bench/work/viz_5000.html.

    .venv/bin/python bench/viz_5000.py [--nodes 5000] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from headless import CHROMIUM, Chromium  # noqa: E402

from kg.centrality import measure  # noqa: E402
from kg.export.html import render_html  # noqa: E402
from kg.network import EvidenceRef  # noqa: E402

CATEGORIES = ("specialized-agency", "fund-or-programme", "department-or-office", "other-un-entity",
              "non-state-actor", "intergovernmental-organization", "regional-commission", "research-and-training")


def synthetic(n: int, seed: int = 0) -> nx.Graph:
    rng = random.Random(seed)
    g = nx.Graph(kind="collaboration")
    clusters = 40
    for i in range(n):
        g.add_node(f"https://example.org/org/{i:05d}", label=f"Organization {i} of cluster {i % clusters}",
                   kind="organization", category=CATEGORIES[rng.randrange(len(CATEGORIES))],
                   aliases=f"Org {i}|O-{i}", acronym=f"O{i}", reports="r1|r2")
    nodes = list(g.nodes)
    for i, u in enumerate(nodes):
        for _ in range(2):
            j = (i % clusters) + clusters * rng.randrange(n // clusters) if rng.random() < 0.9 else rng.randrange(n)
            v = nodes[min(j, n - 1)]
            if u != v:
                w = rng.choice((1, 1, 1, 2, 3))
                ev = (EvidenceRef("r1", f"§{i}", f"Organization {i} works with another one on item {j}."),)
                g.add_edge(u, v, weight=w, relations="sharedGrouping", reports="r1", evidence=ev[0].quote,
                           _evidence=ev, evidence_count=1)
    for hub in nodes[:10]:
        for v in rng.sample(nodes, 60):
            if v != hub:
                g.add_edge(hub, v, weight=1, relations="partnersWith", reports="r2", evidence="hub", evidence_count=1)
    return g


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    g = synthetic(args.nodes)
    t0 = time.perf_counter()
    scores = measure(g, ["degree"])["degree"]
    t1 = time.perf_counter()
    page = render_html(g, title=f"benchmark: {args.nodes} nodes", size_by="degree", scores=scores)
    t2 = time.perf_counter()
    out = ROOT / "bench" / "work" / f"viz_{args.nodes}.html"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    print(f"graph: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges")
    print(f"degree: {t1 - t0:.2f} s; layout + render: {t2 - t1:.2f} s; page: {len(page) / 1e6:.1f} MB -> {out}")
    if not CHROMIUM.exists():
        print("no /usr/bin/chromium: browser timings skipped")
        return
    loads, redraws = [], []
    with Chromium() as browser:
        for _ in range(args.runs):
            browser.navigate("about:blank")
            start = time.perf_counter()
            browser.navigate(out.as_uri())
            browser.wait_for("window.unkg && window.unkg.ready", timeout=120, interval=0.02)
            loads.append(time.perf_counter() - start)
            if len(loads) == 1:
                browser.screenshot(ROOT / "bench" / "work" / f"viz_{args.nodes}.png")
            redraws.append(browser.evaluate(
                "(() => { const t = performance.now(); const n = window.unkg.network;"
                " n.moveTo({scale: 1.5}); n.redraw(); return performance.now() - t; })()"))
        assert browser.evaluate("window.unkg.nodeCount") == g.number_of_nodes()
        offline = [u for u in browser.requests if not u.startswith(("file:", "data:", "about:"))]
    print(f"Chromium load to first frame: median {statistics.median(loads):.2f} s "
          f"(runs: {', '.join(f'{x:.2f}' for x in loads)})")
    print(f"zoom + redraw: median {statistics.median(redraws):.0f} ms")
    print(f"requests other than file:/data:: {len(offline)}")


if __name__ == "__main__":
    main()
