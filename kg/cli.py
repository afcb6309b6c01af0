"""The ``unkg`` command line: each command parses options and calls one library function.

Exit codes: 0 success; 1 a user error (bad input, invalid graph, failed query), reported on one
line; 2 a bad option or usage (click's own). No command prints a traceback for a user error.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from kg import __version__
from kg.errors import KgError

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")


def _user_errors(fn: F) -> F:
    @wraps(fn)
    def inner(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except KgError as exc:
            raise click.ClickException(str(exc)) from None

    return inner  # type: ignore[return-value]


def _progress(items: Iterable[T], label: str, total: int) -> Iterable[T]:
    """A progress bar on stderr when stderr is a terminal; silent otherwise."""
    if not sys.stderr.isatty():
        return items
    return click.progressbar(items, length=total, label=label, file=sys.stderr)


KG_OPTION = click.option("--kg", "kg_path", type=click.Path(path_type=Path), default=Path("out"), show_default=True,
                         help="A build output directory, a graph file (.trig, .ttl, .nq) or a store (oxigraph:PATH, sparql:URL).")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="unkg")
def main() -> None:
    """unkg: a knowledge graph of the UN system built from its reports.

    Example: unkg build && unkg stats
    """


@main.command()
@click.option("--corpus", type=click.Path(path_type=Path), default=None, help="Directory of UTF-8 .txt reports [default: data/reports].")
@click.option("--out", type=click.Path(path_type=Path), default=Path("out"), show_default=True, help="Output directory.")
@click.option("--base", default=None, help="Base IRI of instance data [default: https://w3id.org/unkg/].")
@click.option("--publisher", default=None, help="Organization the reports speak for (overrides metadata and inference).")
@click.option("--curation", type=click.Path(path_type=Path), default=None, help="Curation file [default: data/curation.yaml].")
@click.option("--no-validate", is_flag=True, help="Skip SHACL validation of the output.")
@click.option("--full", is_flag=True, help="Re-extract every report, ignoring the cache in OUT/.cache/.")
@click.option("--store", default=None, help="Also load the graph into a store, oxigraph:PATH or sparql:URL[,update=URL][,store=URL] (docs/queries.md, Stores); every --kg accepts it.")
@_user_errors
def build(corpus: Path | None, out: Path, base: str | None, publisher: str | None, curation: Path | None, no_validate: bool, full: bool,
          store: str | None) -> None:
    """Build the knowledge graph from a corpus of reports.

    Writes OUT/kg.trig (a named graph per report), OUT/kg.ttl (their union) and OUT/summary.json.

    Example: unkg build --corpus data/reports --out out
    """
    from kg.pipeline import BuildOptions
    from kg.pipeline import build as run_build

    if store is not None and not store.startswith(("oxigraph:", "sparql:")):
        raise click.BadParameter("a store is named oxigraph:PATH or sparql:URL[,update=URL][,store=URL]", param_hint="--store")
    opts = BuildOptions(out=out, publisher=publisher, curation=curation, validate=not no_validate, incremental=not full, store=store)
    if corpus is not None:
        opts.corpus = corpus
    if base is not None:
        if not base.startswith(("http://", "https://")) or not base.endswith("/"):
            raise click.BadParameter("must be an http(s) IRI ending with '/'", param_hint="--base")
        opts.base = base
    result = run_build(opts, _progress)
    c = result.counts
    click.echo(f"Built {c['facts']} facts ({c['triples']} triples) from {len(result.reports)} reports.", err=True)
    for rid, rc in sorted(c["reports"].items()):
        click.echo(f"  {rid}: {rc['facts']} facts, {rc['participations']} participations, {rc['mandates']} mandate links, {rc['sdg_links']} SDG links", err=True)
    click.echo(f"  groupings: {c['groupings']}, resolutions: {c['resolutions']}, discovered organizations: {len(c['discovered_organizations'])}", err=True)
    fresh = len(result.reports) - len(result.reused)
    click.echo(f"  extraction: {fresh} report(s) extracted, {len(result.reused)} reused from the cache"
               + (f", {len(result.removed)} removed" if result.removed else ""), err=True)
    for p in result.outputs:
        click.echo(str(p))
    if "store" in c:
        click.echo(f"{c['store']['spec']} ({c['store']['quads']} quads)")


@main.command()
@KG_OPTION
@_user_errors
def validate(kg_path: Path) -> None:
    """Validate a built graph against the SHACL shapes (ontology/shapes.ttl).

    Prints each violation (focus node, path, message); exits 1 when there is any.

    Example: unkg validate --kg out
    """
    from rdflib import Graph

    from kg.pipeline import PROJECT_ROOT, load_graph
    from kg.validate import validate_graph

    ds = load_graph(kg_path)
    union = Graph()
    for t in ds.triples((None, None, None)):
        union.add(t)
    onto = Graph().parse(PROJECT_ROOT / "ontology" / "unkg.ttl", format="turtle")
    violations = validate_graph(union, PROJECT_ROOT / "ontology" / "shapes.ttl", onto)
    errors = [v for v in violations if v.severity == "Violation"]
    for v in violations:
        click.echo(str(v))
    if errors:
        raise click.ClickException(f"{kg_path}: {len(errors)} SHACL violation(s)")
    click.echo(f"{kg_path}: conforms ({len(union)} triples)")


@main.command()
@KG_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as JSON.")
@_user_errors
def stats(kg_path: Path, as_json: bool) -> None:
    """Counts of a built graph and the organizations discovered in report text.

    Example: unkg stats --kg out
    """
    from kg.pipeline import load_graph
    from kg.stats import graph_stats

    s = graph_stats(load_graph(kg_path))
    if as_json:
        click.echo(json.dumps(s, indent=2, sort_keys=True))
        return
    click.echo(f"{s['triples']} triples, {s['reports']} reports, {s['organizations']} organizations, "
               f"{s['groupings']} groupings, {s['mandates']} mandates, {s['facts']} facts, {s['evidence']} evidence sentences")
    click.echo("Facts per report:")
    for r in s["per_report"]:
        click.echo(f"  {r['id']:<48} {r['facts']:>5}  {r['label']}")
    click.echo("Facts by predicate:")
    for p, n in s["facts_by_predicate"].items():
        click.echo(f"  {p:<24} {n:>5}")
    disc = s["discovered_organizations"]
    click.echo(f"Organizations discovered in the reports, not in the registry ({len(disc)}):")
    for label in disc:
        click.echo(f"  {label}")
    click.echo(f"Groupings discovered in the reports: {s['discovered_groupings']}")


@main.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--corpus", type=click.Path(path_type=Path), default=None, help="Directory of the reports the gold files describe [default: data/reports].")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="List false positives and false negatives.")
@_user_errors
def eval_cmd(gold: tuple[Path, ...], corpus: Path | None, as_json: bool, show_errors: bool) -> None:
    """Score the extractor against gold files: precision, recall, F1 per relation kind.

    The gold format is documented in tests/gold/README.md.

    Example: unkg eval tests/gold/*.yaml
    """
    from kg.evaluate import evaluate_files, format_scores

    results = evaluate_files(list(gold), corpus)
    if as_json:
        click.echo(json.dumps([r.as_dict() for r in results], indent=2, sort_keys=True))
        return
    click.echo(format_scores(results, show_errors))


@main.command()
@KG_OPTION
@click.option("--kind", type=click.Choice(["membership", "collaboration", "mandates", "sdg"]), required=True, help="Which network.")
@click.option("--format", "fmt", type=click.Choice(["graphml", "gexf", "csv", "json"]), default=None, help="Output format [default: from the file suffix].")
@click.option("--report", "reports", multiple=True, help="Only facts stated in this report id (repeatable).")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="Output file.")
@_user_errors
def network(kg_path: Path, kind: str, fmt: str | None, reports: tuple[str, ...], output: Path) -> None:
    """Export a network view of the graph for Gephi, networkx or a spreadsheet.

    Example: unkg network --kind collaboration -o out/collaboration.graphml
    """
    from kg.network import export_network
    from kg.pipeline import load_graph

    fmt = fmt or output.suffix.lstrip(".").lower()
    if fmt not in ("graphml", "gexf", "csv", "json"):
        raise click.BadParameter(f"cannot tell the format from '{output.name}'; give --format", param_hint="--format")
    n, m = export_network(load_graph(kg_path), kind, fmt, output, list(reports))
    click.echo(f"{output}: {n} nodes, {m} edges", err=True)


# Commands of the query and view families live in their own modules and register on `main`.
from kg import cli_query, cli_views  # noqa: E402,F401

if __name__ == "__main__":  # pragma: no cover
    main()
