"""Reference data from ``data/``: organizations, groupings, ITU conferences and the SDG framework.

This module implements no pipeline stage; every stage reads the :class:`Registry` it returns.

* Organizations are every row of ``reference/un_system_entities.csv`` (id = the CSV acronym,
  slugified) extended or overridden by ``organizations.yaml`` (same id: fields override, aliases
  are unioned), plus the organizations that file adds. They become ``org:Organization`` nodes;
  ``parents`` become ``org:subOrganizationOf``.
* Groupings (``groupings.yaml``) are known inter-agency mechanisms, partnerships, processes and
  events: reference data, never facts of a report.
* Conferences (``conferences.yaml``) are ITU conferences and assemblies, looked up by
  (place, year[, body]) to resolve citations such as "Resolution 71 (Rev. Dubai, 2018)".
* Places (``places.yaml``): country and city names, so that a venue after an event's name ("...
  in Geneva") is not read as part of the name.
* SDG goals, targets and indicators come from the reference CSVs; their IRIs are looked up in the
  SDG KOS (``skos:notation``), never built from strings. Indicators are looked up by their
  permanent UNSD code, because the 2020 KOS numbers some indicators differently from the current
  framework (its ``17.6.2`` is today's 17.6.1).

Invariant: in a loaded registry every id is unique, every parent exists, every category and kind
is one of the allowed slugs, and no surface form (id, acronym, name or alias, compared with
:func:`kg.ids.name_key`) names two organizations or two groupings, or both an organization and a
grouping. ``context_aliases`` are short forms that name an organization only inside an ITU text
("Council", "GS"); they are kept apart from :meth:`Registry.org_names`, and a form that is some
organization's context alias is never an unconditional name of any organization. ``officials`` are
the titles of the people who act for an organization ("United Nations Deputy Secretary-General"):
a sentence where such an official chairs or leads something credits the organization.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from kg.errors import InputError
from kg.ids import name_key
from kg.namespaces import SDGO

__all__ = [
    "CSV_CATEGORIES",
    "DATA_FILES",
    "GROUPING_KINDS",
    "ORG_CATEGORIES",
    "Conference",
    "GroupingRef",
    "Organization",
    "Registry",
    "SdgGoal",
    "SdgIndicator",
    "SdgTarget",
    "load_registry",
]

ORG_CATEGORIES: frozenset[str] = frozenset({
    "principal-organ", "department-or-office", "fund-or-programme", "specialized-agency",
    "related-organization", "regional-commission", "research-and-training",
    "convention-secretariat", "other-un-entity", "governing-body", "itu-sector-or-bureau",
    "intergovernmental-organization", "non-state-actor", "government-body",
})

#: ``category`` of un_system_entities.csv -> organization category slug.
CSV_CATEGORIES: Mapping[str, str] = {
    "specialized agency": "specialized-agency",
    "related organization": "related-organization",
    "principal organ": "principal-organ",
    "fund or programme": "fund-or-programme",
    "regional commission": "regional-commission",
    "research and training": "research-and-training",
    "department or office": "department-or-office",
    "other": "other-un-entity",
}

GROUPING_KINDS: frozenset[str] = frozenset({
    "mechanism", "network", "committee", "task-force", "working-group", "board", "initiative",
    "partnership", "programme", "event", "conference", "summit", "forum", "process", "coalition",
    "platform",
})

ORGS_CSV = "reference/un_system_entities.csv"
GOALS_CSV = "reference/sdg_goals.csv"
TARGETS_CSV = "reference/sdg_targets.csv"
INDICATORS_CSV = "reference/sdg_indicators.csv"
SDG_KOS = "reference/sdg-kos-goals-targets-indicators.ttl"
ORGS_YAML = "organizations.yaml"
GROUPINGS_YAML = "groupings.yaml"
CONFERENCES_YAML = "conferences.yaml"
RENUMBERING_YAML = "sdg_renumbering.yaml"
PLACES_YAML = "places.yaml"

#: Every file the registry reads, relative to the data directory (the input of content_hash).
DATA_FILES: tuple[str, ...] = (
    CONFERENCES_YAML, GROUPINGS_YAML, ORGS_YAML, GOALS_CSV, INDICATORS_CSV, TARGETS_CSV,
    SDG_KOS, ORGS_CSV, RENUMBERING_YAML, PLACES_YAML,
)

_ID = re.compile(r"^[A-Za-z0-9-]+$")
_NOT_ID = re.compile(r"[^A-Za-z0-9-]+")
_QID = re.compile(r"^Q[0-9]+$")
_ORG_KEYS = frozenset({
    "id", "acronym", "name", "category", "parent", "aliases", "context_aliases", "officials", "wikidata",
    "website", "note",
})
_GROUPING_KEYS = frozenset({"id", "acronym", "name", "kind", "parent", "aliases", "note"})
_CONFERENCE_KEYS = frozenset({"id", "body", "year", "place", "place_aliases", "aliases"})


@dataclass(frozen=True, slots=True)
class Organization:
    """An organization of the registry (UN system entity, ITU part, or outside body).

    ``source`` says where the entry comes from: the reference CSV, the curated YAML (with its
    note), or both.

    Examples
    --------
    >>> org = Organization("ITU-T", "ITU Telecommunication Standardization Sector",
    ...                    "itu-sector-or-bureau", "ITU-T", ("ITU",), (), (), None, None, "yaml")
    >>> org.parents
    ('ITU',)
    """

    id: str
    name: str
    category: str
    acronym: str | None
    parents: tuple[str, ...]
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...]
    wikidata: str | None
    website: str | None
    source: str
    officials: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class GroupingRef:
    """A known grouping: an inter-agency mechanism, network, partnership, process or event.

    Examples
    --------
    >>> GroupingRef("hlcp", "High-level Committee on Programmes", "committee", "HLCP",
    ...             ("ceb",), (), "groupings.yaml").parents
    ('ceb',)
    """

    id: str
    name: str
    kind: str
    acronym: str | None
    parents: tuple[str, ...]
    aliases: tuple[str, ...]
    source: str


@dataclass(frozen=True, slots=True)
class Conference:
    """An ITU conference or assembly held at one place in one year.

    ``year`` is the year it was held (WTSA-20 was held in 2022). ``place_aliases`` are other
    spellings of the place ("Sharm el-Sheik").

    Examples
    --------
    >>> Conference("PP-18", "ITU-PP", 2018, "Dubai", ("PP18",)).body
    'ITU-PP'
    """

    id: str
    body: str
    year: int
    place: str
    aliases: tuple[str, ...]
    place_aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SdgGoal:
    """A Sustainable Development Goal; ``iri`` is its SDG KOS identifier.

    Examples
    --------
    >>> SdgGoal("9", "http://metadata.un.org/sdg/9", "Build resilient infrastructure ...",
    ...         "Industry, Innovation and Infrastructure").number
    '9'
    """

    number: str
    iri: str
    title: str
    short_name: str


@dataclass(frozen=True, slots=True)
class SdgTarget:
    """An SDG target such as ``9.c``; ``iri`` is its SDG KOS identifier.

    Examples
    --------
    >>> SdgTarget("9.c", "9", "http://metadata.un.org/sdg/9.c", "Significantly increase ...").goal
    '9'
    """

    notation: str
    goal: str
    iri: str
    text: str


@dataclass(frozen=True, slots=True)
class SdgIndicator:
    """An SDG indicator code such as ``9.c.1`` (current framework numbering).

    ``code`` is the permanent UNSD code (``C090c01``); an indicator repeated under several targets
    has one row per code and shares ``code`` and ``iri``. ``iri`` is "" when the 2020 SDG KOS does
    not have the code. ``custodians`` are organization ids (unresolvable custodian names such as
    "National Gov." are dropped).

    Examples
    --------
    >>> SdgIndicator("9.c.1", "9.c", "9", "http://metadata.un.org/sdg/C090c01",
    ...              "Proportion of population covered by a mobile network", ("ITU",),
    ...              "C090c01").custodians
    ('ITU',)
    """

    notation: str
    target: str
    goal: str
    iri: str
    text: str
    custodians: tuple[str, ...]
    code: str


@dataclass(frozen=True, slots=True)
class Registry:
    """All reference data, loaded and validated by :func:`load_registry`.

    The dicts are keyed by id (organizations, groupings, conferences) or notation (goals
    "9", targets "9.c", indicators "9.c.1"). ``renumbered`` maps an old indicator code to the
    current one. Treat the registry as read-only.

    Examples
    --------
    >>> reg = load_registry(Path("data"))                            # doctest: +SKIP
    >>> reg.organizations["ITU-T"].parents                           # doctest: +SKIP
    ('ITU',)
    """

    organizations: dict[str, Organization]
    groupings: dict[str, GroupingRef]
    conferences: dict[str, Conference]
    goals: dict[str, SdgGoal]
    targets: dict[str, SdgTarget]
    indicators: dict[str, SdgIndicator]
    renumbered: dict[str, str]
    data_hash: str
    # country and city names, lower case, words joined by one space ("sharm el sheikh")
    places: frozenset[str] = frozenset()
    # name key -> organization id, filled on first use by resolve_org (not part of equality)
    _org_index: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def org_names(self) -> list[tuple[str, str]]:
        """Every unconditional surface form of every organization, with its organization id.

        Forms are the id, acronym, name and aliases, sorted; context aliases are not included
        (see :meth:`org_context_names`), and neither is any form that is some organization's
        context alias (so the UN Secretariat's id "Secretariat" is withheld).

        Returns
        -------
        list of (surface form, organization id)

        Examples
        --------
        >>> ("UN Women", "UN-Women") in reg.org_names()                  # doctest: +SKIP
        True
        """
        withheld = {name_key(a) for o in self.organizations.values() for a in o.context_aliases}
        out = {
            (form, org.id)
            for org in self.organizations.values()
            for form in _org_forms(org)
            if name_key(form) not in withheld
        }
        return sorted(out)

    def org_context_names(self) -> list[tuple[str, str]]:
        """Short forms that name an organization only in an ITU text ("Council", "GS").

        Returns
        -------
        list of (surface form, organization id), sorted

        Examples
        --------
        >>> ("Council", "ITU-Council") in reg.org_context_names()        # doctest: +SKIP
        True
        """
        return sorted({(a, o.id) for o in self.organizations.values() for a in o.context_aliases})

    def official_names(self) -> list[tuple[str, str]]:
        """Titles of officials who act for an organization ("UN Deputy Secretary-General").

        Returns
        -------
        list of (title, organization id), sorted

        Examples
        --------
        >>> ("United Nations Secretary-General", "UN") in reg.official_names()  # doctest: +SKIP
        True
        """
        return sorted({(a, o.id) for o in self.organizations.values() for a in o.officials})

    def resolve_org(self, name: str) -> str | None:
        """The id of the organization an unconditional surface form names, or None.

        Comparison uses :func:`kg.ids.name_key` (case, accents, punctuation, spacing and a
        leading "the" ignored).

        Examples
        --------
        >>> reg.resolve_org("the World Bank")                            # doctest: +SKIP
        'WORLD-BANK-GROUP'
        """
        if not self._org_index:
            # the first form in sorted order wins, as a scan of org_names() finds it
            for form, org_id in self.org_names():
                self._org_index.setdefault(name_key(form), org_id)
        return self._org_index.get(name_key(name))

    def grouping_names(self) -> list[tuple[str, str]]:
        """Every surface form (name, acronym, aliases) of every grouping, with its grouping id.

        Returns
        -------
        list of (surface form, grouping id), sorted

        Examples
        --------
        >>> ("UNGIS", "ungis") in reg.grouping_names()                   # doctest: +SKIP
        True
        """
        return sorted({(form, g.id) for g in self.groupings.values() for form in _grouping_forms(g)})

    def conference_candidates(self, place: str, year: int, body: str | None = None) -> list[Conference]:
        """The conferences held at ``place`` in ``year`` (optionally of one ``body``), sorted by id.

        Dubai hosted several ITU conferences, so ("Dubai", 2012) gives WTSA-12 and WCIT-12; pass
        the body (an organization id such as "ITU-PP") when the citation names it. Places are
        compared with :func:`kg.ids.name_key`, also against ``place_aliases``.

        Examples
        --------
        >>> [c.id for c in reg.conference_candidates("Dubai", 2018)]   # doctest: +SKIP
        ['PP-18']
        """
        key = name_key(place)
        return sorted(
            (
                c for c in self.conferences.values()
                if c.year == year
                and (body is None or c.body == body)
                and key in {name_key(p) for p in (c.place, *c.place_aliases)}
            ),
            key=lambda c: c.id,
        )

    def sdg(self, notation: str) -> SdgGoal | SdgTarget | SdgIndicator | None:
        """The goal, target or indicator a notation names, or None.

        Accepts "9", "9.c", "4.4.1"; an old indicator code that is not a current one is
        renumbered first ("17.6.2" gives the current 17.6.1).

        Examples
        --------
        >>> reg.sdg("17.6.2").notation                                  # doctest: +SKIP
        '17.6.1'
        """
        key = notation.strip().lower()
        if key in self.goals:
            return self.goals[key]
        if key in self.targets:
            return self.targets[key]
        if key in self.indicators:
            return self.indicators[key]
        if key in self.renumbered:
            return self.indicators.get(self.renumbered[key])
        return None

    def content_hash(self) -> str:
        """The sha256 (hex) of the data files' paths and bytes: changes whenever any of them does.

        Examples
        --------
        >>> len(reg.content_hash())                                     # doctest: +SKIP
        64
        """
        return self.data_hash


def load_registry(data_dir: Path) -> Registry:
    """Read and validate the reference data in ``data_dir`` (the project's ``data/``).

    Parameters
    ----------
    data_dir
        Directory holding organizations.yaml, groupings.yaml, conferences.yaml,
        sdg_renumbering.yaml, places.yaml and reference/ (the CSVs and the SDG KOS).

    Returns
    -------
    Registry

    Raises
    ------
    InputError
        One line, "{path}: {problem}", for a missing or malformed file or a failed check
        (duplicate id, unknown parent, bad category, a surface form naming two organizations).

    Examples
    --------
    >>> reg = load_registry(Path("data"))                            # doctest: +SKIP
    >>> reg.sdg("9.c").iri                                           # doctest: +SKIP
    'http://metadata.un.org/sdg/9.c'
    """
    raw = {rel: _read_bytes(data_dir / rel) for rel in DATA_FILES}
    digest = hashlib.sha256()
    for rel in sorted(raw):
        digest.update(rel.encode("utf-8") + b"\0" + raw[rel] + b"\0")

    orgs = _load_organizations(data_dir, raw)
    groupings = _load_groupings(data_dir / GROUPINGS_YAML, raw[GROUPINGS_YAML], orgs)
    conferences = _load_conferences(data_dir / CONFERENCES_YAML, raw[CONFERENCES_YAML], orgs)
    goal_iris, target_iris, indicator_iris = _kos_iris(data_dir / SDG_KOS, raw[SDG_KOS])
    goals = {
        row["goal"]: SdgGoal(row["goal"], goal_iris.get(row["goal"], ""), row["title"], row["short_name"])
        for row in _csv_rows(data_dir / GOALS_CSV, raw[GOALS_CSV], ("goal", "title", "short_name"))
    }
    targets: dict[str, SdgTarget] = {}
    for row in _csv_rows(data_dir / TARGETS_CSV, raw[TARGETS_CSV], ("target", "goal", "text")):
        if row["goal"] not in goals:
            raise InputError(f"{data_dir / TARGETS_CSV}: target {row['target']} has unknown goal {row['goal']!r}")
        targets[row["target"]] = SdgTarget(row["target"], row["goal"], target_iris.get(row["target"], ""), row["text"])
    resolve = _org_resolver(orgs)
    indicators: dict[str, SdgIndicator] = {}
    columns = ("indicator", "target", "goal", "text", "custodian_agencies", "unsd_code")
    for row in _csv_rows(data_dir / INDICATORS_CSV, raw[INDICATORS_CSV], columns):
        if row["target"] not in targets:
            raise InputError(f"{data_dir / INDICATORS_CSV}: indicator {row['indicator']} has unknown target {row['target']!r}")
        custodians = tuple(dict.fromkeys(
            org_id for org_id in (resolve(n) for n in _split(row["custodian_agencies"])) if org_id is not None
        ))
        indicators[row["indicator"]] = SdgIndicator(
            row["indicator"], row["target"], row["goal"], indicator_iris.get(row["unsd_code"], ""),
            row["text"], custodians, row["unsd_code"],
        )
    renumbered = _load_renumbering(data_dir / RENUMBERING_YAML, raw[RENUMBERING_YAML], indicators)
    places = _load_places(data_dir / PLACES_YAML, raw[PLACES_YAML])
    return Registry(orgs, groupings, conferences, goals, targets, indicators, renumbered, digest.hexdigest(), places=places)


# --- organizations ---------------------------------------------------------------------------------


def _load_organizations(data_dir: Path, raw: Mapping[str, bytes]) -> dict[str, Organization]:
    csv_path, yaml_path = data_dir / ORGS_CSV, data_dir / ORGS_YAML
    orgs: dict[str, Organization] = {}
    columns = ("acronym", "name", "category", "parent", "wikidata", "website", "aliases")
    for row in _csv_rows(csv_path, raw[ORGS_CSV], columns):
        org_id = _slug_id(row["acronym"])
        if org_id in orgs:
            raise InputError(f"{csv_path}: duplicate id {org_id!r}")
        if row["category"] not in CSV_CATEGORIES:
            raise InputError(f"{csv_path}: {org_id}: unknown category {row['category']!r}")
        orgs[org_id] = Organization(
            id=org_id,
            name=row["name"].strip(),
            category=CSV_CATEGORIES[row["category"]],
            acronym=row["acronym"].strip() or None,
            parents=tuple(_slug_id(p) for p in _split(row["parent"])),
            aliases=tuple(_split(row["aliases"])),
            context_aliases=(),
            wikidata=row["wikidata"].strip() or None,
            website=row["website"].strip() or None,
            source="reference/un_system_entities.csv",
        )

    entries = _yaml_list(yaml_path, raw[ORGS_YAML], "organizations")
    seen: set[str] = set()
    for entry in entries:
        org_id = _entry_id(yaml_path, entry, _ORG_KEYS)
        if org_id in seen:
            raise InputError(f"{yaml_path}: duplicate id {org_id!r}")
        seen.add(org_id)
        orgs[org_id] = _merge_org(yaml_path, orgs.get(org_id), entry)

    _check_organizations(yaml_path, orgs)
    return orgs


def _merge_org(path: Path, base: Organization | None, entry: Mapping[str, Any]) -> Organization:
    org_id = str(entry["id"])
    note = _opt_str(path, org_id, entry, "note")
    yaml_source = f"data/{ORGS_YAML}" + (f": {' '.join(note.split())}" if note else "")
    if base is None:
        for key in ("name", "category"):
            if not _opt_str(path, org_id, entry, key):
                raise InputError(f"{path}: {org_id}: '{key}' is required for an organization not in {ORGS_CSV}")
        base = Organization(org_id, "", "", None, (), (), (), None, None, yaml_source)
    else:
        base = _replace_org(base, source=f"{base.source}; {yaml_source}")
    changes: dict[str, Any] = {}
    for key, attr in (("name", "name"), ("category", "category"), ("acronym", "acronym"),
                      ("wikidata", "wikidata"), ("website", "website")):
        if key in entry:
            changes[attr] = _opt_str(path, org_id, entry, key)
    if "parent" in entry:
        changes["parents"] = _str_tuple(path, org_id, entry, "parent")
    aliases = _str_tuple(path, org_id, entry, "aliases")
    changes["aliases"] = tuple(dict.fromkeys((*base.aliases, *aliases)))
    changes["context_aliases"] = tuple(dict.fromkeys(
        (*base.context_aliases, *_str_tuple(path, org_id, entry, "context_aliases"))
    ))
    changes["officials"] = tuple(dict.fromkeys((*base.officials, *_str_tuple(path, org_id, entry, "officials"))))
    org = _replace_org(base, **changes)
    if not org.name:
        raise InputError(f"{path}: {org_id}: empty name")
    return org


def _replace_org(org: Organization, **changes: Any) -> Organization:
    fields = {name: getattr(org, name) for name in Organization.__dataclass_fields__}
    fields.update(changes)
    return Organization(**fields)


def _check_organizations(path: Path, orgs: Mapping[str, Organization]) -> None:
    owner: dict[str, tuple[str, str]] = {}
    context_owner: dict[str, tuple[str, str]] = {}
    for org in orgs.values():
        if org.category not in ORG_CATEGORIES:
            raise InputError(f"{path}: {org.id}: unknown category {org.category!r}")
        for parent in org.parents:
            if parent not in orgs:
                raise InputError(f"{path}: {org.id}: unknown parent {parent!r}")
            if parent == org.id:
                raise InputError(f"{path}: {org.id}: is its own parent")
        if org.wikidata is not None and not _QID.match(org.wikidata):
            raise InputError(f"{path}: {org.id}: malformed wikidata id {org.wikidata!r}")
        for form in _org_forms(org):
            _claim(path, owner, form, org.id, "organizations")
        for form in org.context_aliases:
            _claim(path, context_owner, form, org.id, "organizations (as context aliases)")


def _org_forms(org: Organization) -> Iterable[str]:
    yield org.id
    if org.acronym:
        yield org.acronym
    yield org.name
    yield from org.aliases


def _org_resolver(orgs: Mapping[str, Organization]) -> Any:
    withheld = {name_key(a) for o in orgs.values() for a in o.context_aliases}
    table = {
        name_key(form): org.id
        for org in orgs.values()
        for form in _org_forms(org)
        if name_key(form) not in withheld
    }

    def resolve(name: str) -> str | None:
        return table.get(name_key(name))

    return resolve


# --- groupings and conferences -----------------------------------------------------------------


def _load_groupings(path: Path, data: bytes, orgs: Mapping[str, Organization]) -> dict[str, GroupingRef]:
    groupings: dict[str, GroupingRef] = {}
    for entry in _yaml_list(path, data, "groupings"):
        gid = _entry_id(path, entry, _GROUPING_KEYS)
        if gid in groupings:
            raise InputError(f"{path}: duplicate id {gid!r}")
        if gid in orgs:
            raise InputError(f"{path}: {gid}: id is also an organization id")
        name = _opt_str(path, gid, entry, "name")
        kind = _opt_str(path, gid, entry, "kind")
        if not name:
            raise InputError(f"{path}: {gid}: 'name' is required")
        if kind not in GROUPING_KINDS:
            raise InputError(f"{path}: {gid}: unknown kind {kind!r}")
        note = _opt_str(path, gid, entry, "note")
        groupings[gid] = GroupingRef(
            id=gid, name=name, kind=kind, acronym=_opt_str(path, gid, entry, "acronym"),
            parents=_str_tuple(path, gid, entry, "parent"),
            aliases=tuple(dict.fromkeys(_str_tuple(path, gid, entry, "aliases"))),
            source=f"data/{GROUPINGS_YAML}" + (f": {' '.join(note.split())}" if note else ""),
        )
    owner: dict[str, tuple[str, str]] = {}
    for org in orgs.values():
        for form in _org_forms(org):
            owner.setdefault(name_key(form), (form, f"organization {org.id}"))
    for g in groupings.values():
        for parent in g.parents:
            if parent not in groupings and parent not in orgs:
                raise InputError(f"{path}: {g.id}: unknown parent {parent!r}")
        for form in _grouping_forms(g):
            _claim(path, owner, form, f"grouping {g.id}", "entries")
    return groupings


def _grouping_forms(g: GroupingRef) -> Iterable[str]:
    yield g.name
    if g.acronym:
        yield g.acronym
    yield from g.aliases


def _load_conferences(path: Path, data: bytes, orgs: Mapping[str, Organization]) -> dict[str, Conference]:
    conferences: dict[str, Conference] = {}
    owner: dict[str, tuple[str, str]] = {}
    for entry in _yaml_list(path, data, "conferences"):
        cid = _entry_id(path, entry, _CONFERENCE_KEYS)
        if cid in conferences:
            raise InputError(f"{path}: duplicate id {cid!r}")
        body, place, year = entry.get("body"), entry.get("place"), entry.get("year")
        if not isinstance(body, str) or body not in orgs:
            raise InputError(f"{path}: {cid}: unknown body {body!r}")
        if not isinstance(year, int) or isinstance(year, bool):
            raise InputError(f"{path}: {cid}: 'year' must be an integer")
        if not isinstance(place, str) or not place.strip():
            raise InputError(f"{path}: {cid}: 'place' is required")
        conf = Conference(
            id=cid, body=body, year=year, place=place.strip(),
            aliases=tuple(dict.fromkeys(_str_tuple(path, cid, entry, "aliases"))),
            place_aliases=_str_tuple(path, cid, entry, "place_aliases"),
        )
        for form in (cid, *conf.aliases):
            _claim(path, owner, form, cid, "conferences")
        conferences[cid] = conf
    return conferences


def _load_renumbering(path: Path, data: bytes, indicators: Mapping[str, SdgIndicator]) -> dict[str, str]:
    doc = _yaml_mapping(path, data)
    table = doc.get("renumbered")
    if not isinstance(table, dict):
        raise InputError(f"{path}: 'renumbered' must be a mapping of old code to current code")
    out: dict[str, str] = {}
    for old, new in table.items():
        if not isinstance(old, str) or not isinstance(new, str):
            raise InputError(f"{path}: codes must be quoted strings, got {old!r}: {new!r}")
        if new not in indicators:
            raise InputError(f"{path}: {old}: {new!r} is not a current indicator")
        out[old] = new
    return out


def place_key(name: str) -> str:
    """A place name as :attr:`Registry.places` holds it.

    Examples
    --------
    >>> place_key("Sharm El-Sheikh")
    'sharm el sheikh'
    """
    return " ".join(re.findall(r"[^\W_]+", name.lower()))


def _load_places(path: Path, data: bytes) -> frozenset[str]:
    doc = _yaml_mapping(path, data)
    out: set[str] = set()
    for section in ("countries", "cities"):
        names = doc.get(section)
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            raise InputError(f"{path}: '{section}' must be a list of names")
        out.update(place_key(n) for n in names)
    return frozenset(out)


# --- SDG KOS -----------------------------------------------------------------------------------


def _kos_iris(path: Path, data: bytes) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Goal and target IRIs by compact notation ("9", "9.c"), indicator IRIs by UNSD code."""
    graph = Graph()
    try:
        graph.parse(data=data, format="turtle")
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise InputError(f"{path}: cannot parse Turtle: {_one_line(str(exc))}") from None
    compact, perm = SDGO["SDGCodeCompact"], SDGO["SDGCodePerm"]
    kinds = {SDGO["Goal"]: "goal", SDGO["Target"]: "target", SDGO["Indicator"]: "indicator"}
    kind_of: dict[URIRef, str] = {}
    for cls, kind in kinds.items():
        for subject in graph.subjects(RDF.type, cls):
            if isinstance(subject, URIRef):
                kind_of[subject] = kind
    goals: dict[str, str] = {}
    targets: dict[str, str] = {}
    indicators: dict[str, str] = {}
    for subject, _, value in graph.triples((None, SKOS.notation, None)):
        if not isinstance(subject, URIRef) or not isinstance(value, Literal):
            continue
        subject_kind = kind_of.get(subject)
        if subject_kind == "goal" and value.datatype == compact:
            goals[str(value)] = str(subject)
        elif subject_kind == "target" and value.datatype == compact:
            targets[str(value)] = str(subject)
        elif subject_kind == "indicator" and value.datatype == perm:
            indicators[str(value)] = str(subject)
    if not goals or not targets or not indicators:
        raise InputError(f"{path}: no SDG goals, targets or indicators with skos:notation found")
    return goals, targets, indicators


# --- file reading helpers ---------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: file not found") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None


def _decode(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 (byte {exc.start})") from None


def _csv_rows(path: Path, data: bytes, columns: tuple[str, ...]) -> list[dict[str, str]]:
    reader = csv.DictReader(io.StringIO(_decode(path, data), newline=""))
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"{path}: missing column(s) {', '.join(missing)}")
    rows: list[dict[str, str]] = []
    try:
        for row in reader:
            if None in row or any(row[c] is None for c in columns):
                raise InputError(f"{path}: line {reader.line_num}: wrong number of fields")
            rows.append({k: v for k, v in row.items() if k is not None})
    except csv.Error as exc:
        raise InputError(f"{path}: line {reader.line_num}: {exc}") from None
    return rows


def _yaml_mapping(path: Path, data: bytes) -> dict[str, Any]:
    try:
        doc = yaml.safe_load(_decode(path, data))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise InputError(f"{path}: {where}malformed YAML: {_one_line(str(problem))}") from None
    if not isinstance(doc, dict):
        raise InputError(f"{path}: expected a mapping at the top level")
    return doc


def _yaml_list(path: Path, data: bytes, key: str) -> list[dict[str, Any]]:
    items = _yaml_mapping(path, data).get(key)
    if not isinstance(items, list):
        raise InputError(f"{path}: '{key}' must be a list")
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise InputError(f"{path}: {key}[{i}] is not a mapping")
    return items


def _entry_id(path: Path, entry: Mapping[str, Any], allowed: frozenset[str]) -> str:
    eid = entry.get("id")
    if not isinstance(eid, str) or not _ID.match(eid):
        raise InputError(f"{path}: id {eid!r} is missing or not [A-Za-z0-9-]+")
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise InputError(f"{path}: {eid}: unknown field(s) {', '.join(map(str, unknown))}")
    return eid


def _opt_str(path: Path, eid: str, entry: Mapping[str, Any], key: str) -> str | None:
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{path}: {eid}: '{key}' must be a string")
    return value.strip() or None


def _str_tuple(path: Path, eid: str, entry: Mapping[str, Any], key: str) -> tuple[str, ...]:
    value = entry.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise InputError(f"{path}: {eid}: '{key}' must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _claim(path: Path, owner: dict[str, tuple[str, str]], form: str, who: str, what: str) -> None:
    key = name_key(form)
    if not key:
        raise InputError(f"{path}: {who}: surface form {form!r} has no letters or digits")
    previous = owner.setdefault(key, (form, who))
    if previous[1] != who:
        raise InputError(f"{path}: surface form {form!r} names two {what}: {previous[1]} ({previous[0]!r}) and {who}")


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(";") if part.strip()]


def _slug_id(acronym: str) -> str:
    return _NOT_ID.sub("-", acronym.strip()).strip("-")


def _one_line(text: str) -> str:
    return " ".join(text.split())
