"""Measured quality: the extractor's output for a report against a hand-made gold file.

The gold format is documented in ``tests/gold/README.md``. Entities are matched by name: gold
organization names resolve through the registry (name, acronym, alias) or, for organizations not in
it, by normalised name against discovered ones; groupings match when any of their names equals any
name of a predicted grouping after normalisation. Precision counts predictions that match a gold
item; recall counts gold items matched by a prediction.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from kg.assemble import Assembly, _grouping_keys, assemble
from kg.corpus import read_corpus
from kg.errors import InputError
from kg.extract import Extractor
from kg.ids import name_key
from kg.registry import Registry, load_registry
from kg.roles import PARTICIPATION_PREDICATES, role_class

KINDS = ("organizations", "membership", "membership+role", "pairs", "mandates", "sdg")


@dataclass
class Score:
    """Precision, recall and F1 of one relation kind, with the unmatched items."""

    kind: str
    predicted: int = 0
    gold: int = 0
    tp_pred: int = 0
    tp_gold: int = 0
    false_pos: list[str] = field(default_factory=list)
    false_neg: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp_pred / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class EvalResult:
    """The scores of one gold file."""

    report: str
    scores: dict[str, Score]

    def as_dict(self) -> dict[str, Any]:
        return {"report": self.report, "scores": {k: {"precision": round(s.precision, 3), "recall": round(s.recall, 3),
                "f1": round(s.f1, 3), "predicted": s.predicted, "gold": s.gold} for k, s in self.scores.items()}}


def _names_of(spec: Any) -> list[str]:
    if isinstance(spec, str):
        out = [spec]
        m = re.match(r"^(.*?)\s*\(([^()]+)\)\s*$", spec)
        if m:
            out += [m.group(1), m.group(2)]
        return out
    if isinstance(spec, list):
        return [n for x in spec for n in _names_of(x)]
    raise InputError(f"gold: expected a name or a list of names, got {spec!r}")


_TRAILING_HEAD = re.compile(r"\s+(?:initiatives?|projects?|programmes?|program|campaign|platform|series|events?)$", re.I)


def _keys(names: Iterable[str]) -> set[str]:
    """Comparison keys of names; "Giga initiative" and "Giga" compare equal."""
    out: set[str] = set()
    for n in names:
        for form in {n, _TRAILING_HEAD.sub("", n.strip())}:
            out |= _grouping_keys(form, None)
            k = name_key(form)
            if k:
                out.add(k)
    return out


class _Matcher:
    """Names of predicted nodes, to match gold entity specs against."""

    def __init__(self, assembly: Assembly, registry: Registry) -> None:
        self.registry = registry
        self.names: dict[str, set[str]] = {}
        for key, node in assembly.nodes.items():
            names = [node.label, *node.aliases] + ([node.acronym] if node.acronym else [])
            grp = registry.groupings.get(key.split(":", 1)[1]) if key.startswith("grouping:") else None
            if grp:
                names += [grp.name, *grp.aliases] + ([grp.acronym] if grp.acronym else [])
            if key.startswith("org:"):
                org = registry.organizations.get(key[4:])
                if org:
                    names += [org.name, org.id, *org.aliases] + ([org.acronym] if org.acronym else [])
            self.names[key] = _keys(names)

    def org_key(self, spec: Any) -> str:
        for n in _names_of(spec):
            oid = self.registry.resolve_org(n)
            if oid:
                return f"org:{oid}"
        keys = _keys(_names_of(spec))
        for key, names in sorted(self.names.items()):
            if key.startswith("org:") and names & keys:
                return key
        return "gold-org:" + sorted(keys)[0] if keys else "gold-org:?"

    def matches(self, pred_key: str, spec: Any) -> bool:
        if pred_key.startswith("org:"):
            return self.org_key(spec) == pred_key
        return bool(self.names.get(pred_key, set()) & _keys(_names_of(spec)))


def _in_scope(locator: str, prefix: str, scope: list[str]) -> bool:
    if not scope or "all" in scope:
        return True
    loc = locator[len(prefix):].strip() if locator.startswith(prefix) else locator
    sec = loc[1:].split(" ", 1)[0].rstrip(",") if loc.startswith("§") else ""
    for entry in scope:
        entry = str(entry).strip()
        if sec and (sec == entry or sec.startswith(entry + ".")):
            return True
        if loc == entry or loc.startswith(entry + " ") or loc.startswith(entry + ","):
            return True
    return False


def evaluate(gold_path: Path, corpus: Path | None = None, registry: Registry | None = None,
             data_dir: Path | None = None) -> EvalResult:
    """Score one report against its gold file.

    Examples
    --------
    >>> r = evaluate(Path("tests/gold/itu-c23-collaboration-with-un-system.yaml"))  # doctest: +SKIP
    >>> round(r.scores["membership"].f1, 2)  # doctest: +SKIP
    0.9
    """
    from kg.pipeline import PROJECT_ROOT

    try:
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{gold_path}: no such gold file") from None
    except (yaml.YAMLError, UnicodeDecodeError):
        raise InputError(f"{gold_path}: malformed YAML") from None
    if not isinstance(gold, dict) or "report" not in gold:
        raise InputError(f"{gold_path}: a gold file is a mapping with at least 'report'")
    registry = registry or load_registry(data_dir or PROJECT_ROOT / "data")
    corpus = corpus or PROJECT_ROOT / "data" / "reports"
    reports = [r for r in read_corpus(corpus) if r.meta.id == gold["report"]]
    if not reports:
        raise InputError(f"{gold_path}: report '{gold['report']}' is not in {corpus}")
    report = reports[0]
    if gold.get("publisher") and not report.meta.publisher:
        from dataclasses import replace

        report = replace(report, meta=replace(report.meta, publisher=registry.resolve_org(gold["publisher"])))
    x = Extractor(registry).extract(report)
    asm = assemble([x], None, registry.groupings)
    m = _Matcher(asm, registry)
    prefix = report.meta.symbol or report.meta.id
    scope = [str(s) for s in gold.get("scope") or ["all"]]

    def scoped(fact: Any) -> bool:
        return any(_in_scope(e.locator, prefix, scope) for e in fact.evidence)

    facts = [f for f in asm.facts.values() if scoped(f)]
    scores: dict[str, Score] = {}

    def label(k: str) -> str:
        return f"{k} ({asm.nodes[k].label})" if k in asm.nodes else k

    # organizations
    pred_orgs = {asm.merged.get(k, k) for k, loc in x.org_mentions if _in_scope(loc, prefix, scope)}
    gold_orgs = {m.org_key(n) for n in gold.get("organizations") or []}
    scores["organizations"] = _score("organizations", sorted(pred_orgs), sorted(gold_orgs), lambda p, g: p == g, str, str)

    # memberships
    # one prediction per (organization, grouping), as in the membership network: "lead" when any of
    # the pair's facts is a leading role, else "member"
    strongest: dict[tuple[str, str], str] = {}
    for f in facts:
        if f.predicate in PARTICIPATION_PREDICATES:
            pair = (f.subject, f.object)
            if strongest.get(pair) != "lead":
                strongest[pair] = role_class(f.role)
    pm = sorted((o, g, r) for (o, g), r in strongest.items())
    gm = [(m.org_key(g["org"]), g["grouping"], str(g.get("role", "member"))) for g in gold.get("memberships") or []]
    fmt_g = lambda g: f"{g[0]} / {_names_of(g[1])[0]} / {g[2]}"  # noqa: E731
    fmt_p = lambda p: f"{p[0]} / {label(p[1])} / {p[2]}"  # noqa: E731
    scores["membership"] = _score("membership", pm, gm, lambda p, g: p[0] == g[0] and m.matches(p[1], g[1]), fmt_p, fmt_g)
    scores["membership+role"] = _score("membership+role", pm, gm, lambda p, g: p[0] == g[0] and p[2] == g[2] and m.matches(p[1], g[1]), fmt_p, fmt_g)

    # org-org pairs: sharing a grouping, or stated directly
    pred_pairs: set[tuple[str, str]] = set()
    by_group: dict[str, set[str]] = defaultdict(set)
    for o, g, _ in pm:
        by_group[g].add(o)
    for members in by_group.values():
        pred_pairs |= {tuple(sorted(p)) for p in combinations(sorted(members), 2)}  # type: ignore[misc]
    pred_pairs |= {tuple(sorted((f.subject, f.object))) for f in facts if f.predicate == "partnersWith"}  # type: ignore[misc]
    gold_pairs: set[tuple[str, str]] = set()
    gold_groups: list[tuple[Any, set[str]]] = []
    for o, g, _ in gm:
        for spec, members in gold_groups:
            if _keys(_names_of(spec)) & _keys(_names_of(g)):
                members.add(o)
                break
        else:
            gold_groups.append((g, {o}))
    for _, members in gold_groups:
        gold_pairs |= {tuple(sorted(p)) for p in combinations(sorted(members), 2)}  # type: ignore[misc]
    for a, b in gold.get("direct") or []:
        ka, kb = m.org_key(a), m.org_key(b)
        if ka != kb:
            gold_pairs.add(tuple(sorted((ka, kb))))  # type: ignore[arg-type]
    scores["pairs"] = _score("pairs", sorted(pred_pairs), sorted(gold_pairs), lambda p, g: p == g, str, str)

    # mandates
    pmand = sorted({(f.subject, f.object.split(":", 1)[1]) for f in facts if f.predicate == "mandatedBy"})
    gmand = [(g["subject"], str(g["resolution"])) for g in gold.get("mandates") or []]
    scores["mandates"] = _score("mandates", pmand, gmand, lambda p, g: p[1] == g[1] and m.matches(p[0], g[0]),
                                lambda p: f"{label(p[0])} -> {p[1]}", lambda g: f"{_names_of(g[0])[0]} -> {g[1]}")

    # SDG links
    def norm_sdg(n: str) -> str:
        c = registry.sdg(n)
        return getattr(c, "notation", None) or getattr(c, "number", None) or n

    psdg = sorted({(f.subject, f.object.split(":", 1)[1]) for f in facts if f.predicate in ("addressesSDG", "custodianOf")})
    gsdg = [(g["subject"], norm_sdg(str(g["sdg"]))) for g in gold.get("sdg") or []]
    scores["sdg"] = _score("sdg", psdg, gsdg, lambda p, g: p[1] == g[1] and m.matches(p[0], g[0]),
                           lambda p: f"{label(p[0])} -> {p[1]}", lambda g: f"{_names_of(g[0])[0]} -> {g[1]}")
    return EvalResult(report=report.meta.id, scores=scores)


def _score(kind: str, pred: list[Any], gold: list[Any], match: Any, fmt_p: Any, fmt_g: Any) -> Score:
    s = Score(kind, predicted=len(pred), gold=len(gold))
    matched_gold: set[int] = set()
    for p in pred:
        hits = [i for i, g in enumerate(gold) if match(p, g)]
        if hits:
            s.tp_pred += 1
            matched_gold.update(hits)
        else:
            s.false_pos.append(fmt_p(p))
    s.tp_gold = len(matched_gold)
    s.false_neg = [fmt_g(g) for i, g in enumerate(gold) if i not in matched_gold]
    return s


def evaluate_files(paths: list[Path], corpus: Path | None = None) -> list[EvalResult]:
    """Score several gold files with one registry load."""
    from kg.pipeline import PROJECT_ROOT

    registry = load_registry(PROJECT_ROOT / "data")
    return [evaluate(p, corpus, registry) for p in paths]


def format_scores(results: list[EvalResult], show_errors: bool = False) -> str:
    """A plain-text table of the scores (and, on request, the unmatched items)."""
    lines = [f"{'report':<44} {'kind':<16} {'P':>6} {'R':>6} {'F1':>6} {'pred':>5} {'gold':>5}"]
    for r in results:
        for k in KINDS:
            s = r.scores[k]
            lines.append(f"{r.report[:44]:<44} {k:<16} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} {s.predicted:>5} {s.gold:>5}")
        if show_errors:
            for k in KINDS:
                s = r.scores[k]
                for fp in s.false_pos:
                    lines.append(f"  FP {k}: {fp}")
                for fn in s.false_neg:
                    lines.append(f"  FN {k}: {fn}")
    return "\n".join(lines)
