"""Synthetic corpora for the benchmark: N times the bundled reports, recombined and renamed.

Each synthetic report is a variant of one bundled report (round robin, so a corpus of factor N
holds N variants of every report and N times the bundled text). A variant keeps the structure of
its source exactly -- headings, paragraph numbers, bullet signs, table layout -- and recombines
its content: the bodies of numbered paragraphs are shuffled within their top-level section, the
bodies of bullets within their run of bullets, the rows of a table within the table, and a few
bodies are drawn from the other reports. Entities are then renamed in one pass: organizations
other than the publisher's own family are swapped for other registry organizations of the same
category, and registry groupings get a Roman-numeral suffix ("UNGIS III"), so that the extractor
finds new facts rather than the same facts again.

Invariant: the output depends only on the source reports, the registry, ``seed`` and the code
that cuts reports into units (``kg/reports.py``, this file); the same inputs give byte-identical
files. Their fingerprint is stored beside the corpus, and :func:`ensure` regenerates a corpus
whose fingerprint has changed.

Usage::

    .venv/bin/python bench/corpus.py 10          # writes bench/work/corpus-10x/
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.corpus import read_corpus  # noqa: E402
from kg.model import Report, Unit  # noqa: E402
from kg.registry import Organization, Registry, load_registry  # noqa: E402
from kg.reports import body_start, parse_report  # noqa: E402

WORK = ROOT / "bench" / "work"
SOURCE = ROOT / "data" / "reports"
ROMAN = ("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
PROTECTED = frozenset({"ITU", "UN", "Secretariat", "UNGA", "ECOSOC"})  # the publisher's family and generic names
KEPT_CATEGORIES = frozenset({"itu-sector-or-bureau", "governing-body"})
SWAP_SHARE = 0.5  # share of the organizations of a report renamed in a variant
FOREIGN_SHARE = 0.15  # share of bodies drawn from another report
RENAME_GROUPINGS = 0.7  # share of variants whose registry groupings get a suffix


def corpus_dir(factor: int, work: Path = WORK) -> Path:
    """Where the corpus of ``factor`` times the bundled text lives.

    Examples
    --------
    >>> corpus_dir(10).name
    'corpus-10x'
    """
    return work / f"corpus-{factor}x"


# --- recombination ----------------------------------------------------------------------------


def _slots(report: Report, units: Sequence[Unit]) -> list[tuple[str, int, int]]:
    """Swappable spans of a report: (pool key, start, end) of each paragraph body, bullet body, row.

    The pool key says which spans may replace one another: bodies of numbered paragraphs of one
    top-level section, bullets of one run, rows of one table.
    """
    text = report.text
    out: list[tuple[str, int, int]] = []
    prev: Unit | None = None
    run = 0
    for u in units:
        if u.kind == "bullet":
            if prev is None or prev.kind != "bullet":
                run += 1
            key = f"bullet|{run}"
        elif u.kind == "row":
            key = f"row|{u.table}|{u.section}|{u.heading}"
        elif u.kind == "paragraph" and "§" in u.locator and "¶" not in u.locator:
            key = f"para|{u.section.split('.')[0]}"
        else:
            prev = u
            continue
        start = body_start(text, u) if u.kind != "row" else u.start
        if u.end - start > 20:
            out.append((key, start, u.end))
        prev = u
    return out


def _recombine(report: Report, units: Sequence[Unit], foreign: Mapping[str, Sequence[str]], rng: random.Random) -> str:
    """The report's text with its swappable spans permuted within their pools."""
    text = report.text
    slots = _slots(report, units)
    pools: dict[str, list[int]] = defaultdict(list)
    for i, (key, _, _) in enumerate(slots):
        pools[key].append(i)
    replacement: dict[int, str] = {}
    for idx in pools.values():
        bodies = [text[slots[i][1] : slots[i][2]] for i in idx]
        rng.shuffle(bodies)
        for i, body in zip(idx, bodies, strict=True):
            kind = slots[i][0].split("|", 1)[0]
            if kind != "row" and foreign.get(kind) and rng.random() < FOREIGN_SHARE:
                body = rng.choice(foreign[kind])
            replacement[i] = body
    parts: list[str] = []
    pos = 0
    for i, (_, start, end) in enumerate(slots):
        parts += [text[pos:start], replacement[i]]
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


# --- renaming -----------------------------------------------------------------------------------


def _trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, longest first (a trie, fast on large sets)."""
    trie: dict[str, dict[str, object]] = {}
    for w in words:
        node: dict[str, object] = trie
        for ch in w:
            node = node.setdefault(ch, {})  # type: ignore[assignment]
        node[""] = {}

    def emit(node: Mapping[str, object]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]  # type: ignore[arg-type]
        end = "" in node
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return emit(trie)


# a capitalised name with a grouping head word ("Global E-waste Statistics Partnership", "Working
# Group on AI"); the suffix goes after the head word ("Working Group III on AI")
_HEADS = ("Working Group", "Task Force", "Partnership", "Initiative", "Network", "Coalition", "Alliance", "Platform",
          "Programme", "Project", "Facility", "Campaign", "Challenge", "Committee", "Forum", "Team")
_PHRASE = (r"(?:[A-Z][\w’'&-]*\s(?:(?:of|for|on|and|the|in)\s)?){1,5}(?P<head>" + "|".join(_HEADS) + ")"
           r"(?:\s(?:on|for|of)(?:\s(?:the|and))?(?:\s[A-Z][\w’'&-]*){1,4})?")


class Renamer:
    """Renames organizations and registry groupings of a text in one regex pass.

    Forms are matched case-sensitively, longest first and never inside a longer word, so a
    grouping name that contains an organization name ("UN Group on the Information Society")
    is renamed as a grouping.
    """

    def __init__(self, registry: Registry) -> None:
        self.orgs = registry.organizations
        self.org_of: dict[str, str] = {}
        for form, org_id in registry.org_names():
            if len(form) >= 3 and form not in self.org_of:
                self.org_of[form] = org_id
        self.grouping_forms: set[str] = set()
        for g in registry.groupings.values():
            for form in (g.name, g.acronym, *g.aliases):
                if form and len(form) >= 3 and form not in self.org_of:
                    self.grouping_forms.add(form)
        forms = _trie_pattern(set(self.org_of) | self.grouping_forms)
        self.pattern = re.compile(rf"(?<![\w-])(?:(?P<form>{forms})|{_PHRASE})(?![\w-])")
        by_cat: dict[str, list[str]] = defaultdict(list)
        for o in self.orgs.values():
            if self._swappable(o):
                by_cat[o.category].append(o.id)
        self.by_category = {k: sorted(v) for k, v in by_cat.items()}

    def _swappable(self, org: Organization) -> bool:
        # ITU's own organs and conferences are cited in mandates ("WTDC Resolution 37"): keep them
        return org.id not in PROTECTED and not (set(org.parents) & PROTECTED) and org.category not in KEPT_CATEGORIES

    def mapping(self, text: str, rng: random.Random) -> dict[str, str]:
        """A random swap of some organizations named in ``text`` for others of their category."""
        named = sorted({self.org_of[m.group(0)] for m in self.pattern.finditer(text) if m.group(0) in self.org_of})
        out: dict[str, str] = {}
        for org_id in named:
            org = self.orgs[org_id]
            pool = [o for o in self.by_category.get(org.category, []) if o != org_id]
            if self._swappable(org) and pool and rng.random() < SWAP_SHARE:
                out[org_id] = rng.choice(pool)
        return out

    def _form(self, form: str, old: Organization, new: Organization) -> str:
        if form in (old.acronym, old.id) and new.acronym:
            return new.acronym
        return new.name

    def rename(self, text: str, swap: Mapping[str, str], suffix: str | None) -> str:
        """``text`` with the organizations of ``swap`` renamed and registry groupings suffixed."""

        def sub(m: re.Match[str]) -> str:
            form = m.group(0)
            if m.group("form") is None:  # a discovered grouping name: suffix its head word
                return f"{form[: m.end('head') - m.start()]} {suffix}{form[m.end('head') - m.start():]}" if suffix else form
            org_id = self.org_of.get(form)
            if org_id is not None:
                if org_id in swap:
                    return self._form(form, self.orgs[org_id], self.orgs[swap[org_id]])
                return form
            return f"{form} {suffix}" if suffix else form

        return self.pattern.sub(sub, text)


# --- the corpus ---------------------------------------------------------------------------------


def generate(factor: int, out: Path | None = None, seed: int = 0, source: Path = SOURCE, data: Path = ROOT / "data") -> Path:
    """Write a corpus of ``factor`` times the bundled reports to ``out`` and return its directory.

    Synthetic report ``k`` is a variant of source report ``k mod n``; a ``reports.yaml`` gives each
    its publisher, year and a title naming its source, as for the bundled corpus.

    Examples
    --------
    >>> d = generate(2, Path("/tmp/corpus-2x"))          # doctest: +SKIP
    >>> len(list(d.glob("*.txt")))                       # doctest: +SKIP
    8
    """
    out = out or corpus_dir(factor)
    registry = load_registry(data)
    reports = read_corpus(source)
    renamer = Renamer(registry)
    units = {r.meta.id: parse_report(r) for r in reports}
    foreign: dict[str, dict[str, list[str]]] = {}
    for r in reports:
        pool: dict[str, list[str]] = defaultdict(list)
        for other in reports:
            if other.meta.id != r.meta.id:
                for key, s, e in _slots(other, units[other.meta.id]):
                    pool[key.split("|", 1)[0]].append(other.text[s:e])
        foreign[r.meta.id] = dict(pool)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.txt"):
        old.unlink()
    meta_lines = ["# Synthetic corpus written by bench/corpus.py; do not edit.", "reports:"]
    total = factor * len(reports)
    for k in range(total):
        src = reports[k % len(reports)]
        variant = k // len(reports)
        rng = random.Random(f"{seed}|{factor}|{k}")
        text = _recombine(src, units[src.meta.id], foreign[src.meta.id], rng)
        suffix = ROMAN[variant % len(ROMAN)] if variant and rng.random() < RENAME_GROUPINGS else None
        text = renamer.rename(text, renamer.mapping(text, rng), suffix)
        rid = f"synthetic-{k:04d}-{src.meta.id}"
        (out / f"{rid}.txt").write_text(text, encoding="utf-8")
        meta_lines += [
            f"  - id: {rid}",
            f"    file: {rid}.txt",
            f"    title: \"{src.meta.title.replace(chr(34), '')} (synthetic variant {k})\"",
            f"    publisher: {src.meta.publisher or 'ITU'}",
        ]
        if src.meta.year:
            meta_lines.append(f"    year: {src.meta.year}")
    (out / "reports.yaml").write_text("\n".join(meta_lines) + "\n", encoding="utf-8")
    return out


def fingerprint(factor: int, seed: int, source: Path = SOURCE, data: Path = ROOT / "data") -> str:
    """A hash of everything a corpus depends on (inputs, registry files, the generating code).

    Examples
    --------
    >>> len(fingerprint(10, 0))                          # doctest: +SKIP
    64
    """
    h = hashlib.sha256(f"{factor}|{seed}".encode())
    files = [Path(__file__), ROOT / "kg" / "reports.py", *sorted(source.iterdir()), *sorted(data.glob("*.yaml"))]
    for f in files:
        if f.is_file():
            h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()


def ensure(factor: int, seed: int = 0) -> Path:
    """The corpus of ``factor``: the bundled reports for 1, (re)generated when missing or stale."""
    if factor == 1:
        return SOURCE
    d = corpus_dir(factor)
    stamp = d / ".fingerprint"
    want = fingerprint(factor, seed)
    if not stamp.exists() or stamp.read_text(encoding="utf-8") != want:
        generate(factor, d, seed)
        stamp.write_text(want, encoding="utf-8")
    return d


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: ``python bench/corpus.py FACTOR [--seed N] [--out DIR]``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("factor", type=int)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args(argv)
    d = generate(args.factor, args.out or corpus_dir(args.factor), args.seed)
    files = sorted(d.glob("*.txt"))
    size = sum(f.stat().st_size for f in files)
    print(f"{d}: {len(files)} reports, {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
