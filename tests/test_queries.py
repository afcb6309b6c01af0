"""The saved-query library, parameters, engines, safety and output formats (kg.queries, unkg query)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import QueryError
from kg.queries import (
    Labeller,
    Param,
    ResultSet,
    format_results,
    load_library,
    load_query,
    open_engine,
    parse_saved_query,
    query_form,
    resolve_param,
    run_query,
    uses_service,
)

ID = "https://w3id.org/unkg/id/"
LIB = load_library()
ROOT = Path(__file__).resolve().parent.parent
SMALL = ROOT / "tests" / "fixtures" / "queries_small.trig"


def small_graph_file(directory: Path) -> Path:
    """The hand-made fixture plus ontology/unkg.ttl as graph/ontology, as one TriG file.

    Shared with test_reasoning.py and test_serve.py.
    """
    from rdflib import Dataset

    from kg.namespaces import Ids

    ds = Dataset()
    ds.parse(SMALL, format="trig")
    ds.graph(Ids().graph("ontology")).parse(ROOT / "ontology" / "unkg.ttl", format="turtle")
    path = directory / "kg.trig"
    path.write_text(ds.serialize(format="trig"), encoding="utf-8")
    return path


# --- fixtures ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return small_graph_file(tmp_path_factory.mktemp("small"))


@pytest.fixture(scope="module")
def ox(small: Path):  # type: ignore[no-untyped-def]
    return open_engine(small, "oxigraph")


@pytest.fixture(scope="module")
def rl(small: Path):  # type: ignore[no-untyped-def]
    return open_engine(small, "rdflib")


@pytest.fixture(scope="session")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from kg.pipeline import BuildOptions, build

    out = tmp_path_factory.mktemp("bundled")
    build(BuildOptions(out=out, validate=False))
    return out


@pytest.fixture(scope="session")
def bundled_ox(bundled: Path):  # type: ignore[no-untyped-def]
    return open_engine(bundled, "oxigraph")


def rows(rs: ResultSet, *cols: str) -> list[tuple[str, ...]]:
    return [tuple(d.get(c, "") for c in cols) for d in rs.as_dicts()]


def canon(rs: ResultSet) -> list[tuple[str, ...]]:
    """Rows as sorted strings (ties may come in either order; GROUP_CONCAT lists are already sorted)."""
    out = []
    for r in rs.rows:
        cells = []
        for t in r:
            s = "" if t is None else str(t)
            cells.append(f"{float(s):.4f}" if re.fullmatch(r"-?\d+\.\d+", s) else s)
        out.append(tuple(cells))
    return sorted(out)


# --- the library -------------------------------------------------------------------------------


def test_library_has_the_questions_of_issue_4() -> None:
    assert {"partners", "leads", "shared-groupings", "mechanisms", "resolution-groupings", "top-resolutions",
            "sdg-groupings", "sdg-coverage", "custodian", "partner-changes", "chains", "org-categories",
            "discovered", "evidence", "facts-per-report", "members"} <= set(LIB)


@pytest.mark.parametrize("name", sorted(LIB))
def test_saved_query_header_is_complete(name: str) -> None:
    q = LIB[name]
    assert q.title and len(q.description) > 60 and q.example.startswith(f"unkg query {name}")
    select = re.search(r"^SELECT[^\n]*", q.text, re.MULTILINE)
    assert select is not None
    for p in q.params:
        # a parameter must be projected, or pyoxigraph refuses to substitute it
        assert f"?{p.name}" in select.group(0).split("WHERE")[0], f"{name}: ?{p.name} not projected"
        assert p.default or p.required
    for var in q.lists:
        assert f"AS ?{var})" in q.text


def test_header_parsing_and_errors() -> None:
    q = parse_saved_query("# title: T\n# description: one\n#   two\n# param: org organization = ITU -- who\n"
                          "# param: r report required -- which\n# lists: a b\nSELECT ?org ?r {}", "x")
    assert (q.title, q.description, q.lists) == ("T", "one two", ("a", "b"))
    assert q.params == (Param("org", "organization", "ITU", False, "who"), Param("r", "report", None, True, "which"))
    with pytest.raises(QueryError, match="bad parameter declaration"):
        parse_saved_query("# param: org colour = red\nSELECT * {}", "x")
    with pytest.raises(QueryError, match="needs a default"):
        parse_saved_query("# param: org organization -- who\nSELECT * {}", "x")


def test_unknown_query_name_suggests() -> None:
    with pytest.raises(QueryError, match="did you mean partners"):
        load_query("partner")


# --- exact answers on the hand-made graph --------------------------------------------------------


def test_partners_ranked_by_shared_groupings_and_direct_statements(ox) -> None:  # type: ignore[no-untyped-def]
    rs = run_query(ox, LIB["partners"], {"org": "ITU"})
    assert rows(rs, "partner", "score", "shared", "direct", "groupings") == [
        (f"{ID}org/UNESCO", "2", "2", "0", "Inter-Agency Working Group on Artificial Intelligence; WSIS Forum"),
        (f"{ID}org/UNICEF", "1", "1", "0", "Giga"),
        (f"{ID}org/WMO", "1", "1", "0", "WSIS Forum"),
        (f"{ID}org/WHO", "1", "0", "1", ""),
    ]
    assert rs.as_dicts()[3]["quote"] == "ITU continued to partner with WHO on digital health."


def test_partners_reads_partnership_in_both_directions(ox) -> None:  # type: ignore[no-untyped-def]
    rs = run_query(ox, LIB["partners"], {"org": "World Health Organization"})
    assert rows(rs, "partner", "direct") == [(f"{ID}org/ITU", "1")]


def test_leads_follows_the_sub_property_chain(ox) -> None:  # type: ignore[no-untyped-def]
    rs = run_query(ox, LIB["leads"], {"org": "ITU"})
    assert sorted(rows(rs, "grouping", "roles", "parent")) == [
        (f"{ID}grouping/giga", "co-leads", ""),
        (f"{ID}grouping/iawg-ai", "co-chairs", f"{ID}grouping/hlcp"),
        (f"{ID}grouping/wsis-forum", "co-organizes", ""),
    ]


def test_members_and_shared_groupings(ox) -> None:  # type: ignore[no-untyped-def]
    rs = run_query(ox, LIB["members"], {"grouping": "WSIS Forum"})
    assert sorted(rows(rs, "organization", "roles", "reports")) == [
        (f"{ID}org/ITU", "co-organizes", "2"), (f"{ID}org/UNESCO", "co-organizes", "1"), (f"{ID}org/WMO", "co-organizes", "1")]
    rs = run_query(ox, LIB["shared-groupings"], {"a": "ITU", "b": "UNESCO"})
    assert rows(rs, "grouping", "leaders") == [(f"{ID}grouping/iawg-ai", "ITU; UNESCO"), (f"{ID}grouping/wsis-forum", "ITU; UNESCO; WMO")]


def test_partner_changes_between_reports(ox) -> None:  # type: ignore[no-untyped-def]
    rs = run_query(ox, LIB["partner-changes"], {"org": "ITU", "before": "C22/INF/2", "after": "C23/INF/9"})
    assert rows(rs, "partner", "change") == [
        (f"{ID}org/WMO", "only in after"),
        (f"{ID}org/UNESCO", "only in before"), (f"{ID}org/UNICEF", "only in before"), (f"{ID}org/WHO", "only in before")]


def test_chains_finds_the_shortest_path_only(ox) -> None:  # type: ignore[no-untyped-def]
    rs = run_query(ox, LIB["chains"], {"from": "UNICEF", "to": "WMO"})
    assert rows(rs, "hops", "grouping1", "via", "grouping2") == [
        ("2", f"{ID}grouping/giga", f"{ID}org/ITU", f"{ID}grouping/wsis-forum")]
    rs = run_query(ox, LIB["chains"], {"from": "UNESCO", "to": "WMO"})
    assert rows(rs, "hops", "grouping1") == [("1", f"{ID}grouping/wsis-forum")]


def test_sdg_questions(ox) -> None:  # type: ignore[no-untyped-def]
    rs = run_query(ox, LIB["sdg-groupings"], {"goal": "SDG 9"})
    assert rows(rs, "entity", "concepts", "organizations") == [(f"{ID}grouping/giga", "9.c", "ITU; UNICEF")]
    assert run_query(ox, LIB["sdg-groupings"], {"goal": "4"}).rows == []
    rs = run_query(ox, LIB["custodian"], {"org": "ITU"})
    assert rows(rs, "notation", "goal", "report") == [("9.c.1", "http://metadata.un.org/sdg/9", "")]
    rs = run_query(ox, LIB["sdg-coverage"])
    assert rows(rs, "organization", "count", "goals") == [(f"{ID}org/ITU", "1", "9"), (f"{ID}org/UNICEF", "1", "9")]


def test_evidence_gives_report_locator_and_quote(ox) -> None:  # type: ignore[no-untyped-def]
    rs = run_query(ox, LIB["evidence"], {"a": "UNICEF", "b": "Giga"})
    assert rows(rs, "predicate", "report", "locator", "rule") == [
        ("https://w3id.org/unkg/ontology#coLeads", f"{ID}report/r1", "§7.1 BDT bullet 6", "joint-initiative@1")]
    assert "joint ITU and UNICEF" in rs.as_dicts()[0]["quote"]


def test_mandates_categories_discovered_and_curation_counts(ox) -> None:  # type: ignore[no-untyped-def]
    rs = run_query(ox, LIB["resolution-groupings"], {"resolution": "PP Resolution 71"})
    assert rows(rs, "justified", "leaders") == [(f"{ID}grouping/iawg-ai", "ITU; UNESCO")]
    top = run_query(ox, LIB["top-resolutions"]).as_dicts()[0]
    assert (top["resolution"], top["body"], top["justifies"]) == (f"{ID}resolution/itu-pp-res-71", f"{ID}org/ITU-PP", "1")
    cats = {d["category"]: (d["organizations"], d["inReports"], d["discovered"]) for d in run_query(ox, LIB["org-categories"]).as_dicts()}
    assert cats["specialized-agency"] == ("4", "4", "0") and cats["non-state-actor"] == ("1", "0", "1")
    assert rows(run_query(ox, LIB["discovered"]), "organization", "facts") == [(f"{ID}org/Venture-Fund", "0")]
    per = {(d["report"], d["rule"]): d["facts"] for d in run_query(ox, LIB["facts-per-report"]).as_dicts()}
    assert per[(f"{ID}report/r1", "joint-initiative@1")] == "2" and per[(f"{ID}report/r2", "annex-row@1")] == "1"


def test_mechanisms_with_parent_and_mandate(ox) -> None:  # type: ignore[no-untyped-def]
    rs = run_query(ox, LIB["mechanisms"], {"org": "ITU"})
    assert rows(rs, "mechanism", "roles", "parent", "mandates") == [
        (f"{ID}grouping/hlcp", "member of", "", ""),
        (f"{ID}grouping/iawg-ai", "co-chairs", f"{ID}grouping/hlcp", "PP Resolution 71")]


SMALL_PARAMS = {"partner-changes": {"before": "C22/INF/2", "after": "C23/INF/9"}, "resolution-groupings": {"resolution": "PP Resolution 71"},
                "chains": {"from": "UNICEF", "to": "WMO"}}


@pytest.mark.parametrize("name", sorted(LIB))
def test_both_engines_agree_on_the_small_graph(name: str, ox, rl) -> None:  # type: ignore[no-untyped-def]
    params = SMALL_PARAMS.get(name, {})
    assert canon(run_query(ox, LIB[name], params)) == canon(run_query(rl, LIB[name], params))


@pytest.mark.parametrize("reasoning", ["schema", "rdfs"])
def test_answers_do_not_change_with_an_inferred_graph(small: Path, ox, reasoning: str) -> None:  # type: ignore[no-untyped-def]
    inferred = open_engine(small, "oxigraph", reasoning)
    for name in ("partners", "leads", "members", "shared-groupings", "mechanisms", "chains", "sdg-groupings", "partner-changes"):
        params = SMALL_PARAMS.get(name, {})
        assert canon(run_query(inferred, LIB[name], params)) == canon(run_query(ox, LIB[name], params)), name


# --- parameters --------------------------------------------------------------------------------


def test_organization_by_acronym_name_or_alias(ox) -> None:  # type: ignore[no-untyped-def]
    p = Param("org", "organization", "ITU")
    for value in ("ITU", "itu", "International Telecommunication Union", "the International Telecommunication Union",
                  f"{ID}org/ITU"):
        assert str(resolve_param(ox, p, value)) == f"{ID}org/ITU"
    assert str(resolve_param(ox, p, "Venture Fund")) == f"{ID}org/Venture-Fund"  # discovered, not in the registry


def test_unknown_and_ambiguous_names_are_clear(ox) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError, match=r"no organization of this name.*did you mean: World Health Organization"):
        resolve_param(ox, Param("org", "organization", "ITU"), "World Health Organisation")
    with pytest.raises(QueryError, match=r"ambiguous.*PP Resolution 71.*Resolution ITU-R 71"):
        resolve_param(ox, Param("r", "resolution", "x"), "71")
    with pytest.raises(QueryError, match="has no parameter 'nope'"):
        run_query(ox, LIB["partners"], {"nope": "x"})
    with pytest.raises(QueryError, match="not an integer"):
        resolve_param(ox, Param("n", "integer", "1"), "1; DROP")


@pytest.mark.parametrize("value", ['ITU> } UNION { ?s ?p ?o', 'ITU" . ?s ?p ?o #', "ITU'; DELETE WHERE { ?s ?p ?o }"])
def test_injection_through_a_parameter_is_refused(ox, value: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError, match="no organization of this name"):
        run_query(ox, LIB["partners"], {"org": value})


def test_literal_parameters_stay_literals(ox) -> None:  # type: ignore[no-untyped-def]
    q = parse_saved_query('# param: label literal = x -- a label\nSELECT ?s ?label WHERE { ?s rdfs:label ?l FILTER (STR(?l) = ?label) }', "t")
    assert run_query(ox, q, {"label": 'Giga" ) } ; SELECT * { ?s ?p ?o'}).rows == []
    assert rows(run_query(ox, q, {"label": "Giga"}), "s") == [(f"{ID}grouping/giga",)]


# --- safety ------------------------------------------------------------------------------------


def test_query_form_and_service_detection() -> None:
    assert query_form("PREFIX a: <urn:a#>\n# INSERT in a comment\nSELECT * { ?s ?p 'DELETE' }") == "query"
    assert query_form("  delete where { ?s ?p ?o }") == "update"
    assert query_form("WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }") == "update"
    assert uses_service("SELECT * { service <http://x> { ?s ?p ?o } }")
    assert not uses_service("SELECT ?service { ?service <urn:service> 'SERVICE' } # SERVICE")


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_update_and_service_refused(engine: str, ox, rl) -> None:  # type: ignore[no-untyped-def]
    eng = ox if engine == "oxigraph" else rl
    with pytest.raises(QueryError, match="SPARQL Update is refused"):
        run_query(eng, parse_saved_query("DELETE WHERE { ?s ?p ?o }", "-"))
    with pytest.raises(QueryError, match="SERVICE .* is refused"):
        run_query(eng, parse_saved_query("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", "-"))


def test_allowed_update_changes_only_the_in_memory_copy(small: Path) -> None:
    before = small.read_bytes()
    eng = open_engine(small, "oxigraph")
    rs = run_query(eng, parse_saved_query("DELETE WHERE { ?s unkg:coLeads ?o }", "-"), allow_update=True)
    assert "in-memory copy" in rs.message and small.read_bytes() == before
    assert run_query(eng, parse_saved_query("ASK { ?s unkg:coLeads ?o }", "-")).boolean is False


@pytest.mark.parametrize("engine", ["oxigraph", "rdflib"])
def test_syntax_error_has_line_column_and_text(engine: str, ox, rl) -> None:  # type: ignore[no-untyped-def]
    eng = ox if engine == "oxigraph" else rl
    with pytest.raises(QueryError, match=r"syntax error at line 2, column 3, near '\?x \?y'"):
        run_query(eng, parse_saved_query("SELECT ?x WHERE {\n  ?x ?y \n}", "-"))


def test_timeout(bundled_ox) -> None:  # type: ignore[no-untyped-def]
    heavy = parse_saved_query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "-")
    with pytest.raises(QueryError, match="did not finish within 0.2 s"):
        run_query(bundled_ox, heavy, timeout=0.2)


# --- the bundled graph ----------------------------------------------------------------------------


def test_bundled_graph_states_what_the_reports_say(bundled_ox) -> None:  # type: ignore[no-untyped-def]
    eng = bundled_ox
    giga = {d["organization"] for d in run_query(eng, LIB["members"], {"grouping": "Giga"}).as_dicts() if d["lead"] == "true"}
    assert {f"{ID}org/ITU", f"{ID}org/UNICEF"} <= giga
    wsis = {d["organization"] for d in run_query(eng, LIB["members"], {"grouping": "WSIS Forum"}).as_dicts()
            if "co-organizes" in d["roles"]}
    assert {f"{ID}org/{o}" for o in ("ITU", "UNESCO", "UNCTAD", "UNDP")} <= wsis
    assert "9.c.1" in {d["notation"] for d in run_query(eng, LIB["custodian"], {"org": "ITU"}).as_dicts()}
    ai = run_query(eng, LIB["shared-groupings"], {"a": "ITU", "b": "UNESCO"}).as_dicts()
    row = next(d for d in ai if d["grouping"] == f"{ID}grouping/iawg-ai")
    assert "co-chairs" in row["aRoles"].split("; ") and "co-chairs" in row["bRoles"].split("; ")
    members = run_query(eng, LIB["members"], {"grouping": "IAWG-AI"}).as_dicts()
    assert members[0]["parent"] == f"{ID}grouping/hlcp"
    assert f"{ID}org/UNICEF" in {d["partner"] for d in run_query(eng, LIB["partners"], {"org": "ITU"}).as_dicts()}


@pytest.mark.parametrize("name", sorted(set(LIB) - {"partner-changes", "chains"}))
def test_bundled_graph_both_engines_agree(name: str, bundled: Path, bundled_ox) -> None:  # type: ignore[no-untyped-def]
    rl = _bundled_rdflib(bundled)
    assert canon(run_query(bundled_ox, LIB[name])) == canon(run_query(rl, LIB[name], timeout=60))


_RL: dict[Path, object] = {}


def _bundled_rdflib(path: Path):  # type: ignore[no-untyped-def]
    if path not in _RL:
        _RL[path] = open_engine(path, "rdflib")
    return _RL[path]




# --- formats and the CLI -----------------------------------------------------------------------


def test_formats(ox) -> None:  # type: ignore[no-untyped-def]
    rs = run_query(ox, LIB["partners"], {"org": "ITU"}, limit=2)
    table = format_results(rs, "table", Labeller(ox))
    assert table.splitlines()[0].split() == ["partner", "score", "shared", "direct", "groupings", "quote"]
    assert "UNESCO" in table and "(2 rows, more with a higher --limit)" in table and "id/org" not in table
    doc = json.loads(format_results(rs, "json"))
    assert doc["head"]["vars"][0] == "partner"
    assert doc["results"]["bindings"][0]["partner"] == {"type": "uri", "value": f"{ID}org/UNESCO"}
    assert doc["results"]["bindings"][0]["score"]["datatype"] == "http://www.w3.org/2001/XMLSchema#integer"
    csv_lines = format_results(rs, "csv", Labeller(ox)).splitlines()
    assert csv_lines[0].startswith("partner,partnerLabel,score") and csv_lines[1].startswith(f"{ID}org/UNESCO,UNESCO,2")
    md = format_results(rs, "md", Labeller(ox)).splitlines()
    assert md[0].startswith("| partner | score") and md[2].startswith("| UNESCO | 2 |")


def test_cli_query_and_exit_codes(small: Path) -> None:
    r = CliRunner()
    res = r.invoke(main, ["query", "partners", "--kg", str(small), "--param", "org=UNICEF", "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert res.output.splitlines()[1].startswith(f"{ID}org/ITU,ITU,1")
    res = r.invoke(main, ["query", "partners", "--kg", str(small), "--param", "org=Nobody"])
    assert res.exit_code == 1 and res.output.startswith("Error: --param org=Nobody: no organization")
    assert "Traceback" not in res.output
    res = r.invoke(main, ["query", "-", "--kg", str(small)], input="DROP ALL")
    assert res.exit_code == 1 and "SPARQL Update is refused" in res.output
    res = r.invoke(main, ["query", "partners", "--kg", str(small), "--param", "org"])
    assert res.exit_code == 2 and "is not NAME=VALUE" in res.output
    res = r.invoke(main, ["query", "partners", "--kg", str(small), "--format", "xml"])
    assert res.exit_code == 2
    res = r.invoke(main, ["query", "partners", "--help-query"])
    assert res.exit_code == 0 and "org=ORGANIZATION (default ITU)" in res.output and "Example: unkg query partners" in res.output
    res = r.invoke(main, ["query", "-", "--kg", str(small), "--format", "json"], input="ASK { ?s unkg:coLeads ?o }")
    assert json.loads(res.output) == {"head": {}, "boolean": True}
    res = r.invoke(main, ["queries"])
    assert res.exit_code == 0 and re.search(r"^partners\s+Partners of an organization", res.output, re.MULTILINE)


@pytest.mark.parametrize("command", ["query", "queries", "reason", "serve"])
def test_every_command_has_help_with_an_example(command: str) -> None:
    res = CliRunner().invoke(main, [command, "--help"])
    assert res.exit_code == 0 and "Example: unkg " in res.output
