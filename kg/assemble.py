"""Stage 4: statements of every report → facts; the same grouping named differently → one node.

Invariants: a fact key identifies (subject, predicate, object, role) whatever the evidence; every
fact keeps all the evidence that states it, sorted; node merges are deterministic (registry key
first, then the most frequent label) and can be vetoed by curation (``split``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from kg.errors import InputError
from kg.extract import ReportExtraction
from kg.ids import digest, name_key
from kg.mentions import GROUPING_HEADS
from kg.model import Evidence, Fact, Node, Statement
from kg.roles import ROLE_PREDICATE

PREDICATES = frozenset(ROLE_PREDICATE.values()) | {"partnersWith", "partOf", "mandatedBy", "addressesSDG", "custodianOf"}


@dataclass
class Curation:
    """Human decisions stored as data and re-applied on every build."""

    reject: dict[str, tuple[str, str]] = field(default_factory=dict)  # fact key -> (by, why)
    add: list[tuple[Statement, str, str]] = field(default_factory=list)  # statement, by, why
    same: list[tuple[str, str, str, str]] = field(default_factory=list)  # key a, key b, by, why
    split: list[tuple[str, str, str, str]] = field(default_factory=list)
    aliases: list[tuple[str, str, str, str]] = field(default_factory=list)  # alias, org id, by, why
    source: str = ""


def _req(entry: dict[str, Any], name: str, path: Path, i: int, section: str) -> str:
    val = entry.get(name)
    if not isinstance(val, str) or not val.strip():
        raise InputError(f"{path}: {section} entry {i} needs '{name}'")
    return val.strip()


def load_curation(path: Path | None) -> Curation:
    """Read ``data/curation.yaml`` (missing file: no curation).

    The file has the sections ``reject`` (fact, by, reason), ``add`` (subject, predicate, object,
    role?, report, locator, quote, by, reason), ``same`` and ``split`` (a, b, by, reason) and
    ``aliases`` (alias, org, by, reason). Every decision names who made it and why.
    """
    cur = Curation()
    if path is None or not path.exists():
        return cur
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, UnicodeDecodeError):
        raise InputError(f"{path}: malformed YAML") from None
    if not isinstance(doc, dict):
        raise InputError(f"{path}: expected a mapping of sections (reject, add, same, split, aliases)")
    unknown = set(doc) - {"reject", "add", "same", "split", "aliases", "source"}
    if unknown:
        raise InputError(f"{path}: unknown section(s) {', '.join(sorted(unknown))}")
    cur.source = str(doc.get("source", ""))
    for i, e in enumerate(doc.get("reject") or [], 1):
        cur.reject[_req(e, "fact", path, i, "reject")] = (_req(e, "by", path, i, "reject"), _req(e, "reason", path, i, "reject"))
    for i, e in enumerate(doc.get("add") or [], 1):
        pred = _req(e, "predicate", path, i, "add")
        if pred not in PREDICATES:
            raise InputError(f"{path}: add entry {i}: unknown predicate '{pred}'")
        ev = Evidence(report=_req(e, "report", path, i, "add"), locator=_req(e, "locator", path, i, "add"),
                      quote=_req(e, "quote", path, i, "add"), start=0, end=0, rule="curation@1", confidence=1.0)
        st = Statement(_req(e, "subject", path, i, "add"), pred, _req(e, "object", path, i, "add"), ev, role=str(e.get("role", "")))
        cur.add.append((st, _req(e, "by", path, i, "add"), _req(e, "reason", path, i, "add")))
    for section, target in (("same", cur.same), ("split", cur.split)):
        for i, e in enumerate(doc.get(section) or [], 1):
            target.append((_req(e, "a", path, i, section), _req(e, "b", path, i, section), _req(e, "by", path, i, section), _req(e, "reason", path, i, section)))
    for i, e in enumerate(doc.get("aliases") or [], 1):
        cur.aliases.append((_req(e, "alias", path, i, "aliases"), _req(e, "org", path, i, "aliases"), _req(e, "by", path, i, "aliases"), _req(e, "reason", path, i, "aliases")))
    return cur


@dataclass
class Assembly:
    """The assembled graph content: nodes by key and facts by key, plus what curation did."""

    nodes: dict[str, Node]
    facts: dict[str, Fact]
    merged: dict[str, str]  # old key -> canonical key
    rejected: dict[str, tuple[str, str]]
    node_reports: dict[str, tuple[str, ...]]
    citations: dict[str, set[str]]  # resolution key -> reports citing it
    publishers: dict[str, str | None]


_OWNER_PREFIX = re.compile(r"^[A-Z]{2,8}(?:-[A-Z]{1,3})?\s+([A-Z][\w\-]*(?:\s+\S+){0,8})$")


def _grouping_keys(label: str, acronym: str | None) -> set[str]:
    keys = set()
    for name in (label, acronym or ""):
        if not name:
            continue
        k = name_key(re.sub(r"\bUnited Nations\b|\bU\.N\.", "UN", name, flags=re.I))
        k = re.sub(r"(s)$", "", k) if len(k) > 6 else k
        k = re.sub(r"symposia$", "symposium", re.sub(r"fora$", "forum", k))  # Latin plurals: "FIGI symposia"
        if len(k) >= 3:
            keys.add(k)
    return keys


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def assemble(extractions: Iterable[ReportExtraction], curation: Curation | None = None,
             registry_groupings: Iterable[str] = ()) -> Assembly:
    """Merge per-report statements into facts and per-report nodes into one node set.

    Examples
    --------
    >>> from kg.model import Evidence, Statement, Node
    >>> ev = Evidence("r", "§1", "ITU chairs UNGIS.", 0, 17, "active-cue@1")
    >>> x = ReportExtraction("r", [Statement("org:ITU", "chairs", "grouping:ungis", ev, role="chair")],
    ...                      {"grouping:ungis": Node("grouping:ungis", "UNGIS", "Grouping")})
    >>> a = assemble([x])
    >>> [(f.subject, f.predicate, f.object) for f in a.facts.values()]
    [('org:ITU', 'chairs', 'grouping:ungis')]
    """
    curation = curation or Curation()
    extractions = list(extractions)
    registry_set = {f"grouping:{g}" for g in registry_groupings}
    # 1. nodes and the reports that name them
    nodes: dict[str, Node] = {}
    reports_of: dict[str, set[str]] = defaultdict(set)
    label_count: dict[tuple[str, str], int] = defaultdict(int)
    for x in extractions:
        for key, node in x.nodes.items():
            reports_of[key].add(x.report)
            label_count[(key, node.label)] += 1
            old = nodes.get(key)
            if old is None:
                nodes[key] = node
            elif node.acronym and not old.acronym:
                nodes[key] = replace(old, acronym=node.acronym)
    # 2. merge groupings named differently (acronym vs full name, UN vs United Nations)
    uf = _UnionFind()
    vetoed = {frozenset((a, b)) for a, b, _, _ in curation.split}
    by_name: dict[str, list[str]] = defaultdict(list)
    for key, node in sorted(nodes.items()):
        if node.type != "Grouping":
            continue
        for k in _grouping_keys(node.label, node.acronym):
            by_name[k].append(key)
    for _, keys in sorted(by_name.items()):
        for other in keys[1:]:
            if frozenset((keys[0], other)) not in vetoed:
                uf.union(keys[0], other)
    # "ITU Kaleidoscope" is the "Kaleidoscope" another node is named: a name with its owner's
    # acronym before it joins the node with the bare name (never two owners' bare names together)
    org_acronyms = {n.acronym or k.split(":", 1)[1] for k, n in nodes.items() if n.type == "Organization"}
    claims: dict[str, set[str]] = defaultdict(set)  # bare-named node -> owner-named nodes naming it
    for key, node in sorted(nodes.items()):
        owned = _OWNER_PREFIX.match(node.label) if node.type == "Grouping" else None
        if owned is None or owned.group(1).lower() in GROUPING_HEADS or owned.group(0).split()[0] not in org_acronyms:
            continue
        for other in {o for k in _grouping_keys(owned.group(1), None) for o in by_name.get(k, [])}:
            if other != key and frozenset((key, other)) not in vetoed:
                claims[other].add(key)
    for other, owners in sorted(claims.items()):
        if len(owners) == 1:  # "UNU Kaleidoscope" too: the bare name is ambiguous, left alone
            uf.union(other, next(iter(owners)))
    for a, b, _, _ in curation.same:
        uf.union(a, b)
    groups: dict[str, list[str]] = defaultdict(list)
    for key in sorted(nodes):
        if nodes[key].type == "Grouping":
            groups[uf.find(key)].append(key)
    merged: dict[str, str] = {}
    for members in groups.values():
        head = sorted(members, key=lambda k: (k not in registry_set, nodes[k].discovered,
                                              -len(reports_of[k]), -len(nodes[k].label), k))[0]
        aliases = {nodes[k].label for k in members} | {nodes[k].acronym for k in members if nodes[k].acronym}
        base = nodes[head]
        acronym = base.acronym or next((nodes[k].acronym for k in members if nodes[k].acronym), None)
        nodes[head] = replace(base, acronym=acronym, aliases=tuple(sorted(a for a in aliases if a and a != base.label)))
        for k in members:
            if k != head:
                merged[k] = head
                reports_of[head] |= reports_of[k]
                del nodes[k]

    def canon(key: str) -> str:
        return merged.get(key, key)

    # 3. facts
    by_key: dict[str, list[Statement]] = defaultdict(list)
    citations: dict[str, set[str]] = defaultdict(set)
    for x in extractions:
        for c in x.citations:
            citations[f"resolution:{c.key}"].add(x.report)
        for st in x.statements:
            s2 = replace(st, subject=canon(st.subject), object=canon(st.object))
            if s2.subject == s2.object:
                continue
            by_key[s2.fact_key].append(s2)
    for st, by, why in curation.add:
        s2 = replace(st, subject=canon(st.subject), object=canon(st.object))
        by_key[s2.fact_key].append(replace(s2, attrs=(("curator", by), ("reason", why))))
    facts: dict[str, Fact] = {}
    rejected: dict[str, tuple[str, str]] = {}
    for key, sts in sorted(by_key.items()):
        if key in curation.reject:
            rejected[key] = curation.reject[key]
            continue
        first = sts[0]
        evidence = tuple(sorted({s.evidence for s in sts if s.evidence.rule != "curation@1"}))
        cur = tuple(sorted({(dict(s.attrs)["curator"], dict(s.attrs)["reason"]) for s in sts if s.evidence.rule == "curation@1"}))
        cur_ev = tuple(sorted({s.evidence for s in sts if s.evidence.rule == "curation@1"}))
        # qualifiers (annex table cells) stay with the report that states them: (report, name, value)
        attrs = tuple(sorted({(s.evidence.report, k, v) for s in sts if s.evidence.rule != "curation@1" for k, v in s.attrs}))
        facts[key] = Fact(first.subject, first.predicate, first.object, first.role, evidence + cur_ev, attrs, cur)
    return Assembly(nodes=nodes, facts=facts, merged=merged, rejected=rejected,
                    node_reports={k: tuple(sorted(v)) for k, v in reports_of.items() if k in nodes},
                    citations=dict(citations), publishers={x.report: x.publisher for x in extractions})


def fact_id(fact: Fact) -> str:
    """The stable id of a fact (what ``data/curation.yaml`` names to reject it)."""
    return digest(fact.subject, fact.predicate, fact.object, fact.role)
