"""The data model at the centre: reports, their units, mentions, statements with evidence, facts.

A :class:`Statement` is one (subject, predicate, object) read from one sentence, with its
:class:`Evidence`. Assembly merges statements with the same fact key into a :class:`Fact` that keeps
all their evidence. Subjects and objects are node keys such as ``org:UNESCO``,
``grouping:broadband-commission-for-sustainable-development``, ``resolution:itu-pp-res-131`` or
``sdg:9.c``; the RDF stage turns keys into IRIs. Change a value with ``dataclasses.replace``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.ids import digest


@dataclass(frozen=True, slots=True)
class ReportMeta:
    """What is known about a report: from the metadata file, or inferred from its text."""

    id: str
    file_name: str
    title: str
    publisher: str | None = None  # organization id the report speaks for
    symbol: str | None = None  # e.g. "C22/INF/2"
    year: int | None = None
    period: str | None = None  # e.g. "2021-07/2022-02" or free text from the metadata
    language: str = "en"
    series: str | None = None
    metadata_source: str = "inferred"  # "metadata" or "inferred"


@dataclass(frozen=True, slots=True)
class Report:
    """A report's metadata and its full text, exactly as read (offsets index into ``text``)."""

    meta: ReportMeta
    text: str
    content_hash: str


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: its column heading and its span in the report text."""

    column: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Unit:
    """A paragraph, bullet, heading or table row of a report, with a stable locator.

    ``section`` is the number (or title) of the innermost heading above the unit; ``sector`` the
    ITU Sector/bureau sub-heading (BR, TSB, BDT, GS...) it falls under, if any.
    """

    kind: str  # "paragraph" | "bullet" | "heading" | "row" | "cell"
    locator: str
    section: str
    start: int
    end: int
    sector: str | None = None
    table: str | None = None  # the table's caption/heading for rows and cells
    cells: tuple[Cell, ...] = ()
    sections: tuple[str, ...] = ()  # every enclosing section number/title, outermost first
    heading: tuple[int, int] | None = None  # span of the nearest unnumbered sub-heading above
    entry: tuple[int, int] | None = None  # span of the annex entry line (e.g. a resolution) above


@dataclass(frozen=True, slots=True, order=True)
class Evidence:
    """Where a statement was read: the verbatim sentence and its place in the report."""

    report: str
    locator: str
    quote: str
    start: int
    end: int
    rule: str  # extraction rule id and version, e.g. "co-led-by@1"
    confidence: float = 0.8
    as_written: str = ""  # a citation or SDG number as the report wrote it


@dataclass(frozen=True, slots=True, order=True)
class Statement:
    """One fact read from one sentence.

    ``attrs`` carries qualifiers such as the role of a participation or annex table attributes;
    they are part of the fact key only through ``role``.
    """

    subject: str
    predicate: str
    object: str
    evidence: Evidence
    role: str = ""
    attrs: tuple[tuple[str, str], ...] = ()

    @property
    def fact_key(self) -> str:
        """The shallow hash: identifies the fact whatever its evidence."""
        return digest(self.subject, self.predicate, self.object, self.role)

    @property
    def id(self) -> str:
        """The full hash: the fact with this one piece of evidence."""
        e = self.evidence
        return digest(self.fact_key, e.report, str(e.start), str(e.end), e.rule)


@dataclass(frozen=True, slots=True)
class Fact:
    """A fact with every piece of evidence that states it, in sorted order."""

    subject: str
    predicate: str
    object: str
    role: str
    evidence: tuple[Evidence, ...]
    attrs: tuple[tuple[str, str, str], ...] = ()  # (report, name, value): qualifiers as each report states them
    curated: tuple[tuple[str, str], ...] = ()  # (curator, reason) of a curation that added it

    @property
    def key(self) -> str:
        return digest(self.subject, self.predicate, self.object, self.role)

    @property
    def reports(self) -> tuple[str, ...]:
        return tuple(sorted({e.report for e in self.evidence}))

    @property
    def confidence(self) -> float:
        if not self.evidence:
            return 1.0
        miss = 1.0
        for e in self.evidence:
            miss *= 1.0 - e.confidence
        return round(1.0 - miss, 3)


@dataclass(frozen=True, slots=True)
class Node:
    """An entity discovered in or named by the reports: an organization, grouping or mandate."""

    key: str  # "org:ID", "grouping:slug", "resolution:key"
    label: str
    type: str  # ontology class local name, e.g. "SpecializedAgency", "Initiative", "Resolution"
    category: str = ""  # organization category slug or grouping kind slug
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    discovered: bool = False
    attrs: tuple[tuple[str, str], ...] = ()
    reports: tuple[str, ...] = field(default=())
