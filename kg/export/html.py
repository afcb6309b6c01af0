"""``unkg viz``: one standalone HTML page that draws a network view, offline.

The page inlines a vendored vis-network standalone build (``assets/vis-network.min.js``, see
``assets/README.md``) and its own script and styles: it makes no network request (its
Content-Security-Policy forbids any, and allows only the two inline scripts by hash, so an injected
``onerror=`` handler cannot run). pyvis is not used: its template loads vis-network, Bootstrap and
tom-select from CDNs and builds tooltips as HTML strings; here the graph is a JSON document and every
string from a report reaches the page through ``textContent`` (tooltips and the details panel are
DOM elements) or ``html.escape`` (title, filters, legend, reports), never as markup.

Positions are computed in Python with a seed (spring layout up to 500 nodes; above that Louvain
communities laid out as a spring layout of communities, each a spring layout or a spiral), so the
same graph and seed give the same picture and the same bytes; physics is off, which keeps 5,000
nodes responsive.

Invariant: the output depends only on the graph, the options and the vendored asset.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from kg.io import atomic_write

ASSETS = Path(__file__).resolve().parent / "assets"
VIS_JS = ASSETS / "vis-network.min.js"

PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d",
    "#31a354", "#756bb1", "#636363", "#9c9ede", "#fd8d3c", "#74c476", "#6baed6", "#c49c94",
    "#f7b6d2", "#dbdb8d", "#9edae5", "#ad494a", "#a55194", "#5254a3", "#b5cf6b", "#e7ba52",
)
OTHER_COLOUR = "#b0b0b0"
SHAPES = {"organization": "dot", "grouping": "square", "resolution": "triangle", "sdg": "star"}
SMALL_LAYOUT = 500  # nodes; above this the community layout is used
LABELS_SHOWN = 60  # in large graphs only the biggest nodes carry a label on the canvas
MAX_TIP_QUOTES = 5


@dataclass(frozen=True)
class ViewOptions:
    """What ``unkg viz`` draws: the network kind and its filters (see :func:`view`)."""

    kind: str
    reports: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    org: str | None = None
    radius: int = 1
    categories: tuple[str, ...] = ()
    min_weight: float | None = None
    top: int | None = None
    size_by: str = "degree"
    seed: int = 0
    title: str | None = None
    extra: tuple[tuple[str, str], ...] = field(default=())


# --- layout ----------------------------------------------------------------------------------------


def _spiral(nodes: Sequence[str], spacing: float = 1.0) -> dict[str, tuple[float, float]]:
    golden = math.pi * (3 - math.sqrt(5))
    return {n: (spacing * math.sqrt(i) * math.cos(i * golden), spacing * math.sqrt(i) * math.sin(i * golden))
            for i, n in enumerate(nodes)}


def _spring(h: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    if h.number_of_nodes() == 1:
        return {next(iter(h)): (0.0, 0.0)}
    n = h.number_of_nodes()
    # k above networkx's 1/sqrt(n): dense inter-agency cores otherwise collapse into one blob
    pos = nx.spring_layout(h, seed=seed, weight=None, k=2.5 / math.sqrt(n), iterations=150)
    return {n: (float(p[0]), float(p[1])) for n, p in pos.items()}


def _pack_components(h: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Spring layout per connected component, components packed in rows, largest first, so that
    a few stray pairs do not push the main component into a corner."""
    comps = sorted((sorted(c) for c in nx.connected_components(h)), key=lambda c: (-len(c), c))
    placed: list[tuple[list[str], dict[str, tuple[float, float]], float]] = []
    for comp in comps:
        raw = _spring(canonical_sub(h, comp), seed)
        radius = 70.0 * math.sqrt(len(comp)) + 30
        placed.append((comp, raw, radius))
    width = max(2 * placed[0][2], math.sqrt(sum((2 * r) ** 2 for *_, r in placed)) * 1.1)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for comp, raw, r in placed:
        if x > 0 and x + 2 * r > width:
            x, y, row_h = 0.0, y + row_h, 0.0
        cx, cy = x + r, y + r
        for node in comp:
            px, py = raw[node]
            out[node] = (round(cx + px * (r - 20), 1), round(cy + py * (r - 20), 1))
        x += 2 * r
        row_h = max(row_h, 2 * r)
    return out


def canonical_sub(h: nx.Graph, nodes: Sequence[str]) -> nx.Graph:
    from kg.centrality import canonical

    return canonical(h.subgraph(nodes))


def layout(g: nx.Graph, seed: int = 0) -> dict[str, tuple[float, float]]:
    """Seeded positions in pixels, independent of the order nodes were added.

    Examples
    --------
    >>> pos = layout(nx.path_graph(["a", "b", "c"]), seed=1)
    >>> pos == layout(nx.path_graph(["c", "b", "a"]), seed=1)
    True
    """
    from kg.centrality import canonical, louvain

    h = canonical(g)
    n = h.number_of_nodes()
    if n == 0:
        return {}
    if n <= SMALL_LAYOUT:
        return _pack_components(h, seed)
    comms = louvain(h, seed)
    member_of = {m: c.id for c in comms for m in c.members}
    meta = nx.Graph()
    meta.add_nodes_from(sorted(c.id for c in comms))
    for u, v, d in h.edges(data=True):
        a, b = member_of[u], member_of[v]
        if a != b:
            w = meta.get_edge_data(a, b, {}).get("weight", 0.0)
            meta.add_edge(min(a, b), max(a, b), weight=w + d["weight"])
    centres = nx.spring_layout(meta, seed=seed, weight="weight", iterations=100) if len(comms) > 1 else {1: (0.0, 0.0)}
    spread = 50.0 * math.sqrt(n)
    out: dict[str, tuple[float, float]] = {}
    for c in comms:
        cx, cy = (float(centres[c.id][0]) * spread, float(centres[c.id][1]) * spread)
        radius = 40.0 * math.sqrt(len(c.members))
        sub = h.subgraph(c.members)
        if len(c.members) <= 150:
            inner = _spring(canonical(sub), seed)
        else:
            ranked = sorted(c.members, key=lambda m: (-sub.degree(m, weight="weight"), m))
            inner = _spiral(ranked, 1.0 / math.sqrt(len(ranked)))
        for m, (x, y) in inner.items():
            out[m] = (round(cx + x * radius, 1), round(cy + y * radius, 1))
    return out


# --- view ------------------------------------------------------------------------------------------


def _colours(g: nx.Graph) -> dict[str, str]:
    counts = Counter(str(d.get("category") or d.get("kind") or "other") for _, d in g.nodes(data=True))
    ordered = sorted(counts, key=lambda c: (-counts[c], c))
    return {c: (PALETTE[i] if i < len(PALETTE) else OTHER_COLOUR) for i, c in enumerate(ordered)}


def _split(value: Any) -> list[str]:
    return [x for x in str(value or "").split("|") if x]


def graph_document(g: nx.Graph, size_by: str, scores: dict[str, float], seed: int) -> dict[str, Any]:
    """The JSON the page draws: nodes with position, size, colour, shape and tooltip fields; edges
    with width and evidence."""
    pos = layout(g, seed)
    colours = _colours(g)
    top = max(scores.values(), default=0.0) or 1.0
    big = g.number_of_nodes() > SMALL_LAYOUT
    labelled = set(sorted(g.nodes, key=lambda n: (-scores.get(n, 0.0), n))[:LABELS_SHOWN]) if big else set(g.nodes)
    nodes = []
    for n in sorted(g.nodes):
        d = g.nodes[n]
        cat = str(d.get("category") or d.get("kind") or "other")
        value = float(scores.get(n, 0.0))
        x, y = pos.get(n, (0.0, 0.0))
        nodes.append({
            "id": n, "name": str(d.get("label") or n), "show": n in labelled,
            "x": x, "y": y, "size": round(8 + 32 * math.sqrt(max(value, 0.0) / top), 2),
            "color": colours[cat], "shape": SHAPES.get(str(d.get("kind")), "dot"),
            "category": cat, "kind": str(d.get("kind", "")), "type": str(d.get("type", "")),
            "aliases": _split(d.get("aliases")), "acronym": str(d.get("acronym", "")),
            "notation": str(d.get("notation", "")), "reports": _split(d.get("reports")),
            "measure": round(value, 6),
        })
    edges = []
    directed = g.is_directed()
    ends = sorted(((u, v) if directed or u <= v else (v, u), d) for u, v, d in g.edges(data=True))
    for (u, v), d in ends:
        w = float(d.get("weight", 1) or 1)
        ev = d.get("_evidence") or ()
        quotes = [{"report": e.report, "locator": e.locator, "quote": e.quote} for e in ev[:MAX_TIP_QUOTES]]
        if not quotes and d.get("evidence"):
            quotes = [{"report": "", "locator": str(d.get("locator", "")), "quote": str(d["evidence"])}]
        edges.append({
            "from": u, "to": v, "weight": w, "width": round(min(1 + 1.5 * (w - 1), 12), 2),
            "relations": _split(d.get("relations")), "role": str(d.get("role", "")),
            "groupings": _split(d.get("groupings")), "reports": _split(d.get("reports")),
            "evidence": quotes, "evidence_count": int(d.get("evidence_count", len(quotes)) or 0),
        })
    legend = [{"category": c, "color": col} for c, col in colours.items() if col != OTHER_COLOUR]
    rest = sorted(c for c, col in colours.items() if col == OTHER_COLOUR)
    if rest:
        legend.append({"category": "other: " + ", ".join(rest), "color": OTHER_COLOUR})
    kinds = sorted({str(g.nodes[n].get("kind", "")) for n in g.nodes} - {""})
    return {"nodes": nodes, "edges": edges, "legend": legend,
            "shapes": [{"kind": k, "shape": SHAPES.get(k, "dot")} for k in kinds],
            "directed": g.is_directed(), "big": big, "size_by": size_by, "seed": seed}


def _json_for_script(doc: Any) -> str:
    text = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    # inside <script type="application/json"> nothing may close the element or open a comment
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii") + "'"


_STYLE = """
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;background:#fff}
header{padding:8px 14px;border-bottom:1px solid #d9e2ec;background:#f5f7fa}
header h1{font-size:18px;margin:0 0 2px}
header p{margin:0;color:#52606d;font-size:12px}
main{display:flex;height:calc(100% - 64px)}
aside{width:300px;min-width:300px;overflow:auto;padding:10px 12px;border-right:1px solid #d9e2ec;font-size:13px}
aside h2{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#52606d;margin:14px 0 6px}
#network{flex:1;position:relative;min-width:0}
#search{width:100%;padding:6px 8px;border:1px solid #9aa5b1;border-radius:4px;font:inherit}
#search-status{color:#52606d;font-size:12px;min-height:1.4em}
.legend-item{display:flex;align-items:center;gap:6px;margin:2px 0}
.swatch{width:12px;height:12px;border-radius:50%;display:inline-block;border:1px solid #0002;flex:none}
dl.filters{display:grid;grid-template-columns:auto 1fr;gap:2px 8px;margin:0}
dl.filters dt{color:#52606d}
dl.filters dd{margin:0;word-break:break-word}
ul.reports{padding-left:16px;margin:0}
#details{white-space:normal}
.tip{max-width:420px;white-space:normal;font-size:12px;line-height:1.35}
.tip-title{font-weight:600;font-size:13px;margin-bottom:3px}
.tip-row{margin:1px 0}
.tip-key{color:#52606d}
.tip-quote{margin:4px 0 0;padding-left:6px;border-left:3px solid #9aa5b1;font-style:italic}
.tip-src{color:#52606d;font-style:normal;font-size:11px}
div.vis-tooltip{max-width:440px;white-space:normal!important;background:#fff!important;border:1px solid #9aa5b1!important;box-shadow:0 2px 6px #0003;padding:6px 8px;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif!important;color:#1f2933!important}
label.toggle{display:block;margin-top:6px;font-size:12px;color:#52606d}
"""

_APP = """
(function () {
  "use strict";
  var doc = JSON.parse(document.getElementById("unkg-data").textContent);
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function row(box, key, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) { return; }
    var r = el("div", "tip-row");
    r.appendChild(el("span", "tip-key", key + ": "));
    r.appendChild(el("span", "", Array.isArray(value) ? value.join(", ") : value));
    box.appendChild(r);
  }
  function nodeTip(n) {
    var box = el("div", "tip");
    box.appendChild(el("div", "tip-title", n.name));
    row(box, "category", n.category);
    row(box, "type", n.type);
    row(box, "acronym", n.acronym);
    row(box, "notation", n.notation);
    row(box, "aliases", n.aliases);
    row(box, doc.size_by, n.measure);
    row(box, "reports", n.reports);
    return box;
  }
  var names = {};
  doc.nodes.forEach(function (n) { names[n.id] = n.name; });
  function edgeTip(e, all) {
    var box = el("div", "tip");
    box.appendChild(el("div", "tip-title", (names[e.from] || e.from) + (doc.directed ? " \\u2192 " : " \\u2014 ") + (names[e.to] || e.to)));
    row(box, "relation", e.relations);
    row(box, "role", e.role);
    row(box, "weight", e.weight);
    row(box, "shared groupings", e.groupings);
    row(box, "reports", e.reports);
    var quotes = all ? e.evidence : e.evidence.slice(0, 2);
    quotes.forEach(function (q) {
      var b = el("blockquote", "tip-quote", q.quote);
      var src = el("div", "tip-src", [q.report, q.locator].filter(Boolean).join(" \\u00b7 "));
      b.appendChild(src);
      box.appendChild(b);
    });
    if (e.evidence_count > quotes.length) { box.appendChild(el("div", "tip-src", (e.evidence_count - quotes.length) + " more sentence(s)")); }
    return box;
  }
  var nodes = new vis.DataSet(doc.nodes.map(function (n) {
    return { id: n.id, label: n.show ? n.name : undefined, x: n.x, y: n.y, size: n.size, shape: n.shape,
             color: { background: n.color, border: n.color, highlight: { background: "#ffd166", border: "#1f2933" } },
             title: nodeTip(n) };
  }));
  var edges = new vis.DataSet(doc.edges.map(function (e, i) {
    return { id: i, from: e.from, to: e.to, width: e.width, title: edgeTip(e, false) };
  }));
  var container = document.getElementById("network");
  var options = {
    physics: { enabled: false, solver: "barnesHut", stabilization: { enabled: false } },
    layout: { randomSeed: doc.seed, improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: doc.big, hideEdgesOnZoom: doc.big, multiselect: false },
    nodes: { font: { size: 13, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" }, borderWidth: 1 },
    edges: { smooth: false, color: { color: "#9aa5b1", highlight: "#1f2933", hover: "#52606d", opacity: 0.7 },
             arrows: { to: { enabled: doc.directed, scaleFactor: 0.4 } } }
  };
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  var state = { network: network, nodeCount: doc.nodes.length, edgeCount: doc.edges.length, ready: false, drawn: 0 };
  window.unkg = state;
  network.on("afterDrawing", function () {
    state.drawn += 1;
    if (!state.ready) { state.ready = true; document.body.setAttribute("data-ready", "1"); }
  });
  var details = document.getElementById("details");
  function show(box) { details.textContent = ""; if (box) { details.appendChild(box); } }
  var byId = {};
  doc.nodes.forEach(function (n) { byId[n.id] = n; });
  network.on("click", function (p) {
    if (p.nodes.length) { show(nodeTip(byId[p.nodes[0]])); }
    else if (p.edges.length) { show(edgeTip(doc.edges[p.edges[0]], true)); }
    else { show(null); }
  });
  var search = document.getElementById("search");
  var status = document.getElementById("search-status");
  function find() {
    var q = search.value.trim().toLowerCase();
    if (!q) { status.textContent = ""; network.unselectAll(); return; }
    var hits = doc.nodes.filter(function (n) {
      return [n.name, n.acronym, n.notation].concat(n.aliases).some(function (s) { return s && s.toLowerCase().indexOf(q) >= 0; });
    });
    status.textContent = hits.length + (hits.length === 1 ? " match" : " matches");
    if (hits.length) {
      network.selectNodes(hits.map(function (n) { return n.id; }));
      network.focus(hits[0].id, { scale: 1.2, animation: false });
      show(nodeTip(hits[0]));
    } else { network.unselectAll(); }
  }
  search.addEventListener("change", find);
  search.addEventListener("keyup", function (ev) { if (ev.key === "Enter") { find(); } });
  var physics = document.getElementById("physics");
  physics.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physics.checked, barnesHut: { gravitationalConstant: -3000, springLength: 120 } } });
  });
})();
"""


def _filters_html(filters: Sequence[tuple[str, str]]) -> str:
    if not filters:
        return "<p>none (the whole graph)</p>"
    rows = "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in filters)
    return f'<dl class="filters">{rows}</dl>'


def render_html(g: nx.Graph, *, title: str, size_by: str, scores: dict[str, float],
                filters: Sequence[tuple[str, str]] = (), reports: Sequence[Any] = (), seed: int = 0) -> str:
    """The standalone page for graph ``g`` (a graph of :mod:`kg.network`).

    Parameters
    ----------
    scores : the measure nodes are sized by (``size_by`` names it in the tooltips).
    filters : (option, value) pairs shown in the sidebar.
    reports : :class:`kg.network.ReportInfo` of the reports the graph was read from.

    Examples
    --------
    >>> page = render_html(nx.Graph([("a", "b")]), title="t", size_by="degree", scores={})
    >>> "http://" in page.split("<script")[0] or 'src="http' in page
    False
    """
    doc = graph_document(g, size_by, scores, seed)
    vis_js = VIS_JS.read_text(encoding="utf-8")
    data = _json_for_script(doc)
    csp = (f"default-src 'none'; script-src {_csp_hash(vis_js)} {_csp_hash(_APP)}; "
           "style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none'; "
           "base-uri 'none'; form-action 'none'")
    legend = "".join(
        f'<div class="legend-item"><span class="swatch" style="background:{html.escape(item["color"])}"></span>'
        f'{html.escape(item["category"])}</div>' for item in doc["legend"])
    shapes = "".join(f'<div class="legend-item">{html.escape(s["kind"])}: {html.escape(s["shape"])}</div>'
                     for s in doc["shapes"])
    report_items = "".join(
        f"<li>{html.escape(r.label)} <span class=\"tip-src\">({html.escape(r.id)}"
        f"{', ' + str(r.year) if r.year else ''})</span></li>" for r in reports) or "<li>none</li>"
    n, m = g.number_of_nodes(), g.number_of_edges()
    summary = (f"{n} nodes, {m} edges · size: {size_by} · colour: category · "
               f"{'layout: communities, physics off' if doc['big'] else 'layout: spring (seed ' + str(seed) + '), physics off'}")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{html.escape(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="unkg">
<title>{html.escape(title)}</title>
<style>{_STYLE}</style>
</head>
<body data-node-count="{n}" data-edge-count="{m}" data-kind="{html.escape(str(g.graph.get('kind', '')))}">
<header>
<h1>{html.escape(title)}</h1>
<p>{html.escape(summary)}</p>
</header>
<main>
<aside>
<input id="search" type="search" placeholder="Find a node (name, acronym, alias)" aria-label="Find a node">
<div id="search-status" aria-live="polite"></div>
<label class="toggle"><input id="physics" type="checkbox"> physics (slow on large graphs)</label>
<h2>Details</h2>
<div id="details"><p class="tip-src">Click a node or an edge.</p></div>
<h2>Legend: colour</h2>
{legend}
<h2>Legend: shape</h2>
{shapes}
<h2>Filters</h2>
{_filters_html(filters)}
<h2>Reports</h2>
<ul class="reports">{report_items}</ul>
</aside>
<div id="network" role="img" aria-label="{html.escape(title)}"></div>
</main>
<script type="application/json" id="unkg-data">{data}</script>
<script>{vis_js}</script>
<script>{_APP}</script>
</body>
</html>
"""


# --- the view of a dataset -------------------------------------------------------------------------


def view(ds: Any, opts: ViewOptions) -> tuple[str, int, int]:
    """Read, filter and draw one network view; returns the page, its node and edge counts.

    Filters apply in this order: reports/years, ``org`` with ``radius`` (ego network), categories,
    ``min_weight``, then ``top`` nodes by the ``size_by`` measure.

    Examples
    --------
    >>> page, n, m = view(load_graph(Path("out")), ViewOptions("collaboration", org="ITU"))  # doctest: +SKIP
    """
    from kg import network as kn
    from kg.centrality import measure

    data = kn.read_graph_data(ds)
    chosen = kn.select_reports(data, opts.reports, opts.years)
    g = kn.network_from_data(data, opts.kind, chosen)
    filters: list[tuple[str, str]] = [("kind", opts.kind)]
    if opts.reports:
        filters.append(("reports", ", ".join(opts.reports)))
    if opts.years:
        filters.append(("years", ", ".join(map(str, opts.years))))
    if opts.org:
        center = kn.find_node(g, opts.org)
        g = kn.ego(g, center, opts.radius)
        filters.append(("ego network", f"{g.nodes[center].get('label', center)}, radius {opts.radius}"))
    if opts.categories:
        g = kn.by_category(g, opts.categories)
        filters.append(("categories", ", ".join(opts.categories)))
    if opts.min_weight is not None:
        g = kn.min_weight(g, opts.min_weight)
        filters.append(("minimum weight", f"{opts.min_weight:g}"))
    scores = measure(g, [opts.size_by], opts.seed)[opts.size_by]
    if opts.top is not None:
        g = kn.top_nodes(g, scores, opts.top)
        scores = {k: v for k, v in scores.items() if k in g}
        filters.append(("top", f"{opts.top} by {opts.size_by}"))
    filters.extend(opts.extra)
    used = set(chosen) or {r for _, d in g.nodes(data=True) for r in _split(d.get("reports"))}
    infos = [r for r in data.reports if r.id in used]
    title = opts.title or f"unkg: {opts.kind} network"
    return render_html(g, title=title, size_by=opts.size_by, scores=scores, filters=filters,
                       reports=infos, seed=opts.seed), g.number_of_nodes(), g.number_of_edges()


def write_view(ds: Any, opts: ViewOptions, output: Path) -> tuple[int, int]:
    """Write the page of :func:`view` atomically; returns its node and edge counts."""
    page, n, m = view(ds, opts)
    atomic_write(output, page)
    return n, m
