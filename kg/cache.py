"""Incremental builds: per-report extraction results cached beside the outputs.

Invariant: a cached extraction is reused only when its key matches, and the key hashes everything
the extraction depends on: the report's text, its metadata (id, publisher), the extractor's own
source files and the registry's data files. Changing a report re-extracts that report only;
changing the registry or the extractor re-extracts all; changing curation re-runs only assembly.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kg.citations import Citation
from kg.extract import ReportExtraction
from kg.model import Evidence, Node, Report, Statement

CACHE_DIR = ".cache/extract"
_IMPORT = re.compile(r"^(?:from\s+kg\.(\w+)\s+import|import\s+kg\.(\w+))", re.M)


def extractor_sources() -> list[str]:
    """The source files of the extractor: ``extract.py`` and every ``kg`` module it imports, directly
    or not (a new module of rules or cues is covered without listing it).

    Examples
    --------
    >>> {"extract.py", "mentions.py", "cues.py", "roles.py"} <= set(extractor_sources())
    True
    """
    here = Path(__file__).resolve().parent
    seen: set[str] = set()
    todo = ["extract"]
    while todo:
        name = todo.pop()
        if name in seen or not (here / f"{name}.py").is_file():
            continue
        seen.add(name)
        todo.extend(a or b for a, b in _IMPORT.findall((here / f"{name}.py").read_text(encoding="utf-8")))
    return sorted(f"{name}.py" for name in seen)


def extractor_hash() -> str:
    """A hash of the extractor's source files: any change to a rule invalidates the cache."""
    h = hashlib.sha256()
    here = Path(__file__).resolve().parent
    for name in extractor_sources():
        h.update(name.encode())
        h.update((here / name).read_bytes())
    return h.hexdigest()


def cache_key(report: Report, registry_hash: str, extractor: str) -> str:
    """The key of one report's extraction.

    Examples
    --------
    >>> from kg.model import ReportMeta
    >>> r = Report(ReportMeta("r", "r.txt", "T", publisher="ITU"), "text", "abc")
    >>> cache_key(r, "reg", "ex") == cache_key(r, "reg", "ex")
    True
    """
    m = report.meta
    parts = [report.content_hash, m.id, m.publisher or "", m.symbol or "", registry_hash, extractor]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _tuples(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_tuples(v) for v in value)
    return value


def dump(x: ReportExtraction, key: str) -> str:
    """Serialise an extraction (sorted, so the cache file is byte-stable)."""
    doc = {
        "key": key,
        "report": x.report,
        "publisher": x.publisher,
        "statements": [asdict(s) for s in x.statements],
        "nodes": [asdict(n) for _, n in sorted(x.nodes.items())],
        "citations": [asdict(c) for c in x.citations],
        "org_mentions": [list(m) for m in x.org_mentions],
    }
    return json.dumps(doc, sort_keys=True, ensure_ascii=False)


def load(path: Path, key: str) -> ReportExtraction | None:
    """The cached extraction at ``path`` if its key matches, else None (any damage: None)."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc.get("key") != key:
            return None
        statements = []
        for s in doc["statements"]:
            ev = Evidence(**s["evidence"])
            statements.append(Statement(s["subject"], s["predicate"], s["object"], ev, s["role"],
                                        tuple(tuple(a) for a in s["attrs"])))
        nodes = {}
        for n in doc["nodes"]:
            n = {k: _tuples(v) for k, v in n.items()}
            n["attrs"] = tuple(tuple(a) for a in n["attrs"])
            nodes[n["key"]] = Node(**n)
        citations = [Citation(**c) for c in doc["citations"]]
        return ReportExtraction(doc["report"], statements, nodes, citations, doc["publisher"],
                                [(a, b) for a, b in doc["org_mentions"]])
    except (OSError, ValueError, KeyError, TypeError):
        return None
