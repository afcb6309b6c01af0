"""Stage 4: duplicate facts merge with all their evidence; groupings named differently merge;
curation decisions (reject, add, same, split) are applied and recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.assemble import assemble, load_curation
from kg.errors import InputError
from kg.extract import ReportExtraction
from kg.model import Evidence, Node, Statement


def ev(report: str, start: int, quote: str = "q") -> Evidence:
    return Evidence(report, f"{report} §1", quote, start, start + len(quote), "active-cue@1")


def extraction(report: str, statements: list[Statement], nodes: list[Node]) -> ReportExtraction:
    return ReportExtraction(report, statements, {n.key: n for n in nodes})


UNGIS_FULL = Node("grouping:united-nations-group-on-the-information-society", "United Nations Group on the Information Society", "Grouping", "working-group", acronym="UNGIS", discovered=True)
UNGIS_ACR = Node("grouping:ungis-2", "UNGIS", "Grouping", "working-group", discovered=True)


def test_same_fact_in_two_reports_keeps_both_evidence() -> None:
    a = extraction("r1", [Statement("org:ITU", "chairs", "grouping:ungis", ev("r1", 10), role="chair")], [])
    b = extraction("r2", [Statement("org:ITU", "chairs", "grouping:ungis", ev("r2", 99), role="chair")], [])
    asm = assemble([a, b])
    [fact] = asm.facts.values()
    assert fact.reports == ("r1", "r2") and len(fact.evidence) == 2
    assert fact.confidence > max(e.confidence for e in fact.evidence)


def test_acronym_and_full_name_merge_across_reports() -> None:
    a = extraction("r1", [Statement("org:ITU", "chairs", UNGIS_FULL.key, ev("r1", 1), role="chair")], [UNGIS_FULL])
    b = extraction("r2", [Statement("org:UNESCO", "memberOf", UNGIS_ACR.key, ev("r2", 5), role="member")], [UNGIS_ACR])
    asm = assemble([a, b])
    keys = {f.object for f in asm.facts.values()}
    assert keys == {UNGIS_FULL.key}
    assert asm.merged == {UNGIS_ACR.key: UNGIS_FULL.key}
    assert "UNGIS" in (asm.nodes[UNGIS_FULL.key].acronym or "")


def test_a_name_with_its_owner_joins_the_bare_name_but_two_owners_stay_apart() -> None:
    # Activities report 2018-2022 §1.11: "ITU Kaleidoscope events" and "the 2019 edition of Kaleidoscope"
    itu = Node("org:ITU", "International Telecommunication Union", "Organization", "specialized-agency", acronym="ITU")
    unu = Node("org:UNU", "United Nations University", "Organization", "other-un-entity", acronym="UNU")
    owned = Node("grouping:itu-kaleidoscope", "ITU Kaleidoscope", "Grouping", "event", discovered=True)
    bare = Node("grouping:kaleidoscope", "Kaleidoscope", "Grouping", "event", discovered=True)
    other = Node("grouping:unu-kaleidoscope", "UNU Kaleidoscope", "Grouping", "event", discovered=True)
    sig = Node("grouping:erp-sig", "ERP Special Interest Group", "Grouping", "working-group")
    generic = Node("grouping:special-interest-group", "Special Interest Group", "Grouping", "working-group", discovered=True)
    a = extraction("r1", [Statement("org:ITU", "leads", owned.key, ev("r1", 1), role="lead")], [itu, owned, sig])
    b = extraction("r2", [Statement("org:Georgia-Tech", "hosts", bare.key, ev("r2", 5), role="host")], [bare, unu, generic])
    asm = assemble([a, b])
    assert asm.merged[bare.key] == owned.key
    assert {(f.subject, f.object) for f in asm.facts.values()} == {("org:ITU", owned.key), ("org:Georgia-Tech", owned.key)}
    assert generic.key not in asm.merged  # "ERP" names no organization
    b = extraction("r2", [], [bare, unu, other])
    asm = assemble([a, b])
    assert not asm.merged  # two owners name a "Kaleidoscope": the bare name is ambiguous


def test_curation_reject_add_split(tmp_path: Path) -> None:
    st = Statement("org:ITU", "chairs", UNGIS_FULL.key, ev("r1", 1), role="chair")
    cur_file = tmp_path / "curation.yaml"
    cur_file.write_text(
        f"""
reject:
  - {{fact: {st.fact_key}, by: "A. Analyst", reason: "ITU only attended"}}
add:
  - {{subject: "org:FAO", predicate: partnersWith, object: "org:ITU", report: r1, locator: "r1 §2",
      quote: "ITU collaborates with FAO.", by: "A. Analyst", reason: "missed by the extractor"}}
split:
  - {{a: "{UNGIS_FULL.key}", b: "{UNGIS_ACR.key}", by: "B. Curator", reason: "two different groups"}}
""",
        encoding="utf-8",
    )
    cur = load_curation(cur_file)
    a = extraction("r1", [st], [UNGIS_FULL])
    b = extraction("r2", [Statement("org:UNESCO", "memberOf", UNGIS_ACR.key, ev("r2", 5), role="member")], [UNGIS_ACR])
    asm = assemble([a, b], cur)
    assert st.fact_key in asm.rejected and st.fact_key not in asm.facts
    added = [f for f in asm.facts.values() if f.predicate == "partnersWith"]
    assert added and added[0].curated == (("A. Analyst", "missed by the extractor"),)
    assert UNGIS_ACR.key in asm.nodes  # the split kept both nodes


def test_curation_errors_name_the_file(tmp_path: Path) -> None:
    p = tmp_path / "curation.yaml"
    p.write_text("add:\n  - {subject: 'org:ITU', predicate: owns, object: 'org:FAO', report: r, locator: l, quote: q, by: me, reason: x}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"curation.yaml: add entry 1: unknown predicate 'owns'"):
        load_curation(p)
    p.write_text("reject:\n  - {fact: abc}\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"reject entry 1 needs 'by'"):
        load_curation(p)
    assert load_curation(tmp_path / "none.yaml").reject == {}


def test_latin_plurals_name_the_same_grouping() -> None:
    # C22/INF/2 §7.1 TSB bullet 2: "the organization of FIGI symposia. The third FIGI Symposium was held ..."
    plural = Node("grouping:figi-symposia", "FIGI symposia", "Grouping", "event", discovered=True)
    singular = Node("grouping:figi-symposium", "FIGI Symposium", "Grouping", "event", discovered=True)
    asm = assemble([extraction("r1", [Statement("org:ITU", "leads", plural.key, ev("r1", 1), role="lead")], [plural, singular])])
    assert asm.merged == {plural.key: singular.key} or asm.merged == {singular.key: plural.key}
