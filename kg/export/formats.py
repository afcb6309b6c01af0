"""File formats of ``unkg network``: GraphML, GEXF with time spells, CSV edge table, node-link JSON.

Every writer takes a graph from :mod:`kg.network`, keeps only ``str``/``int``/``float``
attributes, removes characters XML 1.0 forbids (Word exports carry some), writes through
:func:`kg.io.atomic_write` and produces the same bytes for the same graph.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import networkx as nx

from kg.io import atomic_write

GEXF_NS = "http://www.gexf.net/1.2draft"
GEXF_SCHEMA = "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd"
_XML_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(value: Any) -> Any:
    return _XML_FORBIDDEN.sub("", value) if isinstance(value, str) else value


def _scalar(g: nx.Graph) -> nx.Graph:
    from kg.network import scalar_copy

    h = scalar_copy(g)
    for _, d in h.nodes(data=True):
        d.update({k: _clean(v) for k, v in d.items()})
    for _, _, d in h.edges(data=True):
        d.update({k: _clean(v) for k, v in d.items()})
    return h


def graphml_bytes(g: nx.Graph) -> bytes:
    """GraphML as written by networkx (loads with ``networkx.read_graphml`` and in Gephi)."""
    buf = io.BytesIO()
    nx.write_graphml_xml(_scalar(g), buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue()


def write_graphml(g: nx.Graph, output: Path) -> None:
    """Write ``g`` as GraphML.

    Examples
    --------
    >>> write_graphml(nx.path_graph(3), Path("p.graphml"))  # doctest: +SKIP
    """
    atomic_write(output, graphml_bytes(g))


def _gexf_type(values: list[Any]) -> str:
    if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "integer"
    if values and all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "double"
    return "string"


def _spells(years: list[int], indent: str) -> list[str]:
    if not years:
        return []
    out = [f"{indent}<spells>"]
    for y in years:
        out.append(f'{indent}  <spell start="{y:04d}-01-01" end="{y:04d}-12-31" />')
    out.append(f"{indent}</spells>")
    return out


def gexf_text(g: nx.Graph, snapshots: dict[int, nx.Graph] | None = None) -> str:
    """GEXF 1.2 text; with ``snapshots`` (year → network of that year) nodes and edges get spells.

    An element present in a year's network gets a spell covering that year; an edge that exists
    only by combining reports of different years (a shared grouping stated once in each) gets the
    latest of its reports' years.
    """
    h = _scalar(g)
    snapshots = snapshots or {}
    directed = h.is_directed()
    node_keys = sorted({k for _, d in h.nodes(data=True) for k in d} - {"label"})
    edge_keys = sorted({k for _, _, d in h.edges(data=True) for k in d} - {"weight"})
    node_types = {k: _gexf_type([d[k] for _, d in h.nodes(data=True) if k in d]) for k in node_keys}
    edge_types = {k: _gexf_type([d[k] for _, _, d in h.edges(data=True) if k in d]) for k in edge_keys}
    dynamic = bool(snapshots)
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<gexf xmlns="{GEXF_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        f'xsi:schemaLocation="{GEXF_SCHEMA}" version="1.2">',
        "  <meta>",
        "    <creator>unkg</creator>",
        f"    <description>{_esc('unkg ' + str(h.graph.get('kind', '')) + ' network')}</description>",
        "  </meta>",
        f'  <graph defaultedgetype="{"directed" if directed else "undirected"}" '
        + ('mode="dynamic" timeformat="date">' if dynamic else 'mode="static">'),
        '    <attributes class="node" mode="static">',
        *[f'      <attribute id="n{i}" title={quoteattr(k)} type="{node_types[k]}" />' for i, k in enumerate(node_keys)],
        "    </attributes>",
        '    <attributes class="edge" mode="static">',
        *[f'      <attribute id="e{i}" title={quoteattr(k)} type="{edge_types[k]}" />' for i, k in enumerate(edge_keys)],
        "    </attributes>",
        "    <nodes>",
    ]
    for n, d in h.nodes(data=True):
        lines.append(f"      <node id={quoteattr(str(n))} label={quoteattr(str(d.get('label', n)))}>")
        lines.append("        <attvalues>")
        for i, k in enumerate(node_keys):
            if k in d:
                lines.append(f'          <attvalue for="n{i}" value={quoteattr(str(d[k]))} />')
        lines.append("        </attvalues>")
        lines.extend(_spells([y for y, s in snapshots.items() if n in s], "        "))
        lines.append("      </node>")
    lines.append("    </nodes>")
    lines.append("    <edges>")
    for i, (u, v, d) in enumerate(h.edges(data=True)):
        weight = d.get("weight", 1)
        lines.append(f'      <edge id="{i}" source={quoteattr(str(u))} target={quoteattr(str(v))} weight="{weight}">')
        lines.append("        <attvalues>")
        for j, k in enumerate(edge_keys):
            if k in d:
                lines.append(f'          <attvalue for="e{j}" value={quoteattr(str(d[k]))} />')
        lines.append("        </attvalues>")
        years = [y for y, s in snapshots.items() if s.has_edge(u, v)]
        if not years:
            rids = set(str(d.get("reports", "")).split("|")) - {""}
            years = [y for y, s in snapshots.items() if rids & set(str(s.graph.get("reports", "")).split("|"))][-1:]
        lines.extend(_spells(years, "        "))
        lines.append("      </edge>")
    lines.append("    </edges>")
    lines.append("  </graph>")
    lines.append("</gexf>")
    return "\n".join(lines) + "\n"


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_gexf(g: nx.Graph, output: Path, snapshots: dict[int, nx.Graph] | None = None) -> None:
    """Write ``g`` as GEXF 1.2, dynamic with one spell per report year when ``snapshots`` is given.

    Examples
    --------
    >>> write_gexf(g, Path("out/collaboration.gexf"), year_snapshots(data, "collaboration"))  # doctest: +SKIP
    """
    atomic_write(output, gexf_text(g, snapshots))


EDGE_COLUMNS_FIRST = ("source", "target", "source_label", "target_label", "weight")


def edges_csv_text(g: nx.Graph) -> str:
    """One row per edge: source and target IRIs and labels, then every edge attribute, sorted."""
    h = _scalar(g)
    keys = sorted({k for _, _, d in h.edges(data=True) for k in d} - set(EDGE_COLUMNS_FIRST))
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([*EDGE_COLUMNS_FIRST, *keys])
    for u, v, d in h.edges(data=True):
        w.writerow([u, v, h.nodes[u].get("label", u), h.nodes[v].get("label", v), d.get("weight", 1),
                    *[d.get(k, "") for k in keys]])
    return buf.getvalue()


def write_edges_csv(g: nx.Graph, output: Path) -> None:
    """Write the edge table of ``g`` as CSV (UTF-8, ``\\n`` line ends)."""
    atomic_write(output, edges_csv_text(g))


def node_link_text(g: nx.Graph) -> str:
    """Node-link JSON (``networkx.node_link_graph(data, edges="edges")`` reads it back)."""
    h = _scalar(g)
    data = {
        "directed": h.is_directed(),
        "multigraph": False,
        "graph": dict(sorted(h.graph.items())),
        "nodes": [{"id": n, **d} for n, d in h.nodes(data=True)],
        "edges": [{"source": u, "target": v, **d} for u, v, d in h.edges(data=True)],
    }
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_node_link_json(g: nx.Graph, output: Path) -> None:
    """Write ``g`` as node-link JSON, keys sorted."""
    atomic_write(output, node_link_text(g))
