"""kg.serve: the read-only SPARQL 1.1 Protocol endpoint, queried with standard clients."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.queries import open_engine
from kg.serve import make_server, negotiate
from tests.test_queries import small_graph_file

Q = "PREFIX unkg: <https://w3id.org/unkg/ontology#> SELECT ?o WHERE { ?o unkg:coLeads ?g } ORDER BY ?o"
ID = "https://w3id.org/unkg/id/"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    engine = open_engine(small_graph_file(tmp_path_factory.mktemp("serve")), "oxigraph")
    server = make_server(engine, "127.0.0.1", 0, timeout=5, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def fetch(url: str, data: bytes | None = None, headers: dict[str, str] | None = None) -> tuple[int, str, str]:
    req = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read().decode("utf-8")


def test_get_returns_sparql_json(endpoint: str) -> None:
    status, ctype, body = fetch(f"{endpoint}/sparql?query={urllib.parse.quote(Q)}")
    assert status == 200 and ctype.startswith("application/sparql-results+json")
    doc = json.loads(body)
    assert [b["o"]["value"] for b in doc["results"]["bindings"]] == [f"{ID}org/ITU", f"{ID}org/UNICEF"]


def test_post_form_and_direct_body_with_content_negotiation(endpoint: str) -> None:
    form = urllib.parse.urlencode({"query": Q}).encode()
    status, ctype, body = fetch(f"{endpoint}/sparql", form, {"Content-Type": "application/x-www-form-urlencoded",
                                                            "Accept": "application/sparql-results+xml"})
    assert status == 200 and ctype.startswith("application/sparql-results+xml") and f"<uri>{ID}org/UNICEF</uri>" in body
    status, ctype, body = fetch(f"{endpoint}/sparql", Q.encode(), {"Content-Type": "application/sparql-query", "Accept": "text/csv"})
    assert status == 200 and body.splitlines() == ["o", f"{ID}org/ITU", f"{ID}org/UNICEF"]
    status, _, body = fetch(f"{endpoint}/sparql?query={urllib.parse.quote(Q)}", headers={"Accept": "text/tab-separated-values"})
    assert body.splitlines()[1] == f"<{ID}org/ITU>"


def test_construct_negotiates_rdf(endpoint: str) -> None:
    q = "CONSTRUCT { ?o <urn:leads> ?g } WHERE { ?o <https://w3id.org/unkg/ontology#coLeads> ?g }"
    status, ctype, body = fetch(f"{endpoint}/sparql?query={urllib.parse.quote(q)}", headers={"Accept": "application/n-triples"})
    assert status == 200 and ctype.startswith("application/n-triples") and len(body.strip().splitlines()) == 2


def test_read_only_and_no_service(endpoint: str) -> None:
    status, _, body = fetch(f"{endpoint}/sparql", b"update=DROP+ALL", {"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 403 and "read-only" in body
    status, _, _ = fetch(f"{endpoint}/sparql", b"DROP ALL", {"Content-Type": "application/sparql-update"})
    assert status == 403
    status, _, _ = fetch(f"{endpoint}/sparql?query={urllib.parse.quote('DELETE WHERE { ?s ?p ?o }')}")
    assert status == 403
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, _, body = fetch(f"{endpoint}/sparql?query={urllib.parse.quote(q)}")
    assert status == 400 and "SERVICE" in body
    status, _, body = fetch(f"{endpoint}/sparql?query={urllib.parse.quote('SELECT * WHERE {')}")
    assert status == 400 and "syntax error" in body
    _, _, body = fetch(f"{endpoint}/sparql?query={urllib.parse.quote('ASK { ?s <urn:x> ?o }')}")
    assert json.loads(body)["boolean"] is False  # the graph is unchanged


def test_front_page_and_saved_queries(endpoint: str) -> None:
    status, ctype, body = fetch(f"{endpoint}/")
    assert status == 200 and ctype.startswith("text/html") and "/queries/partners" in body and "chains" in body
    status, _, body = fetch(f"{endpoint}/queries/partners?org=UNICEF&format=csv")
    assert status == 200 and body.splitlines()[1].startswith(f"{ID}org/ITU,1")
    status, _, body = fetch(f"{endpoint}/queries/partners?org=Nobody")
    assert status == 400 and "no organization" in body
    assert fetch(f"{endpoint}/queries/nothing")[0] == 404


def test_rdflib_sparqlstore_is_a_standard_client(endpoint: str) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(f"{endpoint}/sparql", returnFormat="json")
    rows = sorted(str(r[0]) for r in store.query(Q))
    assert rows == [f"{ID}org/ITU", f"{ID}org/UNICEF"]


def test_sparqlwrapper_when_installed(endpoint: str) -> None:
    sw = pytest.importorskip("SPARQLWrapper")
    client = sw.SPARQLWrapper(f"{endpoint}/sparql")
    client.setQuery(Q)
    client.setReturnFormat(sw.JSON)
    assert len(client.query().convert()["results"]["bindings"]) == 2


def test_busy_port_is_a_clear_error(endpoint: str) -> None:
    port = int(endpoint.rsplit(":", 1)[1])
    with pytest.raises(InputError, match=f"127.0.0.1:{port} is already in use"):
        make_server(open_engine(Path(__file__).parent / "fixtures" / "queries_small.trig"), "127.0.0.1", port)


def test_negotiate() -> None:
    assert negotiate("text/csv;q=0.5, application/sparql-results+xml", graph=False) == "application/sparql-results+xml"
    assert negotiate("application/sparql-results+json;q=0, text/csv", graph=False) == "text/csv"
    assert negotiate("text/html", graph=False) == "application/sparql-results+json"
    assert negotiate("*/*", graph=True) == "text/turtle"
