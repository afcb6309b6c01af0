"""Reading a corpus: a directory of UTF-8 ``.txt`` reports with an optional metadata file.

Invariant: every report read has a unique id and non-empty text; any problem with a file is an
:class:`~kg.errors.InputError` naming the file, raised before anything is written.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Any

import yaml

from kg.errors import InputError
from kg.model import Report, ReportMeta

METADATA_NAMES = ("reports.yaml", "reports.yml")
_META_FIELDS = {"id", "file", "symbol", "title", "series", "publisher", "year", "period", "language"}
_ID_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def report_id_from_file(path: Path) -> str:
    """The default id of a report: its file name without ``.txt``, made IRI-safe.

    Examples
    --------
    >>> report_id_from_file(Path("C21 INF 2.txt"))
    'C21-INF-2'
    """
    return re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem).strip("-") or "report"


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: cannot read the file (permission denied)") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read the file ({exc.strerror})") from None
    if not raw.strip():
        raise InputError(f"{path}: the file is empty")
    if b"\x00" in raw[:8192]:
        raise InputError(f"{path}: looks like a binary file, not UTF-8 text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start}); convert the file to UTF-8") from None
    return text.removeprefix("\ufeff")


def load_metadata(corpus: Path) -> dict[str, dict[str, Any]]:
    """Metadata entries of a corpus, keyed by file name (empty when there is no metadata file)."""
    for name in METADATA_NAMES:
        path = corpus / name
        if path.exists():
            break
    else:
        return {}
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" (line {line + 1})" if line is not None else ""
        raise InputError(f"{path}: malformed YAML{where}") from None
    if doc is None:
        return {}
    if not isinstance(doc, dict) or not isinstance(doc.get("reports"), list):
        raise InputError(f"{path}: expected a mapping with a 'reports' list")
    out: dict[str, dict[str, Any]] = {}
    for i, entry in enumerate(doc["reports"], 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str):
            raise InputError(f"{path}: entry {i} needs a 'file' (the report's file name)")
        unknown = set(entry) - _META_FIELDS
        if unknown:
            raise InputError(f"{path}: entry {i} has unknown field(s) {', '.join(sorted(unknown))}")
        if "year" in entry and not isinstance(entry["year"], int):
            raise InputError(f"{path}: entry {i}: 'year' must be a whole number")
        if "id" in entry and not (isinstance(entry["id"], str) and _ID_OK.match(entry["id"])):
            raise InputError(f"{path}: entry {i}: 'id' must be letters, digits, '.', '_' or '-'")
        if entry["file"] in out:
            raise InputError(f"{path}: file {entry['file']} is described twice")
        out[entry["file"]] = entry
    return out


_TITLE_SKIP = re.compile(
    r"^(summary|purpose|action required|report by|note by|references?\b|documents?\b|english only|original\b"
    r"|council\s+\d{4}|virtual consultation|geneva\b|agenda item|\d{1,2}\s+\w+\s+\d{4}$|\W*$)",
    re.I,
)
# Words a title keeps in lower case, and short words that read as words rather than acronyms.
_TITLE_SMALL = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "including", "into", "of", "on", "or",
                "the", "to", "with"}
_TITLE_WORDS = {"all", "key", "low", "new", "its", "use", "way", "our", "day", "age"}
# An ITU document symbol on a title page: "Document C21/INF/2-E", "Document C19/INF/8(Rev.1)-E".
_SYMBOL = re.compile(r"\bDocument\s+(C\d\d/(?:INF/)?\d+(?:\s*\(Rev\.\s*\d+\))?)(?:-[A-Z])?\b")


def _title_case(line: str) -> str:
    """An all-capitals title in title case; short words that are not English words stay acronyms."""
    words = []
    for i, word in enumerate(line.split()):
        low = word.lower()
        if i and low in _TITLE_SMALL:
            words.append(low)
        elif len(word) <= 3 and word.isalpha() and low not in _TITLE_SMALL | _TITLE_WORDS:
            words.append(word)
        else:
            words.append(word[:1] + word[1:].lower())
    return " ".join(words)


def infer_title(text: str) -> str:
    """A title from the first lines of a report without metadata.

    The first line in capitals (a title page's title) wins; otherwise the first line that is not
    boilerplate (session, document symbol, date, "Summary").

    Examples
    --------
    >>> infer_title("Council 2021\\nDocument C21/INF/2-E\\nReport by the Secretary-General\\n"
    ...             "COLLABORATION WITH THE UN SYSTEM AND OTHER PROCESSES\\n")
    'Collaboration with the UN System and Other Processes'
    >>> infer_title("Summary\\nEQUALS in the digital age\\n")
    'EQUALS in the digital age'
    """
    lines = [re.sub(r"\[bookmark:[^\]]*\]", "", line).strip() for line in text.splitlines()[:40]]
    for line in lines:
        if line.isupper() and len(line.split()) >= 3 and not _TITLE_SKIP.match(line):
            return _title_case(line[:200])
    for line in lines:
        if len(line) < 8 or _TITLE_SKIP.match(line):
            continue
        return line[:200]
    return "Untitled report"


def infer_symbol(text: str) -> str | None:
    """The document symbol a report's title page gives ("Document C21/INF/2-E"), if any.

    Examples
    --------
    >>> infer_symbol("Council 2021\\nDocument C21/INF/2-E\\n23 March 2021\\n")
    'C21/INF/2'
    >>> infer_symbol("References: Documents C18/INF/4, C19/INF/8") is None
    True
    """
    m = _SYMBOL.search(text[:3000])
    return re.sub(r"\s+", "", m.group(1)) if m else None


def read_corpus(corpus: Path, publisher: str | None = None) -> list[Report]:
    """Read every ``.txt`` report of a directory, sorted by file name.

    Parameters
    ----------
    corpus : Path
        A directory of UTF-8 text files; ``reports.yaml`` beside them is optional.
    publisher : str, optional
        Organization id that overrides the publisher of every report.

    Examples
    --------
    >>> reports = read_corpus(Path("data/reports"))  # doctest: +SKIP
    >>> reports[0].meta.symbol  # doctest: +SKIP
    'C22/INF/2'
    """
    if not corpus.exists():
        raise InputError(f"{corpus}: no such directory")
    if not corpus.is_dir():
        raise InputError(f"{corpus}: not a directory")
    files = sorted(p for p in corpus.iterdir() if p.suffix.lower() == ".txt" and not p.name.startswith("."))
    if not files:
        raise InputError(f"{corpus}: no .txt reports in the directory")
    meta = load_metadata(corpus)
    names = {p.name for p in files}
    for fname in meta:
        if fname not in names:
            raise InputError(f"{corpus / 'reports.yaml'}: describes {fname}, which is not in the directory")
    reports: list[Report] = []
    seen: dict[str, Path] = {}
    for path in files:
        text = _read_text(path)
        entry = meta.get(path.name, {})
        rid = entry.get("id") or report_id_from_file(path)
        if rid in seen:
            raise InputError(f"{path}: duplicate report id '{rid}' (also {seen[rid].name})")
        seen[rid] = path
        m = ReportMeta(
            id=rid,
            file_name=path.name,
            title=entry.get("title") or infer_title(text),
            publisher=publisher or entry.get("publisher"),
            symbol=entry.get("symbol") or infer_symbol(text),
            year=entry.get("year"),
            period=entry.get("period"),
            language=entry.get("language", "en"),
            series=entry.get("series"),
            metadata_source="metadata" if entry else "inferred",
        )
        reports.append(Report(meta=m, text=text, content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest()))
    return reports
