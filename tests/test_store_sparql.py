"""A SPARQL server as the store (issue 6): ``unkg build --store sparql:...`` pushes the graphs to
``unkg serve --allow-update`` on 127.0.0.1, and every saved query gives the same answers on the
files, on an Oxigraph store and on the server; HTTP Basic credentials come from the environment."""

from __future__ import annotations

import base64
import socket
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal

from kg.cli import main
from kg.errors import InputError, QueryError
from kg.queries import (
    OxigraphEngine,
    SparqlEngine,
    load_library,
    load_query,
    open_engine,
    run_query,
    with_values,
)
from kg.serve import SparqlServer, make_server
from kg.store import check_writable, parse_sparql_spec, store_nquads, write_store

USER, PASSWORD = "analyst", "s3cret-pw"
G = "https://w3id.org/unkg/graph/report/x"


def start(**kwargs: object) -> tuple[SparqlServer, str]:
    server = make_server(OxigraphEngine(), "127.0.0.1", 0, timeout=20, quiet=True, allow_update=True, **kwargs)  # type: ignore[arg-type]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    srv, url = start()
    yield url
    srv.shutdown()
    srv.server_close()


@pytest.fixture(scope="module")
def stores(server: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    from kg.pipeline import BuildOptions, build

    tmp = tmp_path_factory.mktemp("sparql-store")
    out = tmp / "out"
    oxi = f"oxigraph:{tmp / 'db'}"
    sparql = f"sparql:{server}/sparql,update={server}/sparql,store={server}/store"
    a = build(BuildOptions(out=out, validate=False, store=oxi))
    b = build(BuildOptions(out=out, validate=False, store=sparql))  # reuses the extraction cache
    assert a.counts["store"]["quads"] == b.counts["store"]["quads"] > 20000
    return out, oxi, sparql


def answers(engine: object, name: str, params: dict[str, str] | None = None) -> tuple[list[str], list[str]]:
    rs = run_query(engine, load_library()[name], params)  # type: ignore[arg-type]
    return rs.vars, sorted(map(str, rs.rows))


def test_every_saved_query_same_on_files_oxigraph_and_sparql(stores: tuple[Path, str, str]) -> None:
    out, oxi, sparql = stores
    files, store, remote = open_engine(out), open_engine(Path(oxi)), open_engine(Path(sparql))
    assert isinstance(remote, SparqlEngine) and remote.triple_count() == files.triple_count()
    for name in sorted(load_library()):
        expected = answers(files, name)
        assert answers(store, name) == expected, name
        assert answers(remote, name) == expected, name


def test_parameters_travel_as_values_blocks(stores: tuple[Path, str, str]) -> None:
    out, _, sparql = stores
    files, remote = open_engine(out), open_engine(Path(sparql))
    for name, params in [("partners", {"org": "UNICEF"}), ("chains", {"from": "ITU", "to": "WHO"}),
                         ("evidence", {"a": "ITU", "b": "UNGIS"}), ("members", {"grouping": "Giga"})]:
        assert answers(remote, name, params) == answers(files, name, params), name
    q = with_values("SELECT ?o WHERE { ?o ?p ?x }", {"x": Literal('x" } UNION { ?s ?p ?o } #')})
    assert 'VALUES ?x { "x\\" } UNION { ?s ?p ?o } #" }' in q  # escaped as N-Triples: one literal, nothing more


def test_commands_read_the_sparql_store(stores: tuple[Path, str, str]) -> None:
    _, _, sparql = stores
    runner = CliRunner()
    res = runner.invoke(main, ["stats", "--kg", sparql])
    assert res.exit_code == 0 and "4 reports" in res.output, res.output
    res = runner.invoke(main, ["query", "leads", "--kg", sparql, "--param", "org=ITU", "--format", "csv"])
    assert res.exit_code == 0 and "grouping" in res.output.splitlines()[0]
    res = runner.invoke(main, ["query", "-", "--kg", sparql, "--allow-update"], input="DROP ALL")
    assert res.exit_code == 1 and "refused on a remote store" in res.output


def test_rebuild_replaces_graphs_and_drops_stale_ones(server: str) -> None:
    for spec in (f"sparql:{server}/sparql,store={server}/store", f"sparql:{server}/sparql,update={server}/sparql"):
        srv, url = start()
        try:
            spec = spec.replace(server, url)
            nq = f'<urn:a> <urn:p> "1" <{G}1> .\n<urn:a> <urn:p> "1" <{G}2> .\n<urn:b> <urn:p> "é\\n" <{G}2> .\n'
            assert write_store(spec, nq.encode()) == 3 + 2  # named quads, plus the union's two triples
            assert write_store(spec, f'<urn:c> <urn:p> "2" <{G}1> .\n'.encode()) == 2
            assert store_nquads(spec).decode() == f'<urn:c> <urn:p> "2" <{G}1> .\n'  # graph 2 is gone
            rs = run_query(open_engine(Path(spec)), load_query("-", lambda: "SELECT ?o WHERE { ?s ?p ?o }"))
            assert rs.column("o") == ["2"]  # the default graph is the union
        finally:
            srv.shutdown()
            srv.server_close()


def test_graph_store_protocol_on_serve(server: str) -> None:
    def call(method: str, path: str, body: bytes | None = None, ctype: str = "application/n-triples") -> tuple[int, str]:
        headers = {"Content-Type": ctype, "Accept": "application/n-triples"}
        req = urllib.request.Request(server + path, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.status, resp.read().decode()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode()

    g = "/store?graph=" + urllib.parse.quote("urn:test:g", safe="")
    assert call("PUT", g, b"<urn:s> <urn:p> <urn:o> .\n")[0] == 200
    assert call("POST", g, b"@prefix e: <urn:> . e:s e:p 2 .", "text/turtle")[0] == 200
    status, body = call("GET", g)
    assert status == 200 and "<urn:o>" in body and "2" in body
    assert call("PUT", g, b"<urn:s> <urn:p> .", "application/n-triples")[0] == 400
    assert call("PUT", g, b"x", "application/json")[0] == 415
    assert call("DELETE", g)[0] == 200 and call("DELETE", g)[0] == 404
    assert call("PUT", "/store", b"")[0] == 400  # neither ?graph nor ?default
    assert call("POST", "/sparql", b"SELECT * {}", "application/sparql-update")[0] == 400


def test_read_only_server_refuses_writes(tmp_path: Path) -> None:
    srv = make_server(OxigraphEngine(), "127.0.0.1", 0, quiet=True)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}"
    try:
        with pytest.raises(InputError, match=r"HTTP 403 .*read-only"):
            write_store(f"sparql:{url}/sparql,store={url}/store", b'<urn:a> <urn:p> "1" <urn:g> .\n')
        with pytest.raises(InputError, match=r"HTTP 403 .*read-only"):
            write_store(f"sparql:{url}/sparql,update={url}/sparql", b'<urn:a> <urn:p> "1" <urn:g> .\n')
    finally:
        srv.shutdown()
        srv.server_close()


def test_basic_auth_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    srv, url = start(credentials=(USER, PASSWORD))
    spec = f"sparql:{url}/sparql,store={url}/store"
    nq = f'<urn:a> <urn:p> "1" <{G}> .\n'.encode()
    try:
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(f"{url}/sparql?query=ASK%7B%7D", timeout=10)
        assert info.value.code == 401 and "Basic" in info.value.headers["WWW-Authenticate"]
        monkeypatch.delenv("UNKG_SPARQL_USER", raising=False)
        monkeypatch.delenv("UNKG_SPARQL_PASSWORD", raising=False)
        with pytest.raises(InputError, match=r"HTTP 401 .*set UNKG_SPARQL_USER and UNKG_SPARQL_PASSWORD$"):
            write_store(spec, nq)
        monkeypatch.setenv("UNKG_SPARQL_USER", USER)
        monkeypatch.setenv("UNKG_SPARQL_PASSWORD", "wrong-pw")
        with pytest.raises(InputError, match="HTTP 401") as bad:
            write_store(spec, nq)
        assert "wrong-pw" not in str(bad.value)
        monkeypatch.setenv("UNKG_SPARQL_PASSWORD", PASSWORD)
        assert write_store(spec, nq) == 2
        assert open_engine(Path(spec)).triple_count() == 1
        sw = pytest.importorskip("SPARQLWrapper")  # a standard client, with the same credentials
        client = sw.SPARQLWrapper(f"{url}/sparql")
        client.setCredentials(USER, PASSWORD)
        client.setQuery("SELECT ?o WHERE { ?s ?p ?o }")
        client.setReturnFormat(sw.JSON)
        assert client.query().convert()["results"]["bindings"][0]["o"]["value"] == "1"
        token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        req = urllib.request.Request(f"{url}/store?default", headers={"Authorization": f"Basic {token}"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            assert resp.status == 200
    finally:
        srv.shutdown()
        srv.server_close()


def test_malformed_specs_are_one_line_errors(tmp_path: Path) -> None:
    for bad, message in [("sparql:", "no query URL"), ("sparql:ftp://h/q", r"not an http\(s\) URL"),
                         ("sparql:http://h/q,updat=http://h/u", "unknown option 'updat'"),
                         ("sparql:http://h/q,update=http://h/u,update=http://h/v", "update= is given twice"),
                         ("sparql:http://me:pw@h/q", "no credentials in a URL")]:
        with pytest.raises(InputError, match=message) as info:
            parse_sparql_spec(bad)
        assert "\n" not in str(info.value) and ":pw@" not in str(info.value)
    assert parse_sparql_spec(Path("sparql:http://h:1/q,update=http://h:1/u")).update == "http://h:1/u"  # through a path
    with pytest.raises(InputError, match="read-only; give update=URL"):
        check_writable("sparql:http://h/q")
    res = CliRunner().invoke(main, ["build", "--store", "sparql:ftp://h/q", "--out", str(tmp_path / "o")])
    assert res.exit_code == 1 and res.output.count("\n") == 1 and "not an http(s) URL" in res.output
    assert not (tmp_path / "o").exists()  # refused before the build


def test_unreachable_endpoint_is_a_one_line_error(tmp_path: Path) -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    spec = f"sparql:http://127.0.0.1:{port}/sparql,update=http://127.0.0.1:{port}/update"
    with pytest.raises(QueryError, match=rf"^POST http://127.0.0.1:{port}/sparql: cannot connect \(.*\)$"):
        run_query(open_engine(Path(spec)), load_query("partners"))
    res = CliRunner().invoke(main, ["stats", "--kg", spec])
    assert res.exit_code == 1 and res.output.count("\n") == 1 and "cannot connect" in res.output
    res = CliRunner().invoke(main, ["build", "--store", spec, "--out", str(tmp_path / "o")])
    assert res.exit_code == 1 and "cannot connect" in res.output and not (tmp_path / "o").exists()  # before the build
