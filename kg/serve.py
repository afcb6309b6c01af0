"""A local, read-only SPARQL 1.1 Protocol endpoint over a loaded graph (standard library only).

Routes: ``/`` (HTML front page listing the saved queries), ``/sparql`` (the protocol: GET
``?query=``, POST ``application/x-www-form-urlencoded`` or ``application/sparql-query``) and
``/queries/NAME?param=value`` (a saved query with its parameters bound as RDF terms).

Invariant: the endpoint never changes the graph and never calls out: SPARQL Update is answered
with 403, ``SERVICE`` with 400, and every query runs under the server's timeout (503 when it
expires). Results are negotiated from ``Accept`` (or a ``format`` parameter): SPARQL JSON
(default), XML, CSV, TSV; CONSTRUCT/DESCRIBE give Turtle (default), N-Triples, RDF/XML or JSON-LD.
"""

from __future__ import annotations

import errno
import html
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from kg.errors import InputError, QueryError
from kg.queries import (
    OxigraphEngine,
    RdflibEngine,
    ResultSet,
    as_graph,
    list_library,
    load_library,
    parse_saved_query,
    query_form,
    run_query,
    sparql_csv,
    sparql_json,
    sparql_tsv,
    sparql_xml,
)

RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "turtle", "application/n-triples": "nt", "text/plain": "nt",
    "application/rdf+xml": "xml", "application/ld+json": "json-ld",
}
FORMAT_ALIASES = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml", "csv": "text/csv",
                  "tsv": "text/tab-separated-values", "turtle": "text/turtle", "ttl": "text/turtle",
                  "nt": "application/n-triples", "rdfxml": "application/rdf+xml", "jsonld": "application/ld+json"}


def negotiate(accept: str, graph: bool) -> str:
    """The media type to answer with, from an ``Accept`` header (q-values honoured).

    Examples
    --------
    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", graph=False)
    'application/sparql-results+xml'
    >>> negotiate("*/*", graph=True)
    'text/turtle'
    """
    table = GRAPH_TYPES if graph else RESULT_TYPES
    default = "text/turtle" if graph else "application/sparql-results+json"
    ranked: list[tuple[float, int, str]] = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media, q = fields[0].lower(), 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, media))
    for negq, _, media in sorted(ranked):
        if negq == 0:
            continue
        if media in table:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return default
    return default


def render(rs: ResultSet, media: str) -> bytes:
    """Serialise results in the negotiated media type."""
    if rs.kind == "graph":
        fmt = GRAPH_TYPES.get(media, "turtle")
        data = as_graph(rs).serialize(format=fmt)
        return data.encode("utf-8") if isinstance(data, str) else data
    kind = RESULT_TYPES.get(media, "json")
    if kind == "xml":
        return sparql_xml(rs).encode("utf-8")
    if kind == "csv":
        return sparql_csv(rs).encode("utf-8")
    if kind == "tsv":
        return sparql_tsv(rs).encode("utf-8")
    return json.dumps(sparql_json(rs), indent=1, ensure_ascii=False).encode("utf-8")


class SparqlHandler(BaseHTTPRequestHandler):
    """One request; the engine and timeout live on the server object."""

    server: SparqlServer
    server_version = "unkg-sparql/0.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - signature of the base class
        if not self.server.quiet:
            super().log_message(format, *args)

    # --- plumbing ---------------------------------------------------------------------------

    def _send(self, status: int, body: bytes, media: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", f"{media}; charset=utf-8" if media.startswith("text/") or "json" in media or "xml" in media else media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Vary", "Accept")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _error(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain")

    def do_OPTIONS(self) -> None:  # CORS preflight, so that browser clients such as YASGUI work
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.end_headers()

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        args = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/index.html"):
            self._send(200, front_page().encode("utf-8"), "text/html")
        elif url.path == "/sparql":
            if "update" in args:
                self._error(403, "SPARQL Update is refused: this endpoint is read-only")
            elif "query" not in args:
                self._send(200, front_page().encode("utf-8"), "text/html")
            else:
                self._query(args["query"][0], args)
        elif url.path.startswith("/queries/"):
            self._saved(url.path[len("/queries/"):], args)
        else:
            self._error(404, f"no such resource: {url.path} (try / or /sparql)")

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length > self.server.max_body:
            self._error(413, "request body too large")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        args = parse_qs(url.query, keep_blank_values=True)
        if url.path != "/sparql":
            if url.path.startswith("/queries/"):
                self._saved(url.path[len("/queries/"):], {**args, **parse_qs(body, keep_blank_values=True)})
                return
            self._error(404, f"no such resource: {url.path}")
            return
        if ctype == "application/sparql-update":
            self._error(403, "SPARQL Update is refused: this endpoint is read-only")
            return
        if ctype == "application/sparql-query":
            self._query(body, args)
            return
        if ctype in ("application/x-www-form-urlencoded", ""):
            form = parse_qs(body, keep_blank_values=True)
            if "update" in form:
                self._error(403, "SPARQL Update is refused: this endpoint is read-only")
            elif "query" in form:
                self._query(form["query"][0], {**args, **form})
            else:
                self._error(400, "no query: send query=... (form) or an application/sparql-query body")
            return
        self._error(415, f"unsupported Content-Type {ctype!r}")

    # --- the work ---------------------------------------------------------------------------

    def _media(self, args: dict[str, list[str]], graph: bool) -> str:
        fmt = (args.get("format") or [""])[0].lower()
        if fmt:
            media = FORMAT_ALIASES.get(fmt, fmt)
            if media in (GRAPH_TYPES if graph else RESULT_TYPES):
                return media
        return negotiate(self.headers.get("Accept") or "*/*", graph)

    def _query(self, text: str, args: dict[str, list[str]]) -> None:
        if args.get("default-graph-uri") or args.get("named-graph-uri"):
            self._error(400, "default-graph-uri and named-graph-uri are not supported: the default graph is the merge of all graphs")
            return
        if query_form(text) == "update":
            self._error(403, "SPARQL Update is refused: this endpoint is read-only")
            return
        self._run(parse_saved_query(text, "query"), {}, args)

    def _saved(self, name: str, args: dict[str, list[str]]) -> None:
        library = load_library()
        if name not in library:
            self._error(404, f"no saved query named {name!r}")
            return
        params = {k: v[0] for k, v in args.items() if k != "format"}
        self._run(library[name], params, args)

    def _run(self, q: Any, params: dict[str, str], args: dict[str, list[str]]) -> None:
        try:
            rs = run_query(self.server.engine, q, params, timeout=self.server.timeout)
        except QueryError as exc:
            msg = str(exc)
            status = 503 if "did not finish" in msg else 403 if "read-only" in msg else 400
            self._error(status, msg)
            return
        media = self._media(args, rs.kind == "graph")
        self._send(200, render(rs, media), media)


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server, holding the engine every request queries."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], engine: OxigraphEngine | RdflibEngine, timeout: float, quiet: bool = False) -> None:
        self.engine = engine
        self.timeout = timeout
        self.quiet = quiet
        self.max_body = 1_000_000
        super().__init__(address, SparqlHandler)


def make_server(engine: OxigraphEngine | RdflibEngine, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
                quiet: bool = False) -> SparqlServer:
    """A ready-to-serve endpoint (call ``serve_forever``); port 0 picks a free port.

    Raises
    ------
    InputError
        When the port is busy or the address cannot be used.

    Examples
    --------
    >>> server = make_server(open_engine(Path("out")), port=0)   # doctest: +SKIP
    >>> threading.Thread(target=server.serve_forever).start()    # doctest: +SKIP
    """
    if host in ("::1",) or ":" in host:
        SparqlServer.address_family = __import__("socket").AF_INET6
    try:
        return SparqlServer((host, port), engine, timeout, quiet)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise InputError(f"{host}:{port} is already in use; stop the other server or choose another --port") from None
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def front_page() -> str:
    """The HTML front page: how to query, and every saved query with a link that runs it."""
    items = []
    for q in list_library():
        params = "".join(f"<li><code>{html.escape(p.name)}</code> ({html.escape(p.type)}"
                         f"{', default ' + html.escape(p.default) if p.default else ''}): {html.escape(p.description)}</li>"
                         for p in q.params)
        items.append(
            f"<h3 id='{html.escape(q.name)}'><a href='/queries/{quote(q.name)}?format=csv'>{html.escape(q.name)}</a>: "
            f"{html.escape(q.title)}</h3><p>{html.escape(q.description)}</p>"
            + (f"<ul>{params}</ul>" if params else "")
            + f"<details><summary>SPARQL</summary><pre>{html.escape(q.text)}</pre></details>")
    return ("<!doctype html><html lang='en'><head><meta charset='utf-8'><title>unkg SPARQL endpoint</title></head><body>"
            "<h1>unkg SPARQL endpoint</h1><p>A read-only SPARQL 1.1 Protocol endpoint at <code>/sparql</code> "
            "(GET <code>?query=</code>, or POST a form or an <code>application/sparql-query</code> body). Results by "
            "content negotiation: SPARQL JSON, XML, CSV, TSV; Turtle, N-Triples, RDF/XML or JSON-LD for CONSTRUCT. "
            "The default graph is the merge of all named graphs. Update and SERVICE are refused.</p>"
            "<h2>Saved queries</h2><p>Run one at <code>/queries/NAME?param=value</code>.</p>"
            + "".join(items) + "</body></html>")
