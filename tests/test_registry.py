"""Tests of kg.registry on the bundled reference data (data/) and on tiny broken copies."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ids import name_key
from kg.registry import (
    GROUPING_KINDS,
    ORG_CATEGORIES,
    Registry,
    SdgIndicator,
    SdgTarget,
    load_registry,
)

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="module")
def reg() -> Registry:
    return load_registry(DATA)


def _copy_data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    target.mkdir()
    for name in ("organizations.yaml", "groupings.yaml", "conferences.yaml", "sdg_renumbering.yaml", "places.yaml"):
        shutil.copy(DATA / name, target / name)
    shutil.copytree(DATA / "reference", target / "reference")
    return target


def test_every_csv_entity_is_present(reg: Registry) -> None:
    with (DATA / "reference" / "un_system_entities.csv").open(encoding="utf-8") as f:
        acronyms = [row["acronym"] for row in csv.DictReader(f)]
    assert len(acronyms) == 174
    ids = {a.replace(" ", "-") for a in acronyms}
    assert ids <= set(reg.organizations)
    assert "Board-of-Auditors" in reg.organizations


def test_ids_unique_and_dict_keys_match(reg: Registry) -> None:
    assert all(key == org.id for key, org in reg.organizations.items())
    assert all(key == g.id for key, g in reg.groupings.items())
    assert not set(reg.organizations) & set(reg.groupings)


def test_every_parent_exists(reg: Registry) -> None:
    for org in reg.organizations.values():
        assert set(org.parents) <= set(reg.organizations), org.id
    for g in reg.groupings.values():
        assert set(g.parents) <= set(reg.groupings) | set(reg.organizations), g.id


def test_categories_and_kinds_valid(reg: Registry) -> None:
    assert {o.category for o in reg.organizations.values()} <= ORG_CATEGORIES
    assert {g.kind for g in reg.groupings.values()} <= GROUPING_KINDS


def test_no_surface_form_names_two_organizations(reg: Registry) -> None:
    owners: dict[str, set[str]] = {}
    for form, org_id in reg.org_names():
        owners.setdefault(name_key(form), set()).add(org_id)
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    assert shared == {}


def test_context_aliases_are_not_unconditional_names(reg: Registry) -> None:
    forms = {name_key(f) for f, _ in reg.org_names()}
    assert ("Council", "ITU-Council") in reg.org_context_names()
    assert ("GS", "ITU-GS") in reg.org_context_names()
    for generic in ("Council", "Secretariat", "GS", "Commission"):
        assert name_key(generic) not in forms


def test_un_women_spellings(reg: Registry) -> None:
    for spelling in ("UN Women", "UN-Women", "UN WOMEN", "United Nations Entity for Gender Equality and the Empowerment of Women"):
        assert reg.resolve_org(spelling) == "UN-Women"


@pytest.mark.parametrize(
    ("spelling", "org_id"),
    [
        ("UNEP", "UNEP"), ("UN Environment", "UNEP"), ("UN Environment Programme", "UNEP"),
        ("UN Habitat", "UN-Habitat"), ("UNDESA", "DESA"), ("UN DESA", "DESA"),
        ("the World Bank", "WORLD-BANK-GROUP"), ("World Bank", "WORLD-BANK-GROUP"),
        ("International Labour Organization", "ILO"), ("International Labor Organization", "ILO"),
        ("UNESCO-UIS", "UNESCO-UIS"), ("BRS Secretariats", "BRS"),
        ("Office of the Secretary-General’s Envoy on Technology", "OSET"),
        ("General Secretariat", "ITU-GS"), ("Plenipotentiary Conference", "ITU-PP"),
        ("Human Rights Council", "HRC"), ("UNECE", "ECE"),
    ],
)
def test_report_spellings_resolve(reg: Registry, spelling: str, org_id: str) -> None:
    assert reg.resolve_org(spelling) == org_id


def test_itu_structure(reg: Registry) -> None:
    assert reg.organizations["ITU-T"].parents == ("ITU",)
    assert reg.organizations["ITU-T"].category == "itu-sector-or-bureau"
    assert reg.organizations["TSB"].parents == ("ITU-T",)
    assert reg.organizations["ITU-PP"].category == "governing-body"
    assert reg.groupings["hlcp"].parents == ("ceb",)


def test_sdg_iris_come_from_the_kos(reg: Registry) -> None:
    target = reg.sdg("9.c")
    assert isinstance(target, SdgTarget)
    assert target.iri == "http://metadata.un.org/sdg/9.c"
    assert reg.goals["9"].iri == "http://metadata.un.org/sdg/9"
    indicator = reg.sdg("9.c.1")
    assert isinstance(indicator, SdgIndicator)
    assert indicator.iri == "http://metadata.un.org/sdg/C090c01"
    assert indicator.code == "C090c01"


def test_renumbered_indicator(reg: Registry) -> None:
    old = reg.sdg("17.6.2")
    assert isinstance(old, SdgIndicator)
    assert old.notation == "17.6.1"
    assert old.text.startswith("Fixed Internet broadband subscriptions")
    # The 2020 KOS lists this indicator as 17.6.2; its IRI is found by the permanent code.
    assert old.iri == "http://metadata.un.org/sdg/C170602"
    assert reg.sdg("17.99.9") is None


def test_indicators_missing_from_kos_are_listed(reg: Registry) -> None:
    assert len(reg.indicators) == 248
    assert reg.indicators["12.7.1"].iri == ""


@pytest.mark.parametrize("notation", ["4.4.1", "5.b.1", "9.c.1", "17.6.1", "17.8.1"])
def test_itu_is_custodian(reg: Registry, notation: str) -> None:
    assert "ITU" in reg.indicators[notation].custodians


def test_custodians_resolved_and_unknown_dropped(reg: Registry) -> None:
    assert reg.indicators["4.4.1"].custodians == ("UNESCO-UIS", "ITU")
    assert all(c in reg.organizations for i in reg.indicators.values() for c in i.custodians)
    with (DATA / "reference" / "sdg_indicators.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f) if "National Gov." in r["custodian_agencies"].split(";")]
    assert rows
    for row in rows:
        assert len(reg.indicators[row["indicator"]].custodians) == len(row["custodian_agencies"].split(";")) - 1


def test_conference_candidates(reg: Registry) -> None:
    assert [c.id for c in reg.conference_candidates("Dubai", 2018)] == ["PP-18"]
    assert [c.id for c in reg.conference_candidates("Dubai", 2012)] == ["WCIT-12", "WTSA-12"]
    assert [c.id for c in reg.conference_candidates("Dubai", 2012, "ITU-WTSA")] == ["WTSA-12"]
    assert [c.id for c in reg.conference_candidates("Sharm el-Sheik", 2019, "ITU-RA")] == ["RA-19"]
    assert [c.id for c in reg.conference_candidates("Geneva", 2022)] == ["WTSA-20"]
    assert reg.conference_candidates("Dubai", 1999) == []


def test_content_hash_is_stable_and_tracks_changes(reg: Registry, tmp_path: Path) -> None:
    assert reg.content_hash() == load_registry(DATA).content_hash()
    copy = _copy_data(tmp_path)
    assert load_registry(copy).content_hash() == reg.content_hash()
    with (copy / "conferences.yaml").open("a", encoding="utf-8") as f:
        f.write("# edited\n")
    assert load_registry(copy).content_hash() != reg.content_hash()


def test_malformed_yaml_names_the_file(tmp_path: Path) -> None:
    copy = _copy_data(tmp_path)
    bad = copy / "organizations.yaml"
    bad.write_text("organizations: [\n  - id: X\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_registry(copy)
    message = str(info.value)
    assert str(bad) in message
    assert "\n" not in message


def test_missing_file(tmp_path: Path) -> None:
    copy = _copy_data(tmp_path)
    (copy / "groupings.yaml").unlink()
    with pytest.raises(InputError, match="groupings.yaml: file not found"):
        load_registry(copy)


def _append_org(copy: Path, text: str) -> None:
    with (copy / "organizations.yaml").open("a", encoding="utf-8") as f:
        f.write(text)


def test_alias_shared_by_two_organizations_is_rejected(tmp_path: Path) -> None:
    copy = _copy_data(tmp_path)
    _append_org(copy, "- {id: FAKE, name: Fake Body, category: non-state-actor, aliases: [UN-Women]}\n")
    with pytest.raises(InputError, match=r"organizations\.yaml: surface form .* names two organizations: .*UN-Women.*FAKE"):
        load_registry(copy)


def test_unknown_parent_is_rejected(tmp_path: Path) -> None:
    copy = _copy_data(tmp_path)
    _append_org(copy, "- {id: FAKE, name: Fake Body, category: non-state-actor, parent: [NOPE]}\n")
    with pytest.raises(InputError, match="FAKE: unknown parent 'NOPE'"):
        load_registry(copy)


def test_unknown_category_is_rejected(tmp_path: Path) -> None:
    copy = _copy_data(tmp_path)
    _append_org(copy, "- {id: FAKE, name: Fake Body, category: company}\n")
    with pytest.raises(InputError, match="FAKE: unknown category 'company'"):
        load_registry(copy)


def test_duplicate_yaml_id_is_rejected(tmp_path: Path) -> None:
    copy = _copy_data(tmp_path)
    _append_org(copy, "- {id: BMGF, name: Another, category: non-state-actor}\n")
    with pytest.raises(InputError, match="duplicate id 'BMGF'"):
        load_registry(copy)


def test_places_gazetteer(reg: Registry, tmp_path: Path) -> None:
    # every UN member state is there, in the form the text matcher compares (lower case, one space)
    assert {"geneva", "viet nam", "sharm el sheikh", "cote d ivoire", "democratic republic of the congo"} <= reg.places
    assert "victoria" not in reg.places  # a city name that is also an ordinary name is left out
    copy = _copy_data(tmp_path)
    (copy / "places.yaml").write_text("countries: [Chad]\ncities: Geneva\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"places\.yaml: 'cities' must be a list of names"):
        load_registry(copy)
