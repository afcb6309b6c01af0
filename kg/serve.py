"""A local SPARQL 1.1 Protocol endpoint over a loaded graph, read-only unless asked (standard library only).

Routes: ``/`` (HTML front page listing the saved queries), ``/sparql`` (the protocol: GET
``?query=``, POST ``application/x-www-form-urlencoded`` or ``application/sparql-query``) and
``/queries/NAME?param=value`` (a saved query with its parameters bound as RDF terms).

Invariant: by default the endpoint never changes the graph and never calls out: SPARQL Update is
answered with 403, ``SERVICE`` with 400, and every query runs under the server's timeout (503 when
it expires). Results are negotiated from ``Accept`` (or a ``format`` parameter): SPARQL JSON
(default), XML, CSV, TSV; CONSTRUCT/DESCRIBE give Turtle (default), N-Triples, RDF/XML or JSON-LD.

Write mode (``allow_update``, ``unkg serve --allow-update``) makes it a store for ``unkg build
--store sparql:...``: SPARQL Update (POST ``application/sparql-update`` or form ``update=``) and the
Graph Store Protocol on ``/store`` (GET, PUT, POST, DELETE with ``?graph=IRI`` or ``?default``;
N-Triples, Turtle, N-Quads or TriG bodies, whose triples all go to the target graph), applied to the
in-memory engine; nothing is written to disk. The default graph is whatever clients put there (the
build puts the union of its named graphs). With ``credentials`` (``UNKG_SERVE_USER`` and
``UNKG_SERVE_PASSWORD`` for the CLI) every request needs HTTP Basic authentication.
"""

from __future__ import annotations

import base64
import errno
import hmac
import html
import json
import os
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

from kg.errors import InputError, QueryError
from kg.queries import (
    AnyEngine,
    OxigraphEngine,
    RdflibEngine,
    ResultSet,
    SavedQuery,
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
RDF_BODY_TYPES = {"application/n-triples": "N_TRIPLES", "text/plain": "N_TRIPLES", "text/turtle": "TURTLE",
                  "application/x-turtle": "TURTLE", "application/n-quads": "N_QUADS", "application/trig": "TRIG"}
USER_ENV, PASSWORD_ENV = "UNKG_SERVE_USER", "UNKG_SERVE_PASSWORD"
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

    def _authorized(self) -> bool:
        """True when no credentials are set or the request carries them; else answer 401."""
        expected = self.server.authorization
        if expected is None or hmac.compare_digest((self.headers.get("Authorization") or "").encode(), expected.encode()):
            return True
        body = b"authentication required\n"
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="unkg", charset="UTF-8"')
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        return False

    def _body(self, limit: int) -> bytes | None:
        """The request body, or None after answering 413 when it is over ``limit`` bytes."""
        length = int(self.headers.get("Content-Length") or 0)
        if length > limit:
            self._error(413, "request body too large")
            return None
        return self.rfile.read(length)

    def do_OPTIONS(self) -> None:  # CORS preflight, so that browser clients such as YASGUI work
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        methods = "GET, POST, PUT, DELETE, OPTIONS" if self.server.allow_update else "GET, POST, OPTIONS"
        self.send_header("Access-Control-Allow-Methods", methods)
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept, Authorization")
        self.end_headers()

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        if not self._authorized():
            return
        url = urlsplit(self.path)
        args = parse_qs(url.query, keep_blank_values=True)
        if url.path == "/store":
            self._store(args)
        elif url.path in ("/", "/index.html"):
            self._send(200, front_page().encode("utf-8"), "text/html")
        elif url.path == "/sparql":
            if "update" in args:
                self._error(403, "SPARQL Update is refused: send it with POST to an endpoint started with --allow-update"
                            if self.server.allow_update else "SPARQL Update is refused: this endpoint is read-only")
            elif "query" not in args:
                self._send(200, front_page().encode("utf-8"), "text/html")
            else:
                self._query(args["query"][0], args)
        elif url.path.startswith("/queries/"):
            self._saved(url.path[len("/queries/"):], args)
        else:
            self._error(404, f"no such resource: {url.path} (try / or /sparql)")

    def do_PUT(self) -> None:
        self._store_write()

    def do_DELETE(self) -> None:
        self._store_write()

    def _store_write(self) -> None:
        if not self._authorized():
            return
        url = urlsplit(self.path)
        if url.path != "/store":
            self._error(404 if self.server.allow_update else 405, f"no such resource: {url.path} (the Graph Store is /store)")
            return
        self._store(parse_qs(url.query, keep_blank_values=True))

    def do_POST(self) -> None:
        if not self._authorized():
            return
        url = urlsplit(self.path)
        if url.path == "/store":
            self._store(parse_qs(url.query, keep_blank_values=True))
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        writes = self.server.allow_update and ctype in ("application/sparql-update", "application/x-www-form-urlencoded", "")
        raw = self._body(self.server.max_update_body if writes else self.server.max_body)
        if raw is None:
            return
        body = raw.decode("utf-8", errors="replace")
        args = parse_qs(url.query, keep_blank_values=True)
        if url.path != "/sparql":
            if url.path.startswith("/queries/"):
                self._saved(url.path[len("/queries/"):], {**args, **parse_qs(body, keep_blank_values=True)})
                return
            self._error(404, f"no such resource: {url.path}")
            return
        if ctype == "application/sparql-update":
            self._update(body)
            return
        if ctype == "application/sparql-query":
            self._query(body, args)
            return
        if ctype in ("application/x-www-form-urlencoded", ""):
            form = parse_qs(body, keep_blank_values=True)
            if "update" in form:
                self._update(form["update"][0])
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

    def _update(self, text: str) -> None:
        if not self.server.allow_update:
            self._error(403, "SPARQL Update is refused: this endpoint is read-only")
            return
        if query_form(text) != "update":
            self._error(400, "not a SPARQL Update: send queries as query=... or application/sparql-query")
            return
        try:
            rs = run_query(self.server.engine, SavedQuery("update", text), timeout=self.server.timeout, allow_update=True)
        except QueryError as exc:
            msg = str(exc)
            self._error(503 if "did not finish" in msg else 400, msg)
            return
        finally:
            self.server.changed()
        self._send(200, (rs.message.replace("; the graph files are unchanged", "") + "\n").encode("utf-8"), "text/plain")

    def _store(self, args: dict[str, list[str]]) -> None:
        """The Graph Store Protocol: ``?graph=IRI`` or ``?default``, GET/PUT/POST/DELETE."""
        if self.command not in ("GET", "HEAD") and not self.server.allow_update:
            self._error(403, "the Graph Store is read-only: start the endpoint with --allow-update to write")
            return
        if ("graph" in args) == ("default" in args):
            self._error(400, "name one graph: /store?graph=IRI or /store?default")
            return
        name = args["graph"][0] if "graph" in args else None
        if name is not None and not re.fullmatch(r"[A-Za-z][\w+.-]*:[^\s<>\"{}|^`\\]*", name):
            self._error(400, f"not an absolute IRI: {name!r}")
            return
        store = GraphStore(self.server.engine)
        if self.command in ("GET", "HEAD"):
            rows = store.get(name)
            if rows is None:
                self._error(404, f"no graph {name}")
                return
            media = self._media(args, graph=True)
            self._send(200, render(ResultSet("graph", ["subject", "predicate", "object"], rows), media), media)
            return
        if self.command == "DELETE":
            found = store.drop(name)
            self.server.changed()
            if not found:
                self._error(404, f"no graph {name}")
                return
            self._send(200, b"", "text/plain")
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype not in RDF_BODY_TYPES:
            self._error(415, f"unsupported Content-Type {ctype!r} (use {', '.join(sorted(RDF_BODY_TYPES))})")
            return
        raw = self._body(self.server.max_update_body)
        if raw is None:
            return
        try:
            count = store.write(name, raw, RDF_BODY_TYPES[ctype], replace=self.command == "PUT")
        except (SyntaxError, ValueError) as exc:
            self._error(400, f"cannot parse the {ctype} body: {str(exc).splitlines()[0][:200]}")
            return
        except OSError as exc:
            self._error(500, f"cannot write: {str(exc).splitlines()[0][:200]}")
            return
        finally:
            self.server.changed()
        self._send(200, f"{count} triples in {name or 'the default graph'}\n".encode(), "text/plain")

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


class GraphStore:
    """Graph Store Protocol operations on an in-memory engine (Oxigraph or rdflib)."""

    def __init__(self, engine: AnyEngine) -> None:
        if not isinstance(engine, (OxigraphEngine, RdflibEngine)):
            raise QueryError("the Graph Store needs a local engine")
        self.engine = engine

    def get(self, name: str | None) -> list[tuple[Any, ...]] | None:
        eng = self.engine
        if isinstance(eng, OxigraphEngine):
            ox = eng.ox
            target = ox.NamedNode(name) if name else ox.DefaultGraph()
            if name and not eng.store.contains_named_graph(target):
                return None
            return [(eng.from_ox(q.subject), eng.from_ox(q.predicate), eng.from_ox(q.object))
                    for q in eng.store.quads_for_pattern(None, None, None, target)]
        from rdflib import URIRef

        if name and URIRef(name) not in {g.identifier for g in eng.ds.graphs()}:
            return None
        g = eng.ds.graph(URIRef(name)) if name else eng.ds.default_context
        return [tuple(t) for t in g]

    def drop(self, name: str | None) -> bool:
        """Remove a named graph (or empty the default graph); False when there is no such graph."""
        eng = self.engine
        if isinstance(eng, OxigraphEngine):
            ox = eng.ox
            if name is None:
                eng.store.clear_graph(ox.DefaultGraph())
                return True
            node = ox.NamedNode(name)
            if not eng.store.contains_named_graph(node):
                return False
            eng.store.remove_graph(node)
            return True
        from rdflib import URIRef

        if name is None:
            eng.ds.default_context.remove((None, None, None))
            return True
        if URIRef(name) not in {g.identifier for g in eng.ds.graphs()}:
            return False
        eng.ds.remove_graph(URIRef(name))
        return True

    def write(self, name: str | None, body: bytes, fmt: str, replace: bool) -> int:
        """Put (``replace``) or add the triples of ``body`` into one graph; return their number.

        The body is parsed in full before anything changes, so a bad body changes nothing.
        """
        import pyoxigraph as ox

        parsed = list(ox.parse(body, format=getattr(ox.RdfFormat, fmt), base_iri=name or None))
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in parsed]
        eng = self.engine
        if isinstance(eng, OxigraphEngine):
            target = ox.NamedNode(name) if name else ox.DefaultGraph()
            if replace:
                self.drop(name)
            if name:
                eng.store.add_graph(target)
            eng.store.extend([ox.Quad(t.subject, t.predicate, t.object, target) for t in triples])
            return len(triples)
        from rdflib import Graph, URIRef

        g = Graph()
        g.parse(data=(ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8"), format="nt")
        if replace:
            self.drop(name)
        dest = eng.ds.graph(URIRef(name)) if name else eng.ds.default_context
        for t in g:
            dest.add(t)
        return len(triples)


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server, holding the engine every request queries."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], engine: AnyEngine, timeout: float, quiet: bool = False,
                 allow_update: bool = False, credentials: tuple[str, str] | None = None) -> None:
        self.engine = engine
        self.timeout = timeout
        self.quiet = quiet
        self.allow_update = allow_update
        self.authorization = ("Basic " + base64.b64encode(f"{credentials[0]}:{credentials[1]}".encode()).decode("ascii")
                              if credentials else None)
        self.max_body = 1_000_000
        self.max_update_body = 1_000_000_000  # a whole graph in one PUT
        super().__init__(address, SparqlHandler)

    def changed(self) -> None:
        """Forget what was cached about the graph (the names parameters resolve against)."""
        self.engine.__dict__.pop("_entity_indexes", None)


def credentials_from_env() -> tuple[str, str] | None:
    """``(user, password)`` from ``UNKG_SERVE_USER`` and ``UNKG_SERVE_PASSWORD``, or None when unset.

    Raises
    ------
    InputError
        When only one of the two is set.
    """
    user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    if not user and not password:
        return None
    if not user or not password:
        raise InputError(f"set both {USER_ENV} and {PASSWORD_ENV}, or neither")
    return user, password


def make_server(engine: AnyEngine, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
                quiet: bool = False, allow_update: bool = False, credentials: tuple[str, str] | None = None) -> SparqlServer:
    """A ready-to-serve endpoint (call ``serve_forever``); port 0 picks a free port.

    ``allow_update`` accepts SPARQL Update and Graph Store writes (on the in-memory engine);
    ``credentials`` ``(user, password)`` require HTTP Basic authentication on every request.

    Raises
    ------
    InputError
        When the port is busy or the address cannot be used.

    Examples
    --------
    >>> server = make_server(open_engine(Path("out")), port=0)   # doctest: +SKIP
    >>> server = make_server(OxigraphEngine(), port=0, allow_update=True)  # an empty store  # doctest: +SKIP
    >>> threading.Thread(target=server.serve_forever).start()    # doctest: +SKIP
    """
    if host in ("::1",) or ":" in host:
        SparqlServer.address_family = __import__("socket").AF_INET6
    try:
        return SparqlServer((host, port), engine, timeout, quiet, allow_update, credentials)
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
