"""Tests for kg.citations: real sentences cut from the bundled ITU reports, then the spec forms."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.citations import Citation, find_citations

REPORTS = Path(__file__).resolve().parent.parent / "data" / "reports"


@dataclass(frozen=True)
class Conference:
    id: str
    body: str
    place: str
    year: int


@dataclass(frozen=True)
class Conferences:
    """A real, tiny conference registry (no stub behaviour: it filters a list)."""

    items: tuple[Conference, ...]

    def conference_candidates(
        self, place: str, year: int, body: str | None = None
    ) -> list[Conference]:
        return [
            c
            for c in self.items
            if c.place == place and c.year == year and (body is None or c.body == body)
        ]


CONFERENCES = Conferences(
    (
        Conference("PP-18", "ITU-PP", "Dubai", 2018),
        Conference("PP-14", "ITU-PP", "Busan", 2014),
        Conference("PP-22", "ITU-PP", "Bucharest", 2022),
        Conference("PP-10", "ITU-PP", "Guadalajara", 2010),
        Conference("WTDC-17", "ITU-WTDC", "Buenos Aires", 2017),
        Conference("WTSA-16", "ITU-WTSA", "Hammamet", 2016),
        Conference("RA-19", "ITU-RA", "Sharm el-Sheikh", 2019),
        Conference("WRC-19", "ITU-WRC", "Sharm el-Sheikh", 2019),
        Conference("WTDC-14", "ITU-WTDC", "Dubai", 2014),
        Conference("WTSA-12", "ITU-WTSA", "Dubai", 2012),
        Conference("WCIT-12", "ITU-WCIT", "Dubai", 2012),
    )
)


def cite(text: str, default_body: str | None = "ITU-PP") -> list[Citation]:
    citations = find_citations(text, CONFERENCES, default_body)
    for c in citations:
        assert text[c.start : c.end] == c.as_written
    return citations


def keys(text: str, default_body: str | None = "ITU-PP") -> list[str]:
    return [c.key for c in cite(text, default_body)]


# --- real sentences -------------------------------------------------------------------------------


def test_wrc_form_and_council_revision() -> None:
    # itu-activities-report-2018-2022.txt, §1.1.1
    text = (
        "Further to Resolution 809 (WRC-15), and following Council Resolution 1380 (C16, amended "
        "C17), the World Radiocommunication Conference 2019 (WRC-19), Sharm el-Sheikh, Egypt, from "
        "28 October to 22 November 2019, drew 3\xa0420 participants representing 163 Member States "
        "and 129 observer organizations."
    )
    wrc, council = cite(text)
    assert (wrc.key, wrc.body, wrc.revision, wrc.label, wrc.as_written) == (
        "itu-wrc-res-809",
        "ITU-WRC",
        "WRC-15",
        "WRC Resolution 809",
        "Resolution 809 (WRC-15)",
    )
    assert (council.key, council.body, council.revision, council.label) == (
        "itu-council-res-1380",
        "ITU-Council",
        "C16, amended C17",
        "Council Resolution 1380",
    )


def test_conference_as_subject_names_the_body() -> None:
    # itu-activities-report-2018-2022.txt, §1.1.1
    text = (
        "WRC-19 updated Resolution 750 to specify limits of unwanted emission power levels from IMT "
        "systems in the 24.25-27.5 GHz band."
    )
    (c,) = cite(text)
    assert (c.key, c.revision) == ("itu-wrc-res-750", None)


def test_lists_share_revisions_backwards_and_keep_their_own() -> None:
    # itu-activities-report-2018-2022.txt, cybersecurity section
    text = (
        "These activities are built on: Plenipotentiary Resolutions 71, 130, 140, 174, 179 "
        "(Rev. Dubai, 2018), 181\xa0(Guadalajara, 2010); ITRs (Rev. Dubai, 2012); Council Resolution "
        "1306; WTDC Resolutions 45 (Rev.\xa0Dubai, 2014), 2, 67, 69 (Rev.\xa0Buenos Aires, 2017); "
        "ITU-D Objective 2/Outcome 2.2 (Buenos Aires Action Plan); WTSA Resolutions 50, 52, 75 "
        "(Rev. Hammamet, 2016), 58 (Rev. Dubai, 2012) and ITU’s role as facilitator for WSIS "
        "Action Line C5."
    )
    got = [(c.key, c.revision) for c in cite(text)]
    assert got == [
        ("itu-pp-res-71", "Dubai, 2018"),
        ("itu-pp-res-130", "Dubai, 2018"),
        ("itu-pp-res-140", "Dubai, 2018"),
        ("itu-pp-res-174", "Dubai, 2018"),
        ("itu-pp-res-179", "Dubai, 2018"),
        ("itu-pp-res-181", "Guadalajara, 2010"),
        ("itu-council-res-1306", None),
        ("itu-wtdc-res-45", "Dubai, 2014"),
        ("itu-wtdc-res-2", "Buenos Aires, 2017"),
        ("itu-wtdc-res-67", "Buenos Aires, 2017"),
        ("itu-wtdc-res-69", "Buenos Aires, 2017"),
        ("itu-wtsa-res-50", "Hammamet, 2016"),
        ("itu-wtsa-res-52", "Hammamet, 2016"),
        ("itu-wtsa-res-75", "Hammamet, 2016"),
        ("itu-wtsa-res-58", "Dubai, 2012"),
    ]
    spans = [c.as_written for c in cite(text)]
    assert spans[:2] == ["Plenipotentiary Resolutions 71", "130"]
    assert spans[7] == "WTDC Resolutions 45 (Rev.\xa0Dubai, 2014)"


def test_itu_r_resolutions_with_quoted_titles() -> None:
    # itu-activities-report-2018-2022.txt, §1.1.2 RA-19
    text = (
        "Resolution ITU-R 70 ‘Principles for the future development of broadcasting’ was approved, "
        "as was Resolution ITU-R 71 ‘Role of the Radiocommunication Sector in the ongoing "
        "development of television, sound and multimedia broadcasting’.\n"
        "The Assembly suppressed three ITU-R Resolutions: Resolutions ITU-R 34 ‘Guidelines for the "
        "preparation of terms and definitions’; ITU-R 35 ‘The organization of vocabulary work "
        "covering terms’; and ITU-R 43 – ‘Rights of associates’."
    )
    got = [(c.key, c.body, c.label, c.title) for c in cite(text)]
    assert got == [
        (
            "itu-ra-res-70",
            "ITU-RA",
            "Resolution ITU-R 70",
            "Principles for the future development of broadcasting",
        ),
        (
            "itu-ra-res-71",
            "ITU-RA",
            "Resolution ITU-R 71",
            "Role of the Radiocommunication Sector in the ongoing development of television, "
            "sound and multimedia broadcasting",
        ),
        (
            "itu-ra-res-34",
            "ITU-RA",
            "Resolution ITU-R 34",
            "Guidelines for the preparation of terms and definitions",
        ),
        (
            "itu-ra-res-35",
            "ITU-RA",
            "Resolution ITU-R 35",
            "The organization of vocabulary work covering terms",
        ),
        ("itu-ra-res-43", "ITU-RA", "Resolution ITU-R 43", "Rights of associates"),
    ]


def test_itu_r_version_suffix() -> None:
    # itu-activities-report-2018-2022.txt, Annex 1 (PP Resolution 208)
    text = (
        "the possibility of transferring relevant part of Resolution ITU-R 15-6 (Appointment and "
        "maximum term of office for Chairmen) to Resolution ITU-R 1-8."
    )
    got = [(c.key, c.number, c.revision) for c in cite(text)]
    assert got == [("itu-ra-res-15", "15", "Rev. 6"), ("itu-ra-res-1", "1", "Rev. 8")]


def test_revision_place_resolves_body_through_conferences() -> None:
    # itu-activities-report-2018-2022.txt, §1.2 WTSA-20
    text = (
        "WTSA-20 invited TSAG, with the support and contributions from its members, to take "
        "necessary measures to review Resolution 11 (Rev. Hammamet, 2016) and its implementation."
    )
    (c,) = cite(text)
    assert (c.key, c.body, c.revision, c.label) == (
        "itu-wtsa-res-11",
        "ITU-WTSA",
        "Hammamet, 2016",
        "WTSA Resolution 11",
    )


def test_without_conferences_the_default_body_is_used() -> None:
    text = "review Resolution 11 (Rev. Hammamet, 2016) and its implementation"
    assert [c.key for c in find_citations(text, None, "ITU-PP")] == ["itu-pp-res-11"]
    assert find_citations(text) == []


def test_body_named_after_and_on_title() -> None:
    # itu-activities-report-2018-2022.txt, SMEs; itu-c20-res191-intersectoral-coordination.txt
    text = (
        "As per Resolution 209 (Dubai, 2018) of the Plenipotentiary Conference, with the support "
        "of Member States, ITU has encouraged qualified SMEs to join as Associates."
    )
    (c,) = cite(text, default_body=None)
    assert (c.key, c.revision, c.as_written, c.title) == (
        "itu-pp-res-209",
        "Dubai, 2018",
        "Resolution 209 (Dubai, 2018)",
        None,
    )
    text = (
        "The secretariat started by looking at Resolution\xa0182 (Rev. Busan, 2014) of the "
        "Plenipotentiary Conference, on the role of telecommunications/information and "
        "communication technologies in regard to climate change and the protection of the "
        "environment."
    )
    (c,) = cite(text, default_body=None)
    assert (c.key, c.revision) == ("itu-pp-res-182", "Busan, 2014")
    assert c.title == (
        "the role of telecommunications/information and communication technologies in regard to "
        "climate change and the protection of the environment"
    )


def test_quoted_title_after_on() -> None:
    # itu-c20-res191-intersectoral-coordination.txt, §1.1
    text = (
        "1.1. Following the revision of Resolution 191 (Rev. Dubai, 2018) on the “Strategy for "
        "the coordination of efforts among the three Sectors of the Union” by PP-18"
    )
    (c,) = cite(text)
    assert (c.key, c.title) == (
        "itu-pp-res-191",
        "Strategy for the coordination of efforts among the three Sectors of the Union",
    )


def test_council_numbering_and_modified_revision() -> None:
    # itu-activities-report-2018-2022.txt, WSIS section and regional presence section
    text = (
        "As per Resolution 1332 (Modified 2019), ITU membership resolved to use the WSIS framework."
        "\nDecision 616 mandated the Secretary-General to conduct a review of the regional presence."
    )
    got = [(c.key, c.revision, c.label) for c in cite(text)]
    assert got == [
        ("itu-council-res-1332", "Modified 2019", "Council Resolution 1332"),
        ("itu-council-dec-616", None, "Council Decision 616"),
    ]


def test_annex_rows_and_decision_with_title() -> None:
    # itu-activities-report-2018-2022.txt, Annex 1
    text = (
        "\t[bookmark: Resolution_197]197 (Rev. Dubai, 2018) Facilitating the Internet of Things and "
        "smart sustainable cities and communities\n"
        "\t177 (Rev. Dubai, 2018) Conformance and interoperability [also WTSA Res. 76 and WTDC "
        "Res. 47]\n"
        "\tDecision 5 (Rev. Dubai, 2018) Revenue and expenses for the Union for the period "
        "2020-2023\n"
    )
    got = [(c.key, c.as_written, c.title) for c in cite(text)]
    assert got == [
        (
            "itu-pp-res-197",
            "197 (Rev. Dubai, 2018)",
            "Facilitating the Internet of Things and smart sustainable cities and communities",
        ),
        ("itu-pp-res-177", "177 (Rev. Dubai, 2018)", "Conformance and interoperability"),
        ("itu-wtsa-res-76", "WTSA Res. 76", None),
        ("itu-wtdc-res-47", "WTDC Res. 47", None),
        (
            "itu-pp-dec-5",
            "Decision 5 (Rev. Dubai, 2018)",
            "Revenue and expenses for the Union for the period 2020-2023",
        ),
    ]


def test_table_cells_of_the_council_report() -> None:
    # itu-c22-inf-2-collaboration-with-un-system.txt, Annex table
    text = (
        "\tWTDC RESOLUTION 58 (Rev. Buenos Aires, 2017) & PP Res. 175 (Rev. Dubai (2018) on "
        "Telecommunication/information and communication technology accessibility for persons "
        "with disabilities and persons with specific needs\n"
        "PP RESOLUTION  184  (Guadalajara, 2010) - Facilitating digital inclusion initiatives for "
        "indigenous peoples\n"
        "PP Dec. 5 (Rev. Dubai 2018) \n"
        "\tPP Rec. 7 (Dubai, 2018)\n"
    )
    got = [(c.key, c.revision, c.title) for c in cite(text, default_body=None)]
    assert got == [
        ("itu-wtdc-res-58", "Buenos Aires, 2017", None),
        (
            "itu-pp-res-175",
            "Dubai, 2018",
            "Telecommunication/information and communication technology accessibility for "
            "persons with disabilities and persons with specific needs",
        ),
        (
            "itu-pp-res-184",
            "Guadalajara, 2010",
            "Facilitating digital inclusion initiatives for indigenous peoples",
        ),
        ("itu-pp-dec-5", "Dubai, 2018", None),
        ("itu-pp-rec-7", "Dubai, 2018", None),
    ]
    assert cite(text)[0].as_written == "WTDC RESOLUTION 58 (Rev. Buenos Aires, 2017)"
    assert cite(text)[3].label == "PP Decision 5"
    assert cite(text)[4].kind == "recommendation"


def test_provisional_numbers_of_a_new_conference() -> None:
    # itu-activities-report-2018-2022.txt, WTDC-22 outcomes
    text = "•\tRESOLUTION PLEN/2 (Kigali, 2022): The ITU Partner2Connect Digital Coalition. This"
    kigali = Conferences((Conference("WTDC-22", "ITU-WTDC", "Kigali", 2022),))
    (c,) = find_citations(text, kigali, "ITU-PP")
    assert (c.key, c.number, c.label, c.title) == (
        "itu-wtdc-res-plen-2",
        "PLEN/2",
        "WTDC Resolution PLEN/2",
        "The ITU Partner2Connect Digital Coalition",
    )
    # Unknown conference: a provisional number is never given the default body.
    assert find_citations(text, CONFERENCES, "ITU-PP") == []


def test_un_resolutions() -> None:
    # itu-c23-collaboration-with-un-system.txt, §2.1, §2.2, §5.1
    text = (
        "In response to UNGA Resolution 75/1, on the declaration on the commemoration of the 75th "
        "anniversary of the United Nations, the OCA report includes proposals.\n"
        "2.2\tAccording to UNGA Resolution 76/307, on modalities for the Summit of the Future, the "
        "summit is scheduled to take place in September 2024.\n"
        "5.1\tIn July 2021, the United Nations Human Rights Council in Resolution 47/23 mandated "
        "the Office of the High Commissioner for Human Rights (OHCHR)"
    )
    got = [(c.key, c.body, c.number, c.label, c.title) for c in cite(text)]
    assert got == [
        (
            "unga-res-75-1",
            "UNGA",
            "75/1",
            "UNGA Resolution 75/1",
            "the declaration on the commemoration of the 75th anniversary of the United Nations",
        ),
        (
            "unga-res-76-307",
            "UNGA",
            "76/307",
            "UNGA Resolution 76/307",
            "modalities for the Summit of the Future",
        ),
        ("hrc-res-47-23", "HRC", "47/23", "Human Rights Council Resolution 47/23", None),
    ]


def test_un_symbols() -> None:
    # itu-c22-inf-2-collaboration-with-un-system.txt, §6.2, §7, §8.1, §8.3 and the Annex table
    text = (
        "The landmark General Assembly resolution agreed by all 193 United Nations Member States on "
        "31 May 2018 (A/RES/72/279) provides the mandates.\n"
        "in line with the UN General Assembly Resolution (UN A/RES/74/299) on improving global road "
        "safety, which highlights the role\n"
        "the UN Secretary-General’s Roadmap for Digital Cooperation (A/74/821), which includes\n"
        "the UN Secretary-General’s Report on “Our Common Agenda” (A/75/982).\n"
        "United Nations Disability Inclusion Strategy (CEB/2019/1/Add.6)\n"
    )
    got = [(c.key, c.body, c.kind, c.number, c.label, c.title) for c in cite(text)]
    assert got == [
        ("unga-res-72-279", "UNGA", "resolution", "72/279", "UNGA Resolution 72/279", None),
        (
            "unga-res-74-299",
            "UNGA",
            "resolution",
            "74/299",
            "UNGA Resolution 74/299",
            "improving global road safety",
        ),
        (
            "undoc-a-74-821",
            "",
            "document",
            "A/74/821",
            "A/74/821",
            "UN Secretary-General’s Roadmap for Digital Cooperation",
        ),
        ("undoc-a-75-982", "", "document", "A/75/982", "A/75/982", "Our Common Agenda"),
        (
            "undoc-ceb-2019-1-add-6",
            "",
            "document",
            "CEB/2019/1/Add.6",
            "CEB/2019/1/Add.6",
            "United Nations Disability Inclusion Strategy",
        ),
    ]
    assert cite(text)[1].as_written == "A/RES/74/299"


def test_pp_revision_with_section_sign_after_body() -> None:
    # itu-c23-collaboration-with-un-system.txt, cover page
    text = (
        "Resolution 71 (Rev. Bucharest, 2022) of the Plenipotentiary Conference, including Annex 2 "
        "thereto and in particular §\xa072 of the strategic plan and §§ 1-6 of Annex 2."
    )
    assert [(c.key, c.revision) for c in cite(text)] == [("itu-pp-res-71", "Bucharest, 2022")]


# --- negatives from the reports -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # itu-activities-report-2018-2022.txt: a standard, not a mandate
        "· ITU continues to promote the Common Alerting Protocol (CAP), organizing regional and "
        "national workshops on the topic – see ITU-T Recommendation X.1303.",
        "In March 2019, ITU approved Recommendation ITU-T Q.5050 “Framework for solution to combat "
        "counterfeit ICT devices”, which contains a reference framework and requirements.",
        # itu-activities-report-2018-2022.txt: the Roadmap's recommendations
        "ITU was selected to champion Recommendation 1A (global connectivity) – together with "
        "UNICEF and Uganda – and for Recommendation 2 (digital public goods)",
        # itu-c22-inf-2-collaboration-with-un-system.txt: a month
        "Conference COP26 (Nov. 2021); Internet Governance Forum (Dec. 2021); among others.",
        # itu-c23-collaboration-with-un-system.txt: ITU Council documents
        "Documents C08/INF/8, C11/INF/6, C12/INF/1(Rev.1), C13/INF/10, C14/INF/7, C15/INF/4, "
        "C16/57, and C17/INF/10, C18/INF/4, C19/INF/8, C20/INF/3; C21/INF/2; C22/INF/2; C23/INF/9",
        "see Doc. C20/35 and C22/INF/2",
        # itu-activities-report-2018-2022.txt: the common noun, a draft, a section number
        "requested ITU-T Study Group 2 to conduct further research on a draft Resolution on "
        "Hexadecimal numbering for MSISDN and IMSI.",
        "Proposed Resolution [IAP-3], Use of in-person and virtual options on an equal footing",
        "1.1.1\tWRC-19 and RA-19 on 28 October 2019",
        # itu-c22-inf-2-collaboration-with-un-system.txt: a garbled number
        "\tRESOLUTION 1225405 UN Resolution \n(2012) - Indigenous women",
    ],
)
def test_not_citations(text: str) -> None:
    assert cite(text) == []


# --- spec forms not found in the bundled reports ---------------------------------------------------


def test_spec_forms() -> None:
    text = (
        "PP-18 Resolution 71; Resolutions 70, 71 and 77 (Rev. Dubai, 2018); WTSA Resolution 55; "
        "Resolution 55 (Rev. Hammamet, 2016) of WTSA; resolution 70/125 of the General Assembly; "
        "ECOSOC Resolution 2021/28; E/CN.3/2020/2; Council Decision 588; PP Dec. 5; WTDC "
        "RESOLUTION 58 (Rev. Buenos Aires, 2017)."
    )
    got = [(c.key, c.revision) for c in cite(text)]
    assert got == [
        ("itu-pp-res-71", "PP-18"),
        ("itu-pp-res-70", "Dubai, 2018"),
        ("itu-pp-res-71", "Dubai, 2018"),
        ("itu-pp-res-77", "Dubai, 2018"),
        ("itu-wtsa-res-55", None),
        ("itu-wtsa-res-55", "Hammamet, 2016"),
        ("unga-res-70-125", None),
        ("ecosoc-res-2021-28", None),
        ("undoc-e-cn-3-2020-2", None),
        ("itu-council-dec-588", None),
        ("itu-pp-dec-5", None),
        ("itu-wtdc-res-58", "Buenos Aires, 2017"),
    ]


def test_ambiguous_place_prefers_the_body_named_nearby() -> None:
    # Sharm el-Sheikh 2019 hosted both RA-19 and WRC-19.
    assert keys("Resolution 5 (Sharm el-Sheikh, 2019)") == ["itu-ra-res-5"]
    assert keys("the WRC-19 Final Acts: Resolution 5 (Sharm el-Sheikh, 2019)") == ["itu-wrc-res-5"]
    # Dubai 2012 also hosted WCIT-12, which adopts no numbered resolutions.
    assert keys("Resolution 58 (Rev. Dubai, 2012)") == ["itu-wtsa-res-58"]


def test_un_symbols_of_resolutions_share_the_node() -> None:
    assert (
        keys("A/RES/75/1 and UNGA Resolution 75/1 and General Assembly resolution 75/1")
        == ["unga-res-75-1"] * 3
    )
    assert keys("A/HRC/RES/47/23, E/RES/2021/28") == ["hrc-res-47-23", "ecosoc-res-2021-28"]


# --- the whole corpus -----------------------------------------------------------------------------

# Lower bounds from grep: citation keywords followed by a number, UN symbols and Annex 1 rows
# (`grep -oE "(Res\.|Resolutions?|RESOLUTION|Dec\.|Decision|Rec\.)[  ]+[0-9]"`, `A/RES/|A/[0-9]+/|CEB/`,
# `^\s*(\[bookmark[^]]*\])?[0-9]{1,3} \((Rev\. )?[A-Z]`), less "Dec. 2021" and the garbled
# "RESOLUTION 1225405" in the C22 report.
CORPUS_LOWER_BOUNDS = {
    "itu-activities-report-2018-2022.txt": 43 + 1 + 49,
    "itu-c20-res191-intersectoral-coordination.txt": 2,
    "itu-c22-inf-2-collaboration-with-un-system.txt": 37 + 7,
    "itu-c23-collaboration-with-un-system.txt": 4,
}


def test_whole_corpus_offsets_and_counts() -> None:
    texts = {name: (REPORTS / name).read_text(encoding="utf-8") for name in CORPUS_LOWER_BOUNDS}
    found = {name: find_citations(text, CONFERENCES, "ITU-PP") for name, text in texts.items()}
    for name, citations in found.items():
        text = texts[name]
        for c in citations:
            assert text[c.start : c.end] == c.as_written
            assert c.key == c.key.lower() and " " not in c.key
        assert len(citations) >= CORPUS_LOWER_BOUNDS[name], name
        assert citations == sorted(citations)
    c22 = [c.key for c in found["itu-c22-inf-2-collaboration-with-un-system.txt"]]
    assert c22.count("itu-pp-res-131") == 4  # grep -c "PP Res. 131"
