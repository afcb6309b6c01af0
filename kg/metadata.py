"""Who a report speaks for and when, read from its text when no metadata says so.

``--publisher`` and a report's metadata file override both.
"""

from __future__ import annotations

import re

from kg.mentions import Lexicon

_PUBLISHER_CUES = [
    re.compile(r"overview\s+of\s+([A-Z][\w\-]+)[’']s\s+activities"),
    re.compile(r"activities\s+of\s+(?:the\s+)?([A-Z][\w\-]+)"),
]


def infer_publisher(text: str, lexicon: Lexicon) -> str | None:
    """The organization a report speaks for, when no metadata names it.

    Reads explicit cues first ("an overview of ITU's activities"); otherwise the organization named
    most often in the first part of the report, as in a "Report by the Secretary-General" of it.

    Examples
    --------
    >>> lx = Lexicon(); lx.add("ITU", "org:ITU", "org"); lx.add("UNESCO", "org:UNESCO", "org")
    >>> infer_publisher("This report presents an overview of ITU’s activities with UNESCO.", lx)
    'ITU'
    """
    head = text[:20000]
    for rx in _PUBLISHER_CUES:
        for m in rx.finditer(head):
            hits = lexicon.find(m.group(1))
            if hits and hits[0].kind == "org":
                return hits[0].key.split(":", 1)[1]
    counts: dict[str, int] = {}
    for hit in lexicon.find(head):
        if hit.kind == "org":
            counts[hit.key] = counts.get(hit.key, 0) + 1
    if not counts:
        return None
    best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    return best.split(":", 1)[1]


def infer_year(text: str) -> int | None:
    """The year of a report without metadata, read from its opening.

    ITU Council document symbols ("C23/INF/9") give the session year; otherwise the latest year
    named, leaving out targets and horizons ("by 2030", "Agenda 2030", "Connect 2030").

    Examples
    --------
    >>> infer_year("COUNCIL 2019 ... since April 2018, towards the Agenda 2030")
    2019
    >>> infer_year("References: C21/INF/2; C22/INF/2; C23/INF/9. The 2030 Agenda.")
    2023
    """
    head = text[:8000]
    symbols = [2000 + int(y) for y in re.findall(r"\bC(\d\d)/(?:INF/)?\d", head)]
    if symbols:
        return max(symbols)
    years = []
    for m in re.finditer(r"\b(19[5-9]\d|20[0-4]\d)\b", head):
        before = head[max(0, m.start() - 12) : m.start()].lower()
        after = head[m.end() : m.end() + 8].lower()
        if re.search(r"(?:by|agenda|connect|until|to|towards|–|-)\s*$", before) or after.startswith((" agenda", "-20", "–20")):
            continue
        years.append(int(m.group(1)))
    return max(years) if years else None
