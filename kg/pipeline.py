"""The only orchestrator: ``build(options)`` runs the stages in order and writes the outputs.

Stages: registry (reference data) → corpus (reports) → report structure and mentions → extraction
→ assembly with curation → RDF dataset → SHACL validation → atomic write of ``kg.trig``,
``kg.ttl`` and ``summary.json``. Nothing is written unless every stage succeeded.
"""

from __future__ import annotations

import gc
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from rdflib import Dataset, Graph

from kg import __version__
from kg.assemble import Assembly, assemble, load_curation
from kg.corpus import read_corpus
from kg.errors import InputError, ValidationError
from kg.extract import Extractor, ReportExtraction
from kg.io import atomic_write_many
from kg.metadata import infer_year
from kg.model import Report
from kg.namespaces import DEFAULT_BASE, Ids
from kg.rdf import build_dataset, serialize_sorted, union_graph
from kg.registry import Registry, load_registry
from kg.validate import validate_graph

T = TypeVar("T")
Wrap = Callable[[Iterable[T], str, int], Iterable[T]]

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _no_progress(items: Iterable[T], label: str, total: int) -> Iterable[T]:
    return items


@dataclass
class BuildOptions:
    """What ``unkg build`` needs; every path has a default inside the project."""

    corpus: Path = PROJECT_ROOT / "data" / "reports"
    out: Path = Path("out")
    data: Path = PROJECT_ROOT / "data"
    ontology: Path = PROJECT_ROOT / "ontology"
    base: str = DEFAULT_BASE
    publisher: str | None = None
    curation: Path | None = None  # default: data/curation.yaml when it exists
    validate: bool = True
    incremental: bool = True  # reuse cached per-report extractions in OUT/.cache/
    store: str | None = None  # "oxigraph:PATH" or "sparql:URL[,update=URL][,store=URL]": also load the dataset there


@dataclass
class BuildResult:
    """What a build produced: paths written, counts, and what validation found."""

    outputs: list[Path]
    reports: list[Report]
    assembly: Assembly
    counts: dict[str, Any] = field(default_factory=dict)
    reused: list[str] = field(default_factory=list)  # reports whose cached extraction was reused
    removed: list[str] = field(default_factory=list)  # cached reports no longer in the corpus


def extract_reports(reports: list[Report], registry: Registry, wrap: Wrap[Report] = _no_progress) -> list[ReportExtraction]:
    """Run the extractor over every report (stages 1-3)."""
    ex = Extractor(registry)
    return [ex.extract(r) for r in wrap(reports, "Extracting", len(reports))]


def extract_incremental(reports: list[Report], registry: Registry, cache_dir: Path | None,
                        wrap: Wrap[Report] = _no_progress) -> tuple[list[ReportExtraction], dict[Path, str], list[str]]:
    """Extract every report, reusing cached extractions whose key still matches.

    Returns the extractions, the cache files to write, and the ids of the reports reused.
    """
    from kg import cache

    ex: Extractor | None = None
    exhash = cache.extractor_hash()
    out: list[ReportExtraction] = []
    to_write: dict[Path, str] = {}
    reused: list[str] = []
    for r in wrap(reports, "Extracting", len(reports)):
        key = cache.cache_key(r, registry.content_hash(), exhash)
        path = cache_dir / f"{r.meta.id}.json" if cache_dir else None
        hit = cache.load(path, key) if path and path.exists() else None
        if hit is not None:
            out.append(hit)
            reused.append(r.meta.id)
            continue
        ex = ex or Extractor(registry)
        x = ex.extract(r)
        out.append(x)
        if path is not None:
            to_write[path] = cache.dump(x, key)
    return out, to_write, reused


def _with_inferred_year(reports: list[Report]) -> list[Report]:
    from dataclasses import replace

    out = []
    for r in reports:
        if r.meta.year is None:
            year = infer_year(r.text)
            r = replace(r, meta=replace(r.meta, year=year))
        out.append(r)
    return out


def build(options: BuildOptions, wrap: Wrap[Any] = _no_progress) -> BuildResult:
    """Build the knowledge graph of a corpus and write it to ``options.out``.

    Examples
    --------
    >>> result = build(BuildOptions(out=Path("out")))  # doctest: +SKIP
    >>> sorted(p.name for p in result.outputs)  # doctest: +SKIP
    ['kg.trig', 'kg.ttl', 'summary.json']
    """
    gc.disable()  # the build allocates millions of small objects and frees few: collection is wasted work
    try:
        return _build(options, wrap)
    finally:
        gc.enable()


def _build(options: BuildOptions, wrap: Wrap[Any]) -> BuildResult:
    if options.store:  # a malformed store spec fails before the work, not after it
        from kg.store import check_reachable, check_writable

        check_writable(options.store)
        check_reachable(options.store)
    registry = load_registry(options.data)
    if options.publisher and options.publisher not in registry.organizations:
        resolved = registry.resolve_org(options.publisher)
        if resolved is None:
            raise InputError(f"--publisher {options.publisher}: not an organization of the registry")
        options.publisher = resolved
    reports = _with_inferred_year(read_corpus(options.corpus, options.publisher))
    curation_path = options.curation or (options.data / "curation.yaml")
    curation = load_curation(curation_path if curation_path.exists() else None)
    cache_dir = options.out / ".cache" / "extract" if options.incremental else None
    extractions, cache_files, reused = extract_incremental(reports, registry, cache_dir, wrap)
    assembly = assemble(extractions, curation, registry.groupings)
    ontology_file = options.ontology / "unkg.ttl"
    if not ontology_file.exists():
        raise InputError(f"{ontology_file}: ontology file not found")
    ds = build_dataset(reports, assembly, registry, ontology_file, Ids(options.base))
    if options.validate:
        union = union_graph(ds)  # pySHACL needs one rdflib graph; a build without validation never makes it
        onto = Graph().parse(ontology_file, format="turtle")
        violations = validate_graph(union, options.ontology / "shapes.ttl", onto)
        errors = [v for v in violations if v.severity == "Violation"]
        if errors:
            more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
            raise ValidationError(f"the built graph does not conform to the shapes: {errors[0]}{more}")
        del union
    out = serialize_sorted(ds)
    counts = summarise(reports, assembly, out.triples, out.classes)
    stale = sorted(p for p in cache_dir.glob("*.json") if p.stem not in {r.meta.id for r in reports}) if cache_dir and cache_dir.exists() else []
    files: dict[Path, str | bytes] = {
        options.out / "kg.trig": out.trig,
        options.out / "kg.ttl": out.ttl,
        options.out / "summary.json": json.dumps(counts, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
    }
    atomic_write_many({**files, **cache_files})
    if options.store:
        from kg.store import write_store

        counts_store = write_store(options.store, ds.serialize(format="nquads", encoding="utf-8"))
        counts = {**counts, "store": {"spec": options.store, "quads": counts_store}}
    for p in stale:  # a report removed from the corpus: its cached extraction goes too
        p.unlink(missing_ok=True)
    return BuildResult(outputs=sorted(files), reports=reports, assembly=assembly, counts=counts,
                       reused=reused, removed=[p.stem for p in stale])


def summarise(reports: list[Report], assembly: Assembly, triples: int, classes: dict[str, int]) -> dict[str, Any]:
    """Counts by class, by predicate and by report (deterministic: no times, sorted keys).

    ``triples`` and ``classes`` (``rdf:type`` triples by class IRI) count the union graph.
    """
    by_class: Counter[str] = Counter()
    for iri, n in classes.items():
        by_class[_local(iri)] += n
    by_pred: Counter[str] = Counter(f.predicate for f in assembly.facts.values())
    per_report: dict[str, dict[str, int]] = {
        r.meta.id: {"facts": 0, "evidence": 0, "participations": 0, "mandates": 0, "sdg_links": 0} for r in reports
    }
    for f in assembly.facts.values():  # one pass: linear in facts whatever the number of reports
        kind = ("mandates" if f.predicate == "mandatedBy" else "sdg_links" if f.predicate in ("addressesSDG", "custodianOf")
                else None if f.predicate in ("partnersWith", "partOf") else "participations")
        for rid in f.reports:
            if rid not in per_report:
                continue
            c = per_report[rid]
            c["facts"] += 1
            if kind:
                c[kind] += 1
        for e in f.evidence:
            if e.report in per_report:
                per_report[e.report]["evidence"] += 1
    discovered = sorted(n.label for n in assembly.nodes.values() if n.discovered and n.key.startswith("org:"))
    return {
        "unkg_version": __version__,
        "triples": triples,
        "facts": len(assembly.facts),
        "classes": dict(sorted(by_class.items())),
        "predicates": dict(sorted(by_pred.items())),
        "reports": per_report,
        "discovered_organizations": discovered,
        "groupings": sum(1 for k in assembly.nodes if k.startswith("grouping:")),
        "resolutions": sum(1 for k in assembly.nodes if k.startswith("resolution:")),
        "rejected_by_curation": sorted(assembly.rejected),
    }


def _local(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[1] if sep == "#" or "#" not in iri else iri
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def resolve_kg_path(path: Path) -> Path:
    """The graph file behind ``--kg``: a directory holding ``kg.trig``, or a graph file."""
    if path.is_dir():
        for name in ("kg.trig", "kg.ttl", "kg.nq"):
            if (path / name).exists():
                return path / name
        raise InputError(f"{path}: no kg.trig in this directory; run 'unkg build' first")
    if not path.exists():
        raise InputError(f"{path}: no such file or directory; run 'unkg build' first")
    return path


def load_graph(path: Path) -> Dataset:
    """Load a built graph (``out/``, ``kg.trig``, ``kg.ttl``, ``kg.nq``, ``oxigraph:PATH`` or ``sparql:URL``) as a dataset.

    Examples
    --------
    >>> ds = load_graph(Path("out"))  # doctest: +SKIP
    """
    from kg.store import is_store_spec, store_nquads

    if is_store_spec(path):
        ds = Dataset(default_union=True)
        ds.parse(data=store_nquads(path), format="nquads")
        return ds
    f = resolve_kg_path(path)
    fmt = {".trig": "trig", ".ttl": "turtle", ".nq": "nquads", ".nt": "nt"}.get(f.suffix)
    if fmt is None:
        raise InputError(f"{f}: unknown graph format (use .trig, .ttl, .nq or .nt)")
    ds = Dataset(default_union=True)
    try:
        if fmt in ("turtle", "nt"):
            ds.graph(Ids().graph("file")).parse(f, format=fmt)
        else:
            ds.parse(f, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise InputError(f"{f}: cannot parse the graph ({type(exc).__name__}: {str(exc).splitlines()[0][:200]})") from None
    return ds

