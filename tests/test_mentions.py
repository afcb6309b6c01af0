"""Stage 2: mentions of organizations and groupings in real sentences from the bundled reports."""

from __future__ import annotations

import pytest

from kg.mentions import (
    Lexicon,
    Mention,
    anaphora,
    definitional_groupings,
    enumerations,
    find_definitions,
    find_named_phrases,
    lowercase_groupings,
    quoted_groupings,
    sub_body_names,
    titled_groupings,
)


@pytest.fixture(scope="module")
def lexicon(registry) -> Lexicon:  # type: ignore[no-untyped-def]
    lx = Lexicon()
    for surface, oid in registry.org_names():
        lx.add(surface, f"org:{oid}", "org")
    return lx


def keys(lx: Lexicon, text: str) -> list[str]:
    return [m.key for m in lx.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # C22/INF/2 §1.1: possessive
        ("The ITU General Secretariat coordinates ITU’s relations.", ["org:ITU-GS", "org:ITU"]),
        # longer names win; a Sector is not ITU; UNU-CS is not UNU
        ("ITU-T and ITU-R work with UNU-CS and UNU.", ["org:ITU-T", "org:ITU-R", "org:UNU-CS", "org:UNU"]),
        # slashed combinations (C22/INF/2 §7.1 TSB)
        ("The ITU/WMO/UNESCO-IOC Joint Task Force", ["org:ITU", "org:WMO", "org:UNESCO-IOC"]),
        # spelling variants and hyphen/space
        ("UN Women and UN-Women, UN Habitat and UN-Habitat", ["org:UN-Women", "org:UN-Women", "org:UN-Habitat", "org:UN-Habitat"]),
        # a line break inside a name
        ("the World Health\nOrganization and the Food and Agriculture Organization", ["org:WHO", "org:FAO"]),
        # a name with a comma in it is one organization, a list is not
        ("United Nations Educational, Scientific and Cultural Organization", ["org:UNESCO"]),
        ("UNEP, UNU, UNITAR, UNIDO", ["org:UNEP", "org:UNU", "org:UNITAR", "org:UNIDO"]),
        # acronyms are case-sensitive: "who" is not WHO
        ("those who attended with WHO", ["org:WHO"]),
    ],
)
def test_organizations_from_the_registry(lexicon: Lexicon, text: str, expected: list[str]) -> None:
    assert keys(lexicon, text) == expected


def test_definitions_full_name_and_acronym() -> None:
    t = "The 2020 Monitor was a collaborative effort between ITU and the International Solid Waste Association (ISWA)."
    [((a, b), (c, d))] = find_definitions(t, 0, len(t))
    assert (t[a:b], t[c:d]) == ("International Solid Waste Association", "ISWA")
    t2 = "held in September (2021) in Geneva"
    assert find_definitions(t2, 0, len(t2)) == []


def test_named_phrases_with_head_words() -> None:
    t = "ITU is participating in the Climate Change Adaption Communities of Practice as part of the Digital Public Goods Alliance and the Broadband Commission for Sustainable Development."
    names = [(m.text, m.kind) for m in find_named_phrases(t, 0, len(t))]
    assert ("Digital Public Goods Alliance", "grouping") in names
    assert ("Broadband Commission for Sustainable Development", "grouping") in names


def test_generic_and_non_grouping_phrases_are_left_out() -> None:
    t = "The Focus Group and the ITU Regional Initiative were presented in the New Project Management Manual and the UN General Assembly Resolution."
    assert [m.text for m in find_named_phrases(t, 0, len(t)) if m.kind == "grouping"] == []


def test_coordinated_heads_actions_and_bare_owned_kinds_are_not_names() -> None:
    # Activities report 2018-2022: Annex 1 (Res. 140), §1.8 ITU-D bullets 25 and 52
    t = ("The Strategic Goals of the Union (Growth, Inclusiveness, Sustainability, Innovation and Partnership) support ITU’s role. "
         "ITU-T Work Programme – suite of applications to follow ITU-T Working Group structure; Operationalization of the Projects Board;")
    names = [m.text for m in find_named_phrases(t, 0, len(t), org_words=frozenset({"itu", "itu-t"})) if m.kind == "grouping"]
    assert names == ["Projects Board"]
    t = "ITU-T Study Group 20 and the Generation Connect Global Youth Summit on 2-4 June 2022"
    names = [m.text for m in find_named_phrases(t, 0, len(t), org_words=frozenset({"itu", "itu-t"}))]
    assert names == ["ITU-T Study Group 20", "Generation Connect Global Youth Summit"]


def test_places_are_not_part_of_names() -> None:
    t = "ITU and UNDP will convene SDG Digital Day in New York."
    assert [m.text for m in find_named_phrases(t, 0, len(t))] == ["SDG Digital Day"]
    t = "ITU and UNESCO organized Mobile Learning Week 2019 in Paris."  # after the edition's year
    assert [m.text for m in find_named_phrases(t, 0, len(t))] == ["Mobile Learning Week 2019"]
    # a venue after the topic of the name, known from the gazetteer of data/places.yaml
    t = "ITU organized the Forum on Smart Sustainable Cities in Geneva and the Forum on ICT in Education."
    places = frozenset({"geneva", "paris"})
    assert [m.text for m in find_named_phrases(t, 0, len(t), places=places)] == [
        "Forum on Smart Sustainable Cities", "Forum on ICT in Education"]


def test_a_name_does_not_start_before_in_the() -> None:
    # the head word comes only after "in the": the organizations before it are not in the name
    t = "ITU joined UNEP, UNDP and UN-Habitat in the United for Smart Sustainable Cities initiative."
    assert [m.text for m in find_named_phrases(t, 0, len(t))] == ["United for Smart Sustainable Cities"]
    t = "the Global Partnership for Gender Equality in the Digital Age"
    assert [m.text for m in find_named_phrases(t, 0, len(t))] == ["Global Partnership for Gender Equality in the Digital Age"]


def test_discovered_organizations_by_form() -> None:
    t = "with the support of the Bill & Melinda Gates Foundation and the Musk Foundation"
    found = {(m.text, m.kind) for m in find_named_phrases(t, 0, len(t))}
    assert ("Bill & Melinda Gates Foundation", "org") in found and ("Musk Foundation", "org") in found


def test_anaphora_quoted_lowercase_definitional() -> None:
    t = "The initiative is now supported by 14 UN bodies."
    assert [h for _, _, h in anaphora(t, 0, len(t))] == ["initiative"]
    t = "The guidelines were developed in support of the WHO ‘Make Listening Safe’ initiative."
    assert [n for _, _, n in quoted_groupings(t, 0, len(t))] == ["Make Listening Safe"]
    t = "As a member of the United Nations core inter-agency group on the GDC, convened by OSET, ITU ..."
    assert [n for _, _, n in lowercase_groupings(t, 0, len(t))] == ["United Nations core inter-agency group on the GDC"]
    t = "WSIS Stocktaking is a unique global platform for collecting information."
    assert [(n, h) for _, _, n, h in definitional_groupings(t, 0, len(t))] == [("WSIS Stocktaking", "platform")]


def test_names_before_a_lower_case_kind_word() -> None:
    # C22/INF/2 §7.1 and activities report §1.3: the kind word is not part of the name; a lone
    # adjective before it names nothing
    t = "· A new AI for Road Safety initiative launched in October 2021. An Arab initiative on IoT and smart cities raised awareness."
    found = find_named_phrases(t, 0, len(t))
    assert [(m.text, m.key) for m in found] == [("AI for Road Safety", "grouping:ai-for-road-safety")]


def test_titles_and_action_line_series() -> None:
    t = "ITU and UNEP launched a new project in October 2021 on Implementing the EPR Concept in Policies and Regulations for the Sound Management of E-waste covering Rwanda"
    assert [n for _, _, n in titled_groupings(t, 0, len(t))] == [
        "Implementing the EPR Concept in Policies and Regulations for the Sound Management of E-waste"]
    t = "ITU is the leading facilitator of the WSIS Action Lines C2 (Information and Communication Infrastructure), C5 (Cybersecurity), and C6 (Enabling Environment)."
    wsis = Mention(t.index("WSIS"), t.index("WSIS") + 4, "grouping", "grouping:wsis", "WSIS")
    assert [m.key for m in sub_body_names(t, [wsis], len(t))] == [
        "grouping:wsis-action-line-c2", "grouping:wsis-action-line-c5", "grouping:wsis-action-line-c6"]


def test_single_word_names_and_series() -> None:
    # C22/INF/2 §7.1 GS bullets; activities report Annex 1: a one-word name before a kind word, but
    # not a product, a publication series or a "K-series"
    t = ("ITU and UN-OICT collaborate on a regular TechLearnTalk series at UNHQ. Statistics are analysed in the "
         "Measuring Digital Development series of publications and the new WordPress platform. "
         "ITU-T SG 5 revised Supplement 14 to ITU-T K-series on EMF.")
    assert [m.text for m in find_named_phrases(t, 0, len(t)) if m.kind == "grouping"] == ["TechLearnTalk"]


def test_enumerated_events_with_spelled_ordinals_and_camel_case() -> None:
    t = ("ITU participated in several UN conferences, among them: the second UN World Data Forum (Dubai, October 2018); "
         "the fifty-seventh session of the Commission for Social Development (CSocD57, February 2019); "
         "the UNCTAD eCommerce Week 2019 (Geneva, April 2019); and the 14th UN Congress on Crime Prevention.")
    [en] = enumerations(t, 0, len(t))
    assert [n for _, _, n in en.items] == ["UN World Data Forum", "Commission for Social Development", "UNCTAD eCommerce Week 2019",
                                          "14th UN Congress on Crime Prevention"]


def test_a_plain_word_before_and_modifies_the_last_item() -> None:
    t = "consultations on the new arrangements, including the Management and Accountability Framework, EQUALS and Giga."
    [en] = enumerations(t, 0, len(t))
    assert [n for _, _, n in en.items] == ["Management and Accountability Framework", "EQUALS", "Giga"]
