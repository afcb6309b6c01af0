"""Tests for kg.sdgs: real sentences cut from the bundled ITU reports, then the spec forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.sdgs import SdgMention, find_sdg_mentions

REPORTS = Path(__file__).resolve().parent.parent / "data" / "reports"


def mentions(text: str) -> list[SdgMention]:
    found = find_sdg_mentions(text)
    for m in found:
        assert text[m.start : m.end] == m.as_written
    return found


def notations(text: str) -> list[tuple[str, str]]:
    return [(m.level, m.notation) for m in mentions(text)]


# --- real sentences -------------------------------------------------------------------------------


def test_custodian_indicator_list_in_parentheses() -> None:
    # itu-c22-inf-2-collaboration-with-un-system.txt, §3.1
    text = (
        "ITU is also the custodian of five SDG indicators (4.4.1, 5.b.1, 9.c.1, 17.6.2 and 17.8.1) "
        "contributing to the UNSTATS monitoring of the SDGs."
    )
    got = [(m.level, m.notation, m.as_written, m.custodian) for m in mentions(text)]
    assert got == [
        ("indicator", "4.4.1", "SDG indicators (4.4.1", True),
        ("indicator", "5.b.1", "5.b.1", True),
        ("indicator", "9.c.1", "9.c.1", True),
        ("indicator", "17.6.2", "17.6.2", True),
        ("indicator", "17.8.1", "17.8.1", True),
    ]


def test_custodian_indicators_named_after_namely() -> None:
    # the layout of other years' reports: the codes after "namely", each with its gloss
    text = ("ITU is the custodian agency of five indicators of the global indicator framework adopted by the General "
            "Assembly in resolution 71/313, namely 4.4.1 (proportion of youth and adults with ICT skills), 5.b.1 "
            "(proportion of individuals who own a mobile telephone) and 17.8.1 (proportion of individuals using the Internet).")
    got = [(m.level, m.notation, m.as_written, m.custodian) for m in mentions(text)]
    assert got == [("indicator", "4.4.1", "4.4.1", True), ("indicator", "5.b.1", "5.b.1", True), ("indicator", "17.8.1", "17.8.1", True)]


def test_target_of_goal() -> None:
    # itu-activities-report-2018-2022.txt, §3.1
    text = (
        "Almost as many (17 per cent) lack such access in LDCs and LLDCs, thereby falling short of "
        "target 9.c of SDG 9: to “significantly increase access to information and communications "
        "technology and strive to provide universal and affordable access to the Internet in least "
        "developed countries by 2020”."
    )
    assert notations(text) == [("target", "9.c"), ("goal", "9")]
    assert [m.as_written for m in mentions(text)] == ["target 9.c", "SDG 9"]


def test_goal_lists_and_names() -> None:
    # itu-activities-report-2018-2022.txt, e-waste section, Youth section and §3.5
    assert notations("These are SDGs 1, 3, 10, 11, 12 and 13.") == [
        ("goal", "1"),
        ("goal", "3"),
        ("goal", "10"),
        ("goal", "11"),
        ("goal", "12"),
        ("goal", "13"),
    ]
    text = (
        "The event focused on least developed countries (LDCs), landlocked developing countries "
        "(LLDCs) and small island developing States (SIDS), and targeted SDG 4 (Quality "
        "Education), SDG 9 (Industry, Innovation and Infrastructure), SDG11 (Sustainable Cities "
        "and Communities) and SDG 17 (Partnerships for the Goals)."
    )
    assert [m.notation for m in mentions(text)] == ["4", "9", "11", "17"]
    assert [m.as_written for m in mentions(text)][2] == "SDG11"
    text = (
        "several projects with UN partners have been developed to collaborate on the topic, such "
        "as with UNFPA for SDG3, SDG5, SDG17, and UNOSSC on scaling global south Covid-19 digital "
        "innovations."
    )
    assert [m.notation for m in mentions(text)] == ["3", "5", "17"]


def test_sdg_targets() -> None:
    # itu-c22-inf-2-collaboration-with-un-system.txt, §3.6
    text = (
        "The initiative will also support the achievement of SDG target 3.6 to halve the annual "
        "number of global deaths and injuries from road traffic accidents by 2030, and SDG target "
        "11.2 to provide access to safe, affordable, accessible and sustainable transport systems "
        "for all by 2030;"
    )
    got = [(m.level, m.notation, m.as_written) for m in mentions(text)]
    assert got == [("target", "3.6", "SDG target 3.6"), ("target", "11.2", "SDG target 11.2")]


def test_compact_notations_and_custodian_scope() -> None:
    # itu-activities-report-2018-2022.txt, Connect 2020 section (two paragraphs)
    text = (
        "1. Key Focus: SDGs where ITU has a particularly strong impact due to its initiatives and "
        "is custodian of some indicators. These are SDG 4 (Quality Education), with its Target 4b "
        "to “…expand globally the number of scholarships…”; and SDG 5 (Gender Equality), Target "
        "5.b on “…the use of enabling technology, in particular ICTs, to promote the empowerment of "
        "women”. And Indicator 5b.1 on the ownership of mobile phones, by sex.\n"
        "1. Main Key Focus: SDGs where ITU maximizes its contribution, such as SDG 9 (Industry, "
        "Innovation and Infrastructure) and SDG 17 (Partnership for the Goals). Here ITU is also "
        "custodian of related Target 9.c on “…. ICTs to provide universal and affordable access to "
        "the Internet…”; and its Indicator 9c.1 on coverage by a mobile network and by technology. "
        "As well as Target 17.8 to “….enhance the use of enabling technology, in particular "
        "information and communications technology”; and its Indicator 17.8.1 about individuals "
        "using the Internet."
    )
    got = [(m.level, m.notation, m.custodian) for m in mentions(text)]
    assert got == [
        ("goal", "4", False),
        ("target", "4.b", False),
        ("goal", "5", False),
        ("target", "5.b", False),
        ("indicator", "5.b.1", False),
        ("goal", "9", False),
        ("goal", "17", False),
        ("target", "9.c", True),
        ("indicator", "9.c.1", True),
        ("target", "17.8", True),
        ("indicator", "17.8.1", True),
    ]
    assert [m.as_written for m in mentions(text)][1] == "Target 4b"


def test_goals_need_sdg_context_in_the_paragraph() -> None:
    # itu-c23-collaboration-with-un-system.txt, §6.5
    text = (
        "6.5\tThe 2023 session of the High-Level Political Forum on Sustainable Development in July "
        "is expected to support the mid-term review of the implementation of the SDGs and the "
        "preparations for the 2023 SDG Summit. It will also perform an in-depth review of Goal 6, on "
        "clean water and sanitation, Goal 7, on affordable and clean energy, Goal 9, on industry, "
        "innovation and infrastructure, Goal 11, on sustainable cities and communities, and Goal "
        "17, on partnerships for the goals."
    )
    assert [m.notation for m in mentions(text)] == ["6", "7", "9", "11", "17"]
    # The same sentence without the paragraph's SDG words names no SDG.
    assert mentions(text.split("Summit. ")[1]) == []


# --- negatives from the reports -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # itu-c22-inf-2-collaboration-with-un-system.txt, §3.1: the count, not goal 17
        "3.1 \tAs the UN specialized agency for ICTs, ITU is actively promoting their key role in "
        "achieving the United Nations' 2030 Agenda for Sustainable Development and its 17 SDGs.",
        # itu-activities-report-2018-2022.txt, Connect 2020 table: ITU strategic targets
        "\tTarget 1.1: 65% of households worldwide with access to the Internet",
        " Targets 1.3, 2.5, and 2.6",
        " \tR.2b: See also results for strategic targets 1.3, 2.5 and 2.6 in Section 3.1",
        # itu-c22-inf-2-collaboration-with-un-system.txt, Annex table: ITU strategic goals
        "ITU Strategic Goal Nr 2 Inclusiveness target 2.9”Enabling environments ensuring "
        "accessible telecommunication/ICT for persons with disabilities should be established in "
        "all countries by 2023”",
        "Strategic plan for the Union for 2020-2023 - Goal 2 – Inclusiveness: Bridge the digital "
        "divide and provide broadband access for all",
        "\tITU strategic plan for 2020-2023 – Goal 3 on sustainability (e-waste)",
        # itu-activities-report-2018-2022.txt: section numbers and dates
        "1.1.1\tWRC-19 and RA-19",
        "4.4.1 Regional Initiatives, 17.6.2021 and 6.2 GHz",
        # itu-activities-report-2018-2022.txt, §3.5: an SDG paragraph without an SDG notation
        "ITU is custodian of three gender-related SDG Indicators: the proportion of individuals "
        "who (1) own a mobile phone; (2) use the Internet; and (3) have ICT skills.",
    ],
)
def test_not_sdg_mentions(text: str) -> None:
    assert mentions(text) == []


# --- spec forms not found in the bundled reports ---------------------------------------------------


def test_spec_forms() -> None:
    text = (
        "SDG 9, SDGs 3 and 4, SDGs 1, 2 and 5, Sustainable Development Goal 9, targets 9.c and "
        "17.6, indicator 4.4.1, SDG indicator 9.c.1 and Goals 6, 7, 9 of the SDGs."
    )
    assert notations(text) == [
        ("goal", "9"),
        ("goal", "3"),
        ("goal", "4"),
        ("goal", "1"),
        ("goal", "2"),
        ("goal", "5"),
        ("goal", "9"),
        ("target", "9.c"),
        ("target", "17.6"),
        ("indicator", "4.4.1"),
        ("indicator", "9.c.1"),
        ("goal", "6"),
        ("goal", "7"),
        ("goal", "9"),
    ]
    assert notations("indicators (4.4.1, 5.b.1 and 17.8.1)") == [
        ("indicator", "4.4.1"),
        ("indicator", "5.b.1"),
        ("indicator", "17.8.1"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "SDG 18",
        "SDG 0",
        "target 18.1",
        "target 9.0",
        "SDG indicator 9.c.0",
        "Goals 1-17 of the SDGs",
    ],
)
def test_out_of_range(text: str) -> None:
    assert mentions(text) == []


# --- the whole corpus -----------------------------------------------------------------------------

# Lower bounds from grep (`SDGs? ?[0-9]|[Tt]arget [0-9]+\.[a-z]|[Ii]ndicators? \(?[0-9]`): heads
# only, so list items come on top.
CORPUS_LOWER_BOUNDS = {
    "itu-activities-report-2018-2022.txt": 19,
    "itu-c20-res191-intersectoral-coordination.txt": 0,
    "itu-c22-inf-2-collaboration-with-un-system.txt": 5,
    "itu-c23-collaboration-with-un-system.txt": 0,
}


def test_whole_corpus_offsets_and_counts() -> None:
    texts = {name: (REPORTS / name).read_text(encoding="utf-8") for name in CORPUS_LOWER_BOUNDS}
    found = {name: find_sdg_mentions(text) for name, text in texts.items()}
    for name, items in found.items():
        text = texts[name]
        for m in items:
            assert text[m.start : m.end] == m.as_written
        assert len(items) >= CORPUS_LOWER_BOUNDS[name], name
    everything = [m for items in found.values() for m in items]
    # No ITU Connect 2020 target (Target 1.1 ... 5.1, numbered like SDG targets) is taken.
    activities = found["itu-activities-report-2018-2022.txt"]
    assert {m.notation for m in activities if m.level == "target"} == {"9.c", "4.b", "5.b", "17.8"}
    assert sorted({m.notation for m in everything if m.custodian}) == [
        "17.6.2",
        "17.8",
        "17.8.1",
        "4.4.1",
        "5.b.1",
        "9.c",
        "9.c.1",
    ]


def test_custodian_list_with_a_gloss_after_each_code() -> None:
    # the style of the series: each indicator code followed by what it measures
    t = ("ITU acts as the custodian agency for the SDG indicators 4.4.1 (ICT skills), 5.b.1 (mobile phone ownership, "
         "by sex), 9.c.1 (mobile network coverage), 17.6.1 (fixed broadband subscriptions) and 17.8.1 (Internet use).")
    assert [(m.notation, m.custodian) for m in find_sdg_mentions(t)] == [
        ("4.4.1", True), ("5.b.1", True), ("9.c.1", True), ("17.6.1", True), ("17.8.1", True)]
