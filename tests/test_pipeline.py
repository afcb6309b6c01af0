"""The build of the bundled corpus: its graph uses only ontology terms, validates, and answers
"why does the graph say this?" with the sentence."""

from __future__ import annotations

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.namespaces import UNKG
from kg.pipeline import PROJECT_ROOT, load_graph


def test_every_unkg_term_used_is_declared_in_the_ontology(built) -> None:  # type: ignore[no-untyped-def]
    out, _ = built
    onto = Graph().parse(PROJECT_ROOT / "ontology" / "unkg.ttl", format="turtle")
    declared = {s for s in onto.subjects() if isinstance(s, URIRef)}
    ds = load_graph(out)
    used: set[URIRef] = set()
    for _s, p, o in ds.triples((None, None, None)):
        for t in (p, o if p == RDF.type else None):
            if isinstance(t, URIRef) and str(t).startswith(str(UNKG)):
                used.add(t)
    assert used, "the build uses no unkg term"
    assert not (used - declared), sorted(used - declared)


def test_reports_registered_as_sources_with_metadata(built) -> None:  # type: ignore[no-untyped-def]
    out, _ = built
    ds = load_graph(out)
    q = """SELECT ?sym ?year WHERE { ?r a unkg:Report ; unkg:documentSymbol ?sym ; unkg:year ?year }"""
    rows = {(str(a), str(b)) for a, b in ds.query(q, initNs={"unkg": UNKG})}  # type: ignore[misc]
    assert ("C22/INF/2", "2022") in rows


def test_why_does_the_graph_say_itu_chairs_ungis(built) -> None:  # type: ignore[no-untyped-def]
    out, _ = built
    ds = load_graph(out)
    q = """
    SELECT ?quote ?locator WHERE {
      ?f rdf:subject <https://w3id.org/unkg/id/org/ITU> ; rdf:predicate unkg:chairs ;
         rdf:object <https://w3id.org/unkg/id/grouping/ungis> ; unkg:evidence ?e .
      ?e unkg:quote ?quote ; unkg:locator ?locator .
    }"""
    rows = [(str(a), str(b)) for a, b in ds.query(q, initNs={"unkg": UNKG, "rdf": RDF})]  # type: ignore[misc]
    assert any("Chairmanship of the United Nations Group on the Information Society" in quote and loc == "C22/INF/2 §6.5" for quote, loc in rows), rows


def test_sdg_concepts_use_official_iris(built) -> None:  # type: ignore[no-untyped-def]
    out, _ = built
    ds = load_graph(out)
    target = URIRef("http://metadata.un.org/sdg/9.c")
    goal = URIRef("http://metadata.un.org/sdg/9")
    assert (target, URIRef("http://www.w3.org/2004/02/skos/core#broader"), goal) in ds
    # ITU is custodian of indicator 17.6.1 (reported as 17.6.2), the KOS code C170602
    assert (URIRef("https://w3id.org/unkg/id/org/ITU"), UNKG.custodianOf, URIRef("http://metadata.un.org/sdg/C170602")) in ds


def test_ontology_loads_as_owl(built) -> None:  # type: ignore[no-untyped-def]
    onto = Graph().parse(PROJECT_ROOT / "ontology" / "unkg.ttl", format="turtle")
    assert (URIRef("https://w3id.org/unkg/ontology"), RDF.type, OWL.Ontology) in onto
    assert all(onto.value(c, RDFS.label) for c in onto.subjects(RDF.type, OWL.Class) if str(c).startswith(str(UNKG)))


def test_incremental_build_reextracts_only_what_changed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from kg.pipeline import BuildOptions, build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("itu-c20-res191-intersectoral-coordination.txt", "itu-c23-collaboration-with-un-system.txt"):
        shutil.copy(PROJECT_ROOT / "data" / "reports" / name, corpus / name)
    out = tmp_path / "out"
    first = build(BuildOptions(corpus=corpus, out=out, validate=False))
    assert first.reused == []
    again = build(BuildOptions(corpus=corpus, out=out, validate=False))
    assert sorted(again.reused) == ["itu-c20-res191-intersectoral-coordination", "itu-c23-collaboration-with-un-system"]
    c20 = corpus / "itu-c20-res191-intersectoral-coordination.txt"
    c20.write_text(c20.read_text(encoding="utf-8") + "\n4.1\tITU chairs the UN Legal Network.\n", encoding="utf-8")
    changed = build(BuildOptions(corpus=corpus, out=out, validate=False))
    assert changed.reused == ["itu-c23-collaboration-with-un-system"]
    c20.unlink()
    removed = build(BuildOptions(corpus=corpus, out=out, validate=False))
    assert removed.removed == ["itu-c20-res191-intersectoral-coordination"]
    full = build(BuildOptions(corpus=corpus, out=tmp_path / "full", validate=False, incremental=False))
    assert full.reused == []
    assert (out / "kg.trig").read_bytes() == (tmp_path / "full" / "kg.trig").read_bytes()
    assert oct((out / "kg.trig").stat().st_mode & 0o777) != "0o600"


def test_yearly_series_restating_an_annex_row_validates(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Regression (found by the 10x benchmark): two reports of the series restate the same annex
    row with different cells; each report keeps its own participation values and the build
    validates."""
    from kg.pipeline import BuildOptions, build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = (PROJECT_ROOT / "data" / "reports" / "itu-c22-inf-2-collaboration-with-un-system.txt").read_text(encoding="utf-8")
    (corpus / "c22.txt").write_text(text, encoding="utf-8")
    (corpus / "c23.txt").write_text(text.replace("Twice per year", "Three times a year"), encoding="utf-8")
    result = build(BuildOptions(corpus=corpus, out=tmp_path / "out", publisher="ITU"))
    ds = load_graph(tmp_path / "out")
    q = """SELECT ?freq WHERE { ?p a unkg:Participation ; org:member <https://w3id.org/unkg/id/org/ITU> ;
             org:organization <https://w3id.org/unkg/id/grouping/hlcp> ; unkg:meetingFrequency ?freq }"""
    from kg.namespaces import ORG

    freqs = sorted(str(r[0]) for r in ds.query(q, initNs={"unkg": UNKG, "org": ORG}))  # type: ignore[index]
    assert freqs == ["Three times a year", "Twice per year"]
    assert result.counts["facts"] > 0


def test_two_annex_rows_naming_one_mechanism_validate(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Regression (found by the C17 stand-in): an annex lists two rows that name one registry
    mechanism (the IACG on LDCs and on SIDS are one entry); the participation gets one value per
    property, the rows' values joined, and the build validates."""
    from kg.namespaces import ORG
    from kg.pipeline import BuildOptions, build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    header = "\tName\n\tKey Activity\n\tKey ITU relevance\n\tFrequency of meetings\n\tTime spent\n\tFinancial implications\n\n"
    rows = ("\tInter-Agency Consultative Group on LDCs\n\tCoordinates support to LDCs.\n\tPP Res. 30\n\tTwice a year\n\t2 days\n\tTravel\n"
            "\tInter-Agency Consultative Group on SIDS\n\tCoordinates support to SIDS.\n\tPP Res. 30\n\tOnce a year\n\t1 day\n\tNone\n")
    (corpus / "annex.txt").write_text("Report by the Secretary-General\nITU\n" + header + rows, encoding="utf-8")
    build(BuildOptions(corpus=corpus, out=tmp_path / "out", publisher="ITU"))  # raises if the shapes are violated
    ds = load_graph(tmp_path / "out")
    q = """SELECT ?freq ?cost WHERE { ?p a unkg:Participation ; org:member <https://w3id.org/unkg/id/org/ITU> ;
             org:organization <https://w3id.org/unkg/id/grouping/iacg-ldc-sids> ; unkg:meetingFrequency ?freq ;
             unkg:financialImplications ?cost }"""
    got = [(str(r[0]), str(r[1])) for r in ds.query(q, initNs={"unkg": UNKG, "org": ORG})]  # type: ignore[index]
    assert got == [("Once a year | Twice a year", "None | Travel")]


def test_the_series_stand_ins_build_and_validate(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Every stand-in of tests/series builds into a graph that conforms to the shapes: reports the
    builder was not written against must not break the build."""
    from kg.pipeline import BuildOptions, build

    result = build(BuildOptions(corpus=PROJECT_ROOT / "tests" / "series" / "reports", out=tmp_path / "out"))
    reports = result.counts["reports"]
    assert len(reports) == len(list((PROJECT_ROOT / "tests" / "series" / "reports").glob("*.txt")))
    assert all(r["facts"] > 100 and r["participations"] > 50 for r in reports.values())
