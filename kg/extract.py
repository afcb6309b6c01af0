"""Stage 3: sentences and their mentions → typed statements with evidence.

One rule, one function; every rule id carries a version (``"passive-cue@1"``) that is stored with the
evidence, so a curator can see which rule produced a fact and the evaluation can break errors down
by rule. Rules read cue words around the mentions ("led by", "co-chairs", "in partnership with",
"member of"...) and never a fact about a particular report: the vocabulary of cues is general, the
names come from the registry and the text.

The report's publisher (ITU for ITU reports) is the implicit actor of sentences with no subject
("Actively participated in ...", every row of an annex table of mechanisms).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from kg.citations import Citation, find_citations
from kg.clauses import (
    ACRONYM_PAREN,
    ACRONYM_TAIL,
    ADOPTED_IN,
    ADOPTING,
    AGENT_BEFORE,
    AMONG_THE_START,
    AND_WITH,
    APPOSITIVE_GAP,
    AS_PART_OF,
    AT_EVENT,
    AT_FRAME,
    BULLET_HEAD,
    CAPITALISED_BEFORE,
    CHAIR_WORD,
    CHAIRMANSHIP_OF,
    CLAUSE_LIST_GAP,
    CO_VERB_WITH,
    COUNTED_ORGS,
    COUNTED_PARTNERS_AFTER,
    COUNTS,
    DESCRIBED_BEFORE,
    DESCRIBED_KIND,
    DOCUMENT_AFTER,
    EDITION,
    ENUM_CUES,
    ENUM_LAST,
    EVENT_ACTION,
    EVENT_HEADS,
    EVENT_KINDS,
    EVENT_OPENING,
    FRONTED,
    FRONTED_DATE,
    FRONTED_MAKER,
    FRONTED_MANDATE,
    FRONTED_PARTICIPLE,
    FRONTED_ROLES,
    FRONTED_WITH,
    GAPPED_OBJECT,
    GENERIC_ANAPHORA,
    GOVERNED,
    GOVERNING_PART,
    GROUP_LIST_GAP,
    GROUPING_SUBJECT,
    HEADING_REACH,
    HELD,
    HELD_AFTER,
    IMPLEMENTATION_REPORT,
    IN_CITATION,
    INFINITIVE,
    INTERPOSED_PARTNERS,
    ISSUER_OF_CITATION,
    IT_DOES,
    IT_OBJECT,
    JOINABLE_HEADS,
    JOINED_IN,
    JOINS_BEFORE,
    JOINT_AFTER,
    JOINT_BEFORE,
    KIND_AFTER_DEFINITION,
    KIND_TAIL_WORDS,
    LEAD_IN,
    LEAD_IN_ROLES,
    LIST_CONTINUES,
    MANDATE_LINK,
    MANDATE_VERB,
    MEANS_BEFORE,
    MEMBERS_FOLLOW,
    MET,
    NAMED_BY_KIND,
    NAMES_A_DOCUMENT,
    NO_OBJECT,
    NOT_A_NAME_START,
    NOT_GROUPING_TAIL,
    NOT_ORG_ACRONYMS,
    NUMBER_AFTER,
    NUMBERED_ACRONYM,
    OF_AGAIN,
    ORDINAL_BEFORE,
    ORG_BEFORE_PURPOSE,
    OWN_OFFICES,
    OWNERS_KIND,
    PART_OF,
    PARTNER_ACRONYM,
    PARTNER_BEFORE,
    PASSED_BEFORE,
    PREP_RELATIVE,
    PRESENTED,
    PROJECT_WORD,
    PRONOUN_START,
    PUBLISHER_ROLE_COLUMN,
    QUOTE_NEXT,
    RECOMMENDATION_CODE,
    RELATIVE_BETWEEN,
    RELATIVE_CUE,
    RELATIVE_OPEN,
    RELATIVE_PARTICIPATION,
    REPORTED_TO,
    REQUESTED,
    REQUESTED_LIST,
    RESPECTIVELY,
    REVIEW_OF,
    ROW_DETAIL_COLUMNS,
    ROW_NAME_COLUMNS,
    SECOND_VERB,
    SESSION_OF_AFTER,
    SESSION_ORGANIZERS,
    SESSION_PARTNER,
    SHARED_AFTER,
    SHARED_BEFORE,
    SHARED_TAIL,
    STANDING_BODY,
    SUBSIDIARY,
    THE_CHAIR,
    THROUGH,
    TITLE_COLLABORATION,
    UN_ACTOR,
    VENUE,
    WE_ACT,
    WITH_AFTER_NAME,
    WITH_AFTER_VERB,
    anothers_office,
    back_referring_role,
    closed_agent,
    column_role,
    coordinated_before,
    coordinated_names,
    direct_pairs,
    head_word,
    heads_name,
    named_role,
    named_role_in_parentheses,
    org_lists,
    passive_target,
    reachable,
    relative_between,
    role_word,
    starts_with_verb,
)
from kg.cues import ACTIVE, BACK_REFERRING, BEFORE_GROUPING, LATER_FRAME, PASSIVE, SHARED_LEAD
from kg.ids import name_key, slug
from kg.mentions import (
    GROUPING_HEADS,
    KIND_TAILS,
    ORG_HEADS,
    Lexicon,
    Mention,
    action_lines,
    anaphora,
    appositive_groupings,
    definitional_groupings,
    edition_series,
    enumerations,
    find_definitions,
    find_named_phrases,
    grouping_key,
    interagency_groupings,
    joint_possessive_groupings,
    launched_names,
    lowercase_groupings,
    name_with_inner_acronyms,
    numbered_bodies,
    opening_event_names,
    owned_events,
    quoted_groupings,
    sub_body_names,
    titled_groupings,
    topic_groupings,
)
from kg.metadata import infer_publisher
from kg.model import Evidence, Node, Report, Statement, Unit
from kg.registry import place_key
from kg.reports import body_start, mask, parse_report, sentences
from kg.roles import PARTICIPATION_PREDICATES, ROLE_PREDICATE, role_class
from kg.sdgs import SdgMention, find_sdg_mentions

if TYPE_CHECKING:
    from kg.registry import GroupingRef

ANNEX_COLUMNS = {
    "key activit": "keyActivity",
    "purpose": "keyActivity",
    "description": "keyActivity",
    "relevance": "relevance",
    "benefit": "relevance",
    "frequency": "meetingFrequency",
    "time": "timeSpent",
    "financial": "financialImplications",
    "cost": "financialImplications",
}


@dataclass
class ReportExtraction:
    """What one report yields: statements, the nodes they mention, and citations seen."""

    report: str
    statements: list[Statement] = field(default_factory=list)
    nodes: dict[str, Node] = field(default_factory=dict)
    citations: list[Citation] = field(default_factory=list)
    publisher: str | None = None
    org_mentions: list[tuple[str, str]] = field(default_factory=list)  # (org key, unit locator)


@dataclass
class _Sentence:
    start: int
    end: int
    unit: Unit
    orgs: list[Mention]
    groups: list[Mention]
    # enumerations: (plural head, head start, end of the introducer, items as mentions)
    enums: list[tuple[str, int, int, list[Mention]]] = field(default_factory=list)
    # groupings described as an organization's ("Her CyberTracks, a BDT programme"): (owner, grouping)
    owned: list[tuple[Mention, Mention]] = field(default_factory=list)


@dataclass
class _Scope:
    """One sentence as the role rules see it, and the roles they collect (first rule wins, a lead role
    over a member one; ``add_role`` keeps that invariant)."""

    text: str
    sent: _Sentence
    publisher: str | None
    out: ReportExtraction
    lists: list[list[Mention]]
    ctx_group: Mention | None
    ctx_org: Mention | None
    roles: dict[tuple[str, str], tuple[str, str, float]]
    owner_spans: set[tuple[int, int]]  # organizations read as the owners named in a grouping's name
    add_role: Callable[[str, str, str, str, float], None]
    ev: Callable[..., Evidence]

    @property
    def orgs(self) -> list[Mention]:
        return self.sent.orgs

    @property
    def groups(self) -> list[Mention]:
        return self.sent.groups


class Extractor:
    """Runs the extraction rules over one report with a registry-backed lexicon.

    Parameters
    ----------
    registry : Registry
        Reference data (organizations, groupings, conferences, SDGs).
    """

    VERSION = "1"

    def __init__(self, registry: object) -> None:
        self._edition_parents: dict[str, str] = {}  # numbered sessions defined in the current report
        self.registry = registry
        self.lexicon = Lexicon()
        self.org_names: dict[str, str] = {}
        # UN bodies where organizations take part (commissions, committees, forums, assemblies):
        # organizations of the system chart, and also places of participation
        self.bodies = {
            oid for oid, org in registry.organizations.items()  # type: ignore[attr-defined]
            if org.category in ("principal-organ", "other-un-entity")
            and re.search(r"\b(?:Commission|Committee|Council|Forum|Board|Assembly|Panel|Group)\b", org.name)
            and not any(registry.organizations[p].category == "specialized-agency" for p in org.parents if p in registry.organizations)  # type: ignore[attr-defined]
        }
        # governing bodies ("Industrial Development Board") are places of participation when a list of
        # events names them
        self.governing = {oid for oid, org in registry.organizations.items() if org.category == "governing-body"}  # type: ignore[attr-defined]
        # organizations named as a grouping ("WePROTECT Global Alliance", "StEP Initiative"): places of
        # participation where a sentence says someone joins or takes part in them
        self.joinable = {
            oid for oid, org in registry.organizations.items()  # type: ignore[attr-defined]
            if oid not in self.bodies and org.name.split()[-1].lower() in JOINABLE_HEADS
        }
        self.places: frozenset[str] = registry.places  # type: ignore[attr-defined]
        self.org_words = frozenset(
            w.lower() for org in registry.organizations.values()  # type: ignore[attr-defined]
            for w in (org.id, org.acronym or "", *org.aliases) if w and " " not in w)
        self._locator: str | None = None
        reg = registry
        names: list[tuple[str, str, str, str]] = []
        for surface, oid in reg.org_names():  # type: ignore[attr-defined]
            org = reg.organizations[oid]  # type: ignore[attr-defined]
            if surface.strip().lower() in ("un", "united nations", "u.n."):
                continue
            names.append((surface, f"org:{oid}", "org", org.category))
        for surface, gid in reg.grouping_names():  # type: ignore[attr-defined]
            names.append((surface, f"grouping:{gid}", "grouping", reg.groupings[gid].kind))  # type: ignore[attr-defined]
        # ITU conferences and assemblies held (conferences.yaml) are events, each part of its body:
        # "WRC-19", "World Radiocommunication Conference 2019"
        self._conference_parents: dict[str, str] = {}
        self._conference_nodes: dict[str, tuple[str, str]] = {}
        for conf in reg.conferences.values():  # type: ignore[attr-defined]
            body = reg.organizations.get(conf.body)  # type: ignore[attr-defined]
            if body is None:
                continue
            key = f"grouping:{conf.id.lower()}"
            self._conference_parents[key] = f"org:{conf.body}"
            self._conference_nodes[key] = (f"{body.name} ({conf.id})", conf.id)
            for form in (conf.id, *conf.aliases, f"{body.name} {conf.year}"):
                names.append((form, key, "grouping", "event"))
        claimed = {name_key(surface) for surface, _, _, _ in names}
        for surface, key, kind, category in names:
            self.lexicon.add(surface, key, kind, category)
            # "UN Capital Development Fund" is "United Nations Capital Development Fund", and back,
            # unless the other spelling names something else
            for variant in (_un_variant(surface), _interagency_variant(surface)):
                if variant and (name_key(variant) not in claimed or name_key(variant) == name_key(surface)):
                    self.lexicon.add(variant, key, kind, category)
        # the WSIS, whose Action Lines reports name without it ("facilitator of Action Lines C2 and C5")
        wsis = self.lexicon.find("WSIS")
        self._wsis_key = wsis[0].key if wsis else None
        # officials act for their organization ("led by the UN Deputy Secretary-General")
        self.officials = Lexicon()
        for surface, oid in reg.official_names():  # type: ignore[attr-defined]
            self.officials.add(surface, f"org:{oid}", "org", reg.organizations[oid].category)  # type: ignore[attr-defined]

    # -- nodes --------------------------------------------------------------------------------
    def _org_node(self, key: str, label: str | None = None, discovered: bool = False, acronym: str | None = None) -> Node:
        oid = key.split(":", 1)[1]
        org = self.registry.organizations.get(oid)  # type: ignore[attr-defined]
        if org is not None:
            return Node(key=key, label=org.name, type="Organization", category=org.category, acronym=org.acronym)
        return Node(key=key, label=label or oid, type="Organization", category="discovered", acronym=acronym, discovered=True)

    def _is_parent(self, parent: str, child: str) -> bool:
        """Whether the registry makes organization ``parent`` a parent of organization ``child``."""
        org = self.registry.organizations.get(child[4:])  # type: ignore[attr-defined]
        return org is not None and parent[4:] in org.parents

    def _known(self, key: str) -> GroupingRef | None:
        """The registry's grouping a ``grouping:`` key names, if any."""
        return self.registry.groupings.get(key.split(":", 1)[1]) if key.startswith("grouping:") else None  # type: ignore[attr-defined]

    def _grouping_node(self, key: str, label: str, kind: str, acronym: str | None = None) -> Node:
        g = self._known(key)
        if g is not None:
            return Node(key=key, label=g.name, type="Grouping", category=g.kind, acronym=g.acronym)
        if key in self._conference_nodes:
            name, conf_id = self._conference_nodes[key]
            return Node(key=key, label=name, type="Grouping", category="conference", acronym=conf_id)
        return Node(key=key, label=label, type="Grouping", category=kind or "initiative", acronym=acronym, discovered=True)

    # -- the report ----------------------------------------------------------------------------
    def extract(self, report: Report) -> ReportExtraction:
        """Run every rule over one report.

        Examples
        --------
        >>> from kg.registry import load_registry  # doctest: +SKIP
        >>> ex = Extractor(load_registry(Path("data")))  # doctest: +SKIP
        """
        text = mask(report.text)
        units = parse_report(report)
        out = ReportExtraction(report=report.meta.id)
        publisher = report.meta.publisher or infer_publisher(text, self.lexicon)
        out.publisher = publisher
        self._edition_parents = dict(self._conference_parents)
        lexicon, acronyms = self._report_lexicon(text, out)
        if publisher:
            out.nodes.setdefault(f"org:{publisher}", self._org_node(f"org:{publisher}"))
        rid = report.meta.id
        default_body = "ITU-PP" if publisher in ("ITU", None) else None
        # a lead-in such as "ITU participates in the following networks:" gives its role to the
        # grouping each following bullet names
        lead_in: tuple[list[str], str, int, int, bool] | None = None
        # "It is chaired by ... and brings together:" before bullets naming its members
        members_of: tuple[Mention, int, int] | None = None
        title_partners: tuple[list[str], int, int] | None = None  # a title line stating a collaboration
        subject_mandate = self._subject_mandate(text, default_body, out)
        for unit in units:
            self._locator = unit.locator
            if unit.kind in ("heading", "row"):
                # organizations named in headings ("TSB") and in every cell of a table are mentioned
                # in the report even where no statement is read
                self._record_orgs(text, unit.start, unit.end, lexicon, out)
            if unit.kind == "heading":
                if subject_mandate is not None:
                    self._heading_mandate(text, unit, subject_mandate, lexicon, out)
                continue
            if unit.kind != "bullet":
                lead_in = None
            elif members_of is not None:
                self._bullet_members(text, unit, members_of, lexicon, rid, out)
            if unit.kind != "bullet":
                members_of = None
            if unit.kind == "row":
                self._row(text, unit, rid, publisher, lexicon, out, default_body)
                continue
            self._locator = unit.locator
            context = self._context(text, unit, lexicon, out)
            entry_cites: list[Citation] = []
            if unit.entry:
                entry_cites = find_citations(_entry_citation_text(text, unit.entry), self.registry, default_body)  # type: ignore[arg-type]
            unit_text = text[unit.start : unit.end]
            unit_cites = [_shift(c, unit.start) for c in find_citations(unit_text, self.registry, default_body)]  # type: ignore[arg-type]
            unit_sdgs = [(m, unit.start + m.start) for m in find_sdg_mentions(unit_text)]
            bs = body_start(text, unit)
            unit_found = self._names(text, bs, unit.end, lexicon, out)
            before = len(out.statements)
            first_sentence: _Sentence | None = None
            previous: _Sentence | None = None
            focus: Mention | None = None
            event: Mention | None = None  # the event the paragraph is about ("The twelfth IGF was held ...")
            prior: list[Mention] = []
            for s, e in sentences(text, bs, unit.end):
                sent = self._mentions(text, s, e, unit, unit_found, out, context, prior, _pronoun_subject(text, s, previous))
                prior.extend(sent.groups)
                cites = [c for c in unit_cites if s <= c.start < e]
                sdgs = [m for m, at in unit_sdgs if s <= at < e]
                first_sentence = first_sentence or sent
                # "It will also review Goal 6 ...": a sentence opening with a pronoun is about the
                # grouping the previous sentence was about
                topic = context
                if previous is not None and previous.groups and PRONOUN_START.match(text, s) and not any(m.rule == "pronoun-subject" for m in sent.orgs):
                    topic = previous.groups[0]
                elif focus is not None and (not sent.groups and (re.search(r"\bits\b", text[s:e]) or IT_OBJECT.search(text, s, e) or THE_CHAIR.search(text, s, e))
                                            or AMONG_THE_START.match(text, s, e)):
                    # "The UNGIS ... now has 30 members. UNESCO, UNDP and UNCTAD act as its permanent
                    # vice-chairs ... ITU held the chair in 2018": the grouping the sentences before were about
                    topic = focus
                # the grouping the next sentence's "its" or "the chair" may stand for
                if sent.groups:
                    # the grouping the sentence opens with, or the one it names
                    about_one = sent.groups[0].start - sent.start <= 6 or len({g.key for g in sent.groups}) == 1
                    focus = sent.groups[0] if about_one else None
                elif topic is not focus:
                    focus = None
                self._rules(text, sent, rid, publisher, topic, out, entry_cites, cites, sdgs)
                if unit.kind == "paragraph" and MEMBERS_FOLLOW.search(text, s, e):
                    about = sent.groups[0] if sent.groups and sent.groups[0].start - s <= 6 else (topic if topic is not None and topic.kind == "grouping" else None)
                    members_of = (about, s, e) if about is not None else None
                self._presented_at(text, sent, previous, rid, out)
                in_focus = self._event_in_focus(text, sent, event, out)
                self._event_followup(text, sent, in_focus or event, rid, out)
                event = in_focus
                previous = sent
            # a bullet's facts that are about its first-named grouping ("· The WSIS Prizes is ... in
            # supporting WSIS" has facts about WSIS only: the publisher's part in the Prizes is implicit)
            heads = [m.key for m in first_sentence.groups if m.start - first_sentence.start <= 6] if first_sentence else []
            produced = any(st.predicate in PARTICIPATION_PREDICATES and (not heads or st.object in heads)
                           for st in out.statements[before:])
            # (the lead-in's subjects act in the bullet's grouping even when the bullet names partners:
            # "ITU organized three regional summits ...: · The Connect Arab Summit, organized in partnership with X")
            lead_subjects_named = lead_in is not None and any(st.subject in lead_in[0] for st in out.statements[before:]
                                                              if st.predicate in PARTICIPATION_PREDICATES)
            if unit.kind == "bullet" and lead_in and first_sentence and (not produced or not lead_subjects_named):
                subjects, role, ls, le, anywhere = lead_in
                # the grouping the bullet opens with, else the one its heading names (not a heading
                # above the lead-in line: the lead-in opened a topic of its own)
                opens = first_sentence.groups[0] if first_sentence.groups and first_sentence.groups[0].start - first_sentence.start <= 6 else None
                heading = context if context is not None and context.kind == "grouping" and context.start > ls else None
                target = opens or heading or (first_sentence.groups[0] if first_sentence.groups and anywhere else None)
                if target is not None and role_class(role) == "lead" and SESSION_OF_AFTER.match(text, target.end):
                    role = "participant"  # "· HLPF Side Event: ...": organizing a session of an event is taking part in it
                if target is not None:
                    quote = re.sub(r"\s+", " ", text[ls:le] + " … " + text[first_sentence.start : first_sentence.end]).strip()
                    ev = Evidence(rid, unit.locator, quote, first_sentence.start, first_sentence.end, f"lead-in-list@{self.VERSION}", 0.75)
                    for subj in subjects:
                        out.statements.append(Statement(subj, ROLE_PREDICATE[role], target.key, ev, role=role))
                    produced = True
            elif unit.kind == "bullet" and publisher and first_sentence and not produced:
                self._implicit_bullet(text, unit, first_sentence, unit_found, context, rid, publisher, out)
            if title_partners and first_sentence is not None and first_sentence.groups:
                # "ITU and FAO cooperate closely on AI and IoT for Digital Agriculture" over a paragraph
                # on "The ITU Focus Group on ... (FG-AI4A)": the partners of the title work in it
                keys, ts, te = title_partners
                target = first_sentence.groups[0]
                done = {st.subject for st in out.statements[before:] if st.object == target.key}
                quote = re.sub(r"\s+", " ", text[ts:te] + " … " + text[first_sentence.start : first_sentence.end]).strip()
                ev = Evidence(rid, unit.locator, quote, first_sentence.start, first_sentence.end, f"title-partners@{self.VERSION}", 0.65)
                for k in keys:
                    if k not in done:
                        out.statements.append(Statement(k, ROLE_PREDICATE["partner"], target.key, ev, role="partner"))
            title_partners = self._title_partners(text, unit, unit_found) if unit.kind == "paragraph" else None
            if unit.kind in ("paragraph", "bullet") and first_sentence is not None:
                li = self._lead_in(text, unit, unit_found, publisher)
                if li is not None:
                    lead_in = li
        _ = acronyms
        return out

    def _report_lexicon(self, text: str, out: ReportExtraction) -> tuple[Lexicon, dict[str, str]]:
        """The registry lexicon plus the report's own definitions "Full Name (ACR)"."""
        lex = self.lexicon.copy()
        acronyms: dict[str, str] = {}
        for (fs, fe), (as_, ae) in find_definitions(text, 0, len(text)):
            acr = text[as_:ae].strip()
            if acr in acronyms:
                # a second full name for the same acronym ("Inter-Sector Coordination Group (ISCG)" and
                # "Inter-Sectoral Coordination Group on Issues of Mutual Interest (ISCG)"): one grouping
                line_start = text.rfind("\n", 0, fs) + 1
                inner = name_with_inner_acronyms(text, fs, fe)
                phrases = [inner] if inner else find_named_phrases(text, max(line_start, fs - 80), fe, places=self.places)
                if (acronyms[acr].startswith("grouping:") and phrases and phrases[-1].end == fe and phrases[-1].kind == "grouping"
                        and not self.lexicon.find(text, phrases[-1].start, fe)):
                    lex.add(phrases[-1].text, acronyms[acr], "grouping", phrases[-1].category)
                continue
            known = self.lexicon.find(text, fs, fe)
            if not (known and known[0].start == fs and known[-1].end == fe):
                # "... the Conference of the Parties to the United Nations Framework Convention on
                # Climate Change (COP24, ...)": a known name ending at the parenthesis, longer than
                # the initials found
                line_start = text.rfind("\n", 0, fs) + 1
                longer = [k for k in self.lexicon.find(text, max(line_start, fs - 120), fe) if k.end == fe and k.start < fs]
                if longer:
                    fs, known = longer[-1].start, longer[-1:]
            if known and known[0].start == fs and known[-1].end == fe and len(known) == 1:
                m = known[0]
                numbered = NUMBERED_ACRONYM.match(acr)
                parent = self.lexicon.find(numbered.group(1)) if numbered else []
                if numbered and (parent and parent[0].key == m.key or ORDINAL_BEFORE.search(text, max(0, fs - 40), fs)):
                    # "the 67th session of the Commission on the Status of Women (CSW67)": one session
                    ordinal = ORDINAL_BEFORE.search(text, max(0, fs - 40), fs)
                    label = re.sub(r"\s+", " ", text[ordinal.start(1) if ordinal else fs : fe])
                    if not ordinal:
                        label = f"{label} ({acr})"  # "World Telecommunication Standardization Assembly (WTSA-20)"
                    key = grouping_key(label)
                    lex.add(acr, key, "grouping", "event")
                    acronyms[acr] = key
                    out.nodes.setdefault(key, self._grouping_node(key, label, "event", acr))
                    self._edition_parents[key] = m.key
                    continue
                if not lex._match_at(acr, [(0, len(acr), acr)], 0) and "/" not in acr:
                    lex.add(acr, m.key, m.kind, m.category)
                acronyms[acr] = m.key
                continue
            if self.lexicon.find(acr):
                continue
            inner = name_with_inner_acronyms(text, fs, fe)
            phrases = [inner] if inner else find_named_phrases(text, fs, fe, places=self.places)
            owner = re.search(r"\b([A-Z][A-Za-z]*(?:-[A-Z]{1,3})?)\s$", text[max(0, fs - 16) : fs])
            if phrases and phrases[-1].end == fe and phrases[-1].kind == "grouping" and owner and owner.group(1).lower() in self.org_words:
                # "ITU-R Study Group 1 (SG 1)": the owner's name before the defined name is part of it
                phrases = [p for p in find_named_phrases(text, fs - len(owner.group(0)), fe, org_words=self.org_words, places=self.places)
                           if p.end == fe] or phrases
            if phrases and phrases[-1].end == fe and phrases[-1].kind == "grouping":
                p = phrases[-1]
                key = grouping_key(p.text)
                ordinal = ORDINAL_BEFORE.search(text, max(0, fs - 40), fs) if NUMBERED_ACRONYM.match(acr) else None
                if ordinal:
                    # "the 28th session of the Conference of the Parties (COP28)": the session is an
                    # edition, the series a grouping of its own
                    lex.add(p.text, key, "grouping", p.category)
                    out.nodes.setdefault(key, self._grouping_node(key, p.text, p.category))
                    label = re.sub(r"\s+", " ", text[ordinal.start(1) : fe])
                    series, key = key, grouping_key(label)
                    lex.add(acr, key, "grouping", "event")
                    acronyms[acr] = key
                    out.nodes.setdefault(key, self._grouping_node(key, label, "event", acr))
                    self._edition_parents[key] = series
                    continue
                lex.add(acr, key, "grouping", p.category)
                lex.add(p.text, key, "grouping", p.category)
                acronyms[acr] = key
                out.nodes.setdefault(key, self._grouping_node(key, p.text, p.category, acr))
            elif phrases and phrases[-1].end == fe and phrases[-1].kind == "org":
                p = phrases[-1]
                name = p.text
                if p.start > fs and text[fs:fe].split()[-1].lower() in ORG_HEADS:
                    # "Conferences and Publications Department (C&P)": the defined name, not its tail
                    name = re.sub(r"\s+", " ", text[fs:fe])
                key = f"org:{slug(acr, keep_case=True)}"
                lex.add(acr, key, "org")
                lex.add(name, key, "org")
                acronyms[acr] = key
                out.nodes.setdefault(key, self._org_node(key, name, True, acr))
            elif (kind_after := KIND_AFTER_DEFINITION.match(text, ae)) is not None and not phrases:
                # "the Asia-Pacific Information Superhighway (AP-IS) initiative": a name without a
                # head word, its kind after the acronym
                name = re.sub(r"\s+", " ", re.sub(r"^(?:the|The)\s+", "", text[fs:fe]))
                kind = GROUPING_HEADS.get(kind_after.group(1).lower(), "initiative")
                key = grouping_key(name)
                lex.add(acr, key, "grouping", kind)
                lex.add(name, key, "grouping", kind)
                acronyms[acr] = key
                out.nodes.setdefault(key, self._grouping_node(key, name, kind, acr))
        return lex, acronyms

    def _context(self, text: str, unit: Unit, lexicon: Lexicon, out: ReportExtraction) -> Mention | None:
        """The grouping a unit is about: its bullet head ("EQUALS: ...") or its sub-heading."""
        line = text[unit.start : unit.end]
        if unit.kind == "bullet":
            m = BULLET_HEAD.match(line)
            if m and len(m.group(1).split()) <= 12:
                hs = unit.start + m.start(1)
                he = unit.start + m.end(1)
                found = self._names(text, hs, he, lexicon, out)
                groups = [x for x in found if x.kind == "grouping"]
                if groups:
                    return groups[0]
                orgs = [x for x in found if x.kind == "org"]
                if orgs and orgs[0].start == hs and orgs[-1].end >= he - 1:
                    return orgs[0]
        if unit.heading and unit.start - unit.heading[1] <= HEADING_REACH:
            hs, he = unit.heading
            head = text[hs:he]
            cut = re.search(r"\s[-–:]\s|:", head)
            he2 = hs + cut.start() if cut else he
            found = [x for x in self._names(text, hs, he2, lexicon, out) if x.kind == "grouping"]
            if found and found[0].start - hs <= 4:
                return found[0]
        return None

    def _names(self, text: str, s: int, e: int, lexicon: Lexicon, out: ReportExtraction) -> list[Mention]:
        known = lexicon.find(text, s, e)
        subs = sub_body_names(text, known, e)
        if subs:
            parents = {(m.start, m.end) for m in subs}
            known = sorted([m for m in known if not any(m.start == b.start and m.end < b.end for b in subs) or (m.start, m.end) in parents] + subs)
            known = [m for m in known if not any(b is not m and b.start <= m.start and m.end <= b.end and m.rule != "sub-body" for b in subs)]
        for g in [k for k in known if k.kind == "grouping"]:
            # "the mid-term review of the SAMOA Pathway", "the Comprehensive High-level Midterm Review of
            # the Istanbul Programme of Action": a review process of a known one, part of it
            rv = REVIEW_OF.search(text, max(s, g.start - 80), g.start)
            if rv and not any(k.start < g.start and rv.start(1) < k.end for k in known if k is not g):
                name = re.sub(r"\s+", " ", text[rv.start(1) : g.end])
                key = grouping_key(name)
                out.nodes.setdefault(key, self._grouping_node(key, name, "process"))
                known = [k for k in known if k is not g] + [Mention(rv.start(1), g.end, "grouping", key, text[rv.start(1) : g.end], discovered=True,
                                                                  category="process", acronym=g.key, rule="sub-body")]
        for a_s, a_e, code in action_lines(text, s, e) if self._wsis_key else []:
            # "sole facilitator of Action Lines C2, C5 and C6": WSIS's, though it is not named
            if not any(k.start < a_e and a_s < k.end for k in known):
                name = f"WSIS Action Line {code}"
                out.nodes.setdefault(grouping_key(name), self._grouping_node(grouping_key(name), name, "initiative"))
                known.append(Mention(a_s, a_e, "grouping", grouping_key(name), text[a_s:a_e], discovered=True,
                                     category="initiative", acronym=self._wsis_key, rule="sub-body"))
        for m in self._acting_officials(text, s, e, out.publisher):
            if not any(k.start <= m.start < k.end or m.start <= k.start < m.end for k in known):
                known.append(m)
        known.sort()
        # "UNESCO Intergovernmental Oceanographic Commission": a parent's name before its body's belongs to it
        orgs = [k for k in known if k.kind == "org"]
        owners = [a for a, b in zip(orgs, orgs[1:], strict=False) if text[a.end : b.start] == " " and self._is_parent(a.key, b.key)]
        known = [k for k in known if k not in owners]
        found = list(known)
        quoted = [(a_s, a_e) for a_s, a_e, _ in quoted_groupings(text, s, e)]
        for p in find_named_phrases(text, s, e, taken=quoted, org_words=self.org_words, places=self.places):
            inside = [m for m in known if p.start < m.end and m.start < p.end]
            # "events jointly with UN Women for International Women's Day": a partner before "for" is no part of the name
            lead_org = next((m for m in inside if m.kind == "org" and m.start == p.start), None)
            cut = ORG_BEFORE_PURPOSE.match(text, lead_org.end, p.end) if lead_org and p.kind == "grouping" else None
            if cut and len(text[cut.end() : p.end].split()) >= 2:
                name = text[cut.end() : p.end]
                p = Mention(cut.end(), p.end, "grouping", grouping_key(name), name, discovered=True, category=p.category, rule=p.rule)
                inside = [m for m in known if p.start < m.end and m.start < p.end]
            if p.kind == "org" and inside:
                continue
            if p.kind == "grouping" and p.text.split()[-1].lower() in NOT_GROUPING_TAIL:
                continue
            if any(m.kind == "org" and m.start <= p.start + 2 and (m.end - m.start) >= 0.6 * (p.end - p.start) for m in inside):
                continue
            tail = text[p.start : p.end].split()[-1]
            lower_tail = tail in ("track", "team", "event", "initiative", "programme", "project", "platform", "series", "consultation", "consultations", "meeting", "webinar")
            if tail in KIND_TAILS and any(m.kind == "grouping" and m.start <= p.start + 1 for m in inside):
                continue  # "the NoW ITU-D programme", "the ITU Academy platform": the known name with its kind
            if any((m.kind == "grouping" and not lower_tail and not (m.key in self._edition_parents and m.start > p.start)) or (m.start <= p.start and p.end <= m.end) or (m.end >= p.end and m.start - p.start <= 16) for m in inside):
                continue
            found.append(p)
        for m in found:
            if m.kind == "org":
                self._note_org(m, out)
            else:
                label = re.sub(r"\s+", " ", m.text).strip()
                label = re.sub(r"^(?:the|The)\s+", "", label)
                out.nodes.setdefault(m.key, self._grouping_node(m.key, label, m.category))
        return sorted(found)

    def _subject_mandate(self, text: str, default_body: str | None, out: ReportExtraction) -> tuple[Citation, int, int] | None:
        """A report "on the implementation of Resolution 191 (Rev. Dubai, 2018)": that resolution and
        the sentence that says so, looked for near the top of the report."""
        m = IMPLEMENTATION_REPORT.search(text, 0, min(len(text), 3000))
        if m is None:
            return None
        s = text.rfind("\n", 0, m.start()) + 1
        e = text.find("\n", m.end())
        e = len(text) if e < 0 else e
        cites = find_citations(text[m.end() : min(e, m.end() + 120)], self.registry, default_body)  # type: ignore[arg-type]
        if not cites or cites[0].start > 2:
            return None
        self._resolution_node(cites[0], out)
        return cites[0], s, e

    def _heading_mandate(self, text: str, unit: Unit, mandate: tuple[Citation, int, int], lexicon: Lexicon,
                         out: ReportExtraction) -> None:
        """In a report on the implementation of a resolution, a mechanism that heads a section
        ("Inter-Sectoral Coordination Task Force (ISC-TF)") is one the resolution mandates."""
        cite, s, e = mandate
        found = [m for m in self._names(text, unit.start, unit.end, lexicon, out) if m.kind == "grouping"]
        if not found or text[unit.start : found[0].start].strip(" \t.0123456789"):
            return  # the heading must open with the mechanism's name
        quote = re.sub(r"\s+", " ", text[unit.start : unit.end].strip() + " … " + text[s:e].strip())
        ev = Evidence(out.report, unit.locator, quote, unit.start, unit.end, f"implementation-report@{self.VERSION}", 0.6,
                      cite.as_written)
        out.statements.append(Statement(found[0].key, "mandatedBy", f"resolution:{cite.key}", ev))

    def _record_orgs(self, text: str, s: int, e: int, lexicon: Lexicon, out: ReportExtraction) -> None:
        """Record the registry organizations named in ``text[s:e]`` (no statement)."""
        for m in lexicon.find(text, s, e):
            if m.kind == "org":
                self._note_org(m, out)

    def _note_org(self, m: Mention, out: ReportExtraction) -> None:
        """An organization mentioned in the current unit: its node and the mention's locator."""
        out.nodes.setdefault(m.key, self._org_node(m.key, m.text, m.discovered))
        if self._locator is not None:
            out.org_mentions.append((m.key, self._locator))

    def _acting_officials(self, text: str, s: int, e: int, publisher: str | None) -> list[Mention]:
        """Officials and "the United Nations" where they act: "led by the UN Deputy Secretary-General",
        "the United Nations will convene". A possessive ("the UN Secretary-General's report") or a
        modifier ("the United Nations system") is not the organization acting."""
        out = [m for m in self.officials.find(text, s, e) if not re.match(r"\s*['’]s?\b", text[m.end : m.end + 3])]
        for m in UN_ACTOR.finditer(text, s, e):
            out.append(Mention(m.start(1), m.end(1), "org", "org:UN", m.group(1), rule="un-actor"))
        if publisher:
            # "With UN Women and other founding partners we launched EQUALS": the report's own voice
            for m in WE_ACT.finditer(text, s, e):
                out.append(Mention(m.start(1), m.end(1), "org", f"org:{publisher}", m.group(1), rule="own-we"))
            # "chaired by the Deputy Secretary-General", "The secretariat established ...": unqualified,
            # the publisher's own official or secretariat
            for found, governed, reach, rule in OWN_OFFICES:
                for m in found.finditer(text, s, e):
                    if not governed.search(text, max(0, m.start() - reach), m.start()) and not any(o.start <= m.start(1) < o.end for o in out):
                        # "chaired by the UN Deputy Secretary-General ... chaired by the Deputy Secretary-General":
                        # the official the paragraph named with the UN before
                        title = re.escape(m.group(1)).replace(r"\ ", r"\s+")
                        un_named = rule == "own-official" and re.search(rf"\b(?:UN|United\s+Nations)(?:['’]s)?\s+{title}\b", text[s : m.start()])
                        key = "org:UN" if un_named else f"org:{publisher}"
                        out.append(Mention(m.start(1), m.end(1), "org", key, m.group(1), rule="un-official-again" if un_named else rule))
        return [Mention(m.start, m.end, m.kind, m.key, m.text, rule=m.rule or "official") for m in out]

    def _discovered(self, text: str, a_s: int, a_e: int, name: str, kind: str, rule: str, out: ReportExtraction) -> Mention:
        """A grouping found in the text but not in the registry: its node (first label wins) and mention."""
        key = grouping_key(name)
        out.nodes.setdefault(key, self._grouping_node(key, name, kind))
        return Mention(a_s, a_e, "grouping", key, text[a_s:a_e], discovered=True, category=kind, rule=rule)

    def _mentions(self, text: str, s: int, e: int, unit: Unit, unit_found: list[Mention], out: ReportExtraction,
                  context: Mention | None, prior: Iterable[Mention] = (), pronoun: Mention | None = None) -> _Sentence:
        # (a conference named inside a citation, "Resolution 809 (WRC-15)", is part of the citation)
        def cited(m: Mention) -> bool:
            return m.key in self._conference_parents and (IN_CITATION.search(text, max(0, m.start - 40), m.start) is not None
                                                          or ISSUER_OF_CITATION.match(text, m.end) is not None)
        # (nor a Sector naming one of its Recommendations: "ITU-T H.872" is a standard, not an actor)
        found = [m for m in unit_found if s <= m.start and m.end <= e and not cited(m)
                 and not (m.kind == "org" and RECOMMENDATION_CODE.match(text, m.end))]
        if pronoun is not None:
            found.append(pronoun)  # "ITU is a member of X ... It contributed to G": the organization
        # anaphora: "the Commission" → the last grouping with that head word in this unit, counting
        # the names earlier sentences found in quotes or definitions ("This project ...")
        # (bodies the system chart lists as organizations are places too: "the HLPF ... the Forum")
        def place(m: Mention) -> bool:
            return m.kind == "grouping" or (m.kind == "org" and m.key[4:] in self.bodies)
        # "ITU also took part in the WePROTECT Global Alliance": an organization named as a grouping
        # is a place of participation where someone joins it
        joined = {(m.start, m.end) for m in found if m.kind == "org" and m.key[4:] in self.joinable
                  and JOINS_BEFORE.search(text, max(s, m.start - 40), m.start)}
        groups = [m for m in found if place(m)]
        recent: list[Mention] = [context] if context and place(context) else []
        recent += sorted({m for m in unit_found if place(m) and m.end <= s and not cited(m)}
                         | {m for m in prior if place(m) and m.end <= s and m.rule != "anaphora"})
        for a_s, a_e, head in anaphora(text, s, e):
            if any(m.start <= a_s < m.end or a_s <= m.start < a_e for m in found):
                continue
            if QUOTE_NEXT.match(text, a_e):
                continue  # "the side event “Women in digital leadership”": the quotes name it
            if re.match(r"\s+(?:and|&)\s+[A-Z]", text[a_e : a_e + 8]):
                continue  # "the Conferences and Publications Department": part of a longer name
            candidates = list(reversed(recent + [m for m in groups if m.end <= a_s]))
            # the head word of the name, not any word of it ("the Council" is not the Council Working Group)
            named = [g for g in candidates if heads_name(head, text[g.start : g.end]) or (
                g.key in out.nodes and heads_name(head, out.nodes[g.key].label))]
            kinds = [g for g in candidates if g.kind == "grouping"]  # (a body is no "initiative")
            if not named and kinds and head in GENERIC_ANAPHORA:
                named = kinds[:1]  # "the initiative" after "United for Smart Sustainable Cities (U4SSC)"
            elif not named and head == "event":
                # "The event" after "ITU's Emerging Technology for Connectivity 2021 was held": the last event
                # named (not a process named since: "... a vision for WSIS beyond 2025. ... partners of the Event")
                named = [g for g in kinds if g.key in out.nodes and out.nodes[g.key].category in EVENT_KINDS][:1]
            # "ITU established the Focus Group ... through ITU-T Study Group 16. The group is run by ...":
            # a name after "through", "by", "under" is the means or the frame, not what the text goes on about
            subjects = [g for g in named if not MEANS_BEFORE.search(text, max(0, g.start - 12), g.start)]
            named = subjects or named
            if named:
                found.append(Mention(a_s, a_e, named[0].kind, named[0].key, text[a_s:a_e], rule="anaphora"))
        for a_s, a_e, name in quoted_groupings(text, s, e):
            if any(m.kind == "grouping" and m.start <= a_s and a_e <= m.end for m in found):
                continue
            found = [m for m in found if not (m.kind == "grouping" and a_s <= m.start and m.end <= a_e)]
            found.append(self._discovered(text, a_s, a_e, name, "project", "quoted-name", out))
        for a_s, a_e, name, head in definitional_groupings(text, s, e):
            overlapping = [m for m in found if m.start < a_e and a_s < m.end]
            if any(m.kind == "org" or not (a_s <= m.start and m.end <= a_e) or (m.start, m.end) == (a_s, a_e) for m in overlapping):
                continue
            found = [m for m in found if m not in overlapping]
            found.append(self._discovered(text, a_s, a_e, name, GROUPING_HEADS.get(head, "initiative"), "definition", out))
        # an unknown acronym in a list of partners ("in collaboration with Niger's ANSI and ... WHO")
        for m in PARTNER_ACRONYM.finditer(text, s, e):
            a_s, a_e, acr = m.start(1), m.end(1), m.group(1)
            if acr in NOT_ORG_ACRONYMS or any(x.start < a_e and a_s < x.end for x in found):
                continue
            orgs_near = [x for x in found if x.kind == "org" and 0 <= x.start - a_e <= 120 and ";" not in text[a_e : x.start]]
            if not orgs_near or not re.search(r"\b(?:collaborat\w*|partner\w*|cooperat\w*|together|jointly|supported|led|organi[sz]ed)\b", text[max(s, a_s - 60) : a_s], re.I):
                continue
            key = f"org:{acr}"
            out.nodes.setdefault(key, self._org_node(key, acr, True))
            found.append(Mention(a_s, a_e, "org", key, acr, discovered=True, rule="partner-acronym"))
        found += self._counted_back_reference(text, s, e, unit_found, found)
        for a_s, a_e, name in joint_possessive_groupings(text, s, e):
            if not any(m.kind == "grouping" and m.start < a_e and a_s < m.end for m in found):
                found.append(self._discovered(text, a_s, a_e, name, "programme", "joint-possessive", out))
        for a_s, a_e, name in titled_groupings(text, s, e):
            if not any(m.start < a_e and a_s < m.end and not (a_s <= m.start and m.end <= a_e) for m in found):
                found = [m for m in found if not (a_s <= m.start and m.end <= a_e and m.kind == "grouping")]
                found.append(self._discovered(text, a_s, a_e, name, "project", "titled", out))
        for a_s, a_e, name in opening_event_names(text, s, e):
            # "ITU Telecom World 2019, 9 to 12 September, ...": a name without a head word, known by
            # its year and the event verb; a known or head-word name over it stands
            if not any(m.start < a_e and a_s < m.end and (m.kind == "grouping" or m.end - m.start >= 0.6 * (a_e - a_s)) for m in found):
                found.append(self._discovered(text, a_s, a_e, name, "event", "opening-event", out))
        for a_s, a_e, name in numbered_bodies(text, s, e):
            # "ITU-R Working Parties 5B and 4C": one body per number; it replaces a name over its words
            found = [m for m in found if not (m.kind == "grouping" and m.start < a_e and a_s < m.end)]
            found.append(self._discovered(text, a_s, a_e, name, "working-group", "numbered-bodies", out))
        for a_s, a_e, name in launched_names(text, s, e):
            # a known or head-word name over the same words stands; one inside ("launched the CISCO
            # EQUALS Learning Space") is a part of the title: an organization in it is its owner
            inner = [m for m in found if m.start < a_e and a_s < m.end]
            if all(a_s <= m.start and m.end <= a_e and (m.kind == "org" or m.end - m.start < a_e - a_s) for m in inner):
                found = [m for m in found if not (m.kind == "grouping" and m in inner)]
                found.append(self._discovered(text, a_s, a_e, name, "initiative", "launched-title", out))
        for a_s, a_e, name in appositive_groupings(text, s, e):
            if not any(m.start < a_e and a_s < m.end for m in found):  # else a known organization or grouping
                found.append(self._discovered(text, a_s, a_e, name, "initiative", "appositive", out))
        for a_s, a_e, name in interagency_groupings(text, s, e):
            if not any(m.start < a_e and a_s < m.end for m in found):
                found.append(self._discovered(text, a_s, a_e, name, "mechanism", "inter-agency-group", out))
        for a_s, a_e, name in edition_series(text, s, e):
            if not any(m.start < a_e and a_s < m.end for m in found):  # else a known name
                found.append(self._discovered(text, a_s, a_e, name, "event", "edition-of", out))
        for a_s, a_e, name in owned_events(text, s, e):
            owner = name.split()[0]
            if any(w.lower() in self.org_words for w in re.split(r"[/–-]", owner)) and not any(
                    m.kind == "grouping" and m.start < a_e and a_s < m.end for m in found):
                found.append(self._discovered(text, a_s, a_e, name, "event", "owned-event", out))
        for a_s, a_e, name in lowercase_groupings(text, s, e):
            if any(m.kind == "grouping" and m.start <= a_s and a_e <= m.end for m in found):
                continue
            if GOVERNING_PART.match(name) and any(m.kind == "grouping" and a_s < m.start and m.end <= a_e for m in found):
                continue  # "the steering committee of the Partnership on ...": a role in it is a role in the Partnership
            found.append(self._discovered(text, a_s, a_e, re.sub(r"\s+", " ", name), "working-group", "lowercase-head", out))
        for a_s, topic_at, a_e, name in topic_groupings(text, s, e):
            # (not "the task group" read as a grouping named before: its topic says which group it is)
            if any(m.kind == "grouping" and m.rule != "anaphora" and m.start < a_e and a_s < m.end and (m.start < topic_at or m.end > a_e) for m in found):
                continue  # a name over its head word, or across its end
            # a known name inside the topic ("the IATT workstream on the TFM online platform") is part of it
            found = [m for m in found if not (m.kind == "grouping" and (a_s <= m.start and m.end <= a_e or m.rule == "anaphora" and m.start < a_e and a_s < m.end))]
            parents = [m for m in found if m.kind == "grouping" and m.end < a_s and text[m.end : a_s] == " "]
            if parents:
                # "the IATT workstream on gender and STI": a part of the IATT, named after it
                parent = parents[0]
                full = f"{' '.join(parent.text.split())} {name}"
                key = grouping_key(full)
                out.nodes.setdefault(key, self._grouping_node(key, full, "working-group"))
                found = [m for m in found if m is not parent]
                found.append(Mention(parent.start, a_e, "grouping", key, text[parent.start : a_e], discovered=True,
                                     category="working-group", acronym=parent.key, rule="sub-body"))
                continue
            found.append(self._discovered(text, a_s, a_e, name, "working-group", "lowercase-topic", out))
        found.sort()
        # "the 28th session of the Conference of the Parties (COP28)": one mention of the session, not
        # the series beside it
        merged: list[Mention] = []
        for x in found:
            prev = merged[-1] if merged else None
            ordinal = ORDINAL_BEFORE.search(text, max(s, prev.start - 40), prev.start) if prev is not None else None
            known = self._known(x.key)
            # (a known session, "COP28", after its series or after a numbered session of a name)
            session = known is not None and bool(known.parents) and prev is not None and (
                f"grouping:{known.parents[0]}" == prev.key or (ordinal is not None and prev.discovered))
            if (prev is not None and prev.kind == "grouping" and (self._edition_parents.get(x.key) == prev.key or session)
                    and re.fullmatch(r"\s*\(\s*", text[prev.end : x.start])):
                x_s = ordinal.start(1) if ordinal else prev.start
                merged[-1] = Mention(x_s, x.end, x.kind, x.key, text[x_s : x.end], category=x.category, rule=x.rule)
                continue
            merged.append(x)
        found = self._editions(text, merged, out)
        enums = []
        for en in enumerations(text, s, e):
            items: list[Mention] = []
            for i_s, i_e, name in en.items:
                inside = [m for m in found if i_s <= m.start and m.end <= i_e]
                named_at = text.find(name.split()[0], i_s, i_e)
                i_s0 = named_at if named_at >= 0 else i_s  # after "49th session of the"
                # a registry or defined name stands; a name guessed from its head word gives way to
                # the item's own name, cleaned of dates and trailing acronyms
                whole = [m for m in inside if (m.end - m.start) >= 0.6 * len(name) and m.rule not in ("head-word", "lowercase-head")
                         and m.start - i_s0 <= 4]
                if whole:
                    items.append(whole[0])
                    continue
                if inside and all(m.kind == "org" for m in inside) and sum(m.end - m.start for m in inside) >= 0.5 * len(name):
                    continue  # "UN-Women and WMO": organizations, not a name
                if any(m.start < i_e and i_s < m.end and not (i_s <= m.start and m.end <= i_e) for m in found):
                    continue  # a longer name runs across the item's edge
                kind = "event" if en.head in EVENT_HEADS else GROUPING_HEADS.get(en.head.rstrip("s"), "initiative")
                found = [m for m in found if m not in inside or m.kind == "org"]  # "UNDESA Online Global Dialogue": its owner stays
                item = self._discovered(text, i_s, i_e, name, kind, "enumeration", out)
                if out.nodes[item.key].discovered and out.nodes[item.key].label != name:
                    # the item's cleaned name beats a head-word guess over the same words ("... - COPUOS")
                    out.nodes[item.key] = self._grouping_node(item.key, name, kind)
                found.append(item)
                items.append(item)
            if items and en.items:
                # "..., the High-level Dialogue on Financing for Development (26 September) and the
                # High-level review of the SAMOA Pathway": a last item not written as a name
                tail = ENUM_LAST.match(text, en.items[-1][1])
                last = [m for m in found if m.kind == "grouping" and tail and m.start == tail.end()]
                if last and last[0] not in items:
                    items.append(last[0])
            if len(items) >= 2:
                enums.append((en.head, en.intro[0], en.intro[1], items))
        found, owned = self._described_as_owned(text, s, e, found, out)
        found.sort()
        groups = [m for m in found if m.kind == "grouping" or (m.kind == "org" and (m.key[4:] in self.bodies or (m.start, m.end) in joined))]
        # a grouping named inside another ("the GDC" in "core inter-agency group on the GDC") is not the target
        groups = [g for g in groups if not any(h is not g and h.start <= g.start and g.end <= h.end and (h.end - h.start) > (g.end - g.start) for h in groups)]
        # an item an edition replaced ("WSIS Forum 2021") keeps its place in the list
        by_span = {(m.start, m.end): m for m in found}
        enums = [(h, at, to, [by_span.get((m.start, m.end), m) for m in items]) for h, at, to, items in enums]
        orgs = [m for m in found if m.kind == "org" and m.key[4:] not in self.bodies and (m.start, m.end) not in joined]
        return _Sentence(s, e, unit, orgs, groups, enums, owned)

    def _described_as_owned(self, text: str, s: int, e: int, found: list[Mention], out: ReportExtraction
                            ) -> tuple[list[Mention], list[tuple[Mention, Mention]]]:
        """"Her CyberTracks, a BDT programme funded by ...", "U4SSC, a United Nations initiative
        coordinated by ...": the words after the comma describe the grouping before (an organization's
        programme), they name no grouping of their own; the grouping before, if no name was found for
        it, is the capitalised words before the comma. Likewise a name the kind after it makes a
        grouping ("TechLearnTalks, a series of online learning sessions")."""
        owned: list[tuple[Mention, Mention]] = []
        # "ITU and UNICC co-organized TechLearnTalks, a series of online learning sessions": a name the
        # kind after it makes a grouping
        for m in NAMED_BY_KIND.finditer(text, s, e):
            a_s, a_e = m.start(1), m.end(1)
            first = m.group(1).split()[0]
            if first in NOT_A_NAME_START or any(x.start < a_e and a_s < x.end for x in found) or place_key(m.group(1)) in self.places:
                continue
            found = [*found, self._discovered(text, a_s, a_e, m.group(1), GROUPING_HEADS.get(m.group(2).lower(), "initiative"),
                                              "named-by-kind", out)]
        # ("United Nations" is no organization the lexicon finds: "a United Nations initiative" describes, too)
        found = [m for m in found if not (m.kind == "grouping" and m.rule == "head-word" and DESCRIBED_BEFORE.search(text, max(s, m.start - 40), m.start)
                                          and re.fullmatch(r"(?:United\s+Nations|UN)" + DESCRIBED_KIND.pattern, text[m.start : m.end]))]
        for o in [m for m in found if m.kind == "org"]:
            before = DESCRIBED_BEFORE.search(text, max(s, o.start - 40), o.start)
            kind = DESCRIBED_KIND.match(text, o.end)
            if not before or not kind:
                continue
            # the description is no name ("United Nations initiative")
            found = [m for m in found if not (m.kind == "grouping" and m.rule == "head-word" and o.start <= m.start < kind.end())]
            comma = before.start()
            named = [m for m in found if m.kind == "grouping" and m.end <= comma and ACRONYM_TAIL.fullmatch(text, m.end, comma)]
            if named:
                g = max(named, key=lambda m: m.end)
            else:
                run = CAPITALISED_BEFORE.search(text, max(s, comma - 80), comma)
                if run is None or any(m.start < comma and run.start(1) < m.end for m in found):
                    continue
                g = self._discovered(text, run.start(1), run.end(1), run.group(1), GROUPING_HEADS.get(kind.group(1).lower(), "programme"),
                                     "described-as-owned", out)
                found = [*found, g]
            if o.key != "org:UN":  # "a United Nations initiative": of the system, no owner named
                owned.append((o, g))
        return found, owned

    # -- rules --------------------------------------------------------------------------------
    def _evidence(self, text: str, rid: str, unit: Unit, s: int, e: int, rule: str, conf: float, as_written: str = "") -> Evidence:
        return Evidence(report=rid, locator=unit.locator, quote=re.sub(r"\s+", " ", text[s:e]).strip(), start=s, end=e,
                        rule=f"{rule}@{self.VERSION}", confidence=conf, as_written=as_written)

    def _rules(self, text: str, sent: _Sentence, rid: str, publisher: str | None, context: Mention | None,
               out: ReportExtraction, entry_cites: list[Citation], cites: list[Citation], sdgs: list[SdgMention]) -> None:
        """Every rule over one sentence, in order: roles first (the first rule to give a pair its
        role wins, a lead role over a member one), then direct pairs, sub-bodies, mandates, SDGs."""
        sc = self._scope(text, sent, rid, publisher, context, out)
        self._named_in_grouping(sc)
        self._cued_lists(sc)
        for org_key, grp_key, role, rule in self._enumeration_roles(text, sent, sc.lists, publisher):
            sc.add_role(org_key, grp_key, role, rule, 0.75)  # "present at events including: A; B; C"
        self._as_part_of(sc)
        self._at_event_frame(sc)
        self._verb_before_grouping(sc)
        self._own_conference_held(sc)
        self._relative_clause(sc)
        self._chairmanship(sc)
        self._fronted_frame(sc)
        self._bullet_context(sc)
        self._shared_at_the_end(sc)
        self._partners_after_grouping(sc)
        self._emit_roles(sc)
        self._direct_collaboration(sc)
        self._sub_bodies(sc)
        self._mandates(sc, entry_cites, cites)
        self._sdg_links(sc, sdgs)

    def _scope(self, text: str, sent: _Sentence, rid: str, publisher: str | None, context: Mention | None,
               out: ReportExtraction) -> _Scope:
        """What every rule reads about one sentence, and the roles they collect."""
        s, e, unit = sent.start, sent.end, sent.unit
        ctx_group = context if context and (context.kind == "grouping" or context.key[4:] in self.bodies) else None
        ctx_org = context if context and context.kind == "org" and ctx_group is None else None
        roles: dict[tuple[str, str], tuple[str, str, float]] = {}
        joined = {g.key for g in sent.groups if g.kind == "org" and g.key[4:] in self.joinable}

        def ev(rule: str, conf: float = 0.8, aw: str = "") -> Evidence:
            return self._evidence(text, rid, unit, s, e, rule, conf, aw)

        def add_role(org: str, grp: str, role: str, rule: str, conf: float) -> None:
            if org.startswith("org:") and (grp.startswith("grouping:") or grp[4:] in self.bodies or grp[4:] in self.governing
                                           or grp in joined) and org != grp:
                cur = roles.get((org, grp))
                # a lead role beats a member role, and a named lead role ("chaired by") the bare "lead"
                # an active verb gives ("The secretariat established a Group ..., chaired by ...")
                if cur is None or (role_class(role) == "lead" and (role_class(cur[0]) != "lead" or cur[0] == "lead" and role != "lead")):
                    roles[(org, grp)] = (role, rule, conf)

        return _Scope(text, sent, publisher, out, org_lists(text, sent.orgs, self.places), ctx_group, ctx_org, roles, set(), add_role, ev)

    def _named_in_grouping(self, sc: _Scope) -> None:
        """1. Organizations naming a grouping ("ITU/WHO Focus Group", "UNICEF's Venture Fund"): its owners."""
        text, out, orgs, groups, lists = sc.text, sc.out, sc.orgs, sc.groups, sc.lists
        owner_spans, add_role, ev = sc.owner_spans, sc.add_role, sc.ev
        prev_owned: tuple[Mention, list[Mention]] | None = None  # the last grouping named with its owners
        for g in groups:
            if g.rule == "anaphora":
                continue
            lead_in = re.match(r"(?:[A-Z][\w\-]*(?:\s?[/\-–&]\s?|\s))*", text[g.start : g.end])
            owner_zone = g.start + (lead_in.end() if lead_in else 0)
            inside = [o for o in orgs if g.start <= o.start and o.end <= g.end and o.start < g.end - 8
                      and o.start <= owner_zone and not re.search(r"\b(?:of|for|on)\s+(?:the\s+)?$", text[g.start : o.start])]
            before = [lst for lst in lists if lst[-1].end <= g.start and re.fullmatch(r"\s?(?:['’]s\s|[-–]led\s)?[‘“\"]?", text[lst[-1].end : g.start])
                      and all(re.fullmatch(r"\s?[/\-–]\s?", text[a.end : b.start]) for a, b in zip(lst, lst[1:], strict=False))]
            # "the NoW ITU-D programme": an organization between the name and its kind word owns it
            after = [o for o in orgs if re.fullmatch(r"\s", text[g.end : o.start]) and re.match(rf"\s+(?:{KIND_TAIL_WORDS})\b", text[o.end : o.end + 16])]
            # "Generation Connect, ITU’s youth engagement initiative, ...": an appositive owner
            appositive = [o for o in orgs if o.start > g.end and APPOSITIVE_GAP.fullmatch(text, g.end, o.start)
                          and OWNERS_KIND.match(text, o.end)]
            owners = inside + (before[-1] if before else []) + after[:1] + appositive[:1]
            if not owners and g.rule in ("lexicon", "edition"):
                # a registry name that opens with its owner ("the ITU Partner2Connect Digital Coalition"),
                # and an edition of one ("ITU Telecom World 2019")
                opener = re.match(r"[A-Z][\w\-]*(?=\s)", text[g.start : g.end])
                word = opener.group(0) if opener else ""
                owners = [m for m in (self.lexicon.find(word) if word else []) if m.kind == "org" and m.text == word]
            if not owners and prev_owned and re.fullmatch(r"\s+and\s+", text[prev_owned[0].end : g.start]):
                owners = prev_owned[1]  # "The ITU Digital World Awards and SME Programme": one owner for both
            prev_owned = (g, owners) if owners else None
            label = out.nodes[g.key].label if g.key in out.nodes else g.text
            if len(owners) == 1 and STANDING_BODY.search(label):
                # "ITU-T Study Group 5", "ITU-R Working Party 5B": a standing body of the organization,
                # part of it (not a grouping it leads beside others)
                owner_spans.add((owners[0].start, owners[0].end))
                out.statements.append(Statement(g.key, "partOf", owners[0].key, ev("numbered-body-of", 0.8)))
                continue
            for o in owners:
                if o.start == g.start and re.fullmatch(rf"\s*(?:{KIND_TAIL_WORDS})?\s*", text[o.end : g.end], re.I):
                    continue  # "the Smart Africa initiative", "· World Bank: ...": the organization itself, named with a kind word
                add_role(o.key, g.key, "co-lead" if len(owners) > 1 else "lead", "named-in-grouping", 0.7)
                owner_spans.add((o.start, o.end))
        for o, g in sc.sent.owned:
            add_role(o.key, g.key, "lead", "described-as-owned", 0.7)
            owner_spans.add((o.start, o.end))

    def _cued_lists(self, sc: _Scope) -> None:
        """2. Organization lists with a cue before them ("led by X and Y") or after them ("X co-chairs")."""
        text, s, e, publisher, orgs, groups = sc.text, sc.sent.start, sc.sent.end, sc.publisher, sc.orgs, sc.groups
        lists, roles, ctx_group, add_role = sc.lists, sc.roles, sc.ctx_group, sc.add_role
        add_role_later: list[tuple[list[Mention], Mention, str]] = []

        def target_before(pos: int) -> Mention | None:
            # (not a body naming a document: "pursuant to General Assembly resolution 76/203, ..., with X as its secretariat")
            cands = [g for g in groups if g.end <= pos and not NAMES_A_DOCUMENT.match(text, g.end)]
            return cands[-1] if cands else (ctx_group or None)

        def target_after(pos: int) -> Mention | None:
            # "follows and reviews other UNGA resolutions": a body naming a document is not the target;
            # nor the agent of a participle ("contributes, under the arrangement approved by the G, to"),
            # nor a partner ("organized, together with DiploFoundation and its G, three briefings")
            cands = [g for g in groups if g.start >= pos and not NAMES_A_DOCUMENT.match(text, g.end)
                     and not AGENT_BEFORE.search(text, max(pos, g.start - 40), g.start)
                     and not PARTNER_BEFORE.search(text, pos, g.start)
                     and not relative_between(text, pos, g.start)]
            return cands[0] if cands else None

        prev_end = s
        last_lead = ""  # the lead role the list just before got from a passive cue
        last_passive: tuple[str, str] | None = None  # (role, grouping key) the list before got from a passive cue
        last_active = ""  # the role the last active cue gave
        for idx, lst in enumerate(lists):
            ls, le = lst[0].start, lst[-1].end
            companions: list[Mention] = []
            # "led by X together with Y", "X, together with Y (and Z) endorsed": this list is joined to the one before
            joined = idx > 0 and SHARED_LEAD.match(text[lists[idx - 1][-1].end : ls]) is not None
            # (a list inside a grouping's name is no agent, unless the name is a standing body of the
            # organization it opens with: "led by ITU-T Study Group 11" is ITU-T's doing)
            if any(g.start <= ls and le <= g.end and not (g.start == ls and STANDING_BODY.search(text, g.start, g.end)) for g in groups):
                prev_end = le
                continue
            left = text[max(prev_end, s, ls - 120) : ls]
            # (not the list's own acronym repeated after it: "... Development (OECD) are among its members")
            keys = {o.key for o in lst}
            nxt = [m.start for m in orgs + groups if m.start >= le and not (m.key in keys and text[le : m.start].strip() in ("", "("))]
            right = text[le : min(nxt) if nxt else e]
            role = None
            cue_at = ls
            for rx, r in PASSIVE if lst[0].rule != "own-we" else ():  # ("we" is a subject, never an agent)
                mm = rx.search(left)
                if mm:
                    role = r
                    cue_at = ls - len(left) + mm.start()
                    # "The members of the Coalition are X": the cue names its grouping inside
                    cue_at = max([cue_at] + [g.end for g in groups if cue_at <= g.start and g.end <= ls])
                    break
            if role in ("with", None) and last_passive is not None and re.fullmatch(r"[\s–—\-,)]*and\s+with\s+(?:the\s+)?", left):
                role = last_passive[0]  # "in partnership with A – among them ... – and with B": B likewise
            if role is None and last_passive is not None and LIST_CONTINUES.fullmatch(left):
                # "in close collaboration with FAO and WMO, as well as with the regional commissions – ECA,
                # ECE ...", "whose members include UNCTAD and four regional commissions (ECA, ...)"
                for o in lst:
                    add_role(o.key, last_passive[1], last_passive[0], "passive-cue", 0.8)
                prev_end = le
                continue
            last_passive = None
            if role == "joined":
                # "ITU joined UNEP, UNDP and UN-Habitat in the G": they are in G too
                nxt_g = [g for g in groups if g.start >= le]
                role = "member" if nxt_g and JOINED_IN.fullmatch(text, le, nxt_g[0].start) else None
                if role:
                    for o in lst:
                        add_role(o.key, nxt_g[0].key, role, "joined-in", 0.75)
                    prev_end = le
                    continue
            if role == "handover":
                # a chair handed over (not "passed to the General Assembly" a report)
                role = "chair" if CHAIR_WORD.search(text, s, e) else None
            if role == "founder":
                # "founded in 2017 by ITU, UN Women, GSMA, ITC, and UNU": founding partners; one
                # founder alone leads what it founded
                role = "founding-partner" if len({o.key for o in lst}) > 1 else "lead"
            if role == "partner" and last_lead and joined:
                role = "co-lead"  # "led by ITU together with the offices of X and Y": they lead too
            last_lead = ""
            if role:
                passive = passive_target(text, s, cue_at, le, groups, ctx_group, e)
                if passive is None and role == "partner":
                    # "ITU continued to partner with WHO ..., in the Be-Healthy Be-Mobile programme"
                    later = [g for g in groups if g.start >= le and g.start - le <= 150 and ";" not in text[le : g.start]
                             and LATER_FRAME.search(text[le : g.start])]
                    # "a partnership forged with FAO, ILO ..., which resulted in ... the project “G”": the
                    # one project the sentence names after the partners
                    projects = [g for g in groups if g.start >= le and g.start - le <= 220 and ";" not in text[le : g.start]]
                    if not later and len({g.key for g in groups}) == 1 and projects and PROJECT_WORD.search(text, max(le, projects[0].start - 30), projects[0].start):
                        later = projects
                    # "In partnership with EIF and UNOPS, ITU launched G": a fronted partner made G too
                    fronted = [g for g in groups if g.start >= le and cue_at - s <= 30 and FRONTED_MAKER.match(text, le, g.start)]
                    passive = (later[0], None) if later else ((fronted[0], None) if fronted else None)
                if passive is not None:
                    target, as_role = passive
                    # "with ITU and UNESCO as co-conveners" (a plural names the role of the whole list)
                    named_all = named_role(text, le, plural=True)
                    if role == "with" and named_all:
                        role = named_all
                    if (role == "partner" and target.end <= cue_at and re.fullmatch(r"\s*,?\s*", text[target.end : cue_at])
                            and SHARED_AFTER.match(text, target.end)):
                        # "ITU organized the G, together with UNESCO": UNESCO organized it too
                        prior = [r for (o, g), (r, _, _) in roles.items() if g == target.key and role_class(r) == "lead"]
                        if prior:
                            role = "co-chair" if any(r in ("chair", "co-chair") for r in prior) else "co-lead"
                    if role == "with":
                        # "X established G in 2016, with A and B": A and B share X's role
                        prior = [r for (o, g), (r, _, _) in roles.items() if g == target.key]
                        role = "co-lead" if any(role_class(r) == "lead" for r in prior) else ("partner" if prior else "")
                        if not role:
                            prev_end = le
                            continue
                    if role in ("co-organizer-with", "co-lead-with"):
                        # "Future Networked Car Symposium, co-organized with UNECE", "G, which it
                        # co-founded with UNESCO": the subject, or the publisher when the sentence
                        # names none, co-organized (co-leads) it too
                        role = role.removesuffix("-with")
                        before_cue = [b for b in lists if b[-1].end <= cue_at and not any(g.start <= b[0].start < g.end for g in groups)]
                        # (not the agents of participles: "The G, organized by ITU and hosted by URCA, was
                        # co-organized with UNESCO": those who organized it are already named)
                        agents = [b for b in before_cue if closed_agent(text, s, b[0].start, b[-1].end, cue_at)]
                        before_cue = [b for b in before_cue if b not in agents]
                        for o in (before_cue[-1] if before_cue else []):
                            add_role(o.key, target.key, as_role or role, "passive-cue", 0.8)
                        if not before_cue and not agents and publisher:
                            add_role(f"org:{publisher}", target.key, as_role or role, "passive-cue-publisher", 0.7)
                    for o in lst:
                        # "run by ITU with Cisco as its founding partner": the role named after a member
                        add_role(o.key, target.key, named_role(text, o.end) or named_all or as_role or role, "passive-cue", 0.85)
                    for g in coordinated_before(text, groups, target, cue_at):
                        # "The WSIS Forum 2022 (...) and the WSIS Forum 2023 (...) were co-organized by X": both
                        for o in lst:
                            add_role(o.key, g.key, as_role or role, "passive-cue-list", 0.8)
                    if role_class(as_role or role) == "lead":
                        last_lead = as_role or role
                    last_passive = (as_role or role, target.key)
                    prev_end = le
                    continue
                if not (role == "partner" and joined):
                    prev_end = le
                    continue
                # "ITU, together with the WMO (and the IFRC) endorsed ...": the verb after is theirs too
                companions = lists[idx - 1]
            if JOINT_BEFORE.search(left) and JOINT_AFTER.match(right):
                tgt = target_before(ls) or ctx_group or target_after(le)
                if tgt is not None:
                    for o in lst:
                        add_role(o.key, tgt.key, "co-lead", "joint-initiative", 0.85)
                prev_end = le
                continue
            # "seconded a staff member to UNESCO to support the summit": an object's infinitive is the subject's
            infinitive = INFINITIVE.match(right) is not None and GOVERNED.search(text[max(s, ls - 30) : ls]) is not None
            gapped = [g for g in groups if g.start >= le and GAPPED_OBJECT.fullmatch(text, le, g.start)]
            if last_active and gapped and re.search(r"(?:,\s*|\s)and\s+(?:the\s+)?$", text[max(s, ls - 12) : ls]):
                # "the World Bank Group leads the Digital Identity Working Group and CPMI the Electronic
                # Payments Acceptance Working Group": the verb before, for the next pair
                for o in lst:
                    add_role(o.key, gapped[0].key, last_active, "gapped-verb", 0.7)
                prev_end = le
                continue
            for rx, r in ([] if infinitive else ACTIVE):
                cue = rx.match(right)
                if cue:
                    last_active = r
                    after_verb = le
                    # "ITU co-chairs, with UNDP, the G": UNDP shares the role
                    nxt_list = lists[idx + 1] if idx + 1 < len(lists) else None
                    second: tuple[list[Mention], Mention] | None = None
                    if nxt_list and WITH_AFTER_VERB.fullmatch(text, le + cue.end(), nxt_list[0].start) and re.match(r"\s*,", text[nxt_list[-1].end :]):
                        companions = companions + nxt_list
                        after_verb = nxt_list[-1].end
                        # "... co-champion, with UNICEF, of G1 and, with UNDP, of G2": the same role in G2, with UNDP
                        g1 = target_after(after_verb)
                        third = lists[idx + 2] if idx + 2 < len(lists) else None
                        if g1 is not None and third and third[0].start > g1.end and AND_WITH.fullmatch(text, g1.end, third[0].start):
                            g2 = target_after(third[-1].end)
                            if g2 is not None and OF_AGAIN.fullmatch(text, third[-1].end, g2.start):
                                second = (third, g2)
                    # "Together with UNICEF, ITU launched Giga": UNICEF launched it too
                    if idx > 0 and FRONTED_WITH.fullmatch(text[s : lists[idx - 1][0].start]) and re.fullmatch(
                            r"\s*,\s*", text[lists[idx - 1][-1].end : ls]):
                        companions = companions + lists[idx - 1]
                    # "The GESP, which ITU, UNU and ISWA established in 2017, ...": the grouping before
                    # (the verb has no object of its own: not "..., which ITU coordinates the input")
                    rel = [g for g in groups if g.end <= ls and (RELATIVE_OPEN.fullmatch(text, g.end, ls) and NO_OBJECT.match(text, le + cue.end())
                                                             or PREP_RELATIVE.fullmatch(text, g.end, ls))]
                    tgt = rel[-1] if rel else target_after(after_verb)
                    if not rel and re.match(r"\s+(?:it|them)\b", text[le + cue.end() :]):
                        # "ITU, UNECE and UN-Habitat now coordinate it jointly": the grouping before
                        tgt = target_before(ls) or ctx_group
                    if r in BACK_REFERRING:
                        # "with ITU and UNESCO as co-conveners", "X and Y are among its members": the
                        # grouping named before the list
                        r, tgt = back_referring_role(r, text, le), target_before(ls)
                    for extra in coordinated_names(text, groups, tgt):
                        add_role_later.append((lst, extra, r))
                    at_event = tgt is not None and VENUE.search(text[le : tgt.start]) is not None
                    if at_event and r not in ("host",):
                        r = "participant"  # "co-organized a session at the WSIS Forum": took part in the forum
                    elif tgt is not None and role_class(r) == "lead" and THROUGH.search(text, le, tgt.start):
                        r = "participant"  # "the initiatives ITU leads through EQUALS": EQUALS is the means, not what is led
                    if tgt is None and r not in ("partner",):
                        tgt = ctx_group
                    if tgt is not None and tgt is not ctx_group and not reachable(text[le : tgt.start]) and not (
                            at_event and len(text[le : tgt.start]) <= 160 and ";" not in text[le : tgt.start]):
                        tgt = None
                    if tgt is not None and (tgt.start - le < 200 or tgt is ctx_group):
                        for o in lst + companions:
                            add_role(o.key, tgt.key, r, "active-cue", 0.8)
                        if second is not None:
                            for o in lst + second[0]:
                                add_role(o.key, second[1].key, r, "active-cue", 0.8)
                        # "co-organized a side-event on “...” at the 2021 STI Forum": there too
                        host = [g for g in groups if g.start >= tgt.end and g is not tgt]
                        if host and tgt is not ctx_group and AT_EVENT.match(re.sub(r"^[”\"’]", "", text[tgt.end : host[0].start])):
                            for o in lst:
                                add_role(o.key, host[0].key, "participant", "active-cue-at-event", 0.75)
                    break
            prev_end = le
        for lst, extra, r in add_role_later:
            for o in lst:
                add_role(o.key, extra.key, r, "active-cue-list", 0.75)

    def _as_part_of(self, sc: _Scope) -> None:
        """2c. Everyone named before "as part of the G" in the clause takes part in G."""
        text, s, orgs, groups, roles, add_role = sc.text, sc.sent.start, sc.orgs, sc.groups, sc.roles, sc.add_role
        for g in groups:
            if AS_PART_OF.search(text, max(s, g.start - 40), g.start):
                for o in orgs:
                    if o.end <= g.start and ";" not in text[o.end : g.start] and (o.key, g.key) not in roles:
                        add_role(o.key, g.key, "participant", "as-part-of", 0.7)

    def _chairmanship(self, sc: _Scope) -> None:
        """3c. "The rotating chairmanship of the G, which UNESCO held in 2020, passed to ITU": who held
        the chair of G and who it passed to chair it."""
        text, s, groups, lists, add_role = sc.text, sc.sent.start, sc.groups, sc.lists, sc.add_role
        for g in groups:
            if not CHAIRMANSHIP_OF.search(text, max(s, g.start - 45), g.start):
                continue
            for lst in lists:
                if HELD_AFTER.match(text, lst[-1].end) or PASSED_BEFORE.search(text, max(s, lst[0].start - 40), lst[0].start):
                    for o in lst:
                        add_role(o.key, g.key, "chair", "chairmanship", 0.75)

    def _at_event_frame(self, sc: _Scope) -> None:
        """2d. A fronted event frame ("At the recent G meeting, ..."): those acting in the clause took part."""
        text, s, e, orgs, groups, add_role = sc.text, sc.sent.start, sc.sent.end, sc.orgs, sc.groups, sc.add_role
        frame = AT_FRAME.match(text, s, e)
        if frame and groups and groups[0].start <= frame.end() + 1:
            frame_end = text.find(",", groups[0].end, e)
            semi = text.find(";", groups[0].end, e)
            clause_end = semi if semi >= 0 else e  # the frame governs its clause only
            for o in orgs:
                if clause_end > o.start > frame_end > 0 and not (o.kind == "org" and o.key[4:] in self.bodies):
                    add_role(o.key, groups[0].key, "participant", "at-event-frame", 0.7)

    def _verb_before_grouping(self, sc: _Scope) -> None:
        """3. A role verb right before a grouping: its subject is the nearest list to the left, else the publisher."""
        text, s, publisher, orgs, groups, lists = sc.text, sc.sent.start, sc.publisher, sc.orgs, sc.groups, sc.lists
        roles, owner_spans, add_role = sc.roles, sc.owner_spans, sc.add_role
        for g in groups:
            # (partners named "together with" after it wait for the verb before it)
            after = [lst for lst in lists if lst[0].start >= g.end and SHARED_AFTER.fullmatch(text, g.end, lst[0].start)]
            sharing = {o.key for o in after[0]} if after else set()
            # (a role an agent named after the grouping got does not stop it: "ITU participated in the
            # meetings of the G convened by UNODC")
            later = {o.key for o in orgs if o.start >= g.end}
            # (nor do partners set off after the verb: "ITU organized, jointly with UNDESA, a side event")
            later |= {o.key for lst in lists if lst[-1].end <= g.start and INTERPOSED_PARTNERS.search(text, max(s, lst[0].start - 50), lst[0].start)
                      for o in lst}
            if any(k[1] == g.key and v[1] != "named-in-grouping" and k[0] not in sharing and k[0] not in later for k, v in roles.items()):
                continue
            if DOCUMENT_AFTER.match(text, g.end):
                continue  # "follows and reviews other UNGA resolutions": the body's documents, not the body
            left_start = max(s, max((m.end for m in groups if m.end <= g.start), default=s))
            # "the GS coordinates ITU's relations with the UN, with the support of the Liaison Office,
            # which follows the work of the General Assembly": the relative clause's verb, not the main one
            rel = list(RELATIVE_BETWEEN.finditer(text, left_start, g.start))
            if rel:
                left_start = rel[-1].start()
            left = text[left_start : g.start]
            for rx, r in BEFORE_GROUPING:
                mm = rx.search(left)
                if mm:
                    cue_at = left_start + mm.start()
                    if text[cue_at - 1 : cue_at] in ("-", "–"):
                        break  # "the WFP-led G": an adjective naming its owner, not a verb
                    if CO_VERB_WITH.search(left, mm.start()):
                        break  # "which ITU co-organized with the IoT Forum": a partner, not what was organized
                    if re.search(r"\bby\s+(?:the\s+)?(?:[\w\-’']+\s+){0,3}[“\"‘]?$", left[mm.start() :]):
                        break  # "led by ITU-T SG 20": the grouping is the agent, not what is led
                    if anothers_office(text, s, cue_at):
                        break  # "in collaboration with the Chair of the G": another's office, not the subject's role
                    if REQUESTED.search(text, max(s, cue_at - 80), cue_at) or REQUESTED_LIST.search(text, s, cue_at):
                        break  # "approached ITU about making contributions to the G": asked, not done
                    subj = [lst for lst in lists if lst[-1].end <= cue_at and not GOVERNED.search(text[max(s, lst[0].start - 30) : lst[0].start])
                            and not all((o.start, o.end) in owner_spans for o in lst)]  # "ITU-T SG 3 collaborated": the body acts
                    main = [lst for lst in subj if not re.match(r"\s*:", text[lst[-1].end :])]  # (not a bullet's head "ICAO: ...")
                    if main and main[0][0].start - s <= 30 and SECOND_VERB.search(text, max(s, cue_at - 60), cue_at):
                        subj = main[:1]  # "ITU attended X, at which the ICAO position was presented, and continued to participate in G"
                    targets = [g, *coordinated_names(text, groups, g)]
                    if subj:
                        with_at = (left_start + mm.start("with"), left_start + mm.end("with")) if mm.group("with") else (0, 0)
                        partners = [o for o in orgs if with_at[0] <= o.start and o.end <= with_at[1]]
                        # "ITU serves as co-chair of the G, together with UN Women": she co-chairs it too
                        if after and role_class(r) == "lead":
                            partners += after[0]
                        for t in targets:
                            for o in subj[-1] + partners:
                                add_role(o.key, t.key, r, "verb-before-grouping", 0.75)
                    elif any(h is not g and h.start - s <= 6 and h.end <= cue_at and GROUPING_SUBJECT.match(text, h.end) for h in groups):
                        pass  # "SDG Digital Day will contribute to the objectives of the SDG Summit": the grouping acts
                    elif re.search(r"\bfor\s+$", text[max(s, cue_at - 5) : cue_at]):
                        pass  # "a mechanism for coordinating the implementation of the WSIS outcomes": a purpose
                    elif publisher and not [o for o in orgs if (o.start, o.end) not in owner_spans] or (
                            publisher and starts_with_verb(text, s, cue_at)):
                        # no actor named but the owners of groupings ("developed in support of the WHO
                        # 'Make Listening Safe' initiative"): the publisher acts
                        for t in targets:
                            add_role(f"org:{publisher}", t.key, r, "implicit-publisher", 0.7)
                    break

    def _own_conference_held(self, sc: _Scope) -> None:
        """3c. An edition of the publisher's own conference held with no organizer named is the publisher's."""
        text, s, e, publisher, orgs, groups = sc.text, sc.sent.start, sc.sent.end, sc.publisher, sc.orgs, sc.groups
        roles, add_role = sc.roles, sc.add_role
        parent = self._edition_parents.get(groups[0].key) if groups else None
        # the edition opens the sentence, or its acronym follows its body's name ("The 8th World
        # Telecommunication Development Conference (WTDC-22) was ...")
        opens = groups and (groups[0].start - s <= 6 or any(
            o.key == parent and o.start - s <= 14 and re.fullmatch(r"\s*\(\s*", text[o.end : groups[0].start]) for o in orgs))
        if publisher and opens and not any(k[1] == groups[0].key for k in roles):
            held = HELD.match(text, groups[0].end, e)
            if parent and held and self._within_org(parent[4:], publisher) and not re.match(r"\s*by\b", text[held.end() : held.end() + 4]):
                add_role(f"org:{publisher}", groups[0].key, "convener", "own-conference-held", 0.7)

    def _shared_at_the_end(self, sc: _Scope) -> None:
        """3d. "ITU is one of the partners of G, the initiative launched by UNCTAD ..., together with the UPU,
        ITC and the World Bank Group, among others": those named "together with" at the end of the
        sentence share the subject's part in G."""
        text, s, e, lists, roles, add_role = sc.text, sc.sent.start, sc.sent.end, sc.lists, sc.roles, sc.add_role
        if len(lists) < 2 or not SHARED_TAIL.fullmatch(text, lists[-1][-1].end, e):
            return
        tail = lists[-1]
        if not SHARED_BEFORE.search(text, max(s, tail[0].start - 30), tail[0].start):
            return
        subject = lists[0]
        if subject[0].start - s > 30:
            return
        for (o, g), (r, rule, _) in list(roles.items()):
            if o == subject[0].key and rule in ("active-cue", "verb-before-grouping", "implicit-publisher") and not any((m.key, g) in roles for m in tail):
                for m in tail:
                    add_role(m.key, g, "co-lead" if role_class(r) == "lead" else r, "shared-at-the-end", 0.7)

    def _partners_after_grouping(self, sc: _Scope) -> None:
        """3e. "ITU co-organized the Regional Forum on X with CITEL and CDEMA": the partners named "with"
        right after the grouping share the subject's leading part in it (a member's part stays its
        own: "ITU took part in the G with a delegation")."""
        text, lists, roles, add_role = sc.text, sc.lists, sc.roles, sc.add_role
        for (o, g), (r, rule, _) in list(roles.items()):
            if rule not in ("active-cue", "verb-before-grouping", "implicit-publisher"):
                continue
            for m in sc.groups:
                if m.key != g:
                    continue
                # "ITU coordinated the Green Digital Action track at COP29 with over 40 partners, among them UNEP":
                # partners counted and then named take part, whatever the subject's part
                counted = next((lst for lst in lists if lst[0].start >= m.end and COUNTED_PARTNERS_AFTER.fullmatch(text, m.end, lst[0].start)), None)
                if counted is not None:
                    for t in counted:
                        add_role(t.key, g, "partner", "partners-after-grouping", 0.7)
                    continue
                tail = next((lst for lst in lists if lst[0].start >= m.end and WITH_AFTER_NAME.fullmatch(text, m.end, lst[0].start)), None)
                if tail is None or any(t.key == o for t in tail) or role_class(r) != "lead":
                    continue
                for t in tail:
                    add_role(t.key, g, "co-lead" if r == "lead" else r, "partners-after-grouping", 0.7)

    def _relative_clause(self, sc: _Scope) -> None:
        """3a. "G, in which X participates"."""
        text, e, groups, lists, add_role = sc.text, sc.sent.end, sc.groups, sc.lists, sc.add_role
        for g in groups:
            for k, lst in enumerate(lists):
                if not (lst[0].start > g.end and RELATIVE_PARTICIPATION.match(text[g.end : lst[0].start])):
                    continue
                # the clause's subject may run over several lists ("INTERPOL, UNODC, the Potomac Institute for
                # Policy Studies, the University of Technology, Jamaica and Red Team Cyber contributed")
                members = list(lst)
                for nxt in lists[k + 1 :]:
                    if not CLAUSE_LIST_GAP.fullmatch(text, members[-1].end, nxt[0].start):
                        break
                    members += nxt
                tail = CLAUSE_LIST_GAP.match(text, members[-1].end, e)
                whole = RELATIVE_CUE.match(text[tail.end() if tail else members[-1].end : e])
                if whole or RELATIVE_CUE.match(text[lst[-1].end : e]):
                    for t in [g, *[h for h in groups if h.end <= g.start and re.fullmatch(r"\s*(?:,|and)\s*(?:the\s+)?", text[h.end : g.start])]]:
                        for o in (members if whole else lst):
                            add_role(o.key, t.key, "participant", "relative-clause", 0.75)

    def _fronted_frame(self, sc: _Scope) -> None:
        """3b. "Under the G, ITU and UNITAR publish ...", "As a member of the G, ITU ..."."""
        text, s, e, groups, lists, add_role = sc.text, sc.sent.start, sc.sent.end, sc.groups, sc.lists, sc.add_role
        fm = FRONTED.match(text, s, e)
        if fm and groups and lists:
            g0 = next((g for g in groups if fm.start() <= g.start < fm.end()), None)
            framed = next((lst for lst in lists if lst[0].start >= fm.end()), None)
            if g0 is not None and framed is not None and framed[0].start - fm.end() <= 6:
                frame_role = FRONTED_ROLES.get(fm.group(1).lower().split()[-1], "participant")
                for o in framed:
                    add_role(o.key, g0.key, frame_role, "fronted-frame", 0.75)

    def _bullet_context(self, sc: _Scope) -> None:
        """4. A bullet under a grouping's heading whose list acts with no grouping named."""
        text, e, groups, lists, roles, ctx_group = sc.text, sc.sent.end, sc.groups, sc.lists, sc.roles, sc.ctx_group
        add_role = sc.add_role
        if ctx_group and not groups and not roles and lists:
            first = lists[0]
            right = text[first[-1].end : e]
            for rx, r in ACTIVE:
                if rx.match(right):
                    if r in BACK_REFERRING:
                        r = back_referring_role(r, text, first[-1].end)
                    for o in first:
                        add_role(o.key, ctx_group.key, r, "bullet-context", 0.7)
                    break

    def _emit_roles(self, sc: _Scope) -> None:
        """The collected roles as statements, sorted; an owner beside its part named as lead drops out."""
        out, roles, ev = sc.out, sc.roles, sc.ev
        # "ITU Regional Radiocommunication Seminars, organized by ITU-R": the part of the owner named
        # as the lead is the lead, not the owner the name carries
        for (org_key, grp_key), (_, rule, _) in list(roles.items()):
            if rule == "named-in-grouping" and any(
                    g2 == grp_key and o2 != org_key and r2 != "named-in-grouping" and role_class(role2) == "lead"
                    and self._within_org(o2[4:], org_key[4:]) for (o2, g2), (role2, r2, _) in roles.items()):
                del roles[(org_key, grp_key)]
        for (org_key, grp_key), (found_role, rule, conf) in sorted(roles.items()):
            out.statements.append(Statement(org_key, ROLE_PREDICATE[found_role], grp_key, ev(rule, conf), role=found_role))

    def _direct_collaboration(self, sc: _Scope) -> None:
        """5. Direct organization pairs where no grouping carries the relation."""
        text, e, unit, publisher, out = sc.text, sc.sent.end, sc.sent.unit, sc.publisher, sc.out
        orgs, lists, roles, ctx_org, ev = sc.orgs, sc.lists, sc.roles, sc.ctx_org, sc.ev
        sent = sc.sent
        if not roles:
            for ka, kb in direct_pairs(text, lists, e):
                out.statements.append(Statement(min(ka, kb), "partnersWith", max(ka, kb), ev("direct-collaboration", 0.75)))
            if ctx_org and publisher and f"org:{publisher}" != ctx_org.key:
                # "· JIU: the group reviewed ... JIU reports ... ITU focal points": the head's own name
                # in its bullet is not another actor
                others = [o for o in orgs if o.key != ctx_org.key]
                first_org = others[0].key if others else None
                if first_org in (f"org:{publisher}", None) and sent.start <= unit.start + 200:
                    ka, kb = sorted((f"org:{publisher}", ctx_org.key))
                    out.statements.append(Statement(ka, "partnersWith", kb, ev("bullet-head-org", 0.7)))

    def _sub_bodies(self, sc: _Scope) -> None:
        """6. Sub-bodies: named after their parent, "G1 under G2", "G0 and its subsidiary mechanisms"."""
        text, out, groups, ev = sc.text, sc.out, sc.groups, sc.ev
        for g in groups:
            if g.rule == "sub-body" and g.acronym and g.acronym != g.key:
                out.statements.append(Statement(g.key, "partOf", g.acronym, ev("sub-body-name", 0.7)))
        for ga, gb in zip(groups, groups[1:], strict=False):
            between = text[ga.end : gb.start]
            if ga.key != gb.key and PART_OF.match(between) and head_word(ga.text) in ("group", "network", "committee", "team", "task force", "working group", "board", "subcommittee"):
                out.statements.append(Statement(ga.key, "partOf", gb.key, ev("part-of", 0.75)))
        for i, g0 in enumerate(groups):
            tail = text[g0.end : groups[i + 1].start] if i + 1 < len(groups) else ""
            if i + 1 < len(groups) and SUBSIDIARY.search(tail.rstrip(" ,the")) or re.match(r"^\s*and\s+its\s+subsidiary\s+(?:mechanisms|bodies)\s*,?\s*(?:the\s+)?$", tail, re.I):
                for g in groups[i + 1 :]:
                    if re.search(r"[;.]", text[g0.end : g.start]):
                        break
                    if g.key != g0.key:
                        out.statements.append(Statement(g.key, "partOf", g0.key, ev("subsidiary-of", 0.8)))

    def _mandates(self, sc: _Scope, entry_cites: list[Citation], cites: list[Citation]) -> None:
        """7. Mandates: the groupings (or the acting organization) the cited resolutions justify."""
        text, s, e, unit, publisher, out = sc.text, sc.sent.start, sc.sent.end, sc.sent.unit, sc.publisher, sc.out
        orgs, groups, ctx_group, ev = sc.orgs, sc.groups, sc.ctx_group, sc.ev
        out.citations.extend(cites)
        adopted_until = -1  # where the last citation a conference adopted ends ("approved Resolutions 65, 66 and 67")
        adopted_at = -1  # where its verb is: the adopter is named before it
        for cite in cites:
            self._resolution_node(cite, out)
            # a resolution does not mandate the body that adopted it
            # (nor a body named as the issuer of a citation: "WTSA Resolution 18 ... and Resolution ITU-R 6",
            # "General Assembly resolution 70/125")
            subjects = [g for g in groups if f"org:{cite.body}" not in (g.key, self._edition_parents.get(g.key))
                        and not ISSUER_OF_CITATION.match(text, g.end)] or ([ctx_group] if ctx_group else [])
            # "an initiative launched at an AI for Good webinar ... in line with A/RES/74/299": the
            # venue is not what the resolution mandates
            venues = [g for g in subjects if VENUE.search(text, max(s, g.start - 30), g.start)]
            if venues and len(venues) < len(subjects):
                subjects = [g for g in subjects if g not in venues]
            # "reporting ... has been provided to the Council, the CWG-FHR, ...": those reported to
            recipients = [g for g in subjects if self._recipient(text, s, g, orgs + groups)]
            subjects = [g for g in subjects if g not in recipients]
            # "In response to UNGA Resolution 75/1, on ..., the OCA report includes proposals for a G":
            # a resolution cited in a fronted clause mandates the main clause's subject
            if FRONTED_MANDATE.match(text, s, cite.start):
                main = [g for g in subjects if g.start >= cite.end]
                subjects = main[:1] or subjects
            if not subjects and MANDATE_VERB.search(text[s:e]):
                subjects = [o for o in orgs if o.key not in (f"org:{publisher}", f"org:{cite.body}") and not ISSUER_OF_CITATION.match(text, o.end)
                            and not NUMBER_AFTER.match(text, o.end)][:1]
            # "WRC-15 adopted Resolution 809", "The Conference revised Resolution 646": a conference
            # adopting a resolution is not what it mandates
            verb = ADOPTING.search(text, max(s, cite.start - 100), cite.start)
            adopted = verb is not None or (0 <= adopted_until <= cite.start and not MANDATE_LINK.search(text, adopted_until, cite.start))
            adopted_at = verb.start() if verb is not None else (adopted_at if adopted else -1)
            adopted_until = cite.end if adopted else -1
            for subject in _dedup(subjects):
                if subject.start <= cite.start < subject.end:
                    continue
                node = out.nodes.get(subject.key)
                if adopted and subject.start < adopted_at and (subject.key in self._conference_parents or (
                        node is not None and node.category in ("conference", "event")) or (subject.kind == "org" and subject.key[4:] in self.bodies)):
                    continue
                if node is not None and node.category == "process" and len(subjects) > 1 and not (
                        cite.title and node.label.lower() in cite.title.lower()) and not ADOPTED_IN.fullmatch(text, subject.end, cite.start):
                    continue  # "... in line with the 2030 Agenda": context, not the mandated activity (but "the Connect 2030 Agenda in Resolution 200")
                out.statements.append(Statement(subject.key, "mandatedBy", f"resolution:{cite.key}", ev("cited-mandate", 0.7, cite.as_written)))
        if entry_cites:
            entry_line = text[unit.entry[0] : unit.entry[1]].lower() if unit.entry else ""
            for cite in entry_cites:
                self._resolution_node(cite, out)
                for g in _dedup(groups):
                    node = out.nodes.get(g.key)
                    # a process named in passing ("aligned with the 2030 Agenda") is context, not what
                    # the resolution mandates, unless the resolution's own title names it
                    if node is not None and node.category in ("process", "conference") and not (
                        node.label.lower() in entry_line or (node.acronym or "\0").lower() in entry_line):
                        continue
                    out.statements.append(Statement(g.key, "mandatedBy", f"resolution:{cite.key}", ev("annex-entry", 0.7, cite.as_written)))

    def _sdg_links(self, sc: _Scope, sdgs: list[SdgMention]) -> None:
        """8. SDGs: the grouping or organization the sentence is about, and custodians."""
        text, s, publisher, out, orgs, groups = sc.text, sc.sent.start, sc.publisher, sc.out, sc.orgs, sc.groups
        ctx_group, ev = sc.ctx_group, sc.ev
        if sdgs:
            # the grouping the sentence is about: its first one (not every grouping it names), after a
            # fronted participle ("Convened under the auspices of ECOSOC, the HLPF reviewed Goals 6, 7")
            fronted = FRONTED_PARTICIPLE.match(text, s)
            main = [g for g in _dedup(groups) if fronted is None or g.start >= fronted.end()]
            subj_nodes: list[str] = [g.key for g in main][:1] or ([ctx_group.key] if ctx_group else [])
            if ctx_group is not None and ctx_group.end <= s and PRONOUN_START.match(text, s):
                subj_nodes = [ctx_group.key]  # "Its July session under ECOSOC will review Goals 4, 8": the topic's
            if not subj_nodes and orgs:
                subj_nodes = [orgs[0].key]
            elif not subj_nodes and publisher and starts_with_verb(text, s, s + 40):
                subj_nodes = [f"org:{publisher}"]
            for sm in sdgs:
                concept = self.registry.sdg(sm.notation)  # type: ignore[attr-defined]
                if concept is None:
                    continue
                notation = getattr(concept, "notation", None) or getattr(concept, "number", sm.notation)
                obj = f"sdg:{notation}"
                if sm.custodian and sm.level == "indicator":
                    custodians = [o.key for o in orgs[:1]] or ([f"org:{publisher}"] if publisher else [])
                    for ck in custodians:
                        out.statements.append(Statement(ck, "custodianOf", obj, ev("custodian", 0.85, sm.as_written)))
                    continue
                for node_key in subj_nodes:
                    out.statements.append(Statement(node_key, "addressesSDG", obj, ev("sdg-mention", 0.7, sm.as_written)))


    def _enumeration_roles(self, text: str, sent: _Sentence, lists: list[list[Mention]],
                           publisher: str | None) -> list[tuple[str, str, str, str]]:
        """Roles read from the sentence's enumerations: (organization, grouping, role, rule).

        "ITU was present at multiple events, including: A; B; C" (the verb before the plural head
        gives the role; the head itself for "joint side events for ..."), "co-leading two
        Roundtable groups, namely on A and B, with X and Y, respectively" (partners paired with the
        items). The subject is the last organization list before the head that no preposition
        governs, else the publisher when the sentence names no organization before the head.
        """
        s, e, orgs, groups = sent.start, sent.end, sent.orgs, sent.groups
        out: list[tuple[str, str, str, str]] = []
        for head, head_at, intro_end, items in sent.enums:
            targets = [m for m in items if m.kind == "grouping" or m.key[4:] in self.bodies or m.category == "governing-body"]
            if not targets:
                continue
            subj = [lst for lst in lists if lst[-1].end <= head_at and not any(g.start < lst[0].start < g.end for g in groups)
                    and not GOVERNED.search(text[max(s, lst[0].start - 30) : lst[0].start])]
            left_from = subj[-1][-1].end if subj else s
            between = text[left_from:intro_end]
            spans = [(h.start(), h.end(), r) for rx, r in ENUM_CUES for h in rx.finditer(between)]
            # "co-leading" is not also "leading": drop a cue inside a longer one
            hits = sorted((a, r) for a, b, r in spans if not any((a2, b2) != (a, b) and a2 <= a and b <= b2 for a2, b2, _ in spans))
            if not hits:
                continue
            at, role = hits[-1]
            if role_class(role) == "lead" and (head in EVENT_HEADS or head_at - (left_from + at) > 40):
                role = "participant"  # "co-organized side events at major conferences (...)"
            if subj:
                subjects = [m.key for m in subj[-1]]
            elif publisher and (not orgs or all(o.start > head_at for o in orgs)):
                subjects = [f"org:{publisher}"]
            else:
                continue
            out += [(k, t.key, role, "enumeration") for t in targets for k in subjects]
            resp = RESPECTIVELY.match(text, targets[-1].end, e)
            if resp:
                partners = [lst for lst in lists if resp.start() <= lst[0].start < resp.end()]
                if partners and len(partners[0]) == len(targets):
                    out += [(p.key, t.key, role, "enumeration-respectively") for p, t in zip(partners[0], targets, strict=True)]
        return out

    def _editions(self, text: str, found: list[Mention], out: ReportExtraction) -> list[Mention]:
        """An edition or side event of a known grouping ("WSIS Forum 2023", "Partner2Connect (P2C)
        side event") is a grouping of its own, part of the series."""
        result: list[Mention] = []
        for m in found:
            if m.key in self._edition_parents:
                ev = Evidence(out.report, self._locator or "", re.sub(r"\s+", " ", text[m.start : m.end]), m.start, m.end, f"edition@{self.VERSION}", 0.8)
                out.statements.append(Statement(m.key, "partOf", self._edition_parents[m.key], ev))
            if m.kind != "grouping":
                result.append(m)
                continue
            tail = EDITION.match(text, m.end)
            paren = ACRONYM_PAREN.match(text, m.end)
            paren_end = paren.end() if paren else m.end
            if not tail or any(m.end <= o.start < tail.end() and o.end > paren_end for o in found if o is not m):
                result.append(m)
                continue
            label = re.sub(r"\s+", " ", text[m.start : tail.end()]).strip()
            key = grouping_key(label)
            year = tail.group("year")
            known = self._known(m.key)
            if year and known is not None:
                # one node per edition of a known series, however the series is written ("WSIS Forum
                # 2022", "World Summit on the Information Society (WSIS) Forum 2022")
                key = f"{m.key}-{year}"
            kind = "event"
            out.nodes.setdefault(key, self._grouping_node(key, label, kind))
            ev = Evidence(out.report, self._locator or "", re.sub(r"\s+", " ", text[m.start : tail.end()]), m.start, tail.end(), f"edition@{self.VERSION}", 0.8)
            out.statements.append(Statement(key, "partOf", m.key, ev))
            result.append(Mention(m.start, tail.end(), "grouping", key, text[m.start : tail.end()], discovered=True, category=kind, rule="edition"))
        # drop mentions swallowed by an edition (the "(P2C)" of "Partner2Connect (P2C) side event")
        editions = [m for m in result if m.rule == "edition"]
        return [m for m in result if m.rule == "edition" or not any(e.start <= m.start and m.end <= e.end for e in editions)]

    def _lead_in(self, text: str, unit: Unit, found: list[Mention], publisher: str | None) -> tuple[list[str], str, int, int, bool] | None:
        """"ITU participates in the following networks:" → (subjects, role, span, whether the grouping
        may stand anywhere in a bullet's first sentence) for the list below."""
        body = text[unit.start : unit.end].rstrip()
        if not body.endswith(":"):
            # "2020 highlights for a fit-for-purpose BDT" over a bullet list: a title line naming one
            # organization (beside other words) presents its own work: it leads the bullets' groupings
            named = [x for x in found if x.kind == "org" and unit.start <= x.start and x.end <= unit.end]
            words = len(body.split())
            if (unit.kind == "paragraph" and not re.search(r"[.;:!?]$", body) and words <= 12 and len({o.key for o in named}) == 1
                    and words - len(named[0].text.split()) >= 2 and named[0].key[4:] not in self.bodies):
                return [named[0].key], "lead", unit.start, unit.end, True
            return None
        tail_start = max(unit.start, text.rfind(".", unit.start, unit.end - 1) + 1)
        tail = text[tail_start : unit.end]
        m = LEAD_IN.search(tail)
        if not m:
            return None
        word = m.group(1).lower()
        role = next((r for k, r in LEAD_IN_ROLES if word.startswith(k)), "participant")
        orgs = [x.key for x in found if x.kind == "org" and tail_start <= x.start < tail_start + m.start() and x.key[4:] not in self.bodies]
        subjects = orgs[:1] if orgs else ([f"org:{publisher}"] if publisher else [])
        return (subjects, role, tail_start, unit.end, False) if subjects else None

    def _title_partners(self, text: str, unit: Unit, found: list[Mention]) -> tuple[list[str], int, int] | None:
        """A title line stating that organizations collaborate ("ITU and Food and Agriculture
        Organization cooperate closely on AI and IoT for Digital Agriculture"): their keys and span."""
        body = text[unit.start : unit.end].rstrip()
        if re.search(r"[.;:!?]$", body) or len(body.split()) > 16 or not TITLE_COLLABORATION.search(body):
            return None
        keys = sorted({x.key for x in found if x.kind == "org" and unit.start <= x.start and x.end <= unit.end})
        return (keys, unit.start, unit.end) if len(keys) >= 2 else None

    def _implicit_bullet(self, text: str, unit: Unit, first: _Sentence, found: list[Mention],
                         context: Mention | None, rid: str, publisher: str, out: ReportExtraction) -> None:
        """A bullet of the publisher's own list that names a grouping and no organization at all
        ("· The WSIS TalkX is a platform ..."): the publisher takes part in that grouping."""
        if any(m.kind == "org" for m in found):
            return
        s, e = first.start, first.end
        subject = context if context is not None and context.kind == "grouping" else None
        if subject is None:
            # "· In 2021, the AI for Good ... offered ...": after a fronted date, the bullet's subject
            dated = FRONTED_DATE.match(text, s, e)
            opening = dated.end() if dated else s
            heads = [m for m in first.groups if 0 <= m.start - opening <= 6]
            subject = heads[0] if heads else None
        if subject is None:
            return
        ev = self._evidence(text, rid, unit, s, e, "implicit-publisher-bullet", 0.6)
        out.statements.append(Statement(f"org:{publisher}", ROLE_PREDICATE["participant"], subject.key, ev, role="participant"))

    def _presented_at(self, text: str, sent: _Sentence, previous: _Sentence | None, rid: str, out: ReportExtraction) -> None:
        """"ISCG last met on 25 September 2019 ... The secretariat presented a list of ...": who
        presents in the sentence after a meeting of a grouping takes part in that grouping."""
        if previous is None or sent.groups or not sent.orgs or sent.orgs[0].start - sent.start > 6 or not previous.groups:
            return
        g = previous.groups[0]
        if g.start - previous.start > 6 or not MET.match(text, g.end, previous.end):
            return
        if not PRESENTED.match(text, sent.orgs[0].end, sent.end):
            return
        ev = self._evidence(text, rid, sent.unit, sent.start, sent.end, "presented-at-meeting", 0.65)
        out.statements.append(Statement(sent.orgs[0].key, ROLE_PREDICATE["participant"], g.key, ev, role="participant"))

    @staticmethod
    def _counted_back_reference(text: str, s: int, e: int, unit_found: list[Mention], found: list[Mention]) -> list[Mention]:
        """"ITU, UNU and ISWA launched the Monitor ... the three organizations founded the GESP": the
        organizations a counted phrase stands for, the last list of that many before it in the unit."""
        out: list[Mention] = []
        for m in COUNTED_ORGS.finditer(text, s, e):
            if any(x.start < m.end() and m.start() < x.end for x in found):
                continue
            n = COUNTS[(m.group(1) or m.group(2)).lower()]
            before = [x for x in unit_found if x.kind == "org" and x.end <= m.start()]
            for lst in reversed(org_lists(text, before)):
                keys = list(dict.fromkeys(o.key for o in lst))
                if len(keys) == n:
                    out += [Mention(m.start(), m.end(), "org", k, m.group(0), rule="counted-back-reference") for k in keys]
                    break
        return out

    def _event_in_focus(self, text: str, sent: _Sentence, event: Mention | None, out: ReportExtraction) -> Mention | None:
        """The event a paragraph is about after ``sent``: one the sentence opens with (or names
        alone, or took part in), kept through sentences that name no other grouping ("The Forum is
        convened by ...", "ITU organized a side event ...")."""
        if not sent.groups:
            return event
        def eventlike(x: Mention) -> bool:
            node = out.nodes.get(x.key)
            return x.key in self._conference_parents or x.key in self._edition_parents or (
                node is not None and node.category in EVENT_KINDS) or (x.kind == "org" and x.key[4:] in self.bodies)
        same = self._same_event(event)
        if event is not None and not any(eventlike(x) and x.key not in same for x in sent.groups):
            return event  # "... presented the work of Study Group 5 at the Conference": still the event
        g = sent.groups[0]
        opens = (g.start - sent.start <= 120 and EVENT_OPENING.fullmatch(text, sent.start, g.start) is not None
                 or len({x.key for x in sent.groups}) == 1)
        return g if eventlike(g) and opens else None

    def _same_event(self, event: Mention | None) -> set[str]:
        """The keys that stand for ``event``: its own, its series ("the Conference" after "COP23")."""
        if event is None:
            return set()
        known = self._known(event.key)
        return {event.key, self._edition_parents.get(event.key, event.key), *(f"grouping:{p}" for p in (known.parents if known else ()))}

    def _event_followup(self, text: str, sent: _Sentence, event: Mention | None, rid: str, out: ReportExtraction) -> None:
        """"The thirteenth IGF was hosted by France ... ITU organized an open forum on ... and took
        part in main sessions": who organizes a session of, or takes part in, the event the paragraph
        is about takes part in it (the sentence names no other grouping). So do those it organizes
        such sessions with ("co-organizing workshops with UN Women and UNESCO", "Jointly with WMO,
        ITU organized a side event") and those who organized the sessions others spoke at ("side
        events organized by UNCTAD and UN Women")."""
        if event is None or not sent.orgs:
            return
        if any(g.start < sent.start + 12 for g in sent.groups) and sent.groups[0].rule != "anaphora":
            return  # the sentence introducing the event: its own rules read it
        same = self._same_event(event)
        ev = self._evidence(text, rid, sent.unit, sent.start, sent.end, "event-follow-up", 0.65)
        lists = org_lists(text, sent.orgs)
        acting = [lst for lst in lists if EVENT_ACTION.match(text, lst[-1].end, sent.end)
                  and not GOVERNED.search(text[max(sent.start, lst[0].start - 30) : lst[0].start])]
        if acting:
            acting += [lst for lst in lists if SESSION_PARTNER.search(text, max(sent.start, lst[0].start - 40), lst[0].start)]
        acting += [lst for lst in lists if SESSION_ORGANIZERS.search(text, max(sent.start, lst[0].start - 60), lst[0].start)]
        if not acting or any(g.key not in same and g.start < max(lst[-1].end for lst in acting) for g in sent.groups):
            return  # another grouping named before those acting: the sentence may be about it
        for o in {o.key: o for lst in acting for o in lst}.values():
            if o.key[4:] not in self.bodies:
                out.statements.append(Statement(o.key, ROLE_PREDICATE["participant"], event.key, ev, role="participant"))

    @staticmethod
    def _recipient(text: str, s: int, g: Mention, mentions: list[Mention]) -> bool:
        """``g`` is in the list of those something was reported, presented or submitted to."""
        found = list(REPORTED_TO.finditer(text, s, g.start))
        if not found:
            return False
        last = found[-1]
        gap = text[last.end() : g.start]
        for m in sorted((m for m in mentions if last.end() <= m.start and m.end <= g.start), key=lambda m: -m.start):
            gap = gap[: m.start - last.end()] + gap[m.end - last.end() :]
        return GROUP_LIST_GAP.match(re.sub(r"\b[A-Z][\w\-]*", "", gap)) is not None  # "the Council, the"

    def _within_org(self, oid: str, ancestor: str) -> bool:
        """``oid`` is ``ancestor`` or one of its parts ("ITU-WTDC" under ITU-D under ITU)."""
        seen: set[str] = set()
        todo = [oid]
        while todo:
            cur = todo.pop()
            if cur == ancestor:
                return True
            org = self.registry.organizations.get(cur)  # type: ignore[attr-defined]
            if org is not None and cur not in seen:
                seen.add(cur)
                todo.extend(org.parents)
        return False

    def _resolution_node(self, c: Citation, out: ReportExtraction) -> None:
        key = f"resolution:{c.key}"
        attrs: list[tuple[str, str]] = [("kind", c.kind), ("number", c.number), ("body", c.body)]
        if c.revision:
            attrs.append(("revision", c.revision))
        if c.title:
            attrs.append(("title", c.title))
        node = out.nodes.get(key)
        if node is not None:
            merged = tuple(sorted(set(node.attrs) | set(attrs)))
            out.nodes[key] = Node(key=key, label=node.label, type=node.type, category=c.kind, attrs=merged)
        else:
            typ = {"resolution": "Resolution", "decision": "Decision", "recommendation": "Recommendation"}.get(c.kind, "UNDocument")
            out.nodes[key] = Node(key=key, label=c.label, type=typ, category=c.kind, attrs=tuple(sorted(attrs)))

    def _bullet_members(self, text: str, unit: Unit, members_of: tuple[Mention, int, int], lexicon: Lexicon, rid: str,
                        out: ReportExtraction) -> None:
        """A bullet after "G ... brings together:": the organizations it names (or whose officials it
        names: "the Deputies to the Directors of BR, TSB and BDT") are members of G."""
        grouping, ls, le = members_of
        orgs = [m for m in self._names(text, body_start(text, unit), unit.end, lexicon, out) if m.kind == "org" and m.key[4:] not in self.bodies]
        if not orgs:
            return
        quote = re.sub(r"\s+", " ", text[ls:le] + " … " + text[unit.start : unit.end]).strip()
        ev = Evidence(rid, unit.locator, quote, unit.start, unit.end, f"members-lead-in@{self.VERSION}", 0.75)
        for key in dict.fromkeys(m.key for m in orgs):
            out.statements.append(Statement(key, ROLE_PREDICATE["member"], grouping.key, ev, role="member"))

    def _column_roles(self, text: str, unit: Unit, gkey: str, ns: int, ne: int, rid: str, lexicon: Lexicon,
                      out: ReportExtraction) -> list[Statement]:
        """The organizations a row names under a column of roles ("Lead", "Chair", "Other participants"),
        each with the column's role, or the one a parenthesis after it names ("TSB (secretariat)")."""
        found: list[Statement] = []
        seen: set[str] = set()
        for c in unit.cells[1:]:
            role = column_role(c.column)
            if role is None:
                continue
            for m in self._names(text, c.start, c.end, lexicon, out):
                if m.kind != "org" or m.key in seen:
                    continue
                seen.add(m.key)
                r = named_role_in_parentheses(text, m.end) or role
                # the row from its name to this cell, as written
                quote = re.sub(r"\s+", " ", text[ns : c.end]).strip()
                ev = Evidence(report=rid, locator=f"{unit.locator}, {c.column}", quote=quote, start=ns, end=c.end,
                              rule=f"table-role-column@{self.VERSION}", confidence=0.85)
                found.append(Statement(m.key, ROLE_PREDICATE[r], gkey, ev, role=r))
        return found

    def _row(self, text: str, unit: Unit, rid: str, publisher: str | None, lexicon: Lexicon, out: ReportExtraction,
             default_body: str | None) -> None:
        """An annex table row: a mechanism the publisher takes part in, with its attributes."""
        if not unit.cells or not publisher:
            return
        head = [c.column.lower() for c in unit.cells]
        # a table of the mechanisms the publisher takes part in: a name column and descriptive ones
        if len(head) < 3 or not any(w in head[0] for w in ROW_NAME_COLUMNS) or not any(
            any(w in h for w in ROW_DETAIL_COLUMNS) for h in head[1:]
        ):
            return
        name_cell = unit.cells[0]
        ns, ne = name_cell.start, name_cell.end
        first_line_end = text.find("\n", ns, ne)
        ne = first_line_end if first_line_end != -1 else ne
        name = re.sub(r"\s+", " ", text[ns:ne]).strip()
        found = [m for m in self._names(text, ns, ne, lexicon, out) if m.kind == "grouping"]
        if found and found[0].end - found[0].start >= len(name) * 0.5:
            g = found[0]
            gkey = g.key
        else:
            label = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip() or name
            acr = re.search(r"\(([^)]{2,20})\)\s*$", name)
            orgs_in = lexicon.find(label)
            if orgs_in and orgs_in[0].kind == "grouping" and orgs_in[0].end - orgs_in[0].start == len(label):
                gkey = orgs_in[0].key
            else:
                gkey = grouping_key(label)
                out.nodes.setdefault(gkey, self._grouping_node(gkey, label, "mechanism", acr.group(1) if acr else None))
        attrs = []
        for c in unit.cells[1:]:
            col = c.column.lower()
            prop = next((p for k, p in ANNEX_COLUMNS.items() if k in col), None)
            val = re.sub(r"\s+", " ", text[c.start : c.end]).strip()
            if prop and val and val not in ("-", "–"):
                attrs.append((prop, val))
        role = "member"
        body_text = text[unit.start : unit.end]
        pub_forms = r"(?:ITU|the Union|" + re.escape(publisher) + r")"
        if re.search(pub_forms + r"\s+(?:is\s+|currently\s+|also\s+)*(?:the\s+)?co-?chair", body_text):
            role = "co-chair"
        elif re.search(pub_forms + r"\s+(?:is\s+|currently\s+|also\s+)*(?:the\s+)?chair", body_text):
            role = "chair"
        # a column stating the publisher's role ("ITU role: Co-chair", "Level of participation: Member")
        for c in unit.cells[1:]:
            if PUBLISHER_ROLE_COLUMN.search(c.column):
                role = role_word(text[c.start : c.end]) or role
        # columns naming who leads and who takes part ("Lead: ITU-T (Study Group 13)", "Other participants:
        # ITU-R; 3GPP; ETSI"): the table states the row's members, so the publisher is one only if named
        named = self._column_roles(text, unit, gkey, ns, ne, rid, lexicon, out)
        # (the annex attributes go with the publisher's membership)
        first_own = next((k for k, st in enumerate(named) if st.subject == f"org:{publisher}"), None)
        out.statements.extend(replace(st, attrs=tuple(attrs)) if k == first_own else st for k, st in enumerate(named))
        if not named:
            # the row's name and key activity: what the table says the mechanism is
            qe = unit.cells[1].end if len(unit.cells) > 1 else ne
            quote = re.sub(r"\s+", " ", text[ns:qe]).strip()
            ev = Evidence(report=rid, locator=unit.locator, quote=quote, start=ns, end=qe, rule=f"annex-row@{self.VERSION}", confidence=0.9)
            out.statements.append(Statement(f"org:{publisher}", ROLE_PREDICATE[role], gkey, ev, role=role, attrs=tuple(attrs)))
        for c in unit.cells[1:]:
            for cite in find_citations(text[c.start : c.end], self.registry, default_body):  # type: ignore[arg-type]
                cite = _shift(cite, c.start)
                out.citations.append(cite)
                self._resolution_node(cite, out)
                cev = Evidence(report=rid, locator=f"{unit.locator}, {c.column}", quote=_line_at(text, cite.start, cite.end),
                               start=cite.start, end=cite.end, rule=f"annex-mandate@{self.VERSION}", confidence=0.85, as_written=cite.as_written)
                out.statements.append(Statement(gkey, "mandatedBy", f"resolution:{cite.key}", cev))
        # sub-bodies named in the row ("advise the HLCM")
        for c in unit.cells[1:2]:
            for s, e in sentences(text, c.start, c.end):
                m = re.search(r"\b(?:of|under|to\s+advise|advises?|reports?\s+to|subsidiary\s+(?:body\s+)?of|established\s+by)\s+(?:the\s+)?", text[s:e])
                if not m:
                    continue
                for g in self._names(text, s + m.end(), min(e, s + m.end() + 80), lexicon, out):
                    if g.kind == "grouping" and g.start == s + m.end() and g.key != gkey:
                        out.statements.append(Statement(gkey, "partOf", g.key, Evidence(rid, unit.locator, re.sub(r"\s+", " ", text[s:e]).strip(), s, e, f"annex-part-of@{self.VERSION}", 0.6)))
                        break
        # the sentences of the descriptive cells, read like any other ("Since 2019 ITU has also had one
        # representative sit on the Pension Board Budget Working Group"), about the row's mechanism;
        # the first of them describes the mechanism, so the publisher is not its implicit actor
        row_group = Mention(ns, ne, "grouping", gkey, text[ns:ne])
        for k, c in enumerate(unit.cells[1:]):
            if column_role(c.column):
                continue  # (read above)
            found = self._names(text, c.start, c.end, lexicon, out)
            prior: list[Mention] = []
            for s, e in sentences(text, c.start, c.end):
                sent = self._mentions(text, s, e, unit, found, out, row_group, prior)
                prior.extend(sent.groups)
                self._rules(text, sent, rid, publisher if k else None, row_group, out, [], [], [])


# --- helpers -----------------------------------------------------------------------------------


def _pronoun_subject(text: str, s: int, previous: _Sentence | None) -> Mention | None:
    """"ITU is an active member of the IATT ... It contributed to the STI Forum": a sentence opening with
    "It" and a verb of doing, after a sentence whose subject is an organization, is about that organization."""
    if previous is None or not previous.orgs:
        return None
    m = IT_DOES.match(text, s)
    subject = previous.orgs[0]
    if m is None or any(g.start < subject.start for g in previous.groups) or not re.fullmatch(
            r"[\s·•\-–]*(?:[A-Z][^.;:]{0,60}:\s*)?(?:(?:In|On|During|Since|By)\s+[^,;]{1,30},\s*)?(?:the\s+)?", text[previous.start : subject.start]):
        return None
    return Mention(m.start(1), m.end(1), "org", subject.key, m.group(1), rule="pronoun-subject")


def _line_at(text: str, s: int, e: int) -> str:
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    return re.sub(r"\s+", " ", text[ls : le if le != -1 else len(text)]).strip()


def _entry_citation_text(text: str, entry: tuple[int, int]) -> str:
    line = text[entry[0] : entry[1]].strip()
    return line if re.match(r"(?:PP\s+)?Res", line) else "Resolution " + line


def _shift(c: Citation, by: int) -> Citation:
    from dataclasses import replace

    return replace(c, start=c.start + by, end=c.end + by)


def _dedup(ms: Iterable[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in ms:
        if m.key not in seen:
            seen.add(m.key)
            out.append(m)
    return out


def _un_variant(name: str) -> str | None:
    """The other spelling of a name opening with "United Nations" or "UN".

    Examples
    --------
    >>> _un_variant("United Nations Capital Development Fund")
    'UN Capital Development Fund'
    >>> _un_variant("UN Group on the Information Society")
    'United Nations Group on the Information Society'
    >>> _un_variant("UN Women") is None  # a two-word name is a brand, not a spelling
    True
    """
    words = name.split()
    if len(words) >= 4 and words[:2] == ["United", "Nations"]:
        return " ".join(["UN", *words[2:]])
    if len(words) >= 3 and words[0] == "UN":
        return " ".join(["United", "Nations", *words[1:]])
    return None


def _interagency_variant(name: str) -> str | None:
    """"Inter-agency" written as one word, and back.

    Examples
    --------
    >>> _interagency_variant("Inter-agency Task Team on STI")
    'Interagency Task Team on STI'
    >>> _interagency_variant("Interagency Standing Committee")
    'Inter-agency Standing Committee'
    """
    if re.search(r"\bInter-[Aa]gency\b", name):
        return re.sub(r"\bInter-([Aa])gency\b", lambda m: f"Inter{m.group(1).lower()}gency", name)
    if re.search(r"\bInteragency\b", name):
        return re.sub(r"\bInteragency\b", "Inter-agency", name)
    return None
