"""Mandate citations: the resolutions, decisions and UN documents a report cites, as canonical keys.

A *citation* is a span of report text that names one mandate instrument: a resolution, decision or
recommendation of an ITU conference or of the ITU Council (``PP Res. 131 (Rev. Dubai, 2018)``,
``Resolution 809 (WRC-15)``, ``Council Resolution 1380 (C16, amended C17)``), a resolution of a UN
principal organ (``UNGA Resolution 75/1``, ``A/RES/72/279``, ``Human Rights Council ...
Resolution 47/23``) or a UN document symbol (``A/74/821``, ``CEB/2019/1/Add.6``). Each citation is
resolved to one canonical *resolution node* key, so that every way of writing the same instrument
lands on the same node (ontology term ``unkg:Resolution``; the ``mentions`` stage of the pipeline):

===========================  ===========================  ========================
written                      key                          label
===========================  ===========================  ========================
PP Res. 131 (Rev. Dubai…)    ``itu-pp-res-131``           PP Resolution 131
PP Dec. 5 (Rev. Dubai 2018)  ``itu-pp-dec-5``             PP Decision 5
Council Resolution 1380      ``itu-council-res-1380``     Council Resolution 1380
Resolution ITU-R 1-8         ``itu-ra-res-1``             Resolution ITU-R 1
A/RES/75/1, UNGA Res. 75/1   ``unga-res-75-1``            UNGA Resolution 75/1
ECOSOC Resolution 2021/28    ``ecosoc-res-2021-28``       ECOSOC Resolution 2021/28
CEB/2019/1/Add.6             ``undoc-ceb-2019-1-add-6``   CEB/2019/1/Add.6
===========================  ===========================  ========================

Which body issued an ITU resolution cited without one is decided by the first rule that applies:

1. a body written before the keyword (``PP``, ``PP-18``, ``Plenipotentiary``, ``WTDC 2017``,
   ``Council``, ``WTSA-16``...);
2. ``Resolution ITU-R N`` is always a Radiocommunication Assembly resolution;
3. a body named right after (``of the Plenipotentiary Conference``, ``of WTSA``);
4. the revision itself: ``(WRC-15)`` names the conference, ``(C16, amended C17)`` and
   ``(Modified 2019)`` are ITU Council forms;
5. a ``(Rev. Place, YYYY)`` revision looked up in ``conferences``: the candidates are kept when their
   body issues resolutions (:data:`RESOLUTION_BODIES`); when several remain (Sharm el-Sheikh 2019 is
   both RA-19 and WRC-19) the one whose body is named in the same line just before the citation wins,
   otherwise the first candidate in the order the lookup returns them;
6. a conference acronym as the subject of the clause (``WRC-19 updated Resolution 750``);
7. ITU numbering conventions, which hold across conferences: Council resolutions are numbered from
   1000, WRC resolutions use 300-999 (no other body has reached 300), Council decisions are
   numbered from 400 (PP decisions stay below 20);
8. ``default_body`` (the caller passes ``"ITU-PP"`` for an ITU report), except for recommendations
   and provisional numbers such as ``PLEN/2``, which are skipped rather than guessed.

A UN-style number ``S/N`` takes its body from a UN organ written before the keyword, named after it
(``of the General Assembly``) or within twelve words before it in the same line (``the Human Rights
Council in Resolution 47/23``); failing that, a four-digit first part is an ECOSOC year
(``2021/28``) and any other is a General Assembly session (``75/1``).

Not citations, by design: ITU-T/ITU-R *Recommendations* such as ``Recommendation ITU-T X.1303``
(standards, not mandates: nothing is returned), ITU Council documents (``Doc. C20/35``,
``C22/INF/2``), section numbers, dates and the common noun "resolution" without a number.

Traps: a list shares revisions backwards, as ITU writes them: in ``WTDC Resolutions 45 (Rev. Dubai,
2014), 2, 67, 69 (Rev. Buenos Aires, 2017)`` resolutions 2, 67 and 69 are all Buenos Aires 2017.
Each list item is its own citation; the first item's span starts at the body or keyword, the others
span only their number (and their own revision).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = [
    "RESOLUTION_BODIES",
    "Citation",
    "ConferenceLookup",
    "find_citations",
]

#: Organization ids of the ITU bodies that adopt numbered resolutions, decisions or recommendations.
RESOLUTION_BODIES: frozenset[str] = frozenset(
    {"ITU-PP", "ITU-Council", "ITU-WTDC", "ITU-WTSA", "ITU-RA", "ITU-WRC"}
)

_ITU_SHORT = {
    "ITU-PP": "PP",
    "ITU-Council": "Council",
    "ITU-WTDC": "WTDC",
    "ITU-WTSA": "WTSA",
    "ITU-RA": "RA",
    "ITU-WRC": "WRC",
}
_UN_LABEL = {"UNGA": "UNGA", "ECOSOC": "ECOSOC", "HRC": "Human Rights Council"}
_KIND_CODE = {"resolution": "res", "decision": "dec", "recommendation": "rec"}

# ITU numbering conventions (rule 7 of the module docstring).
_COUNCIL_RESOLUTION_FROM = 1000
_WRC_RESOLUTION_RANGE = range(300, 1000)
_COUNCIL_DECISION_FROM = 400
_UN_WINDOW_WORDS = 12

_H = r"[^\S\n]"  # horizontal space, including no-break spaces
_WS = _H + "+"
_ITU_BODY = (
    r"(?:ITU[^\S\n]+)?(?:PP(?:-\d{2})?|Plenipotentiary(?:[^\S\n]+Conference)?|Council"
    r"|WTDC(?:-\d{2}|[^\S\n]+\d{4})?|WTSA(?:-\d{2}|[^\S\n]+\d{4})?|WRC(?:-\d{2})?|RA(?:-\d{2})?)"
)
_UN_BODY = (
    r"(?:UNGA|(?:(?:UN|United[^\S\n]+Nations)[^\S\n]+)?General[^\S\n]+Assembly|ECOSOC"
    r"|Economic[^\S\n]+and[^\S\n]+Social[^\S\n]+Council|(?:(?:UN|United[^\S\n]+Nations)[^\S\n]+)?Human[^\S\n]+Rights[^\S\n]+Council|HRC)"
)

_HEAD = re.compile(
    rf"(?<![\w-])(?:(?P<prefix>{_UN_BODY}|{_ITU_BODY}){_WS})?"
    r"(?P<kw>(?:Resolution|RESOLUTION|resolution)(?P<pl_res>s|S)?|Res\."
    r"|(?:Decision|DECISION)(?P<pl_dec>s|S)?|Dec\."
    r"|(?:Recommendation|RECOMMENDATION)(?P<pl_rec>s|S)?|Rec\.)"
    rf"{_WS}(?=ITU-R[^\S\n]+\d|\d|[A-Z]{{2,6}}\d?[/-]\d)"
)
_ITEM = re.compile(
    r"(?:ITU-R[^\S\n]+(?P<itur>\d{1,3})(?:-(?P<itur_ver>\d{1,2}))?"
    r"|(?P<un>\d{1,4}/\d{1,4})"
    r"|(?P<num>\d{1,4})"
    r"|(?P<prov>[A-Z]{2,6}\d?[/-]\d{1,2}))"
    r"(?![\w/]|\.\d|-\d)"
)
_REVISION = re.compile(
    r"[^\S\n]*\((?:"
    r"(?:Rev\.?[^\S\n]*)?(?P<conf>(?:WRC|RA|PP|WTDC|WTSA)-\d{2})"
    r"|(?P<council>C\d{2}(?:[^\S\n]*,[^\S\n]*(?:last[^\S\n]+)?(?:amended|modified|revised)[^\S\n]+C\d{2})*)"
    r"|(?P<mod>(?:Modified|Amended)[^\S\n]+(?:19|20)\d{2})"
    r"|(?:Rev\.?[^\S\n]*)?(?P<place>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Za-z][\w’'-]*){0,3}?)"
    r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+\(|[^\S\n]+)(?P<year>(?:19|20)\d{2})"
    r")\)"
)
_SEP = re.compile(
    r"(?:[^\S\n]*(?P<semi>;)[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]*,[^\S\n]*(?:and[^\S\n]+)?|[^\S\n]+and[^\S\n]+|[^\S\n]*&[^\S\n]*)"
)
_QUOTED = re.compile(
    r"[^\S\n]*(?:[–—-][^\S\n]*)?(?:,?[^\S\n]*on[^\S\n]+(?:the[^\S\n]+)?)?"
    r"(?:‘(?P<s>[^‘\n]{2,250}?)’(?![A-Za-z])|“(?P<d>[^“”\n]{2,250})”|\"(?P<q>[^\"\n]{2,250})\")"
)
_AFTER_BODY = re.compile(
    r"[^\S\n]*,?[^\S\n]*of[^\S\n]+(?:the[^\S\n]+)?(?P<after>"
    r"Plenipotentiary(?:[^\S\n]+Conference)?|PP(?:-\d{2})?"
    r"|World[^\S\n]+Telecommunication[^\S\n]+Standardization[^\S\n]+Assembly|WTSA(?:-\d{2})?"
    r"|World[^\S\n]+Telecommunication[^\S\n]+Development[^\S\n]+Conference|WTDC(?:-\d{2})?"
    r"|World[^\S\n]+Radiocommunication[^\S\n]+Conference|WRC(?:-\d{2})?"
    r"|Radiocommunication[^\S\n]+Assembly|RA(?:-\d{2})?|(?:ITU[^\S\n]+)?Council"
    rf"|{_UN_BODY})(?![\w-])"
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ON_TITLE = re.compile(
    rf"[^\S\n]*\)?[^\S\n]*,?[^\S\n]+on[^\S\n]+(?!\d|(?:{_MONTHS})\b)"
    r"(?P<t>[^\n,;:()“”\"\[\]]{3,250}?)(?=[,;:()“”\"\[\]]|\.(?:\s|$)|\n|$)"
)
_DASH_TITLE = re.compile(r"[^\S\n]*(?::|[–—]|[^\S\n]-|-(?=[A-Z]))[^\S\n]*(?P<t>[A-Z][^\n]{2,300})")
_ROW_TITLE = re.compile(r"[^\S\n]+(?P<t>[A-Z][^\n]{2,300})")
_LINE_LEAD = re.compile(r"[^\S\n]*(?:(?:\[bookmark:[^\]\n]*\]|[•·*▪◦-])[^\S\n]*)*")
_ROW = re.compile(
    r"^[^\S\n]*(?:\[bookmark:[^\]\n]*\][^\S\n]*)*(?P<num>\d{1,4})(?=[^\S\n]*\((?:Rev\.[^\S\n]*)?[A-Z])",
    re.MULTILINE,
)
_UN_SYMBOL = re.compile(
    r"(?<![\w/.-])(?P<sym>(?:A|E|S|CEB|DP|TD|UNEP|ST|ECE|ICCD|FCCC)"
    r"/(?:\d{1,4}|[A-Z]{2,6}(?:\.\d{1,3})?)"
    r"(?:/(?:\d{1,4}|[A-Z]{1,6}(?:\.\d{1,3})?|(?:Add|Rev|Corr|Amend)\.\d{1,3})){1,7})(?![\w/])"
)
_SYMBOL_RESOLUTION = (
    (re.compile(r"A/RES/(\d{1,3}/\d{1,4})"), "UNGA"),
    (re.compile(r"E/RES/(\d{4}/\d{1,4})"), "ECOSOC"),
    (re.compile(r"A/HRC/RES/(\d{1,3}/\d{1,4})"), "HRC"),
)
_TITLE_BEFORE = re.compile(
    r"(?P<t>(?:[A-Z][\w’'-]*|of|for|on|and|the|to|in)(?:[^\S\n]+(?:[A-Z][\w’'-]*|of|for|on|and|the|to|in)){1,14})[^\S\n]*$"
)
_QUOTE_BEFORE = re.compile(r"[“\"](?P<t>[^“”\"\n]{2,200})[”\"][^\S\n]*$")
_SUBJECT = re.compile(
    r"(?<![\w-])(?P<acr>PP|WTDC|WTSA|WRC|RA)-\d{2}(?:[^\S\n]+[a-z]+){1,3}[^\S\n]+$"
)
_ITU_NAMED = re.compile(
    r"(?<![\w-])(?:(?P<acr>PP|WTDC|WTSA|WRC|RA)(?:-\d{2})?(?![\w-])|(?P<long>Plenipotentiary"
    r"|World[^\S\n]+Telecommunication[^\S\n]+Standardization[^\S\n]+Assembly"
    r"|World[^\S\n]+Telecommunication[^\S\n]+Development[^\S\n]+Conference"
    r"|World[^\S\n]+Radiocommunication[^\S\n]+Conference|Radiocommunication[^\S\n]+Assembly))"
)
_UN_NAMED = re.compile(_UN_BODY)
_SPACES = re.compile(r"\s+")
_SENTENCE_CUT = re.compile(r"\.[^\S\n]")
_CONFERENCE_PREFIX = re.compile(r"([A-Z]{2,4})(?:-(\d{2})| (\d{2})(\d{2}))")
# "Dec. 2021" and "Dec. 5, 2021" are dates, not decisions.
_DATE_AFTER_DEC = re.compile(r"(?:19|20)\d{2}\b|\d{1,2},?[^\S\n]+(?:19|20)\d{2}\b")


class ConferenceLookup(Protocol):
    """What :func:`find_citations` needs from the conference registry.

    Items returned have ``.body`` (an organization id such as ``"ITU-PP"``), ``.id`` (``"PP-18"``),
    ``.year`` and ``.place``.
    """

    def conference_candidates(
        self, place: str, year: int, body: str | None = None
    ) -> list[Any]: ...


@dataclass(frozen=True, slots=True, order=True)
class Citation:
    """One citation of a mandate instrument, with its offsets in the text it was read from.

    ``text[start:end] == as_written`` always holds.
    """

    start: int
    end: int
    key: str  # canonical node key, e.g. "itu-pp-res-131", "unga-res-75-1", "undoc-a-74-821"
    body: str  # issuing body org id, "" for a UN document
    kind: str  # "resolution" | "decision" | "recommendation" | "document"
    number: str  # "131", "75/1", "PLEN/2", "A/74/821"
    revision: str | None  # "Dubai, 2018", "WRC-15", "C16, amended C17", "Modified 2019", "Rev. 8"
    label: str  # "PP Resolution 131"
    title: str | None  # the title when the text gives it with the citation
    as_written: str


@dataclass(frozen=True, slots=True)
class _Item:
    start: int
    end: int
    number: str
    un: bool
    provisional: bool
    itur: bool
    revision: _Revision | None
    quoted_title: str | None


@dataclass(frozen=True, slots=True)
class _Revision:
    text: str  # normalised
    body: str | None  # body implied by the form itself (WRC-15, C16, Modified 2019)
    place: str | None
    year: int | None


def find_citations(
    text: str,
    conferences: ConferenceLookup | None = None,
    default_body: str | None = None,
) -> list[Citation]:
    """Find the mandate citations in ``text`` and resolve each to a canonical resolution node.

    Parameters
    ----------
    text
        Any text: a sentence, a paragraph or a whole report. Offsets refer to it.
    conferences
        The conference registry, used to find the body of ``Resolution 71 (Rev. Dubai, 2018)``
        from its place and year. Without it, such citations fall back to later rules.
    default_body
        Body of an ITU resolution or decision whose body nothing else tells (``"ITU-PP"`` for ITU
        reports). ``None`` skips such citations.

    Returns
    -------
    list of Citation
        Sorted by position; one per cited instrument, list items included.

    Examples
    --------
    >>> [c.key for c in find_citations("PP Res. 131 (Rev. Dubai, 2018) and A/RES/72/279")]
    ['itu-pp-res-131', 'unga-res-72-279']
    >>> c = find_citations("Resolutions 70, 71 and 77 (Rev. Dubai, 2018)", None, "ITU-PP")[1]
    >>> (c.key, c.revision, c.as_written)
    ('itu-pp-res-71', 'Dubai, 2018', '71')
    >>> find_citations("see Recommendation ITU-T X.1303 and Doc. C20/35")
    []
    """
    found: list[Citation] = []
    for head in _HEAD.finditer(text):
        found.extend(_head_citations(text, head, conferences, default_body))
    for row in _ROW.finditer(text):
        citation = _row_citation(text, row, conferences, default_body)
        if citation is not None:
            found.append(citation)
    for sym in _UN_SYMBOL.finditer(text):
        citation = _symbol_citation(text, sym)
        if citation is not None:
            found.append(citation)
    found.sort()
    kept: list[Citation] = []
    for citation in found:
        if kept and citation.start < kept[-1].end:
            continue
        kept.append(citation)
    return kept


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _parse_revision(match: re.Match[str]) -> _Revision:
    if match.group("conf"):
        conf = match.group("conf")
        return _Revision(conf, "ITU-" + conf.split("-")[0], None, None)
    if match.group("council"):
        return _Revision(_SPACES.sub(" ", match.group("council")), "ITU-Council", None, None)
    if match.group("mod"):
        return _Revision(_SPACES.sub(" ", match.group("mod")), "ITU-Council", None, None)
    place = _SPACES.sub(" ", match.group("place")).strip()
    year = int(match.group("year"))
    return _Revision(f"{place}, {year}", None, place, year)


def _body_of_name(name: str) -> str:
    """Organization id for a body as written before or after a citation."""
    name = _SPACES.sub(" ", name)
    if "Human Rights" in name or name == "HRC":
        return "HRC"
    if "General Assembly" in name or name == "UNGA":
        return "UNGA"
    if name == "ECOSOC" or "Economic and Social" in name:
        return "ECOSOC"
    name = name.removeprefix("ITU ")
    for prefix, body in (
        ("PP", "ITU-PP"),
        ("Plenipotentiary", "ITU-PP"),
        ("Council", "ITU-Council"),
        ("WTDC", "ITU-WTDC"),
        ("World Telecommunication Development", "ITU-WTDC"),
        ("WTSA", "ITU-WTSA"),
        ("World Telecommunication Standardization", "ITU-WTSA"),
        ("WRC", "ITU-WRC"),
        ("World Radiocommunication", "ITU-WRC"),
        ("RA", "ITU-RA"),
        ("Radiocommunication Assembly", "ITU-RA"),
    ):
        if name.startswith(prefix):
            return body
    raise ValueError(f"not a body name: {name!r}")


def _prefix_revision(prefix: str) -> str | None:
    """``PP-18`` and ``WTDC 2017`` name the conference that adopted or last revised the text."""
    prefix = _SPACES.sub(" ", prefix).removeprefix("ITU ")
    match = _CONFERENCE_PREFIX.fullmatch(prefix)
    if match is None:
        return None
    return f"{match.group(1)}-{match.group(2) or match.group(4)}"


def _parse_items(text: str, pos: int, plural: bool) -> tuple[list[_Item], int]:
    items: list[_Item] = []
    while True:
        match = _ITEM.match(text, pos)
        if match is None:
            break
        end = match.end()
        revision = None
        rev = _REVISION.match(text, end)
        if rev is not None:
            revision = _parse_revision(rev)
            end = rev.end()
        itur = match.group("itur")
        if itur is not None:
            number = itur
            if match.group("itur_ver"):
                revision = _Revision(f"Rev. {match.group('itur_ver')}", None, None, None)
        else:
            number = match.group("un") or match.group("num") or match.group("prov")
        quoted = _QUOTED.match(text, end)
        quoted_title = None
        after_title = end
        if quoted is not None:
            quoted_title = (quoted.group("s") or quoted.group("d") or quoted.group("q")).strip()
            after_title = quoted.end()
        items.append(
            _Item(
                start=match.start(),
                end=end,
                number=number,
                un=match.group("un") is not None,
                provisional=match.group("prov") is not None,
                itur=itur is not None,
                revision=revision,
                quoted_title=quoted_title,
            )
        )
        pos = after_title
        if not plural:
            break
        sep = _SEP.match(text, pos)
        if sep is None:
            break
        nxt = _ITEM.match(text, sep.end())
        if nxt is None or (sep.group("semi") and nxt.group("itur") is None):
            break
        pos = sep.end()
    return items, pos


def _head_citations(
    text: str,
    head: re.Match[str],
    conferences: ConferenceLookup | None,
    default_body: str | None,
) -> list[Citation]:
    kw = head.group("kw")
    plural = bool(head.group("pl_res") or head.group("pl_dec") or head.group("pl_rec"))
    kind = (
        "decision"
        if kw[:3] in ("Dec", "DEC")
        else "recommendation"
        if kw[:3] in ("Rec", "REC")
        else "resolution"
    )
    if kw == "Dec." and _DATE_AFTER_DEC.match(text, head.end()):
        return []
    items, end = _parse_items(text, head.end(), plural)
    if not items:
        return []
    prefix = head.group("prefix")
    prefix_body = _body_of_name(prefix) if prefix else None
    prefix_rev = _prefix_revision(prefix) if prefix else None
    after = _AFTER_BODY.match(text, end)
    after_body = _body_of_name(after.group("after")) if after else None
    title_from = after.end() if after else end
    line_start = _line_start(text, head.start())

    # Revisions are shared backwards: an item without one takes the next one written.
    revisions: list[_Revision | None] = []
    pending: _Revision | None = None
    for item in reversed(items):
        if item.revision is not None:
            pending = item.revision
        revisions.append(pending)
    revisions.reverse()

    single_title = None
    if len(items) == 1:
        single_title = items[0].quoted_title or _trailing_title(
            text, title_from, head.start(), line_start, items[0].revision is not None
        )

    citations: list[Citation] = []
    for index, (item, revision) in enumerate(zip(items, revisions, strict=True)):
        start = head.start() if index == 0 else item.start
        if item.un:
            body = prefix_body or after_body or _un_body_nearby(text, start, line_start)
            if body is None:
                body = "ECOSOC" if len(item.number.split("/")[0]) == 4 else "UNGA"
            if body not in _UN_LABEL or kind != "resolution":
                continue
        elif prefix_body in _UN_LABEL:
            continue
        elif item.itur:
            body = "ITU-RA"
        else:
            found = _itu_body(
                text,
                start,
                line_start,
                item,
                kind,
                revision,
                prefix_body or after_body,
                conferences,
                default_body,
            )
            if found is None:
                continue
            body = found
        title = item.quoted_title if len(items) > 1 else single_title
        rev_text = revision.text if revision is not None else prefix_rev
        citations.append(_make(text, start, item.end, body, kind, item.number, rev_text, title))
    return citations


def _trailing_title(
    text: str, pos: int, start: int, line_start: int, has_revision: bool
) -> str | None:
    """A title written right after a single citation, in one of the forms ITU uses."""
    quoted = _QUOTED.match(text, pos)
    if quoted is not None:
        return (quoted.group("s") or quoted.group("d") or quoted.group("q")).strip()
    if has_revision:
        at_line_start = _LINE_LEAD.fullmatch(text, line_start, start) is not None
        dash = _DASH_TITLE.match(text, pos)
        if dash is not None:
            return _clean_title(dash.group("t"), cut_sentence=True)
        if at_line_start:
            row = _ROW_TITLE.match(text, pos)
            if row is not None:
                return _clean_title(row.group("t"), cut_sentence=False)
    on = _ON_TITLE.match(text, pos)
    if on is not None:
        return _clean_title(on.group("t"), cut_sentence=False)
    return None


def _clean_title(title: str, cut_sentence: bool) -> str | None:
    title = title.split(" [", 1)[0]
    if cut_sentence:
        title = _SENTENCE_CUT.split(title, maxsplit=1)[0]
    title = _SPACES.sub(" ", title).strip(" \t.;,")
    return title or None


def _un_body_nearby(text: str, start: int, line_start: int) -> str | None:
    window = text[max(line_start, start - 200) : start]
    matches = list(_UN_NAMED.finditer(window))
    last = matches[-1] if matches else None
    if last is None or len(window[last.end() :].split()) > _UN_WINDOW_WORDS:
        return None
    return _body_of_name(last.group(0))


def _itu_named_before(text: str, start: int, line_start: int) -> list[str]:
    """ITU bodies named in the same line before ``start``, nearest first."""
    window = text[max(line_start, start - 150) : start]
    bodies = [_body_of_name(m.group("acr") or m.group("long")) for m in _ITU_NAMED.finditer(window)]
    return bodies[::-1]


def _itu_body(
    text: str,
    start: int,
    line_start: int,
    item: _Item,
    kind: str,
    revision: _Revision | None,
    named: str | None,
    conferences: ConferenceLookup | None,
    default_body: str | None,
) -> str | None:
    if named is not None:
        return named
    if revision is not None and revision.body is not None:
        return revision.body
    if revision is not None and revision.place is not None and conferences is not None:
        assert revision.year is not None
        candidates = [
            c.body
            for c in conferences.conference_candidates(revision.place, revision.year)
            if c.body in RESOLUTION_BODIES
        ]
        if len(candidates) > 1:
            for body in _itu_named_before(text, start, line_start):
                if body in candidates:
                    return body
        if candidates:
            return str(candidates[0])
    subject = _SUBJECT.search(text, max(line_start, start - 80), start)
    if subject is not None:
        return _body_of_name(subject.group("acr"))
    if item.provisional:
        return None
    number = int(item.number)
    if kind == "resolution":
        if number >= _COUNCIL_RESOLUTION_FROM:
            return "ITU-Council"
        if number in _WRC_RESOLUTION_RANGE:
            return "ITU-WRC"
    if kind == "decision" and number >= _COUNCIL_DECISION_FROM:
        return "ITU-Council"
    if kind == "recommendation":
        return None
    return default_body


def _make(
    text: str,
    start: int,
    end: int,
    body: str,
    kind: str,
    number: str,
    revision: str | None,
    title: str | None,
) -> Citation:
    kind_word = kind.capitalize()
    if body == "ITU-RA":
        label = f"{kind_word} ITU-R {number}"
    elif body in _ITU_SHORT:
        label = f"{_ITU_SHORT[body]} {kind_word} {number}"
    else:
        label = f"{_UN_LABEL[body]} {kind_word} {number}"
    key = f"{body.lower()}-{_KIND_CODE[kind]}-{_number_key(number)}"
    return Citation(
        start=start,
        end=end,
        key=key,
        body=body,
        kind=kind,
        number=number,
        revision=revision,
        label=label,
        title=title,
        as_written=text[start:end],
    )


def _number_key(number: str) -> str:
    return number.lower().replace("/", "-").replace(".", "-")


def _row_citation(
    text: str,
    row: re.Match[str],
    conferences: ConferenceLookup | None,
    default_body: str | None,
) -> Citation | None:
    """An annex table row ``191 (Rev. Dubai, 2018) Strategy for ...`` listing one resolution."""
    rev = _REVISION.match(text, row.end())
    if rev is None or rev.group("place") is None:
        return None
    title = _ROW_TITLE.match(text, rev.end())
    if title is None:
        return None
    revision = _parse_revision(rev)
    start = row.start("num")
    item = _Item(start, rev.end(), row.group("num"), False, False, False, revision, None)
    body = _itu_body(
        text, start, start, item, "resolution", revision, None, conferences, default_body
    )
    if body is None:
        return None
    return _make(
        text,
        start,
        rev.end(),
        body,
        "resolution",
        item.number,
        revision.text,
        _clean_title(title.group("t"), cut_sentence=False),
    )


def _symbol_citation(text: str, sym: re.Match[str]) -> Citation | None:
    symbol = sym.group("sym")
    if not any(part.isdigit() for part in symbol.split("/")):
        return None
    start, end = sym.span("sym")
    for pattern, body in _SYMBOL_RESOLUTION:
        res = pattern.fullmatch(symbol)
        if res is not None:
            on = _ON_TITLE.match(text, end)
            title = _clean_title(on.group("t"), cut_sentence=False) if on else None
            return _make(text, start, end, body, "resolution", res.group(1), None, title)
    return Citation(
        start=start,
        end=end,
        key="undoc-" + _number_key(symbol),
        body="",
        kind="document",
        number=symbol,
        revision=None,
        label=symbol,
        title=_title_before(text, start),
        as_written=symbol,
    )


def _title_before(text: str, start: int) -> str | None:
    """The name written just before a parenthesised symbol: ``Roadmap for ... (A/74/821)``."""
    if start == 0 or text[start - 1] != "(":
        return None
    before = text[max(_line_start(text, start), start - 200) : start - 1]
    quoted = _QUOTE_BEFORE.search(before)
    if quoted is not None:
        return quoted.group("t").strip()
    named = _TITLE_BEFORE.search(before)
    if named is None:
        return None
    words = named.group("t").split()
    while words and words[0] in ("of", "for", "on", "and", "the", "to", "in"):
        words.pop(0)
    return " ".join(words) if len(words) >= 2 else None
