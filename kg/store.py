"""Persistent stores: a built graph kept in a database instead of files.

A store is named by a spec:

- ``oxigraph:PATH``: an on-disk Oxigraph database. ``unkg build --store oxigraph:PATH`` writes the
  dataset there; ``unkg query`` runs on Oxigraph's own SPARQL engine over the store.
- ``sparql:QUERY_URL[,update=UPDATE_URL][,store=GSP_URL]``: any SPARQL 1.1 Protocol endpoint
  (Fuseki, GraphDB, Virtuoso, QLever, Oxigraph server, ``unkg serve --allow-update``). The build
  pushes each named graph with the Graph Store Protocol (``store=``, one ``PUT`` per graph) or,
  without it, with SPARQL Update (``update=``: ``DROP SILENT GRAPH`` then ``INSERT DATA``);
  ``unkg query`` runs the queries on the server. Credentials come from the environment variables
  ``UNKG_SPARQL_USER`` and ``UNKG_SPARQL_PASSWORD`` (HTTP Basic), never from the command line.

Both hold the named graphs and their de-duplicated union as the default graph, which the saved
queries read; every command that takes ``--kg`` accepts the same specs.

Invariant: after a build the store holds exactly the build's quads. An Oxigraph store is swapped
in whole (a failed build leaves the previous content); a SPARQL store is replaced graph by graph,
so a failed push may leave a mix, which the next successful build replaces. On a SPARQL store the
named graphs of the build's namespace (``BASE/graph/``) that the build no longer has are dropped;
other graphs are left alone.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import InputError, KgError

PREFIX = "oxigraph:"
SPARQL_PREFIX = "sparql:"
USER_ENV, PASSWORD_ENV = "UNKG_SPARQL_USER", "UNKG_SPARQL_PASSWORD"
HTTP_TIMEOUT = 120.0
INSERT_CHUNK = 20_000  # triples per INSERT DATA request when pushing through SPARQL Update
SPEC_SYNTAX = "sparql:QUERY_URL[,update=UPDATE_URL][,store=GSP_URL]"


def is_store_spec(value: str | Path) -> bool:
    """Whether ``--kg``/``--store`` names a store rather than a file or directory.

    Examples
    --------
    >>> is_store_spec("oxigraph:/var/unkg"), is_store_spec("sparql:http://localhost:7878/sparql"), is_store_spec("out")
    (True, True, False)
    """
    return str(value).startswith((PREFIX, SPARQL_PREFIX))


def is_sparql_spec(value: str | Path) -> bool:
    """Whether a spec names a remote SPARQL store (``sparql:...``)."""
    return str(value).startswith(SPARQL_PREFIX)


def store_path(spec: str | Path) -> Path:
    """The directory of an ``oxigraph:PATH`` spec.

    Examples
    --------
    >>> store_path("oxigraph:/var/unkg")
    PosixPath('/var/unkg')
    """
    s = str(spec)
    if not s.startswith(PREFIX) or not s[len(PREFIX):].strip():
        raise InputError(f"{s}: a store is named oxigraph:PATH")
    return Path(s[len(PREFIX):])


# --- sparql: specs -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SparqlSpec:
    """The endpoints of a SPARQL store: query (required), update and Graph Store Protocol."""

    query: str
    update: str | None = None
    store: str | None = None

    def __str__(self) -> str:
        extra = "".join(f",{k}={v}" for k, v in (("update", self.update), ("store", self.store)) if v)
        return f"{SPARQL_PREFIX}{self.query}{extra}"


def _check_url(url: str, what: str, spec: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        url = re.sub(r"(:/+)[^/@\s]*@", r"\1***@", url)
        raise InputError(f"{spec}: the {what} URL {url!r} is not an http(s) URL (a SPARQL store is named {SPEC_SYNTAX})")
    if parts.username is not None or parts.password is not None:
        raise InputError(f"{spec}: no credentials in a URL; set {USER_ENV} and {PASSWORD_ENV} instead")
    return url


def parse_sparql_spec(spec: str | Path) -> SparqlSpec:
    """Read ``sparql:QUERY_URL[,update=UPDATE_URL][,store=GSP_URL]``.

    A spec that went through a path (``--kg`` is one) has lost the second slash of ``http://``;
    it is restored. Options follow the query URL as ``,NAME=URL``; a comma in a URL is kept
    unless ``NAME=`` follows it.

    Raises
    ------
    InputError
        On a malformed spec: one line saying what is wrong and the expected syntax.

    Examples
    --------
    >>> parse_sparql_spec("sparql:http://h:3030/ds/sparql,update=http://h:3030/ds/update")
    SparqlSpec(query='http://h:3030/ds/sparql', update='http://h:3030/ds/update', store=None)
    """
    raw = str(spec).strip()
    s = re.sub(r"(:/+)[^/@\s]*@", r"\1***@", raw)  # messages never show credentials put in a URL
    if not s.startswith(SPARQL_PREFIX):
        raise InputError(f"{s}: a SPARQL store is named {SPEC_SYNTAX}")
    body = re.sub(r"(?<![\w+.-])(https?):/+", r"\1://", raw[len(SPARQL_PREFIX):].strip())
    head, *options = re.split(r",\s*(?=[A-Za-z_-]+\s*=)", body)
    if not head.strip():
        raise InputError(f"{s}: no query URL (a SPARQL store is named {SPEC_SYNTAX})")
    found: dict[str, str] = {}
    for opt in options:
        key, _, value = opt.partition("=")
        key = key.strip()
        if key not in ("update", "store"):
            raise InputError(f"{s}: unknown option {key!r} (a SPARQL store is named {SPEC_SYNTAX})")
        if key in found:
            raise InputError(f"{s}: {key}= is given twice")
        found[key] = _check_url(value.strip(), key, s)
    return SparqlSpec(_check_url(head.strip(), "query", s), found.get("update"), found.get("store"))


# --- HTTP ----------------------------------------------------------------------------------------


def _credentials() -> str | None:
    user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
    if not user and not password:
        return None
    if not user or password is None:
        raise InputError(f"set both {USER_ENV} and {PASSWORD_ENV} (HTTP Basic credentials), or neither")
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")


def http(method: str, url: str, body: bytes | None = None, content_type: str | None = None, accept: str | None = None,
         timeout: float | None = HTTP_TIMEOUT, error: type[KgError] = InputError) -> tuple[str, bytes]:
    """One HTTP request with the store's credentials; return the response's media type and body.

    Raises
    ------
    KgError (``error``)
        One line naming the method, the URL and the HTTP status (or why no answer came); the
        credentials never appear in it.
    """
    headers = {"User-Agent": "unkg"}
    auth = _credentials()
    if auth:
        headers["Authorization"] = auth
    if content_type:
        headers["Content-Type"] = content_type
    if accept:
        headers["Accept"] = accept
    req = urllib.request.Request(url, data=body, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout or None) as resp:  # noqa: S310 - http(s) checked by the spec parser
            return (resp.headers.get("Content-Type") or "").split(";")[0].strip().lower(), resp.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read(2000).decode("utf-8", errors="replace").strip().splitlines()
        hint = f"; set {USER_ENV} and {PASSWORD_ENV}" if exc.code in (401, 403) and not auth else ""
        more = f": {detail[0][:200]}" if detail else ""
        raise error(f"{method} {url}: HTTP {exc.code} {exc.reason}{more}{hint}") from None
    except TimeoutError:
        raise error(f"{method} {url}: no answer within {timeout:g} s") from None
    except urllib.error.URLError as exc:
        reason = exc.reason if isinstance(exc.reason, str) else (getattr(exc.reason, "strerror", None) or exc.reason)
        if isinstance(exc.reason, TimeoutError):
            raise error(f"{method} {url}: no answer within {timeout:g} s") from None
        raise error(f"{method} {url}: cannot connect ({reason})") from None
    except OSError as exc:
        raise error(f"{method} {url}: connection failed ({exc.strerror or exc})") from None


def sparql_select(endpoint: str, text: str, timeout: float | None = HTTP_TIMEOUT, error: type[KgError] = InputError) -> tuple[str, bytes]:
    """POST a query (form ``query=``) and return the media type and body of the answer."""
    form = urllib.parse.urlencode({"query": text}).encode("utf-8")
    accept = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.5"
    return http("POST", endpoint, form, "application/x-www-form-urlencoded", accept, timeout, error)


def _with_param(url: str, query: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}{query}"


# --- writing ------------------------------------------------------------------------------------


def check_writable(spec: str | Path) -> None:
    """Fail early, on one line, when a build could not write to this store spec.

    Examples
    --------
    >>> check_writable("sparql:http://localhost:7878/sparql")
    Traceback (most recent call last):
    kg.errors.InputError: sparql:http://localhost:7878/sparql: read-only; give update=URL (SPARQL Update) or store=URL (Graph Store Protocol) to write
    """
    if is_sparql_spec(spec):
        sp = parse_sparql_spec(spec)
        if not sp.update and not sp.store:
            raise InputError(f"{sp}: read-only; give update=URL (SPARQL Update) or store=URL (Graph Store Protocol) to write")
    else:
        store_path(spec)


def check_reachable(spec: str | Path) -> None:
    """For a ``sparql:`` store, ask the query endpoint ``ASK {}`` (with the credentials), so that
    an unreachable server or refused credentials fail a build before its work, on one line."""
    if is_sparql_spec(spec):
        sparql_select(parse_sparql_spec(spec).query, "ASK {}", timeout=30.0)


def write_store(spec: str | Path, nquads: bytes) -> int:
    """Replace the store's content with these N-Quads; return the number of quads stored
    (the named graphs' quads plus the union's triples in the default graph)."""
    if is_sparql_spec(spec):
        return _write_sparql(parse_sparql_spec(spec), nquads)
    return _write_oxigraph(spec, nquads)


def _write_oxigraph(spec: str | Path, nquads: bytes) -> int:
    import pyoxigraph as ox

    path = store_path(spec)
    if path.exists() and not path.is_dir():
        raise InputError(f"{path}: exists and is not a store directory")
    staging = path.with_name(f".{path.name}.new")
    shutil.rmtree(staging, ignore_errors=True)
    store = ox.Store(str(staging))
    store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    # the default graph holds the union of the named graphs, each triple once
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
    store.flush()
    count = len(store)
    del store
    old = path.with_name(f".{path.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if path.exists():
        path.rename(old)
    staging.rename(path)
    shutil.rmtree(old, ignore_errors=True)
    return count


def _split_graphs(nquads: bytes) -> tuple[dict[str, list[str]], list[str]]:
    """The N-Triples lines of each named graph, and of the de-duplicated union (sorted)."""
    import pyoxigraph as ox

    graphs: dict[str, list[str]] = {}
    union: set[str] = set()
    for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
        line = f"{q.subject} {q.predicate} {q.object} ."
        union.add(line)
        if isinstance(q.graph_name, ox.NamedNode):
            graphs.setdefault(q.graph_name.value, []).append(line)
    return {g: sorted(lines) for g, lines in sorted(graphs.items())}, sorted(union)


def _chunks(lines: list[str], size: int) -> Iterable[list[str]]:
    for i in range(0, max(len(lines), 1), size):
        yield lines[i:i + size]


def _write_sparql(spec: SparqlSpec, nquads: bytes) -> int:
    check_writable(str(spec))
    graphs, union = _split_graphs(nquads)
    namespaces = {g[:g.rfind("/graph/") + len("/graph/")] for g in graphs if "/graph/" in g}
    stale = [g for g in _graph_names(spec) if len(namespaces) == 1 and g.startswith(next(iter(namespaces))) and g not in graphs]
    for g in stale:
        if spec.store:
            try:
                http("DELETE", _with_param(spec.store, "graph=" + urllib.parse.quote(g, safe="")))
            except InputError as exc:
                if "HTTP 404" not in str(exc):
                    raise
        else:
            _update(spec, f"DROP SILENT GRAPH <{g}>")
    for name, lines in [*graphs.items(), (None, union)]:
        if spec.store:
            target = "default" if name is None else "graph=" + urllib.parse.quote(name, safe="")
            data = ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
            http("PUT", _with_param(spec.store, target), data, "application/n-triples")
            continue
        clear = "CLEAR SILENT DEFAULT" if name is None else f"DROP SILENT GRAPH <{name}>"
        for i, chunk in enumerate(_chunks(lines, INSERT_CHUNK)):
            block = "\n".join(chunk)
            insert = f"INSERT DATA {{\n{block}\n}}" if name is None else f"INSERT DATA {{ GRAPH <{name}> {{\n{block}\n}} }}"
            _update(spec, f"{clear} ;\n{insert}" if i == 0 else insert)
    return sum(len(v) for v in graphs.values()) + len(union)


def _update(spec: SparqlSpec, text: str) -> None:
    assert spec.update is not None
    http("POST", spec.update, text.encode("utf-8"), "application/sparql-update")


def _graph_names(spec: SparqlSpec) -> list[str]:
    doc = _select_json(spec, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    return sorted(b["g"]["value"] for b in doc["results"]["bindings"] if b.get("g", {}).get("type") == "uri")


def _select_json(spec: SparqlSpec, text: str) -> dict[str, Any]:
    media, body = sparql_select(spec.query, text)
    try:
        doc: dict[str, Any] = json.loads(body)
        doc["results"]["bindings"]
    except (ValueError, KeyError, TypeError):
        raise InputError(f"POST {spec.query}: the answer is not SPARQL JSON results (got {media or 'no media type'})") from None
    return doc


# --- reading ------------------------------------------------------------------------------------


def open_store(spec: str | Path) -> Any:
    """The Oxigraph store, opened read-only (several readers may share it)."""
    import pyoxigraph as ox

    path = store_path(spec)
    if not path.is_dir():
        raise InputError(f"{path}: no such store; run 'unkg build --store oxigraph:{path}' first")
    try:
        return ox.Store.read_only(str(path))
    except OSError as exc:
        raise InputError(f"{path}: cannot open the store ({str(exc).splitlines()[0][:200]})") from None


def json_term_ox(d: dict[str, str]) -> Any:
    """A term of SPARQL JSON results as a pyoxigraph term (which escapes it for N-Quads)."""
    import pyoxigraph as ox

    kind, value = d.get("type"), d.get("value", "")
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if kind in ("literal", "typed-literal"):
        if d.get("xml:lang"):
            return ox.Literal(value, language=d["xml:lang"])
        return ox.Literal(value, datatype=ox.NamedNode(d["datatype"])) if d.get("datatype") else ox.Literal(value)
    raise InputError(f"unsupported term in SPARQL results: {kind!r}")


def store_nquads(spec: str | Path) -> bytes:
    """The named graphs of a store as N-Quads (the views read them into rdflib)."""
    import pyoxigraph as ox

    if is_sparql_spec(spec):
        sp = parse_sparql_spec(spec)
        doc = _select_json(sp, "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
        try:
            quads = [ox.Quad(json_term_ox(b["s"]), json_term_ox(b["p"]), json_term_ox(b["o"]), json_term_ox(b["g"]))
                     for b in doc["results"]["bindings"]]
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"POST {sp.query}: malformed SPARQL JSON results ({exc})") from None
        if not quads:
            raise InputError(f"{sp.query}: the endpoint holds no named graphs; run 'unkg build --store {sp}' first")
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS) or b""
    store = open_store(spec)
    oxquads = [q for q in store.quads_for_pattern(None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph)]
    return ox.serialize(oxquads, format=ox.RdfFormat.N_QUADS) or b""
