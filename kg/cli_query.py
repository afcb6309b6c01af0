"""``unkg query``, ``unkg queries``, ``unkg reason`` and ``unkg serve``: thin commands over kg.queries."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli import KG_OPTION, _user_errors, main

ENGINE_OPTION = click.option("--engine", type=click.Choice(["oxigraph", "rdflib"]), default="oxigraph", show_default=True,
                             help="SPARQL engine: Oxigraph (fast, in memory) or rdflib's own.")


def _parse_params(values: tuple[str, ...]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in values:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--param")
        out[name.strip()] = value
    return out


@main.command()
@click.argument("query")
@KG_OPTION
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="A query parameter (repeatable); see --help-query.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "md"]), default="table", show_default=True,
              help="table and md show labels; csv adds a <col>Label column per IRI column; json is SPARQL 1.1 JSON results.")
@click.option("--limit", type=click.IntRange(min=0), default=None, help="Print at most N rows.")
@click.option("--reasoning", type=click.Choice(["none", "schema", "rdfs", "owlrl"]), default="none", show_default=True,
              help="Add an inferred graph before querying (rdfs/owlrl take seconds; see docs/queries.md).")
@click.option("--timeout", type=click.FloatRange(min=0), default=30.0, show_default=True, help="Give up after S seconds (0: never).")
@ENGINE_OPTION
@click.option("--allow-update", is_flag=True, help="Run SPARQL Update (on the in-memory copy only; files are never changed).")
@click.option("--allow-service", is_flag=True, help="Allow SERVICE calls to remote endpoints (network access).")
@click.option("--help-query", is_flag=True, help="Print the query's title, description, parameters and example, and exit.")
@_user_errors
def query(query: str, kg_path: Path, params: tuple[str, ...], fmt: str, limit: int | None, reasoning: str,
          timeout: float, engine: str, allow_update: bool, allow_service: bool, help_query: bool) -> None:
    """Run a saved query (NAME), a query file (FILE.rq) or a query on stdin (-).

    Parameters are bound as RDF terms, never pasted into the query; an organization may be
    given by acronym, name or alias. 'unkg queries' lists the saved queries.

    Example: unkg query partners --param org=UNICEF --limit 10
    """
    from kg.queries import Labeller, format_results, load_query, open_engine, run_query

    q = load_query(query, stdin=sys.stdin.read)
    if help_query:
        click.echo(q.header())
        return
    values = _parse_params(params)
    eng = open_engine(kg_path, engine, reasoning)
    rs = run_query(eng, q, values, limit=limit, timeout=timeout, allow_update=allow_update, allow_service=allow_service)
    click.echo(format_results(rs, fmt, Labeller(eng)), nl=False)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "md"]), default="text", show_default=True, help="Output format.")
@_user_errors
def queries(fmt: str) -> None:
    """List the saved queries of queries/ with their titles and parameters.

    Example: unkg queries
    """
    from kg.queries import library_table, list_library

    lib = list(list_library())
    if fmt == "md":
        click.echo("| name | title | parameters |\n|---|---|---|")
        for q in lib:
            ps = "<br>".join(p.usage() for p in q.params) or "none"
            click.echo(f"| `{q.name}` | {q.title} | {ps} |")
        return
    click.echo(library_table(lib), nl=False)


@main.command()
@KG_OPTION
@click.option("--profile", type=click.Choice(["schema", "rdfs", "owlrl"]), default="rdfs", show_default=True,
              help="schema: sub-class/sub-property/inverse/symmetric/transitive only (fast); rdfs or owlrl: owlrl's closures.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="Output file (.trig or .nq).")
@_user_errors
def reason(kg_path: Path, profile: str, output: Path) -> None:
    """Write the graph plus what a reasoner infers from it, in a named graph of its own.

    The asserted graphs are copied unchanged; the inferred triples go to graph/inferred/PROFILE,
    so the output can be queried with --kg and asserted facts stay apart from conclusions.

    Example: unkg reason --profile rdfs -o out/inferred.trig && unkg query partners --kg out/inferred.trig
    """
    from kg.io import atomic_write
    from kg.pipeline import load_graph
    from kg.reasoning import infer

    fmt = {".trig": "trig", ".nq": "nquads"}.get(output.suffix)
    if fmt is None:
        raise click.BadParameter("the output must be a .trig or .nq file (a dataset with named graphs)", param_hint="--output")
    ds = load_graph(kg_path)
    g = infer(ds, profile)
    atomic_write(output, ds.serialize(format=fmt))
    click.echo(f"{output}: {len(g)} inferred triples in <{g.identifier}>", err=True)


@main.command()
@KG_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True, help="TCP port (0: any free port).")
@click.option("--timeout", type=click.FloatRange(min=0), default=30.0, show_default=True, help="Per-query timeout in seconds.")
@ENGINE_OPTION
@click.option("--allow-update", is_flag=True,
              help="Accept SPARQL Update and Graph Store writes on /store (in memory only; for build --store sparql:...).")
@_user_errors
def serve(kg_path: Path, host: str, port: int, timeout: float, engine: str, allow_update: bool) -> None:
    """Serve the graph as a read-only SPARQL 1.1 Protocol endpoint at http://HOST:PORT/sparql.

    GET and POST, JSON/XML/CSV/TSV results (and Turtle/N-Triples for CONSTRUCT) by content
    negotiation; Update and SERVICE are refused. The front page lists the saved queries, each
    runnable at /queries/NAME?param=value. Stop with Ctrl-C. With --allow-update the endpoint
    also takes SPARQL Update and the Graph Store Protocol at /store (changes stay in memory).
    HTTP Basic authentication is required when UNKG_SERVE_USER and UNKG_SERVE_PASSWORD are set.

    Example: unkg serve --port 7878
    """
    from kg.queries import open_engine
    from kg.serve import credentials_from_env, make_server

    credentials = credentials_from_env()
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"warning: listening on {host}: the endpoint is reachable from other machines"
                   + (" and anyone there can change the graph" if allow_update and not credentials else ""), err=True)
    server = make_server(open_engine(kg_path, engine), host, port, timeout, allow_update=allow_update, credentials=credentials)
    click.echo(f"SPARQL endpoint on http://{host}:{server.server_address[1]}/sparql (Ctrl-C to stop)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
