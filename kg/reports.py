"""Stage 1: report text → units (headings, numbered paragraphs, bullets, table rows) with locators.

The text comes from Word documents: table cells arrive as tab-started lines (a cell may continue on
lines without a tab), ``[bookmark: ...]`` markers and footnote markers are scattered through it.
Markers are masked with spaces of the same length, so every offset stays an offset into the
original text. Invariant: ``report.text[unit.start:unit.end]`` is the unit, verbatim.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.model import Cell, Report, Unit

_MARKER = re.compile(r"\[(?:bookmark|image|footnoteRef|footnote)[^\]\n]{0,200}\]")
_NUMBERED = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,3})\.?(?:\s+|(?=[A-Z]))(\S.*)$")
_ANNEX = re.compile(r"^(Annex(?:\s+[0-9IVX]+|\s+[A-Z])?)\b[\s.:–-]*(.*)$", re.I)
_BULLET = re.compile(r"^[·•▪◦●\uf0b7o\-–]\s+|^(?:\(?[ivx]{1,4}\)|\(?[a-h]\)|[ivx]{1,4}\.)\s+")
# an entry of the annex on resolutions: "21 (Rev. Dubai, 2018) Measures concerning ...", also
# "Resolution 25 (Rev. Busan, 2014) – Strengthening the regional presence"
_ENTRY = re.compile(r"^(?:(?:PP\s+)?(?:Resolution|Res\.)\s+)?(\d{1,4})\s*\((?:Rev\.\s*)?[A-Z][^()]{1,40},?\s*\d{4}\)\s*(?:[–—:-]\s*)?(.*)$")
SECTORS = ("BR", "TSB", "BDT", "GS", "ITU-R", "ITU-T", "ITU-D", "General Secretariat")
_SENT_END = re.compile(r"(?<=[.;!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9·])")
_ABBREV = re.compile(
    r"(?:\b(?:Res|Rev|Rec|Dec|No|Nos|Doc|Docs|e\.g|i\.e|etc|approx|Amd|Vol|para|paras|Art|St|Mr|Ms|Dr|Prof|Sept|Oct|Nov|Dec|Jan|Feb|Aug|vs|al|Inc|Ltd|Co|cf|Add|Corr|Suppl)|\b[A-Z])\.$"
)


def mask(text: str) -> str:
    """The text with Word markers replaced by spaces of the same length (offsets unchanged).

    Examples
    --------
    >>> mask("[bookmark: x]Intro")
    '             Intro'
    """
    return _MARKER.sub(lambda m: " " * (m.end() - m.start()), text)


_MARKER_HEAD = re.compile(r"\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?(?=\s)|[·•▪◦●\uf0b7]|\(?[ivx]{1,4}\)|\(?[a-h]\))\s+")


def body_start(text: str, unit: Unit) -> int:
    """Where a unit's text begins after its paragraph number or bullet sign.

    Examples
    --------
    >>> from kg.model import Unit
    >>> t = "6.3 \tITU is a member."
    >>> t[body_start(t, Unit("paragraph", "§6.3", "6.3", 0, len(t))):]
    'ITU is a member.'
    """
    m = _MARKER_HEAD.match(text, unit.start, unit.end)
    return m.end() if m and unit.kind in ("paragraph", "bullet") else unit.start


def _lines(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.splitlines(keepends=True):
        end = pos + len(line.rstrip("\r\n"))
        yield pos, end
        pos += len(line)


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentence spans (offsets into ``text``), trimmed.

    Abbreviations common in UN documents ("Res.", "Rev.", "e.g.", "No.") do not end a sentence;
    semicolons end one only when a list item follows, as in bullet lists.

    Examples
    --------
    >>> t = "ITU chairs UNGIS. See PP Res. 140 (Rev. Dubai, 2018) for details."
    >>> [t[s:e] for s, e in sentences(t, 0, len(t))]
    ['ITU chairs UNGIS.', 'See PP Res. 140 (Rev. Dubai, 2018) for details.']
    """
    spans: list[tuple[int, int]] = []
    seg_start = start
    for m in _SENT_END.finditer(text, start, end):
        cut = m.start()
        before = text[seg_start:cut].rstrip("\"”’)")
        if before.endswith(";") or _ABBREV.search(before[-12:]):
            continue
        spans.append((seg_start, cut))
        seg_start = m.end()
    spans.append((seg_start, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


@dataclass
class _State:
    sections: list[str] = field(default_factory=list)
    sector: str | None = None
    heading: tuple[int, int] | None = None
    entry: tuple[int, int] | None = None
    counts: dict[str, int] = field(default_factory=dict)
    seen_top: int = 0

    @property
    def section(self) -> str:
        return self.sections[-1] if self.sections else ""

    def bump(self, key: str) -> int:
        self.counts[key] = self.counts.get(key, 0) + 1
        return self.counts[key]


def _is_heading_text(rest: str) -> bool:
    words = rest.split()
    return 0 < len(words) <= 16 and not rest.rstrip().endswith((".", ";", ",", ":")) and rest[:1].isupper()


def _set_section(st: _State, number: str) -> None:
    depth = number.count(".") + 1
    kept = [s for s in st.sections if s[:1].isdigit() and s.count(".") + 1 < depth and number.startswith(s + ".")]
    st.sections = [*kept, number]
    st.sector = None
    st.heading = None
    st.entry = None


def _unit(kind: str, locator: str, st: _State, start: int, end: int, **kw: object) -> Unit:
    return Unit(
        kind=kind, locator=locator, section=st.section, start=start, end=end, sector=st.sector,
        sections=tuple(st.sections), heading=st.heading, entry=st.entry, **kw,  # type: ignore[arg-type]
    )


def _prefix(rid: str) -> str:
    return f"{rid} " if rid else ""


def parse_report(report: Report) -> list[Unit]:
    """Split a report into units with stable locators and character offsets.

    Locators read like ``"C22/INF/2 §6.5"``, ``"C22/INF/2 §7.1 TSB bullet 4"`` or
    ``'C22/INF/2 Annex, row "UNGIS"'``; the report's symbol (or id) comes first.

    Examples
    --------
    >>> from kg.model import Report, ReportMeta
    >>> r = Report(ReportMeta("r", "r.txt", "T", symbol="C0/INF/1"), "6.\\tCoordination\\n6.1\\tITU chairs UNGIS.\\n· ITU leads EQUALS.\\n", "h")
    >>> [u.locator for u in parse_report(r)]
    ['C0/INF/1 §6', 'C0/INF/1 §6.1', 'C0/INF/1 §6.1 bullet 1']
    """
    text = mask(report.text)
    rid = report.meta.symbol or report.meta.id
    st = _State()
    units: list[Unit] = []
    lines = list(_lines(text))
    i = 0
    while i < len(lines):
        s, e = lines[i]
        raw = text[s:e]
        line = raw.strip()
        if not line:
            i += 1
            continue
        ls = s + (len(raw) - len(raw.lstrip()))
        # tables: a run of >= 3 short tab-started header cells
        if raw.startswith("\t") and not _NUMBERED.match(line):
            header = _table_header(text, lines, i)
            if header:
                i = _read_table(report, text, lines, i, header, st, units)
                continue
        if line in SECTORS:
            st.sector = line
            st.heading = None
            units.append(_unit("heading", f"{_prefix(rid)}§{st.section} {line}".replace("§ ", ""), st, ls, e))
            i += 1
            continue
        m_annex = _ANNEX.match(line)
        if m_annex and len(line.split()) <= 16 and not line.endswith("."):
            name = re.sub(r"\s+", " ", m_annex.group(1)).strip().title()
            st.sections = [name]
            st.sector, st.heading, st.entry = None, None, None
            units.append(_unit("heading", f"{_prefix(rid)}{name}", st, ls, e))
            i += 1
            continue
        m_num = _NUMBERED.match(line)
        if m_num and "." not in m_num.group(1):
            after = line[len(m_num.group(1)) : len(m_num.group(1)) + 1]
            top = [int(x) for x in (sec.split(".")[0] for sec in st.sections) if x.isdigit()]
            # "34 CyberDrills": a number, not a heading; "1." after §9: a list restarting, not §1
            if after not in (".", "\t") or (top and int(m_num.group(1)) < max(top)) or st.seen_top > int(m_num.group(1)):
                m_num = None
        if m_num and not _ENTRY.match(line):
            number, rest = m_num.group(1), m_num.group(2)
            if "." not in number:
                st.seen_top = max(st.seen_top, int(number))
            if _is_heading_text(rest):
                _set_section(st, number)
                units.append(_unit("heading", f"{_prefix(rid)}§{number}", st, ls, e))
            else:
                if "." in number and (not st.sections or number.startswith(st.sections[0].split(".")[0] + ".")):
                    _set_section(st, number)
                elif "." in number:
                    _set_section(st, number)
                units.append(_unit("paragraph", f"{_prefix(rid)}§{number}", st, ls, e))
            i += 1
            continue
        m_entry = _ENTRY.match(line)
        if m_entry and st.sections and st.sections[0].startswith("Annex"):
            st.entry = (ls, e)
            st.heading = None
            units.append(_unit("heading", f"{_prefix(rid)}{st.sections[0]}, Resolution {m_entry.group(1)}", st, ls, e))
            i += 1
            continue
        where = f"§{st.section}" if st.section and st.section[:1].isdigit() else st.section
        if st.entry:
            where = f"{where}, Resolution {_ENTRY.match(text[st.entry[0]:st.entry[1]].strip()).group(1)}"  # type: ignore[union-attr]
        sector = f" {st.sector}" if st.sector else ""
        if _BULLET.match(line):
            n = st.bump(f"b|{st.section}|{st.sector}|{st.heading}|{st.entry}")
            units.append(_unit("bullet", f"{_prefix(rid)}{where}{sector} bullet {n}".strip(), st, ls, e))
            i += 1
            continue
        nxt = _next_nonblank(text, lines, i)
        if _is_heading_text(line) and len(line.split()) <= 14 and nxt is not None and not _BULLET.match(nxt) and not line.endswith(":"):
            st.heading = (ls, e)
            units.append(_unit("heading", f"{_prefix(rid)}{where}{sector} “{line[:60]}”".strip(), st, ls, e))
            i += 1
            continue
        n = st.bump(f"p|{st.section}|{st.sector}|{st.entry}")
        units.append(_unit("paragraph", f"{_prefix(rid)}{where}{sector} ¶{n}".strip(), st, ls, e))
        i += 1
    return units


def _next_nonblank(text: str, lines: list[tuple[int, int]], i: int) -> str | None:
    for s, e in lines[i + 1 : i + 4]:
        t = text[s:e].strip()
        if t:
            return t
    return None


def _table_header(text: str, lines: list[tuple[int, int]], i: int) -> list[str] | None:
    cells: list[str] = []
    j = i
    while j < len(lines):
        s, e = lines[j]
        raw = text[s:e]
        if not raw.startswith("\t"):
            break
        cell = raw.strip()
        if not cell or len(cell) > 70 or cell.endswith("."):
            break
        cells.append(cell)
        j += 1
    if len(cells) >= 3 and (j >= len(lines) or not text[lines[j][0]:lines[j][1]].strip()):
        return cells
    return None


def _read_table(report: Report, text: str, lines: list[tuple[int, int]], i: int, header: list[str],
                st: _State, units: list[Unit]) -> int:
    """Read a table whose header starts at line ``i``; append one ``row`` unit per row."""
    rid = report.meta.symbol or report.meta.id
    ncol = len(header)
    j = i + ncol
    cells: list[tuple[int, int]] = []
    cur: list[int] | None = None
    caption = " | ".join(header)
    prev_blank = False
    while j < len(lines):
        s, e = lines[j]
        raw = text[s:e]
        line = raw.strip()
        # a paragraph after a blank line once a row is complete: the table has ended
        if line and not raw.startswith("\t") and prev_blank and cur is not None and (len(cells) + 1) % ncol == 0:
            nxt = next((text[a:b] for a, b in lines[j + 1 :] if text[a:b].strip()), "")
            if not nxt.startswith("\t"):
                break
        prev_blank = not line
        if raw.startswith("\t"):
            if cur is not None:
                cells.append((cur[0], cur[1]))
            lead = s + 1
            cur = [lead, max(lead, e)]
        elif not line:
            pass
        elif _ANNEX.match(line) and len(line.split()) <= 16 and not line.endswith("."):
            break
        elif (_NUMBERED.match(line) and _is_heading_text(_NUMBERED.match(line).group(2))) or line.startswith("(*)"):  # type: ignore[union-attr]
            break
        elif cur is not None:
            cur[1] = e
        j += 1
    if cur is not None:
        cells.append((cur[0], cur[1]))
    for r in range(0, len(cells) - ncol + 1, ncol):
        row = cells[r : r + ncol]
        name_s, name_e = row[0]
        name = re.sub(r"\s+", " ", text[name_s:name_e]).strip()
        if not name:
            continue
        start, end = row[0][0], row[-1][1]
        where = f"§{st.section}" if st.section[:1].isdigit() else (st.section or "Table")
        if st.heading:
            where = "“" + re.sub(r"\s+", " ", text[st.heading[0] : st.heading[1]]).strip()[:60] + "”"
        units.append(Unit(
            kind="row", locator=f'{_prefix(rid)}{where}, row "{name[:60]}"', section=st.section,
            start=start, end=end, sector=st.sector, table=caption,
            cells=tuple(Cell(column=header[k], start=cs, end=ce) for k, (cs, ce) in enumerate(row)),
            sections=tuple(st.sections), heading=st.heading, entry=st.entry,
        ))
    return j
