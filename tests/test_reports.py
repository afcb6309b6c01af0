"""Stage 1: structure of real reports — sections, numbered paragraphs, bullets, sectors, tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.corpus import read_corpus
from kg.model import Report, ReportMeta
from kg.reports import mask, parse_report, sentences

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def reports() -> dict[str, Report]:
    return {r.meta.id: r for r in read_corpus(ROOT / "data" / "reports")}


def test_offsets_are_into_the_original_text(reports: dict[str, Report]) -> None:
    for r in reports.values():
        for u in parse_report(r):
            assert 0 <= u.start < u.end <= len(r.text)
            assert r.text[u.start : u.end].strip() != ""


def test_c22_sections_paragraphs_sectors_and_bullets(reports: dict[str, Report]) -> None:
    units = parse_report(reports["itu-c22-inf-2-collaboration-with-un-system"])
    locs = [u.locator for u in units]
    assert "C22/INF/2 §6.5" in locs
    assert "C22/INF/2 §7.1 TSB bullet 4" in locs
    p65 = next(u for u in units if u.locator == "C22/INF/2 §6.5")
    assert p65.kind == "paragraph" and p65.sections == ("6", "6.5")
    tsb4 = next(u for u in units if u.locator == "C22/INF/2 §7.1 TSB bullet 4")
    assert tsb4.sector == "TSB" and tsb4.kind == "bullet"


def test_c22_annex_table_rows_with_columns(reports: dict[str, Report]) -> None:
    r = reports["itu-c22-inf-2-collaboration-with-un-system"]
    rows = [u for u in parse_report(r) if u.kind == "row"]
    assert len(rows) >= 50
    ungis = next(u for u in rows if "UNGIS" in u.locator)
    assert ungis.locator.endswith('row "United Nations Group Information Society (UNGIS)"')
    assert [c.column for c in ungis.cells][:3] == ["Name", "Key Activity", "Key ITU relevance / Specific benefit brought to ITU"]
    rel = ungis.cells[2]
    assert "140" in r.text[rel.start : rel.end]  # the mandate cited in the relevance cell
    energy = next(u for u in rows if u.locator.endswith('row "UN Energy"'))
    assert r.text[energy.cells[-1].start : energy.cells[-1].end].strip() == "Mo additional cost"


def test_numbered_list_after_last_section_is_not_a_section(reports: dict[str, Report]) -> None:
    units = parse_report(reports["itu-c22-inf-2-collaboration-with-un-system"])
    top = [u.locator for u in units if u.kind == "heading" and u.locator.count("§") and "." not in u.locator.split("§")[1]]
    assert top == [f"C22/INF/2 §{n}" for n in range(1, 10)]


def test_activities_annex_entries_are_resolutions(reports: dict[str, Report]) -> None:
    units = parse_report(reports["itu-activities-report-2018-2022"])
    entries = [u.locator for u in units if u.kind == "heading" and ", Resolution " in u.locator and "“" not in u.locator]
    assert "itu-activities-report-2018-2022 Annex 1, Resolution 21" in entries
    assert "itu-activities-report-2018-2022 Annex 1, Resolution 213" in entries
    inside = [u for u in units if u.locator.startswith("itu-activities-report-2018-2022 Annex 1, Resolution 21 ")]
    assert inside and all(u.entry is not None for u in inside)


def test_annex_entries_written_with_the_word_resolution_and_a_dash() -> None:
    # the layout of other years' activities reports: "Resolution 25 (Rev. Busan, 2014) – Title"
    text = ("Annex 1\tImplementation of Plenipotentiary Conference resolutions (Busan, 2014)\n\n"
            "\tResolution 25 (Rev. Busan, 2014) – Strengthening the regional presence\n"
            "The regional offices delivered the regional initiatives.\n\n"
            "\tResolution 70 (Rev. Busan, 2014) – Mainstreaming a gender perspective in ITU\n"
            "The resolution is implemented through EQUALS.\n")
    units = parse_report(Report(ReportMeta("r", "r.txt", "R"), text, "h"))
    assert [u.locator for u in units if u.kind == "heading" and ", Resolution " in u.locator] == [
        "r Annex 1, Resolution 25", "r Annex 1, Resolution 70"]
    assert all(u.entry is not None for u in units if u.kind == "paragraph" and "Resolution" in u.locator)


def test_mask_keeps_offsets() -> None:
    t = "[bookmark: _Toc1]1.1\tWorld Conferences"
    m = mask(t)
    assert len(m) == len(t) and m.strip().startswith("1.1")


def test_sentences_respect_abbreviations() -> None:
    t = "ITU chairs UNGIS (see PP Res. 140 (Rev. Dubai, 2018)). It also co-chairs the IAWG on AI, e.g. with UNESCO. Done."
    got = [t[s:e] for s, e in sentences(t, 0, len(t))]
    assert got == [
        "ITU chairs UNGIS (see PP Res. 140 (Rev. Dubai, 2018)).",
        "It also co-chairs the IAWG on AI, e.g. with UNESCO.",
        "Done.",
    ]
