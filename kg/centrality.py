"""Centrality, communities and brokers of a network view (``unkg centrality``).

Measures per node, computed on the undirected graph (membership edges org → grouping are read as
ties):

- ``degree``: number of neighbours;
- ``weighted_degree``: sum of edge weights (``weight`` counts shared groupings and statements);
- ``betweenness``: share of weighted shortest paths through the node. Weights are *strengths*
  (more shared groupings = closer), so paths use the distance ``1 / weight``; passing ``weight``
  straight to networkx would make strong ties long, the classic trap;
- ``eigenvector``: centrality of being tied to central nodes (weights as strengths);
- ``pagerank``: random-walk importance, damping 0.85 (weights as strengths);
- ``closeness``: inverse mean distance (``1 / weight``) to the nodes it reaches, Wasserman–Faust
  scaled for disconnected graphs;
- ``community``: Louvain community (seeded; nodes and edges are first inserted in sorted order so
  that the result depends on the seed only, not on the order the graph was built in);
- ``broker``: ``betweenness / degree_centrality`` — how many more shortest paths a node carries than
  its number of contacts would give; a *broker* has a ratio above 1 and neighbours in at least two
  communities.

Invariant: results are rounded to 6 decimals and sorted, so reports built from them are byte-stable.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

MEASURES = ("degree", "weighted_degree", "betweenness", "eigenvector", "pagerank", "closeness")
SIZE_MEASURES = ("degree", "betweenness", "pagerank", "eigenvector", "closeness")
EXACT_BETWEENNESS_LIMIT = 2000  # above this many nodes betweenness is estimated from a seeded sample
BETWEENNESS_SAMPLE = 300
_ROUND = 6


@dataclass(frozen=True, slots=True)
class NodeScores:
    """Every measure of one node."""

    node: str
    label: str
    kind: str
    category: str
    degree: int
    weighted_degree: float
    betweenness: float
    eigenvector: float
    pagerank: float
    closeness: float
    community: int
    broker: float

    def as_row(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}


@dataclass(frozen=True, slots=True)
class Community:
    """A Louvain community: its number (largest first), a label and its members (node ids)."""

    id: int
    label: str
    members: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Centrality:
    """The measures, communities and brokers of one graph."""

    nodes: tuple[NodeScores, ...]  # sorted by PageRank, then label
    communities: tuple[Community, ...]
    brokers: tuple[NodeScores, ...]  # sorted by broker ratio
    n_edges: int
    density: float

    def by_node(self) -> dict[str, NodeScores]:
        return {s.node: s for s in self.nodes}


@dataclass(frozen=True, slots=True)
class Change:
    """How one node's measures moved from one report to the next (0 where it was absent)."""

    node: str
    label: str
    before: dict[str, float]
    after: dict[str, float]
    status: str  # "new", "gone" or "kept"


@dataclass(frozen=True, slots=True)
class ReportStep:
    """The measures of one report's network and the change from the previous report's."""

    report: str
    label: str
    year: int | None
    result: Centrality
    previous: str | None
    changes: tuple[Change, ...] = field(default=())


def canonical(g: nx.Graph) -> nx.Graph:
    """An undirected copy with nodes and edges inserted in sorted order, ``distance = 1 / weight``.

    Examples
    --------
    >>> h = canonical(nx.Graph([("b", "a", {"weight": 2})]))
    >>> list(h.nodes), h.edges["a", "b"]["distance"]
    (['a', 'b'], 0.5)
    """
    h = nx.Graph()
    for n in sorted(g.nodes):
        h.add_node(n, **g.nodes[n])
    pairs: dict[tuple[str, str], float] = {}
    for u, v, d in g.edges(data=True):
        key = (min(u, v), max(u, v))
        pairs[key] = pairs.get(key, 0.0) + float(d.get("weight", 1) or 1)
    for (u, v) in sorted(pairs):
        w = pairs[(u, v)]
        h.add_edge(u, v, weight=w, distance=1.0 / w)
    return h


def louvain(g: nx.Graph, seed: int = 0) -> tuple[Community, ...]:
    """Louvain communities, seeded and independent of node order; largest first.

    A community's label is its two most central members (weighted degree, then label).

    Examples
    --------
    >>> two = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("x", "y"), ("y", "z"), ("x", "z"), ("c", "x")])
    >>> [c.members for c in louvain(two)]
    [('a', 'b', 'c'), ('x', 'y', 'z')]
    """
    h = canonical(g)
    if h.number_of_nodes() == 0:
        return ()
    parts = nx.community.louvain_communities(h, weight="weight", seed=seed) if h.number_of_edges() else [{n} for n in h]
    ordered = sorted((tuple(sorted(p)) for p in parts), key=lambda m: (-len(m), m))
    strength = dict(h.degree(weight="weight"))
    out = []
    for i, members in enumerate(ordered, start=1):
        top = sorted(members, key=lambda n: (-strength[n], str(h.nodes[n].get("label", n)), n))[:2]
        label = " · ".join(str(h.nodes[n].get("label") or n) for n in top)
        if len(members) > 2:
            label += f" (+{len(members) - 2})"
        out.append(Community(i, label, members))
    return tuple(out)


def _eigenvector(h: nx.Graph) -> dict[str, float]:
    if h.number_of_edges() == 0:
        return dict.fromkeys(h, 0.0)
    try:
        return nx.eigenvector_centrality(h, weight="weight", max_iter=1000, tol=1e-9)  # type: ignore[no-any-return]
    except (nx.PowerIterationFailedConvergence, nx.NetworkXException):
        return nx.eigenvector_centrality_numpy(h, weight="weight")  # type: ignore[no-any-return]


def _betweenness(h: nx.Graph, seed: int) -> dict[str, float]:
    if h.number_of_nodes() > EXACT_BETWEENNESS_LIMIT:
        return nx.betweenness_centrality(h, k=BETWEENNESS_SAMPLE, weight="distance", seed=seed)  # type: ignore[no-any-return]
    return nx.betweenness_centrality(h, weight="distance")  # type: ignore[no-any-return]


def measure(g: nx.Graph, measures: Sequence[str] = MEASURES, seed: int = 0) -> dict[str, dict[str, float]]:
    """Only the named measures (cheaper than :func:`centrality`), for sizing nodes in a view.

    Examples
    --------
    >>> measure(nx.path_graph(["a", "b", "c"]), ["degree", "betweenness"])["betweenness"]
    {'a': 0.0, 'b': 1.0, 'c': 0.0}
    """
    h = canonical(g)
    out: dict[str, dict[str, float]] = {}
    for m in measures:
        if m == "degree":
            vals: dict[str, float] = {n: float(d) for n, d in h.degree()}
        elif m == "weighted_degree":
            vals = {n: float(d) for n, d in h.degree(weight="weight")}
        elif m == "betweenness":
            vals = _betweenness(h, seed)
        elif m == "eigenvector":
            vals = _eigenvector(h)
        elif m == "pagerank":
            vals = nx.pagerank(h, weight="weight") if h.number_of_nodes() else {}
        elif m == "closeness":
            vals = nx.closeness_centrality(h, distance="distance")
        else:
            raise ValueError(f"unknown measure {m!r}")
        out[m] = {n: round(float(v), _ROUND) for n, v in vals.items()}
    return out


def centrality(g: nx.Graph, seed: int = 0) -> Centrality:
    """Every measure, the Louvain communities and the brokers of a network view.

    Parameters
    ----------
    g : a graph of :mod:`kg.network` (directed graphs are read as undirected).
    seed : seed of Louvain (and of sampled betweenness on graphs over 2,000 nodes).

    Examples
    --------
    >>> bridge = nx.Graph([("a", "b"), ("b", "c"), ("a", "c"), ("c", "h"), ("h", "x"),
    ...                    ("x", "y"), ("y", "z"), ("x", "z")])
    >>> [b.node for b in centrality(bridge).brokers]
    ['h', 'x']
    """
    h = canonical(g)
    m = measure(h, MEASURES, seed)
    comms = louvain(h, seed)
    member_of = {n: c.id for c in comms for n in c.members}
    n = h.number_of_nodes()
    scores = []
    for node in h.nodes:
        deg_c = m["degree"][node] / (n - 1) if n > 1 else 0.0
        ratio = round(m["betweenness"][node] / deg_c, _ROUND) if deg_c else 0.0
        d = h.nodes[node]
        scores.append(NodeScores(
            node=node, label=str(d.get("label") or node), kind=str(d.get("kind", "")),
            category=str(d.get("category", "")), degree=int(m["degree"][node]),
            weighted_degree=m["weighted_degree"][node], betweenness=m["betweenness"][node],
            eigenvector=m["eigenvector"][node], pagerank=m["pagerank"][node],
            closeness=m["closeness"][node], community=member_of.get(node, 0), broker=ratio,
        ))
    scores.sort(key=lambda s: (-s.pagerank, s.label, s.node))
    brokers = []
    for s in scores:
        spans = {member_of[v] for v in h.neighbors(s.node)}
        if s.betweenness > 0 and s.broker > 1 and len(spans) >= 2:
            brokers.append(s)
    brokers.sort(key=lambda s: (-s.broker, s.label, s.node))
    density = round(nx.density(h), _ROUND) if n > 1 else 0.0
    return Centrality(tuple(scores), comms, tuple(brokers), h.number_of_edges(), density)


def changes(before: Centrality, after: Centrality) -> tuple[Change, ...]:
    """Per node, the measures in two results; nodes present in either, biggest PageRank move first.

    Examples
    --------
    >>> a = centrality(nx.Graph([("x", "y")])); b = centrality(nx.Graph([("x", "z")]))
    >>> [(c.node, c.status) for c in changes(a, b)]
    [('y', 'gone'), ('z', 'new'), ('x', 'kept')]
    """
    bb, aa = before.by_node(), after.by_node()
    out = []
    for node in sorted(set(bb) | set(aa)):
        b, a = bb.get(node), aa.get(node)
        status = "new" if b is None else "gone" if a is None else "kept"
        label = (a or b).label  # type: ignore[union-attr]
        zero = dict.fromkeys(MEASURES, 0.0)
        out.append(Change(node, label, {k: float(getattr(b, k)) for k in MEASURES} if b else zero,
                          {k: float(getattr(a, k)) for k in MEASURES} if a else zero, status))
    out.sort(key=lambda c: (-abs(c.after["pagerank"] - c.before["pagerank"]), c.label, c.node))
    return tuple(out)


def per_report(data: Any, kind: str, reports: Sequence[str] = (), seed: int = 0) -> tuple[ReportStep, ...]:
    """The measures of each report's own network (reports by year), and the change from the previous.

    ``data`` is a :class:`kg.network.GraphData`; ``reports`` restricts the reports (all by default).
    """
    from kg.network import network_from_data

    steps: list[ReportStep] = []
    prev: tuple[str, Centrality] | None = None
    for r in data.reports:
        if reports and r.id not in reports:
            continue
        res = centrality(network_from_data(data, kind, [r.id]), seed)
        steps.append(ReportStep(r.id, r.label, r.year, res, prev[0] if prev else None,
                                changes(prev[1], res) if prev else ()))
        if res.nodes:  # a report that states no tie of this kind is no baseline for the next
            prev = (r.id, res)
    return tuple(steps)


def category_counts(result: Centrality, community: Community) -> Counter[str]:
    """How many members of a community fall in each category."""
    by = result.by_node()
    return Counter(by[n].category for n in community.members if n in by)
