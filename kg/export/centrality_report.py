"""``unkg centrality`` reports: HTML (ranked bars, a picture per community, definitions), Markdown
(the same tables) and CSV (one row per node, every measure), from :mod:`kg.centrality`.

Every name comes from report text and is escaped for the output (HTML entities in HTML and
Markdown, CSV quoting in CSV). No date or time is written, so the same graph gives the same bytes.
"""

from __future__ import annotations

import csv
import html
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx

from kg.centrality import (
    MEASURES,
    Centrality,
    ReportStep,
    canonical,
    category_counts,
    centrality,
    per_report,
)
from kg.io import atomic_write

REPORT_FORMATS = ("md", "html", "csv")

DEFINITIONS: tuple[tuple[str, str, str], ...] = (
    ("degree", "Number of direct ties.",
     "How many organizations (or groupings) a body is seen working with: breadth of its coordination."),
    ("weighted degree", "Sum of tie weights (shared groupings + statements of partnership).",
     "Intensity of engagement: two agencies that co-lead three initiatives count three times."),
    ("betweenness", "Share of shortest paths between other nodes that pass through the node; tie weight "
     "is a strength, so a path's length is the sum of 1 / weight.",
     "Gatekeeping and brokerage: bodies that connect clusters that would otherwise not meet."),
    ("eigenvector", "Centrality of being tied to central nodes (leading eigenvector of the weighted adjacency).",
     "Standing among the well connected: proximity to the core of the UN system's coordination."),
    ("PageRank", "Stationary probability of a random walk along weighted ties (damping 0.85).",
     "Influence that also counts the weight of who you work with; robust on small, uneven graphs."),
    ("closeness", "Inverse mean distance (1 / weight per tie) to the nodes reached, scaled by the share reached.",
     "How quickly information from a body can reach the rest of the network."),
    ("community", "Louvain modularity communities on weighted ties, with a fixed seed.",
     "Clusters that coordinate mostly among themselves: thematic coalitions or inter-agency networks."),
    ("broker ratio", "Betweenness divided by degree centrality; a broker has a ratio above 1 and neighbours "
     "in at least two communities.",
     "Bodies that bridge clusters out of proportion to their number of contacts: useful entry points."),
)


@dataclass(frozen=True)
class CentralityReportData:
    """What the three renderings show."""

    kind: str
    reports: tuple[Any, ...]  # kg.network.ReportInfo of the reports used
    graph: nx.Graph
    result: Centrality
    steps: tuple[ReportStep, ...]
    seed: int


def build_report(ds: Any, kind: str = "collaboration", reports: Sequence[str] = (), seed: int = 0) -> CentralityReportData:
    """Measures of the whole network and of each report's own network, with the change between reports.

    Examples
    --------
    >>> rep = build_report(load_graph(Path("out")), "collaboration")  # doctest: +SKIP
    >>> rep.result.nodes[0].label  # doctest: +SKIP
    'International Telecommunication Union'
    """
    from kg.network import network_from_data, read_graph_data, select_reports

    data = read_graph_data(ds)
    chosen = select_reports(data, reports)
    g = network_from_data(data, kind, chosen)
    used = [r for r in data.reports if not chosen or r.id in chosen]
    return CentralityReportData(kind, tuple(used), g, centrality(g, seed), per_report(data, kind, chosen, seed), seed)


def _f(x: float) -> str:
    return f"{x:.4f}"


# --- CSV -------------------------------------------------------------------------------------------

CSV_COLUMNS = ("node", "label", "kind", "category", *MEASURES, "community", "community_label", "broker", "is_broker")


def to_csv(rep: CentralityReportData) -> str:
    """One row per node, every measure; nodes by PageRank."""
    labels = {c.id: c.label for c in rep.result.communities}
    brokers = {b.node for b in rep.result.brokers}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for s in rep.result.nodes:
        w.writerow([s.node, s.label, s.kind, s.category, s.degree, s.weighted_degree, s.betweenness,
                    s.eigenvector, s.pagerank, s.closeness, s.community, labels.get(s.community, ""),
                    s.broker, int(s.node in brokers)])
    return buf.getvalue()


# --- Markdown --------------------------------------------------------------------------------------


def _md(text: Any) -> str:
    s = html.escape(str(text), quote=False)
    for ch in "\\|*_`[]":
        s = s.replace(ch, "\\" + ch)
    return " ".join(s.split())


def _md_table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(_md(c) for c in r) + " |" for r in rows]
    return out


def _tables(rep: CentralityReportData, top: int) -> dict[str, tuple[list[str], list[list[Any]]]]:
    r = rep.result
    ranking = [[i, s.label, s.category, s.degree, _f(s.weighted_degree), _f(s.betweenness), _f(s.eigenvector),
                _f(s.pagerank), _f(s.closeness), s.community] for i, s in enumerate(r.nodes[:top], start=1)]
    comms = []
    for c in r.communities:
        by = r.by_node()
        names = sorted((by[m].label for m in c.members), key=str.casefold)
        cats = ", ".join(f"{k} {v}" for k, v in sorted(category_counts(r, c).items(), key=lambda kv: (-kv[1], kv[0])))
        comms.append([c.id, c.label, len(c.members), cats, "; ".join(names[:25]) + ("; ..." if len(names) > 25 else "")])
    member_of = {m: c.id for c in r.communities for m in c.members}
    h = canonical(rep.graph)
    brokers = [[s.label, s.degree, _f(s.betweenness), _f(s.broker),
                ", ".join(str(x) for x in sorted({member_of[v] for v in h.neighbors(s.node)}))]
               for s in r.brokers[:top]]
    steps = [[st.report, st.year or "", len(st.result.nodes), st.result.n_edges, _f(st.result.density),
              len(st.result.communities), "; ".join(s.label for s in st.result.nodes[:3])] for st in rep.steps]
    changes = []
    for st in rep.steps:
        if st.previous is None:
            continue
        for ch in st.changes[:top]:
            changes.append([f"{st.previous} → {st.report}", ch.label, ch.status,
                            _f(ch.before["pagerank"]), _f(ch.after["pagerank"]),
                            f"{ch.after['pagerank'] - ch.before['pagerank']:+.4f}",
                            int(ch.before["degree"]), int(ch.after["degree"])])
    return {
        "ranking": (["#", "name", "category", "degree", "weighted degree", "betweenness", "eigenvector",
                     "PageRank", "closeness", "community"], ranking),
        "communities": (["community", "label", "size", "categories", "members"], comms),
        "brokers": (["name", "degree", "betweenness", "broker ratio", "communities of its neighbours"], brokers),
        "reports": (["report", "year", "nodes", "edges", "density", "communities", "most central (PageRank)"], steps),
        "changes": (["between", "name", "status", "PageRank before", "PageRank after", "change",
                     "degree before", "degree after"], changes),
    }


def _intro(rep: CentralityReportData) -> tuple[str, str]:
    r = rep.result
    head = f"Centrality of the {rep.kind} network"
    line = (f"{len(r.nodes)} nodes, {r.n_edges} edges, density {_f(r.density)}, {len(r.communities)} communities, "
            f"{len(r.brokers)} brokers; Louvain seed {rep.seed}.")
    return head, line


def to_markdown(rep: CentralityReportData, top: int = 20) -> str:
    """The Markdown report: ranking, communities, brokers, per report, changes, definitions."""
    head, line = _intro(rep)
    t = _tables(rep, top)
    out = [f"# {head}", "", line, "", "Reports: " + (", ".join(_md(f"{x.id} ({x.year})") for x in rep.reports) or "none"), ""]
    titles = {"ranking": f"Top {top} by PageRank", "communities": "Communities", "brokers": "Brokers",
              "reports": "Per report", "changes": "Change between reports (largest PageRank moves)"}
    for key, title in titles.items():
        header, rows = t[key]
        out += [f"## {title}", ""]
        out += (_md_table(header, rows) if rows else ["None."]) + [""]
    out += ["## Definitions", ""]
    out += _md_table(["measure", "definition", "what it means for UN coordination"], [list(d) for d in DEFINITIONS])
    return "\n".join(out) + "\n"


# --- HTML ------------------------------------------------------------------------------------------


def _h(x: Any) -> str:
    return html.escape(str(x))


def _bars(title: str, items: Sequence[tuple[str, float]]) -> str:
    """A ranked horizontal bar chart as inline SVG."""
    if not items:
        return ""
    top = max(v for _, v in items) or 1.0
    bar_h, gap, label_w, width = 18, 4, 260, 640
    height = len(items) * (bar_h + gap) + 24
    rows = [f'<text x="0" y="14" class="chart-title">{_h(title)}</text>']
    for i, (name, v) in enumerate(items):
        y = 24 + i * (bar_h + gap)
        w = max(1.0, (width - label_w - 70) * v / top)
        short = name if len(name) <= 40 else name[:39] + "…"
        rows.append(f'<text x="{label_w - 6}" y="{y + 13}" text-anchor="end"><title>{_h(name)}</title>{_h(short)}</text>'
                    f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" class="bar"><title>{_h(name)}: {v:.4f}</title></rect>'
                    f'<text x="{label_w + w + 4:.1f}" y="{y + 13}">{v:.4f}</text>')
    return (f'<svg class="chart" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" '
            f'aria-label="{_h(title)}">' + "".join(rows) + "</svg>")


def _community_picture(g: nx.Graph, members: Sequence[str], seed: int, colour: str) -> str:
    """A small drawing of one community (at most 40 nodes, the most connected ones)."""
    h = canonical(g).subgraph(members)
    keep = sorted(h.nodes, key=lambda n: (-h.degree(n, weight="weight"), n))[:40]
    sub = canonical(h.subgraph(keep))
    size = 220
    if sub.number_of_nodes() == 1:
        pos = {keep[0]: (0.0, 0.0)}
    else:
        raw = nx.spring_layout(sub, seed=seed, weight="weight")
        pos = {n: (float(p[0]), float(p[1])) for n, p in raw.items()}

    def xy(n: str) -> tuple[float, float]:
        x, y = pos[n]
        return (size / 2 + x * (size / 2 - 16), size / 2 + y * (size / 2 - 16))

    parts = []
    for u, v in sorted(sub.edges):
        (x1, y1), (x2, y2) = xy(u), xy(v)
        parts.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" />')
    strength = dict(sub.degree(weight="weight"))
    top = max(strength.values(), default=1) or 1
    for n in sorted(sub.nodes):
        x, y = xy(n)
        r = 3 + 6 * math.sqrt(strength[n] / top)
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}"><title>{_h(g.nodes[n].get("label", n))}</title></circle>')
    return f'<svg class="community" viewBox="0 0 {size} {size}" width="{size}" height="{size}">' + "".join(parts) + "</svg>"


_CSS = """
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;max-width:1100px;margin:0 auto;padding:16px 20px}
h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #d9e2ec;padding-bottom:4px}
table{border-collapse:collapse;width:100%;font-size:13px;margin:8px 0}
th,td{border-bottom:1px solid #e4e7eb;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f5f7fa}td.num{text-align:right;font-variant-numeric:tabular-nums}
.chart text{font-size:12px;fill:#1f2933}.chart .chart-title{font-weight:600}.chart .bar{fill:#3182bd}
.communities{display:flex;flex-wrap:wrap;gap:14px}
.community-card{border:1px solid #d9e2ec;border-radius:6px;padding:8px;width:250px;font-size:12px}
.community-card h3{font-size:13px;margin:0 0 4px}
svg.community line{stroke:#9aa5b1;stroke-width:1}
.muted{color:#52606d}
"""
_PALETTE = ("#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf")


def _html_table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    if not rows:
        return "<p>None.</p>"
    head = "".join(f"<th>{_h(c)}</th>" for c in header)

    def cell(c: Any) -> str:
        num = isinstance(c, (int, float)) or (isinstance(c, str) and c.replace(".", "", 1).lstrip("+-").isdigit())
        return f'<td class="num">{_h(c)}</td>' if num else f"<td>{_h(c)}</td>"

    body = "".join("<tr>" + "".join(cell(c) for c in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def to_html(rep: CentralityReportData, top: int = 20) -> str:
    """The standalone HTML report (no script, no external reference)."""
    head, line = _intro(rep)
    t = _tables(rep, top)
    r = rep.result
    by_pr = [(s.label, s.pagerank) for s in r.nodes[:top]]
    by_bt = [(s.label, s.betweenness) for s in sorted(r.nodes, key=lambda s: (-s.betweenness, s.label, s.node))[:top]]
    cards = []
    for i, c in enumerate(r.communities[:24]):
        colour = _PALETTE[i % len(_PALETTE)]
        cards.append(f'<div class="community-card"><h3>{c.id}. {_h(c.label)}</h3>'
                     f'<div class="muted">{len(c.members)} members</div>'
                     f"{_community_picture(rep.graph, c.members, rep.seed, colour)}</div>")
    reports = "".join(f"<li>{_h(x.label)} <span class=\"muted\">({_h(x.id)}, {_h(x.year or '')})</span></li>"
                      for x in rep.reports) or "<li>none</li>"
    defs = "".join(f"<dt><b>{_h(a)}</b></dt><dd>{_h(b)} <i>{_h(c)}</i></dd>" for a, b, c in DEFINITIONS)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="unkg">
<title>{_h(head)}</title>
<style>{_CSS}</style>
</head>
<body>
<h1>{_h(head)}</h1>
<p>{_h(line)}</p>
<h2>Reports</h2>
<ul>{reports}</ul>
<h2>Ranking</h2>
{_bars(f"PageRank, top {top}", by_pr)}
{_bars(f"Betweenness, top {top}", by_bt)}
{_html_table(*t["ranking"])}
<h2>Communities</h2>
<div class="communities">{"".join(cards)}</div>
{_html_table(*t["communities"])}
<h2>Brokers</h2>
<p class="muted">High betweenness relative to degree, with neighbours in at least two communities.</p>
{_html_table(*t["brokers"])}
<h2>Per report</h2>
{_html_table(*t["reports"])}
<h2>Change between reports</h2>
{_html_table(*t["changes"])}
<h2>Definitions</h2>
<dl>{defs}</dl>
</body>
</html>
"""


def write_centrality_report(ds: Any, output: Path, kind: str = "collaboration", reports: Sequence[str] = (),
                            top: int = 20, seed: int = 0) -> CentralityReportData:
    """Write the report in the format of ``output``'s suffix (``.md``, ``.html``, ``.csv``).

    Examples
    --------
    >>> write_centrality_report(load_graph(Path("out")), Path("out/centrality.html"))  # doctest: +SKIP
    """
    from kg.errors import InputError

    fmt = output.suffix.lstrip(".").lower()
    fmt = "html" if fmt == "htm" else "md" if fmt == "markdown" else fmt
    if fmt not in REPORT_FORMATS:
        raise InputError(f"{output.name}: the report format comes from the suffix: .md, .html or .csv")
    rep = build_report(ds, kind, reports, seed)
    text = to_csv(rep) if fmt == "csv" else to_html(rep, top) if fmt == "html" else to_markdown(rep, top)
    atomic_write(output, text)
    return rep
