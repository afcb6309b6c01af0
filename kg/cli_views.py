"""``unkg viz`` and ``unkg centrality``: thin commands over kg.network, kg.centrality and kg.export."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import KG_OPTION, _user_errors, main

_VIEW_KINDS = ["collaboration", "membership", "mandates", "sdg"]
_SIZE_BY = ["degree", "betweenness", "pagerank", "eigenvector", "closeness"]


@main.command()
@KG_OPTION
@click.option("--kind", type=click.Choice(_VIEW_KINDS), required=True, help="Which network to draw.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="Output HTML file.")
@click.option("--report", "reports", multiple=True, help="Only facts stated in this report id (repeatable).")
@click.option("--year", "years", type=int, multiple=True, help="Only reports of this year (unkg:year; repeatable).")
@click.option("--org", default=None, help="Draw the ego network of this node (name, acronym, alias or IRI).")
@click.option("--radius", type=click.IntRange(min=1), default=None, help="Hops around --org [default: 1].")
@click.option("--category", "categories", multiple=True, help="Only nodes of this category or grouping kind (repeatable).")
@click.option("--min-weight", type=click.FloatRange(min=0), default=None, help="Drop edges lighter than this.")
@click.option("--top", type=click.IntRange(min=1), default=None, help="Keep the N nodes with the highest --size-by measure.")
@click.option("--size-by", type=click.Choice(_SIZE_BY), default="degree", show_default=True, help="Centrality that sizes the nodes.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the layout and of Louvain.")
@_user_errors
def viz(kg_path: Path, kind: str, output: Path, reports: tuple[str, ...], years: tuple[int, ...], org: str | None,
        radius: int | None, categories: tuple[str, ...], min_weight: float | None, top: int | None, size_by: str,
        seed: int) -> None:
    """Draw a network view as one standalone HTML page that works offline.

    Nodes are coloured by category (organizations) or kind (groupings), sized by a centrality;
    edges are as wide as their weight; tooltips show names, aliases, relations, reports and the
    sentences behind each edge.

    Example: unkg viz --kind collaboration --org ITU --radius 2 --size-by betweenness -o out/itu.html
    """
    from kg.export.html import ViewOptions, write_view
    from kg.pipeline import load_graph

    if radius is not None and org is None:
        raise click.BadParameter("needs --org", param_hint="--radius")
    if output.suffix.lower() not in (".html", ".htm"):
        raise click.BadParameter(f"'{output.name}' is not an .html file", param_hint="-o/--output")
    opts = ViewOptions(kind=kind, reports=reports, years=years, org=org, radius=radius or 1,
                       categories=categories, min_weight=min_weight, top=top, size_by=size_by, seed=seed)
    n, m = write_view(load_graph(kg_path), opts, output)
    click.echo(f"{output}: {n} nodes, {m} edges", err=True)
    click.echo(str(output))


@main.command(name="centrality")
@KG_OPTION
@click.option("--kind", type=click.Choice(["collaboration", "membership"]), default="collaboration", show_default=True,
              help="Which network to measure.")
@click.option("--report", "reports", multiple=True, help="Only facts stated in this report id (repeatable).")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="Rows of the ranked tables.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of Louvain.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="Output file; the format comes from its suffix: .md, .html or .csv.")
@_user_errors
def centrality_cmd(kg_path: Path, kind: str, reports: tuple[str, ...], top: int, seed: int, output: Path) -> None:
    """Rank the nodes of a network: degree, betweenness, eigenvector, PageRank, closeness,
    Louvain communities and brokers, per report and the change between reports.

    Example: unkg centrality --kind collaboration --top 15 -o out/centrality.html
    """
    from kg.export.centrality_report import REPORT_FORMATS, write_centrality_report
    from kg.pipeline import load_graph

    suffix = output.suffix.lstrip(".").lower()
    if suffix not in (*REPORT_FORMATS, "htm", "markdown"):
        raise click.BadParameter(f"'{output.name}': use a .md, .html or .csv file", param_hint="-o/--output")
    rep = write_centrality_report(load_graph(kg_path), output, kind, reports, top, seed)
    r = rep.result
    click.echo(f"{output}: {len(r.nodes)} nodes, {len(r.communities)} communities, {len(r.brokers)} brokers", err=True)
    click.echo(str(output))
