"""Clause grammar of report sentences: the cue patterns and the helpers that read a sentence's shape.

The rules of :mod:`kg.extract` decide what a sentence states; the functions here find where its parts
are: the grouping a passive cue is about (``passive_target``), the subject of a main verb across an
appositive or a participle clause, a relative clause about a noun, the organizations listed together
(``org_lists``) and the pairs a list of partners states directly (``direct_pairs``). They are pure
functions of the text and the mentions found in it; the patterns are compiled once, at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.mentions import GROUPING_HEADS, KIND_TAILS, ORDINAL, Mention
from kg.registry import place_key

# a grouping opening a sentence as its subject ("SDG Digital Day will contribute to ..."), not a bullet
# head ("UNGIS: ...", "GIGA - ...")
GROUPING_SUBJECT = re.compile(r"(?:\s*\([^)]{1,20}\))?\s+(?:will|has|have|had|is|are|was|were|also|continued|continues|aims?|seeks?|[a-z]+s|[a-z]{3,}ed)\b")
# verbs that ask someone to act: what follows is asked, not done
REQUEST_VERBS = ("approached", "asked", "invited", "invites", "requested", "requests", "encouraged", "urged",
                 "instructed", "instructs", "mandated")
_REQUEST = rf"\b(?:{'|'.join(REQUEST_VERBS)})\s+(?:[A-Z][\w\-]*\s+){{1,3}}(?:about|to|for)"
REQUESTED = re.compile(_REQUEST + r"\b[^;.]*$")
# a list the request introduces with a colon: "invited ITU to: continue to support the G1; promote the G2"
REQUESTED_LIST = re.compile(_REQUEST + r"\s*:[^.]*$")

# a role noun governed by a preposition names someone else's office: "with the Chair of the G"
SOMEONE_ELSES = re.compile(r"\b(?:with|to|from|by)\s+the\s+$", re.I)

JOINT_BEFORE = re.compile(r"(?:\ba|\ban|\bthe)?\s*joint\s*$|\b(?:is|was|are)\s+(?:a|an)\s*$", re.I)
JOINT_AFTER = re.compile(r"^\s*(?:global\s+|joint\s+|new\s+)?(" + "|".join(sorted((re.escape(h) for h in GROUPING_HEADS), key=len, reverse=True)) + r")\b", re.I)
DIRECT_BETWEEN = re.compile(
    r"^(?:\s*\([A-Z][\w\-]{1,12}\))?[\s,]*(?:(?:has|have|had|is|are|was|were|also|continued\s+to|continues\s+to|closely|actively|jointly)\s+)*"
    r"(?:collaborat\w*|cooperat\w*|partner\w*|work\w*|signed|joined\s+forces|teamed\s+up|co-?operat\w*|engag\w*)\b[^.;]{0,40}?\b(?:with|and)\s*(?:the\s+)?$",
    re.I,
)
# the partners named by category, then listed: "cooperation with Regional Telecommunication Organizations ("
PARTNER_CATEGORY = (r"(?:[A-Za-z\-]+\s+){1,4}(?:organi[sz]ations|agencies|bodies|entities|partners|institutions)"
                    r"\s*\(\s*(?:e\.g\.,?\s*|including\s+|such\s+as\s+)?$")
DIRECT_CATEGORY = re.compile(
    r"^(?:\s*\([A-Z][\w\-]{1,12}\))?[\s,)]*(?:(?:has|have|had|is|are|was|were|also|continued\s+to|continues\s+to|continues|continued|closely|actively|jointly)\s+)*"
    r"(?:(?:its|their|a|an|the)\s+)?(?:close\s+|strong\s+|ongoing\s+)?(?:collaborat\w*|cooperat\w*|partner\w*|work\w*|engag\w*)\b"
    r"[^.;]{0,20}?\bwith\s+(?:the\s+)?" + PARTNER_CATEGORY,
    re.I,
)
CATEGORY_NEXT = re.compile(
    r"^\s*\)?\s*[;,]\s*(?:and\s+)?" + PARTNER_CATEGORY,
    re.I,
)
# "a survey conducted by DESA and OSET": the agents of one piece of work worked together
JOINT_AGENTS = re.compile(
    r"\b(?:conducted|carried\s+out|prepared|published|produced|developed|co-?authored|written|undertaken)\s+(?:jointly\s+)?by\s+(?:the\s+)?$",
    re.I,
)
JOINT_ACTION = re.compile(
    r"^[\s,]*(?:(?:have|has|had|also|jointly|together|recently)\s+)*(?:\([^)]{0,60}\)\s*)?(?:,\s*)?(?:launched|published|developed|organi[sz]ed|co-?organi[sz]ed|signed|collaborat\w*|cooperat\w*|work\w*\s+(?:together|jointly|closely)|partner\w*|co-?host\w*|endorsed|joined\s+forces|released|produced|held|implement\w*|are\s+working|have\s+joined)",
    re.I,
)
LIST_GAP = re.compile(
    r"^(?:\s|,|/|-|–|\(|\)|\band\b|&|\bas\s+well\s+as\b|\bthe\b|\bits\b|\bor\b|\bother\b|\bseveral\b|\bvarious\b|\bUN\b|\bUnited\s+Nations\b|\bsister\b|\bagencies\b|\bentities\b|\borgani[sz]ations\b|\bpartners\b|\bincluding\b|\bsuch\s+as\b|\bnamely\b|\be\.g\.|^\s*with\s*$"
    # "the Secretary-General of ITU and the Director-General of UNESCO": officials acting for a list of organizations
    r"|\b(?:Deputy\s+|Executive\s+)?(?:Secretary-General|Director-General|Directors?|Administrator|Executive\s+Secretary|High\s+Commissioner)\s+of\b)*$",
    re.I,
)
PART_OF = re.compile(r"^\s*(?:,\s*)?(?:under|of|within|in)\s+(?:the\s+|its\s+)?$|^\s*(?:,\s*)?(?:a\s+)?(?:subsidiary|sub-?group|sub-?committee|working\s+group|network|part)\s+of\s+(?:the\s+)?$", re.I)
SUBSIDIARY = re.compile(r"\band\s+its\s+(?:subsidiary\s+)?(?:mechanisms|bodies|committees|networks|subsidiary\s+bodies)\s*,?\s*$", re.I)
MANDATE_VERB = re.compile(r"\bmandat\w*|\bpursuant\s+to|\bin\s+line\s+with|\bin\s+accordance\s+with|\bunder\b|\bimplement\w*|\bas\s+per\b|\bper\b|\bestablished\s+by|\bcalls?\s+(?:on|for|upon)|\bresolves|\binstruct\w*", re.I)
BULLET_HEAD = re.compile(r"^[·•▪◦●\-–o]?\s*([^:;.]{2,90}?)\s*(?::|\s[-–]\s)\s*(?=\S)")
PARTICIPATES_LIST = re.compile(r"(?:participat\w*|member)\s+(?:in|of)\s+the\s+following\b[^:]*:\s*$", re.I)

FRONTED = re.compile(
    r"\s*(?:[·•]\s*)?(under|through|within|as\s+part\s+of|in\s+the\s+framework\s+of|in(?=\s+the\s+[A-Z])|as\s+(?:a|an)\s+(?:active\s+|full\s+|founding\s+)?member|as\s+(?:the\s+)?(?:co-?)?chair|as\s+(?:a\s+|the\s+)?(?:co-?)?lead(?:\s+(?:facilitator|agency|organi[sz]ation|entity))?|as\s+(?:a\s+)?partner)"
    r"(?:\s+(?:of|in))?\s+(?:the\s+)?[^,;]{2,160}?,\s*"
    r"(?:(?:which\s+(?:is|was|are|were)\s+)?(?:convened|chaired|co-?chaired|led|co-?led|hosted|coordinated|organi[sz]ed|established|created|launched|supported|funded)\s+by\s+[^,;]{2,140}?,\s*)?",
    re.I,
)
FRONTED_ROLES = {"member": "member", "chair": "chair", "co-chair": "co-chair", "cochair": "co-chair", "lead": "lead",
                 "co-lead": "co-lead", "partner": "partner", "facilitator": "lead", "agency": "lead", "organization": "lead",
                 "organisation": "lead", "entity": "lead"}

PRONOUN_START = re.compile(
    r"\s*(?:(?:Today|Now|Currently|Since\s+then|In\s+(?:19|20)\d\d|Since\s+(?:19|20)\d\d),?\s+)?"
    r"(?:It|it|Its|its|They|they|Their|their|This\s+(?:initiative|forum|summit|event|network|group|platform|programme|partnership))\b"
    # "Hosted by ITU and co-organized with UNESCO, it was prepared ...": a fronted participle, then "it"
    r"|\s*[A-Z][a-z\-]+ed\b[^.;]{0,200}?,\s+(?:it|they)\s+(?:was|were|is|are|has|have|had|will)\b")

EVENT_HEADS = {"events", "side events", "side-events", "conferences", "meetings", "sessions", "summits", "fora", "forums",
               "dialogues", "processes", "days", "bodies", "consultations", "workshops", "webinars", "symposia",
               "congresses", "workstreams"}
# the role verb before an enumeration's head ("participated in events such as ...")
ENUM_CUES = [(re.compile(rf"\b(?:{pat})", re.I), role) for pat, role in [
    (r"co-?chair\w*", "co-chair"),
    (r"co-?lead\w*|co-?led\b", "co-lead"),
    (r"chair(?:s|ed|ing)?\b", "chair"),
    (r"leads?\b|leading\b|led\b", "lead"),
    (r"co-?organi[sz]\w*|co-?host\w*", "co-organizer"),
    (r"convene[sd]?\b|convening\b|organi[sz]\w*", "convener"),
    (r"members?\s+of|joined\b", "member"),
    (r"present\s+at|represented\s+at|participat\w*|took\s+part|takes\s+part|contribut\w*|engag\w*|attend\w*|involved|follow\w*|"
     r"provid\w*\s+inputs?|spoke\s+at|delivered|support\w*|align\w*\s+with|joint\s+side[\s-]events?|side[\s-]events?", "participant"),
]]
RESPECTIVELY = re.compile(r",?\s*(?:with|by)\s+(?:the\s+)?[^;.]{2,120}?,?\s+respectively\b")

# a list governed by a preposition is not a clause's subject ("invited by the UN Secretary-General as a member of")
# (not a clause's "and" after a comma: "..., and ITU takes part in")
GOVERNED = re.compile(r"(?:\b(?:with|by|to|from|of|for|at|in|on|between|among)|(?<![,;]\s)\band)\s+(?:the\s+)?$", re.I)
# "G, in which X has been participating", "G, to which X have been invited", "the G connectivity
# track, in which X had speaking roles"
# ("The GCI, led by ITU, is a multi-stakeholder effort to which X and Y contributed as partners": the
# grouping described, then the clause)
RELATIVE_PARTICIPATION = re.compile(
    r"^(?:\s+[a-z][\w\-]*){0,2}\s*(?:\([^()]{1,20}\))?(?:\s*,\s*(?:[a-z]+ed|led|run|held)\s+by\s+[^,;()]{1,60},)?"
    r"(?:\s+(?:is|was|are|were)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,5}?[\w\-]+)?\s*,?\s*(?:in|to|on|at|of)\s+which\s+(?:the\s+)?$"
)
# between two lists of one clause's subject: names the extractor does not know ("the Potomac Institute for
# Policy Studies, the University of Technology, Jamaica")
CLAUSE_LIST_GAP = re.compile(r"(?:\s*(?:,|and|the|\([A-Z][\w\-]{1,12}\))\s*|\s*(?:[A-Z][\w\-]*|of|for|and|the|,)(?:\s+|(?=,))){0,12}")
SHARED_TAIL = re.compile(r"\s*(?:\([A-Z][\w\-]{1,12}\))?\s*(?:,\s*among\s+others)?\s*[;.]?\s*")
# an organization, then what it acted for: "UN Women for International Women's Day"
ORG_BEFORE_PURPOSE = re.compile(r"\s+(?:for|with)\s+(?:the\s+)?")
# a session of an event named right after it: "HLPF Side Event: ...", "ITU Telecom World: Session on ..."
SESSION_OF_AFTER = re.compile(r"\s*:?\s*(?:side[\s-]events?|sessions?|panels?|workshops?)\b", re.I)
# partners counted, then named, after a grouping: " at COP29 with over 40 partners, among them "
COUNTED_PARTNERS_AFTER = re.compile(
    r"\s*(?:\([^()]{1,20}\))?(?:\s+(?:at|during|in)\s+[^,;()]{1,60}?)?\s*,?\s+with\s+(?:(?:over|more\s+than|some|about|nearly|around|almost)\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|several|many|numerous)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:partners|organi[sz]ations|entities|agencies|stakeholders|members)\s*,?\s*(?:among\s+them|including|such\s+as|notably|among\s+which)\s*:?\s*(?:the\s+)?")
# partners right after a grouping's name: "the Regional Forum on X (RF-X) jointly with CITEL"
WITH_AFTER_NAME = re.compile(r"\s*(?:\([^()]{1,20}\))?\s+(?:together\s+|jointly\s+)?with\s+(?:the\s+)?")
SHARED_BEFORE = re.compile(r",\s*(?:together|along|jointly)\s+with\s+(?:the\s+)?$")
RELATIVE_CUE = re.compile(r"^[^,;.]{0,60}?\b(?:participat\w*|engag\w*|involved|contribut\w*|invited|represented|members?|partners?|spoke|(?:speaking|active|key|prominent|leading)\s+roles?)\b", re.I)

PARTNER_ACRONYM = re.compile(
    r"\b(?:with|by|including)\s+(?:the\s+)?(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?['’]s\s+)?([A-Z][A-Z0-9]{2,7})\b(?![’'\-/])(?=\s*(?:,|and\b|\(|;|\.))"
)
NOT_ORG_ACRONYMS = {"ICT", "ICTS", "SDG", "SDGS", "AI", "IOT", "LDC", "LDCS", "SIDS", "LLDC", "LLDCS", "COVID", "GDP", "NGO",
                    "NGOS", "CEO", "ITU", "UN", "WSIS", "ERP", "MOU", "TBC", "HQ", "USD", "CHF", "EUR", "PDF", "ICTD"}

# the report's own head: "the Secretary-General", "the Deputy Secretary-General", unqualified by an
# organization ("the UN Secretary-General", "the Secretary-General of ..."), not a possessive and
# not an office's name ("Executive Office of the Secretary-General") nor the object of a mandate
# ("instructs the Secretary-General to participate": an instruction, not an act)
OWN_OFFICIAL = re.compile(r"\b[Tt]he\s+((?:Deputy\s+)?Secretary-General)\b(?!\s*['’]s?\b|\s+of\b|\s*\()")
OWN_OFFICIAL_GOVERNED = re.compile(rf"\b(?:of|Of|for|to|{'|'.join(REQUEST_VERBS)})\s$")
# "The secretariat established a Group ...", "the secretariat’s Task Force": the publisher's own
# secretariat; not the office someone provides, serves as or hosts ("provides the secretariat for")
OWN_SECRETARIAT = re.compile(r"\b[Tt]he\s+([Ss]ecretariat)\b(?!\s+(?:of|for|to|support)\b|\s*\()")
SECRETARIAT_GOVERNED = re.compile(rf"\b(?:provid\w*|serv\w*\s+as|act\w*\s+as|host\w*|as|of|Of|for|to|with|from|by|{'|'.join(REQUEST_VERBS)})\s+$")
# "we launched EQUALS", "we held the first AI for Good Global Summit": the report speaking for its publisher
WE_ACT = re.compile(r"\b([Ww]e)\s+(?=(?:have\s+|had\s+|also\s+|jointly\s+|together\s+)*(?:[a-z]{3,}ed|held|led|ran|brought|took|set\s+up|co-[a-z]+ed)\b)")
# "the regional office in Addis Ababa is a member of ...", "its regional offices": the publisher's own
# field offices (not another's: "the UNDP regional office", "the regional office of UNESCO")
OWN_REGIONAL = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(regional\s+(?:and\s+area\s+)?offices?)\b(?!\s+(?:of|for\s+the\s+[A-Z]\w*\s+(?:of|for))\b|\s*\()")
# (mention, what governs it when it is not the publisher acting, how far back that looks, rule)
OWN_OFFICES = ((OWN_OFFICIAL, OWN_OFFICIAL_GOVERNED, 14, "own-official"), (OWN_SECRETARIAT, SECRETARIAT_GOVERNED, 20, "own-secretariat"),
               (OWN_REGIONAL, re.compile(r"\b(?:of|Of|for|to|from|with)\s+$"), 20, "own-regional-office"))

# "the United Nations" acting: subject of a verb, or the agent after "by"

UN_ACTOR = re.compile(
    r"(?:\bby\s+the\s+|(?:^|[.;:]\s+|,\s+)the\s+|\bThe\s+)(United\s+Nations)"
    r"(?=\s*(?:,\s*[^,]{0,60},\s*)?(?:will|has|have|had|is|was|convene[sd]?|convening|organi[sz]e[sd]?|launche[sd]|leads?|led|hosts?|hosted|"
    r"co-?organi[sz]e[sd]?|chairs?|chaired|established|created)\b|\s*[,.;)]|\s+and\s"
    r"|\s+(?:together|jointly|along|in\s+(?:partnership|cooperation|collaboration))\s+with\b"
    r"|\s+(?:pursuant\s+to|in\s+accordance\s+with|in\s+line\s+with|under)\b)"
)

# a table column naming who plays a role in the row's grouping ("Lead", "Led by", "Other participants")
_COLUMN_ROLES = (("co-lead", "co-lead"), ("co-chair", "co-chair"), ("chair", "chair"), ("lead", "lead"), ("convene", "convener"),
                 ("coordinat", "coordinator"), ("organi", "co-organizer"), ("secretariat", "secretariat"), ("host", "host"),
                 ("partner", "partner"), ("participant", "participant"), ("member", "member"), ("contributor", "partner"))
_ROLE_IN_PARENTHESES = re.compile(r"\s*\((?:as\s+)?(co-?chair|vice-?chair|chair|co-?lead|lead|secretariat|host|convener|coordinator)\)", re.I)


# a column stating the publisher's own role in the row's grouping ("ITU role", "Level of participation")
PUBLISHER_ROLE_COLUMN = re.compile(r"\brole\b|participation|status|capacity", re.I)


def role_word(text: str) -> str | None:
    """The first role a table heading or cell names ("Other participants", "Co-chair (rotating)").

    Examples
    --------
    >>> role_word("Co-chair (rotating)"), role_word("Member"), role_word("Key activity")
    ('co-chair', 'member', None)
    """
    low = text.lower()
    return next((role for word, role in _COLUMN_ROLES if re.search(rf"\b{word}", low)), None)


def column_role(column: str) -> str | None:
    """The role a table column gives the organizations in it, if its heading names one.

    Examples
    --------
    >>> column_role("Other participants"), column_role("Lead Sector"), column_role("Key activity")
    ('participant', 'lead', None)
    """
    if PUBLISHER_ROLE_COLUMN.search(column) or re.search(r"\b(?:ITU|its|publisher)\b", column, re.I):
        return None  # the publisher's own role ("ITU role: Co-chair"), read as the publisher's
    return role_word(column)


def named_role_in_parentheses(text: str, pos: int) -> str | None:
    """A role named in parentheses right after an organization: "TSB (secretariat)"."""
    m = _ROLE_IN_PARENTHESES.match(text, pos)
    if m is None:
        return None
    word = m.group(1).lower().replace("vice-chair", "co-chair").replace("vicechair", "co-chair")
    return {"cochair": "co-chair", "colead": "co-lead"}.get(word, word)


ROW_NAME_COLUMNS = ("name", "mechanism", "network", "group", "body", "title", "entity", "committee", "forum")
ROW_DETAIL_COLUMNS = ("activit", "relevance", "frequency", "purpose", "description", "role", "participation",
                      "benefit", "mandate", "cost", "time spent", "financial")

EVENT_KINDS = {"event", "summit", "forum", "conference"}
NAMED_BY_KIND = re.compile(r"(?<![\w\-’'])((?:[A-Z][\w@.\-]*\s+){0,3}[A-Z][\w@.\-]*[a-z0-9])\s*(?:\([^()]{1,20}\))?,\s+(?:a|an)\s+"
                           r"(?:[a-z][a-z\-]+\s+){0,2}(series|campaign|initiative|programme|platform|partnership|coalition|track|project|"
                           r"competition|challenge)\s+(?:of|for|on|to|that|which|bringing|launched|led|run)\b")
NOT_A_NAME_START = {"In", "On", "At", "Since", "During", "For", "By", "The", "This", "That", "These", "It", "Its", "As", "With",
                    "From", "Through", "Under", "After", "Before", "Following"}
# a sentence ending in a colon that introduces the members listed below it
MEMBERS_FOLLOW = re.compile(r"\b(?:brings?\s+together|comprises?|is\s+composed\s+of|consists?\s+of|(?:its\s+)?members\s+(?:are|include))\s*:\s*$")
ISSUER_OF_CITATION = re.compile(r"(?:['’]s)?\s*(?:[Rr]esolutions?|Res\.|[Rr]ecommendations?|Rec\.|[Dd]ecisions?|Dec\.|[Oo]pinions?)\s*(?:No\.\s*)?(?:\d|[A-Z]{1,5}[/\-])")
# "Resolution ITU-R 6": a Sector naming its own resolution, a number after it
NUMBER_AFTER = re.compile(r"\s*\d")
RECOMMENDATION_CODE = re.compile(r"\s+[A-Z]{1,2}\.\d")
# "Her CyberTracks, a BDT programme": a grouping described by its owner's name and its kind
DESCRIBED_BEFORE = re.compile(r"\s*,\s+an?\s+$")
DESCRIBED_KIND = re.compile(r"\s+(?:(?:joint|flagship|new|global|regional|pilot)\s+)?(initiative|programme|program|project|platform|partnership|campaign|coalition|network)\b")
ACRONYM_TAIL = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*")
CAPITALISED_BEFORE = re.compile(r"(?:^|(?<=[.;:·•]\s)|(?<=\bthe\s)|(?<=\s))((?:[A-Z][\w@\-]*\s+){0,4}[A-Z][\w@\-]*[A-Z0-9@][\w@\-]*)\s*$")
# the last word of an organization's name that makes it a grouping too, and the cue that joins one
JOINABLE_HEADS = {"alliance", "initiative", "partnership", "coalition", "consortium", "network", "forum", "platform"}
JOINS_BEFORE = re.compile(r"\b(?:members?\s+of|(?:took|takes|take|taking)\s+part\s+in|participat\w*\s+in|joined|joins)\s+(?:the\s+)?$", re.I)
GENERIC_ANAPHORA = {"initiative", "partnership", "programme", "coalition", "platform", "project", "campaign", "alliance", "facility", "track"}

NOT_GROUPING_TAIL = {"resolution", "resolutions", "report", "reports", "declaration", "decision", "decisions", "document", "documents",
                     "recommendation", "recommendations", "handbook", "toolkit", "guidelines", "index", "monitor",
                     "act", "strategy", "policy", "brief", "briefs", "manifesto", "statement"}
# "follows UNGA resolutions": a body naming a document is the document's modifier, not a verb's target
NAMES_A_DOCUMENT = re.compile(rf"\s+(?:{'|'.join(sorted(NOT_GROUPING_TAIL, key=len, reverse=True))})\b")

AT_EVENT = re.compile(r"^\s*,?\s*(?:at|during|on\s+the\s+margins\s+of|on\s+the\s+sidelines\s+of|in\s+the\s+framework\s+of)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?$", re.I)


IMPLEMENTATION_REPORT = re.compile(r"\breport\s+on\s+(?:the\s+)?(?:implementation\s+of|progress\s+(?:made\s+)?in\s+implementing)\s+(?:the\s+)?", re.I)
# "at the 2021 STI Forum", "at an AI for Good webinar": the grouping after is where something happens
VENUE = re.compile(r"\b(?:at|during)\s+(?:an?\s+|the\s+)?(?:(?:official|main|annual|first|second|third|recent)\s+)?(?:(?:19|20)\d\d\s+)?$", re.I)
AS_PART_OF = re.compile(r"\bas\s+(?:an?\s+)?(?:integral\s+|key\s+)?part\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.I)
# after a fronted partner list, its clause's subject makes the grouping: ", ITU launched the "
FRONTED_MAKER = re.compile(
    r"\s*\)?,\s*(?:[A-Z][\w\-]*\s+){1,4}(?:(?:has|have|had|also|jointly)\s+)*(?:launched|established|created|set\s+up|initiated|organi[sz]ed|co-?organi[sz]ed|developed|implemented|hosted)\s+(?:the\s+|a\s+|an\s+)?$")
FRONTED_DATE = re.compile(r"(?:In|Since|During|Throughout|By|From)\s+(?:(?:early|mid|late|[A-Z][a-z]+)\s+)?(?:19|20)\d\d\s*,\s*")
PROJECT_WORD = re.compile(r"\b(?:project|programme|program)\s*[“\"‘]?$", re.I)
HELD = re.compile(r"(?:\s*\([^)]{1,20}\)|\))?\s+(?:was|were)\s+(?:successfully\s+)?(?:organi[sz]ed|held|convened|hosted|opened)(?:\s+successfully)?\b")
STANDING_BODY = re.compile(r"\b(?:Study\s+Group|Working\s+Party|Rapporteur\s+Group)\s+\d{1,2}[A-Z]?$")
MET = re.compile(r"(?:\s*\([^)]{1,20}\))?\s+(?:last\s+|also\s+|first\s+)?(?:met|convened|gathered|held\s+its\s+(?:\w+\s+)?meeting)\b")
PRESENTED = re.compile(r"\s+(?:also\s+)?(?:presented|delivered|introduced|reported\s+on|shared|gave\s+a\s+presentation)\b")
TITLE_COLLABORATION = re.compile(r"\b(?:cooperat\w*|collaborat\w*|partner\w*|work\w*\s+together|join\w*\s+forces)\b", re.I)
KIND_TAIL_WORDS = "|".join(sorted(KIND_TAILS))
FRONTED_MANDATE = re.compile(r"\W*(?:In\s+(?:response|reply)\s+to|Pursuant\s+to|As\s+per|In\s+accordance\s+with|In\s+line\s+with|Following|"
                             r"As\s+(?:mandated|requested|called\s+for)\s+(?:by|in))\s+(?:the\s+)?[^,;]{0,40}$")
REPORTED_TO = re.compile(r"\b(?:provided|reported|presented|submitted|sent|transmitted)\s+to\b", re.I)
# a body naming a document: "UNGA resolutions", "the HLPF report"
DOCUMENT_AFTER = re.compile(r"\s+(?:resolutions?|decisions?|reports?|documents?|declarations?)\b")
# "... now coordinate it jointly": "it" the object of a verb (not "Within it, ITU ...")
IT_OBJECT = re.compile(r"\b(?!(?:within|in|of|for|to|with|by|on|under|through|from|at|about|and|but|as|that|which)\s)[a-z]+\s+it\b(?!\s+(?:is|was|has|had|will|would|can|could|may)\b)")
# a sentence opening with a passive participle ("Organized by ITU ...", "Co-hosted jointly by ...")
FRONTED_BY_PARTICIPLE = re.compile(r"[\s·•\-–]*(?:[A-Z][a-z]+ed|Co-[a-z]+ed)(?:\s+(?:jointly|together))?\s+by\b")
# where the main clause's subject begins after a fronted clause: ", the Summit", ", the first G"
MAIN_SUBJECT_BEFORE = re.compile(rf"[,–—]\s+(?:the\s+)?(?:(?:{ORDINAL}|(?:19|20)\d\d)\s+(?:edition\s+of\s+(?:the\s+)?)?)?$")
CHAIRMANSHIP_OF = re.compile(r"\b(?:rotating\s+|rotational\s+)?(?:chairmanship|chairship|chair|presidency)\s+of\s+(?:the\s+)?$", re.I)
HELD_AFTER = re.compile(r"\s+(?:also\s+)?(?:held|holds|hold|assumed|assumes|took\s+over)\b")
PASSED_BEFORE = re.compile(r"\b(?:passe[sd]\s+(?:on\s+)?to|hand(?:ed|ing|s)?\s+(?:it\s+)?over\s+to|transferred\s+to|rotated\s+to)\s+(?:the\s+)?$")
CHAIR_WORD = re.compile(r"\bchair(?:s|ed|manship)?\b|\bchairing\b", re.I)
# "ITU held the chair in 2018": the definite chair of the grouping in focus
THE_CHAIR = re.compile(r"\b(?:its|the)\s+(?:rotating\s+|rotational\s+)?chair(?:manship)?\b(?!\s+of\b)", re.I)
# "the two organizations", "both agencies": organizations named before
COUNTED_ORGS = re.compile(r"\b(?:[Tt]he\s+(two|three|four|five)|([Bb]oth))\s+(?:organi[sz]ations|agencies|partners|entities)\b")
COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}
REVIEW_OF = re.compile(r"\b((?:(?:19|20)\d\d\s+)?(?:(?:comprehensive|high-level|mid-?term|midterm|quadrennial|overall|global|intergovernmental)\s+)+reviews?)\s+of\s+(?:the\s+)?$", re.I)
ENUM_LAST = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*,?\s*and\s+(?:the\s+)?")
# "UNICEF, UNESCO ... and WHO were among the UN partners, and ...": of the grouping the sentences before were about
AMONG_THE_START = re.compile(r"[^.;:]{2,400}?\b(?:is|are|was|were)\s+(?:also\s+)?among\s+the\s+(?:UN\s+|main\s+|key\s+|founding\s+)?(?:partners|members|participants|co-?organi[sz]ers|sponsors)\b")
ADOPTING = re.compile(r"\b(?:adopted|approved|revised|amended|confirmed|updated|merged|abrogated|suppressed|adopting|revising)\b"
                      r"(?:[^.;]{0,60}?\b(?:Resolutions|Recommendations|Decisions|resolutions),?\s+(?:among\s+them|including|notably|such\s+as))?\s+(?:the\s+)?(?:new\s+)?$")
MANDATE_LINK = re.compile(r"\b(?:in\s+accordance\s+with|pursuant\s+to|under|in\s+line\s+with|as\s+per|in\s+response\s+to|mandated|guided)\b", re.I)
KIND_AFTER_DEFINITION = re.compile(r"\)\s+(initiative|programme|program|project|platform|partnership|network|campaign|coalition|alliance)\b")
# a second verb of the sentence's subject: "..., and continued to participate in"
SECOND_VERB = re.compile(r",\s+and\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:continued\s+to\s+|continues\s+to\s+)?$")
GAPPED_OBJECT = re.compile(r"\s+the\s+")
SHARED_AFTER = re.compile(r"\s*,\s*(?:together|jointly|along)\s+with\s+(?:the\s+)?")
# "... of G1 (recommendation 1A) and, with UNDP, of G2"
AND_WITH = re.compile(r"(?:\s*\([^()]{0,60}\))?\s*,?\s*and\s*,\s*(?:together\s+|jointly\s+)?with\s+(?:the\s+)?")
OF_AGAIN = re.compile(r"\s*,\s*(?:of|in|for|on)\s+(?:the\s+)?")
WITH_AFTER_VERB = re.compile(r"\s*,\s*(?:together\s+|jointly\s+|along\s+)?with\s+(?:the\s+)?")
# a relative clause opening right after a grouping is about it when its verb has no object of its
# own: "G, which it co-founded with", "G, which ITU celebrates every year on 17 May,", "G, which ITU and
# UN Women established in 2014 to recognize ..."
NO_OBJECT = re.compile(r"(?:\s+(?:in|since|during|on|from|at)\s+[^,;.“”\"]{1,80}?|\s+(?:jointly|together|every\s+year|each\s+year|annually)"
                       r"|\s+(?:jointly\s+|together\s+)?with\s+[^,;.“”\"]{1,80}?){0,2}\s*(?:[,;.)“\"]|and\b|to\s+[a-z]+\b)")
# "the COP Guidelines Working Group, convened by ITU, in which UNICEF ... took part"
# the end of a name a clause attaches to: a closing quote or parenthesis, its acronym in parentheses
NAME_END = r"\s*[)”\"’]?\s*(?:\([^()]{1,20}\))?(?:\s+(?:initiative|programme|project|platform|partnership|network|campaign))?"
PREP_RELATIVE = re.compile(NAME_END + r"(?:\s*,\s*[a-z]+ed\s+(?:by|with)\s+[^,;()]{1,80})?\s*,\s*(?:in|of|to|on|at)\s+which\s+(?:the\s+)?")
OWNERS_KIND = re.compile(r"['’]s?\s+(?:[\w\-]+\s+){0,4}?(?:flagship\s+)?(?:initiative|programme|program|platform|partnership|campaign|project|network|forum|event|series|coalition|alliance)\b")
# the unnamed sessions of an event (the extractor's patterns share them)
SESSIONS = r"sessions?|side[\s-]events?|events?|workshops?|panels?"
UNNAMED_EVENT = re.compile(rf"\b(?:a|an|one|two|three|several)\s+(?:[\w\-]+\s+){{0,2}}(?:{SESSIONS}|webinars?|dialogues?|roundtables?|meetings?)\b")
FRONTED_PARTICIPLE = re.compile(r"\s*[A-Z][a-z]+ed\b[^,;.]{0,200},\s")
# how far a sub-heading naming a grouping makes it the topic of the units below it: text extracted
# from Word loses headings, and a stale one would make every later bullet about it
HEADING_REACH = 3000
IN_CITATION = re.compile(r"\b(?:Resolutions?|Res\.|Recommendations?|Rec\.|Decisions?|Dec\.|Opinions?|Articles?|No\.)\s*[\w.\-/]*\s*\((?:Rev\.\s*|[A-Z][a-z]+,?\s+)?$")
# organizing a session of an event, taking part in it, speaking at it
EVENT_ACTION = re.compile(
    r"\s+(?:also\s+|is\s+|are\s+|was\s+|were\s+)?(?:(?:co-)?organi[sz](?:ed|ing)|hosted|held|convened)"
    r"(?:\s+(?:together|jointly)\s+with\s+[^,;.]{2,120}?)?\s+(?:an?|one|two|three|four|several|its|a\s+number\s+of)\s+"
    rf"(?:[\w\-]+\s+){{0,2}}(?:open\s+forums?|{SESSIONS}|dialogues?|roundtables?)\b"
    r"|\s+(?:also\s+)?(?:took\s+part|participated|spoke|took\s+the\s+floor|delivered\s+(?:a\s+)?(?:keynote|statement|remarks))\b")
# the partners of an unnamed session: "co-organizing workshops with UN Women", "Jointly with WMO, ITU organized"
SESSION_PARTNER = re.compile(rf"(?:\b(?:together|jointly)\s+with|\b(?:{SESSIONS}|(?:co-)?organi[sz](?:ed|ing))\s+with|\band\s+with)\s+(?:the\s+)?$", re.I)
# what may open a sentence before the event it is about: "The twelfth annual meeting of the", "During 2017, the"
EVENT_OPENING = re.compile(r"(?:[^.;]*,\s*)?(?:(?:the|The|its|Its)\s+)?(?:[\w\-]+\s+){0,5}")
# "ITU experts spoke at side events organized by UN-OHRLLS, UNCTAD and UN Women"
SESSION_ORGANIZERS = re.compile(rf"\b(?:{SESSIONS})\s+(?:co-)?organi[sz]ed\s+(?:jointly\s+)?by\s+(?:the\s+)?$")
VENUE_BEFORE = re.compile(rf"\b(?:on\s+the\s+(?:margins|sidelines)\s+of|during|at)\s+(?:the\s+)?(?:(?:{ORDINAL}|annual)\s+(?:session\s+of\s+the\s+)?)?$")
ADOPTED_IN = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,?\s*(?:(?:as\s+)?(?:adopted|set\s+out|established|defined)\s+)?(?:in|by|under)\s+(?:the\s+)?")
# a list that goes on after a category word: ", as well as with the regional commissions – ", " and four regional commissions ("
LIST_CONTINUES = re.compile(r"(?:\s*\([A-Z][\w\-]{1,12}\))?\s*,?\s*(?:and|as\s+well\s+as|plus)\s+(?:with\s+)?(?:the\s+)?(?:(?:more\s+than|over|some|about)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|other|several)\s+)?"
                            r"(?:(?:[A-Za-z\-]+\s+){0,3}?(?:commissions|agencies|organi[sz]ations|entities|bodies|partners|funds|programmes|offices)"
                            r"\s*(?:[–\-:]|\(|,?\s*(?:among\s+them|including|such\s+as|notably|namely)\b)\s*(?:the\s+)?)?")
APPOSITIVE_GAP = re.compile(NAME_END + r"\s*,\s*(?:the\s+)?")
INFINITIVE = re.compile(r"[\s,)]*(?:\([^)]*\)\s*)?to\s")
QUOTE_NEXT = re.compile(r"\s*[“\"‘]")
MEANS_BEFORE = re.compile(r"\b(?:through|via|by|under|within)\s+(?:the\s+|its\s+)?$")
# "with Cisco as its founding partner": the role a list is given by name
AS_ROLE = re.compile(r"(?:\s+(?:also\s+)?(?:acts?|acted|acting|serves?|served|serving))?\s+as\s+(?:(?:its|their|the|a|an|one\s+of\s+(?:its|the))\s+)?"
                     r"((?:founding|main|key|lead|implementing|technical|strategic|knowledge)\s+|(?:permanent|rotating|joint)\s+)?"
                     r"(partner|member|sponsor|donor|host|secretariat|co-?chair|vice-?chair|chair|co-?lead|lead|co-?convener|convener|coordinator|co-?organi[sz]er|organi[sz]er)s?\b", re.I)
AS_ROLES = {"partner": "partner", "member": "member", "sponsor": "supporter", "donor": "supporter", "host": "host",
            "secretariat": "secretariat", "chair": "chair", "cochair": "co-chair", "co-chair": "co-chair",
            "vicechair": "co-chair", "vice-chair": "co-chair",
            "colead": "co-lead", "co-lead": "co-lead", "lead": "lead", "convener": "convener", "coconvener": "convener",
            "co-convener": "convener", "coordinator": "coordinator", "organizer": "co-organizer", "organiser": "co-organizer",
            "coorganizer": "co-organizer", "co-organizer": "co-organizer", "coorganiser": "co-organizer", "co-organiser": "co-organizer"}


def back_referring_role(cue_role: str, text: str, list_end: int) -> str:
    """The role an ACTIVE cue about the grouping before its list gives ("as co-conveners": the role
    named; "are among its members": member; "are its co-vice-chairs": co-chair)."""
    if cue_role.startswith("its-"):
        return cue_role.removeprefix("its-")  # "are its co-vice-chairs": co-chair
    return named_role(text, list_end) or "participant"


def named_role(text: str, pos: int, plural: bool = False) -> str | None:
    """The role named right after an organization ("Cisco as its founding partner"), if any; with
    ``plural``, only a role in the plural (named for a whole list: "ITU and UNESCO as co-conveners").

    Examples
    --------
    >>> named_role("with Cisco as its founding partner.", 10)
    'founding-partner'
    >>> named_role("with Cisco as its founding partner.", 10, plural=True) is None
    True
    >>> named_role("with Cisco in 2019", 10) is None
    True
    """
    m = AS_ROLE.match(text, pos)
    if m is None or (plural and not m.group(0).endswith("s")):
        return None
    role = AS_ROLES[m.group(2).lower()]
    return "founding-partner" if role == "partner" and (m.group(1) or "").lower().startswith("founding") else role
# (across a participle clause on where or when: "IoT Week 2017, held in Geneva, which ITU co-organized")
RELATIVE_OPEN = re.compile(NAME_END + r"(?:\s*,\s*(?:held|hosted|convened|organi[sz]ed|launched)\s+(?:in|on|at|during|from)\s+[^,;()]{1,60})?"
                           r"\s*(?:,\s*(?:which|that)|\s(?:which|that))\s+(?:the\s+)?")
JOINED_IN = re.compile(r"\s*,?\s*(?:in|on)\s+(?:the\s+|its\s+)?")
ITS_RELATIVE = re.compile(RELATIVE_OPEN.pattern + r"[^,;()]{0,60}")
NEW_CLAUSE = re.compile(r",\s+(?:[A-Z][\w\-]*\s+){1,3}(?:will|has|have|had|is|are|was|were|continues|continued|also"
                        # "Following the approval of the Questions by WTDC-17, BDT prepared together with TSB ..."
                        r"|(?!(?:held|hosted|organi[sz]ed|launched|led|chaired|convened|supported|funded)\b)[a-z]{3,}ed(?!\s+by\b))\b")
THROUGH = re.compile(r"\b(?:through|via|by\s+means\s+of)\s+(?:the\s+|its\s+)?$")
# verbs that make something new (not "organizations", "development")
NEW_THING = re.compile(r"\b(?:launch(?:es|ed|ing)?|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing)|set\s+up|develop(?:s|ed|ing)?|"
                       r"organi[sz](?:e|es|ed|ing)|publish(?:es|ed|ing)?|releas(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|sign(?:s|ed|ing))\b", re.I)


def closed_agent(text: str, s: int, start: int, end: int, cue_at: int) -> bool:
    """Whether the name at ``start:end`` is the agent of a passive whose clause closed before the cue
    at ``cue_at``: "G, proclaimed by the General Assembly ..., is led by UNIDO", "G1, which is led by
    G2, continued ..., with the participation of X" (not a participle right after the agent: "drafted
    by G, convened by ITU")."""
    if not AGENT_BEFORE.search(text, max(s, start - 40), start):
        return False
    gap = text[end:cue_at]
    return MAIN_VERB_AFTER.search(gap) is not None or (
        re.search(r",\s*(?:and\s+)?$", gap) is not None and not re.fullmatch(r"\s*(?:\([^()]{1,30}\))?\s*,\s*(?:and\s+)?", gap))


def passive_target(text: str, s: int, cue_at: int, list_end: int, groups: list[Mention],
                   ctx_group: Mention | None, e: int) -> tuple[Mention, str | None] | None:
    """The grouping a passive cue ("organized by X") is about, and a role override if any.

    The grouping named right before the cue; else, when the cue opens the sentence (a bullet
    "Co-organised by ..." under a head naming the grouping), the bullet's grouping; else, when the
    thing organised is unnamed and happens at a named event ("a consultation organized by X at the
    IGF"), X takes part in that event.
    """
    # "the convening by the United Nations Secretary-General of the Transforming Education Summit"
    after = [g for g in groups if g.start >= list_end]
    if after and re.fullmatch(r"\s*of\s+(?:the\s+)?", text[list_end : after[0].start]) and re.match(
            r"(?:the\s+)?(?:convening|hosting|chairing|organi[sz]ation)\s+by\s", text[cue_at : cue_at + 30]):
        return after[0], None
    # "ITU organized, jointly with UNDESA and GeSI, a side event entitled ...": partners set off after the
    # verb share its object, and organizing it with its subject makes them its co-organizers
    verb = INTERPOSED_AFTER_VERB.search(text, max(s, cue_at - 40), cue_at)
    if verb and after and re.fullmatch(r"\s*(?:\([^()]{1,20}\))?\)?\s*,\s*(?:[a-z\-]+\s+){0,4}?(?:entitled\s+|on\s+|called\s+)?[“\"‘]?", text[list_end : after[0].start]):
        return after[0], ("co-organizer" if re.match(r"(?:co-?)?(?:organi[sz]|host|conven)", verb.group(1), re.I) else None)
    # "organized events jointly with UN Women for International Women's Day": what the partner acted for
    if after and re.fullmatch(r"\s+for\s+(?:the\s+)?", text[list_end : after[0].start]):
        return after[0], None
    # "As suggested during the CWG-SFP, ITU will work with X ...": a grouping in another clause is not it
    # (nor the agent of another passive: "G, proclaimed by the General Assembly ..., is led by UNIDO")
    # (nor a venue a later clause goes past: "Giga, launched on the margins of the UN General Assembly,
    # is a joint initiative of"; but "at the seventh session of the G, organized by ECA" is about G)
    before = [g for g in groups if g.end <= cue_at and not NEW_CLAUSE.search(text, g.end, cue_at) and not DOCUMENT_AFTER.match(text, g.end)
              and not (VENUE_BEFORE.search(text, max(s, g.start - 40), g.start) and text[g.end : cue_at].strip(" ,"))
              and not closed_agent(text, s, g.start, g.end, cue_at)]
    # "The WSIS Forum 2016 (...), the first held after the WSIS+10 review, was hosted by X and co-organized
    # with Y": a grouping in an appositive of the sentence's subject is not what its verbs are about
    appositive = APPOSITIVE_TO_VERB.match(text, before[0].end, cue_at) if before and SUBJECT_OPENING.fullmatch(text, s, before[0].start) else None
    if appositive:
        before = [g for g in before if not before[0].end <= g.start < appositive.end()]
    if before:
        g = before[-1]
        gap = text[g.end : cue_at]
        # "At the ECOSOC Youth Forum (...), a session on ... was co-organized by X": X took part in the forum
        if AT_FRAME.match(text, s) and g.start - s <= 16 and len(gap) <= 200 and (
                UNNAMED_EVENT.search(gap) or UNNAMED_EVENT.match(text, list_end + len(text[list_end:]) - len(text[list_end:].lstrip()))):
            return g, "participant"  # also "At COP24, ITU co-organized with UNFCCC a session on ..."
        if len(gap) <= 90 and (not re.search(r"[;]|\b(?:which|that|who)\b", gap) or ITS_RELATIVE.fullmatch(gap)):
            if NOUN_BEFORE_PARTICIPLE.search(gap):
                return None  # "approved by the G, to the funding of the resident coordinator system managed by X": the system's
            return g, None
        # the sentence's subject: "SDG Digital Day will be co-led by ..., and with the support of BCG"
        g = before[0]
        gap = text[g.end : cue_at]
        if g.start - s <= 4 and len(gap) <= 260 and not re.search(r"[;]|\b(?:which|that|who)\b", gap):
            return g, None
        # "· The Early Warnings for All initiative (EW4All), launched by X ... to ensure that ..., is
        # spearheaded by": the main verb after a long clause on the subject
        if SUBJECT_EDITION.fullmatch(text, s, g.start) and len(gap) <= 260 and ";" not in gap and MAIN_VERB_AFTER_CLAUSE.search(gap):
            return g, None
    head = text[s:cue_at]
    if ctx_group is not None and (len(head.strip(" ·•-–:")) <= 3 or (ctx_group.start >= s and ctx_group.end <= cue_at)):
        return ctx_group, None
    if ctx_group is not None and not groups and ctx_group.end <= s and PRONOUN_START.match(text, s):
        return ctx_group, None  # "Hosted by ITU, it was prepared in collaboration with X": "it" is the topic
    after = [g for g in groups if g.start >= list_end]
    if after and AT_EVENT.match(text[list_end : after[0].start]):
        return after[0], "participant"

    if not before and after and after[0].start - list_end <= 3:
        return after[0], None
    if not before and after and cue_at - s <= 3 and re.match(r"[^;.]{0,60}?,\s+(?:the\s+)?(?:(?:19|20)\d\d\s+edition\s+of\s+(?:the\s+)?)?$",
                                                          text[list_end : after[0].start]):
        return after[0], None  # "Hosted by X in Atlanta, the 2019 edition of G was ...": the fronted cue's G
    if not before and after and FRONTED_BY_PARTICIPLE.match(text, s):
        # "Organized by ITU and XPRIZE, in partnership with some 20 UN agencies – among them UNICEF ...
        # – and with ACM, the Summit was ...": every partner of the fronted clause, its subject's
        subject = next((g for g in after if MAIN_SUBJECT_BEFORE.search(text, max(s, g.start - 40), g.start)), None)
        if subject is not None and not re.search(r"[;.]", text[list_end : subject.start]) and subject.start - s <= 500:
            return subject, None
    if ctx_group is not None and not groups and not NEW_THING.search(text, s, e):
        # "Raised over USD 22 million from partners including X" under a Giga heading; not when the
        # sentence makes something new ("in partnership with X, ITU launched ...")
        return ctx_group, None
    return None


# a verb, then a comma opening the partners it acted with: "ITU organized, jointly with"
INTERPOSED_AFTER_VERB = re.compile(r"\b([a-z\-]+ed)\s*,\s*$")
INTERPOSED_PARTNERS = re.compile(INTERPOSED_AFTER_VERB.pattern.removesuffix("$") + r"(?:together\s+|jointly\s+|along\s+)?with\s+(?:the\s+)?$")
# what may open a sentence before its subject: "The sixth Green Standards Week", "· The 2019 G"
SUBJECT_EDITION = re.compile(rf"[\s·•\-–]*(?:The\s+)?(?:(?:{ORDINAL}|(?:19|20)\d\d)\s+)?")


LEAD_IN = re.compile(
    r"\b(participat\w*|member\w*|involved|contribut\w*|co-?chair\w*|chair\w*|co-?lead\w*|lead\w*|support\w*|engag\w*"
    r"|co-?organi[sz]\w*|organi[sz]ed|hosted|convened)\b"
    r"[^:]{0,120}\b(?:following|these|include|includes|including|as\s+follows"
    # "ITU organized three regional summits in the period, each with regional partners:"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w\-]+\s+){0,3}?(?:summits|events|conferences|forums|meetings|workshops"
    r"|symposia|projects|initiatives|programmes|groups|networks|partnerships|mechanisms|campaigns))\b[^:]{0,80}:\s*$",
    re.I,
)
LEAD_IN_ROLES = [("co-chair", "co-chair"), ("cochair", "co-chair"), ("chair", "chair"), ("co-lead", "co-lead"), ("colead", "co-lead"),
                 ("lead", "lead"), ("member", "member"), ("support", "supporter"), ("contribut", "participant"),
                 ("co-organi", "co-organizer"), ("coorgani", "co-organizer"), ("organi", "convener"), ("convene", "convener"), ("host", "host")]

EDITION = re.compile(
    r"(?:\s*\([A-Z][\w\-]{1,12}\))?\s(?:(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)|(?P<event>(?:side\s+event|high-level\s+event)\b))"
)
ACRONYM_PAREN = re.compile(r"\s*\([A-Z][\w\-]{1,12}\)")

OTHER_HEAD = re.compile(
    r"\b(?:working\s+group|work\s*group|group|task\s+force|team|committee|meeting|project|initiative|programme|"
    r"session|event|workshop|webinar|report|study|survey|campaign|platform|network|mechanism|forum)s?\b",
    re.I,
)


AT_FRAME = re.compile(rf"\s*(?:At|During|On)\s+(?:the\s+|its\s+)?(?:(?:recent|latest|last|first|second|third|\d{{4}}|annual)\s+)*"
                      rf"(?:{ORDINAL}\s+(?:session|meeting)\s+of\s+(?:the\s+)?)?")
# "CSW67", "COP28", "LDC5": a numbered session of the body the letters name
NUMBERED_ACRONYM = re.compile(r"^([A-Z][A-Za-z]{1,9})[-\s]?(\d{1,3})$")
ORDINAL_BEFORE = re.compile(rf"\b({ORDINAL}\s+(?:(?:annual\s+)?(?:session|meeting)\s+of\s+(?:the\s+)?)?)$", re.I)


def reachable(between: str) -> bool:
    """Whether a verb reaches the grouping after it: not across another thing it could be about
    ("led the Virtual Meeting with the Interpretation Workgroup of the CEB" is not leading the CEB)."""
    between = re.sub(r"^\s*(?:reports|reported)\b", "", between)  # the verb itself ("reports on its work to the G")
    if len(between) > 160:
        return False
    if len(between) <= 120 and re.search(r"\b(?:meetings|sessions|events|bodies|mechanisms)\s+of\s+the\s+[a-z ]{0,50}\s[–—:]\s*(?:the\s+)?$", between):
        return True  # "took part in the preparatory meetings of the regional organizations – the APT ..., ...": those named
    if re.search(r"\b(?:events?|sessions?|webinars?|workshops?|panels?|dialogues?|roundtables?)\s+[“\"‘]$", between):
        return True  # "co-organized the virtual side event “...”": the quotes name the event itself
    if len(between) <= 90 and re.search(r"\b(?:set\s+up\s+|established\s+|created\s+)?(?:under|within)\s+(?:the\s+|its\s+)?$", between):
        return True  # "inputs to the discussion groups set up under the initiative": parts of it
    if NAMED_IN_QUOTES.search(between) and not OTHER_HEAD.search(NAMED_IN_QUOTES.sub("", between)):
        return True  # "co-organized a side-event on “The Era of ...”": the quotes name the event
    return len(between) <= 25 or not OTHER_HEAD.search(between)


NAMED_IN_QUOTES = re.compile(
    r"\b(?:[\w\-]+\s+(?:on|entitled|titled|called)\s+[“\"‘]|(?:project|programme|initiative|campaign)"
    r"(?:\s+(?:in|from|since)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)?\s+(?:on|entitled|titled|called))\s*$")


GROUP_LIST_GAP = re.compile(
    r"^(?:\s|,|;|\(|\)|\band\b|&|\bas\s+well\s+as(?:\s+(?:at|in))?\b|\b(?:first|second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th))\b|\bthe\b|\bits\b|\bin\s+particular\b|\bsuch\s+as\b|\bincluding\b"
    r"|\b(?:meetings?|sessions?|organi[sz]ation|work)\s+of\b|\bsubsidiary\s+bodies\b|\bnamely\b|\bnotably\b|\bother\b|\bor\b|\bannual\b|\band\s+to\b|\d{4}|\([^()]{1,60}\)"
    # "the work of the General Assembly at its seventy-fifth session, which was held online, of ECOSOC
    # and of its functional commissions, notably the CSTD": the list goes on through its sessions
    rf"|\bat\s+its\s+{ORDINAL}\s+session\b|(?:,\s*|\band\s+)of\b(?=\s+(?:the\s+|its\s+)?(?:functional\s+commissions|subsidiary\s+bodies|[A-Z])|\s*$)"
    r"|\bfunctional\s+commissions\b|,\s*which\s+(?:was|were)\s+(?:held|conducted)\b[^,;()]{0,60}(?=,)"
    # "a member of the EMG, which is chaired by the Executive Director of UNEP, and of the G"
    r"|,\s*which\s+(?:is|was|are|were|has|have)\s+[^,;()]{1,80}?(?=,\s*and\s+of\s)"
    # "in the CEB and in its two high-level committees, HLCP and HLCM, as well as in the UNSDG"
    r"|\band\s+in\b|\b(?:its|their)\s+(?:two|three|four|five|six|\d)\s+(?:[\w\-]+\s+)?(?:committees|bodies|networks|working\s+groups|commissions)\b"
    # "the work of the General Assembly at its seventy-first session, in particular that of the Second Committee"
    r")*(?:,\s*(?:in\s+particular|notably|especially)\s+(?:that|those)\s+of\s+(?:the\s+|its\s+)?)?$",
    re.I,
)


def coordinated_names(text: str, groups: list[Mention], first: Mention | None) -> list[Mention]:
    """Groupings listed after ``first`` ("meetings of UNGA, ECOSOC and its subsidiary bodies, the CSTD ...")."""
    if first is None or first not in groups:
        return []
    out: list[Mention] = []
    prev = first
    for g in groups[groups.index(first) + 1 :]:
        if g.start < prev.end:
            continue
        if not GROUP_LIST_GAP.match(text[prev.end : g.start]):
            break
        if re.search(r",\s*and\b", text[prev.end : g.start]) and GROUPING_SUBJECT.match(text, g.end):
            break  # "... partners of the Summit, and the UN Network on Youth helped relay": a new clause's subject
        if g.key != first.key:
            out.append(g)
        prev = g
    return out


MAIN_VERB_AFTER_CLAUSE = re.compile(r",\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|jointly\s+|now\s+)?$")
GOVERNING_PART = re.compile(r"(?:steering|executive|management|advisory|coordinating|governing)\s+(?:committee|board|group|council)\s+of\b", re.I)
# a relative clause between a verb and a grouping: the grouping is the clause's ("..., which follows
# the work of the General Assembly")
RELATIVE_BETWEEN = re.compile(r",\s*(?:which|who)\s")


def relative_between(text: str, pos: int, end: int) -> bool:
    """Whether a relative clause about something other than the list ending at ``pos`` opens before
    ``end`` ("X coordinates relations with the UN, with the support of Y, which follows the G"; not
    "ITU, IEC and ISO, which together form the G", "BR, which organizes the G")."""
    m = RELATIVE_BETWEEN.search(text, pos, end)
    return m is not None and re.fullmatch(r"\s*(?:\([^()]{1,20}\))?\s*", text[pos : m.start()]) is None
AGENT_BEFORE = re.compile(r"\b(?:[a-z]{3,}ed|led|run|held)\s+by\s+(?:the\s+)?$")
# a main verb after a comma: the clause before it (an appositive, a participle clause) has closed
MAIN_VERB_AFTER = re.compile(r",\s+(?:is|are|was|were|has|have|had)\b")
# "co-organized with the IoT Forum": a partner, not what was organized
CO_VERB_WITH = re.compile(r"\bco-?[a-z]+ed\s+with\s+(?:the\s+)?$")
PARTNER_BEFORE = re.compile(r"\b(?:together|jointly|along)\s+with\b[^,;.]*$|" + CO_VERB_WITH.pattern)
# a lower-case noun phrase right before a participle, no comma between: the participle is about it
NOUN_BEFORE_PARTICIPLE = re.compile(r"\b(?:of|to|for|on|in|with)\s+(?:the|a|an|its|their)\s+(?:[a-z][\w\-]*\s+){0,4}(?!(?:was|were|is|are|been|be|and|or|also|jointly|currently|now)\s)[a-z][\w\-]*\s+$")
# the subject, set off by an appositive, then its passive verb: ", the first held after the G, was "
# (or a participle clause: "G (JCA-AHF), hosted by ITU-T Study Group 16, counts among its participants")
APPOSITIVE_TO_VERB = re.compile(r"\s*(?:\([^()]{0,80}\))?\s*,\s+(?:the|a|an|one|[a-z]{3,}ed|held|led|run|set\s+up)\s+[^;:()]{0,120}?,\s+"
                                r"(?:(?:was|were|is|are|has\s+been|have\s+been|will\s+be)\b|$)")
# what may open a sentence before its subject grouping: "The global celebration of the G"
SUBJECT_OPENING = re.compile(r"[\s·•\-–]*(?:(?:The|the)\s+)?(?:(?:[a-z\-]+\s+){1,3}of\s+(?:the\s+)?)?")


# "It contributed to", "It also organized": a subject pronoun and a verb of doing (not "It is held", "It was")
IT_DOES = re.compile(r"\s*(It)\s+(?:also\s+|further\s+|then\s+|has\s+(?:also\s+)?|had\s+|continued\s+to\s+|continues\s+to\s+)*"
                     r"(?!is\b|was\b|has\s+been\b|had\s+been\b)(?:[a-z]{3,}ed|[a-z]{3,}s|took|led|held|co-[a-z]+)\b")


def coordinated_before(text: str, groups: list[Mention], target: Mention, cue_at: int) -> list[Mention]:
    """Groupings listed before ``target`` and sharing a plural passive verb with it ("The G1 (Geneva,
    May 2022) and the G2 were co-organized by X")."""
    if target not in groups or not re.search(r"\b(?:were|are|have\s+been)\b", text[target.end : cue_at]):
        return []
    out: list[Mention] = []
    nxt = target
    for g in reversed(groups[: groups.index(target)]):
        if g.end > nxt.start:
            continue
        if not GROUP_LIST_GAP.match(text[g.end : nxt.start]) or not re.search(r"[,&]|\band\b", text[g.end : nxt.start]):
            break
        if g.key != target.key:
            out.append(g)
        nxt = g
    return out


def anothers_office(text: str, s: int, cue_at: int) -> bool:
    """The role noun at ``cue_at`` names someone else's office: "with the Chair of the G", "by Chair
    of the G", "reports of the Chair of G" (not the subject's own role)."""
    return bool(SOMEONE_ELSES.search(text, max(s, cue_at - 20), cue_at) or (
        text[cue_at].isupper() and re.search(r"\b(?:by|of)\s+(?:the\s+)?$", text[max(s, cue_at - 10) : cue_at])))


def heads_name(head: str, name: str) -> bool:
    """``head`` ("commission", "group") is the head word of ``name``, or the last word of it."""
    hw = head_word(name)
    return hw == head or hw.endswith(" " + head)


def head_word(name: str) -> str:
    """The head word of a name: the last one before its topic ("Conference Coordination Group" is a
    group; "Working Group on Digital Health" a working group; "Forum on Science, Technology and
    Innovation" a forum).

    Examples
    --------
    >>> head_word("Conference Coordination Group"), head_word("Broadband Commission for Sustainable Development")
    ('group', 'commission')
    """
    low = name.lower()
    core = re.split(r"\s(?:on|for|of|against|to)\s", low, maxsplit=1)[0]
    best, at = "", -1
    for h, rx in HEAD_PATTERNS:
        for m in rx.finditer(core):
            if m.end() > at:
                best, at = h, m.end()
    if best:
        return best
    return next((h for h, rx in HEAD_PATTERNS if rx.search(low)), "")


# the grouping head words, longest first, each as a whole-word pattern (compiled once: the head word
# is looked up for every anaphor's candidates)
HEAD_PATTERNS = tuple((h, re.compile(rf"\b{re.escape(h)}\b")) for h in sorted(GROUPING_HEADS, key=len, reverse=True))


VERB_START = re.compile(
    r"^\W*(?:also\s+|actively\s+|continued\s+to\s+|continues\s+to\s+|currently\s+)*(?:participat|contribut|co-?chair|chair|co-?lead|lead|led|member|provid|organi[sz]|co-?organi[sz]|host|support|collaborat|attend|join|engag|steering|took|holds|serves|acted)",
    re.I,
)


def starts_with_verb(text: str, s: int, upto: int) -> bool:
    return bool(VERB_START.match(text[s:upto + 40]))


# a cue opening a sentence before an organization list, and the verb of the clause that follows
FRONTED_CUE = re.compile(
    r"(?:^|[.;:]\s+|\n\s*|\t|\d\s+|,\s+|[·•▪]\s*)(?:[Ii]n\s+(?:close\s+)?(?:cooperation|collaboration|partnership|coordination)\s+with|"
    r"(?:Together|Jointly|Along|together|jointly|along)\s+with|With(?:\s+(?:the\s+)?(?:financial\s+)?support\s+(?:of|from))?)\s+(?:the\s+)?$")
# "Together with UNICEF, ITU launched", "In April 2020, jointly with the World Bank, ITU launched"
FRONTED_WITH = re.compile(r"\W*(?:(?:In|On|Since|During)\s+[^,;]{1,30},\s*)?(?:(?:[Tt]ogether|[Jj]ointly|[Aa]long)\s+with|With)\s+(?:the\s+)?")
FINITE_VERB = re.compile(r"\s+(?:(?:has|have|had|also|jointly|will|then|now|currently)\s+)*(?:co-)?[a-z]{3,}(?:ed|es|s)\b(?!\s+by\b)")
PARTICIPLE_BY = re.compile(r",\s*[a-z]{3,}ed\s+(?:jointly\s+)?by\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}$")
CLAUSE_VERB = re.compile(r"\s+(?:(?:has|have|had|also|jointly|will|then|successfully)\s+)*(?:co-)?[a-z]{3,}(?:ed|es|s)\b(?!\s+(?:by|with)\b)")


def org_lists(text: str, orgs: list[Mention], places: frozenset[str] = frozenset()) -> list[list[Mention]]:
    """Group organization mentions into coordinated lists ("FAO, ILO and UNDP"); a country named among
    them ("ITU, Germany’s BMZ, Estonia and DIAL") does not break the list."""
    lists: list[list[Mention]] = []
    last_end = 0  # end of the last mention joined, counting a repeated acronym ("WHO (WHO)")
    closed = False  # the list has had its "and": "with EIF and UNOPS, ITU launched" starts a new one
    fronted = False  # the list opens the sentence after a cue: "In cooperation with UNECE, ITU organized"
    for m in orgs:
        if lists and (m.start, m.end) == (lists[-1][-1].start, lists[-1][-1].end) and m.rule == "counted-back-reference":
            if m.key not in {x.key for x in lists[-1]}:
                lists[-1].append(m)  # "the three organizations": each of them
            continue
        gap = text[last_end : m.start] if lists else ""
        if places and gap:
            gap = PLACE_IN_LIST.sub(lambda w: "" if place_key(w.group(1)) in places else w.group(0), gap)
        comma = re.fullmatch(r"\s*\)?\s*(?:\([^)]*\))?\s*,\s*", gap) is not None
        # ("With UNDP we launched G": the report's "we" opens the clause, it is no item of the list before)
        opens_clause = m.rule == "own-we" and not re.search(r"\band\b|&", gap)
        # "In the EMG, chaired by the Executive Director of UNEP, ITU co-leads ...": after a participle
        # clause, a comma and an organization with its verb open the main clause
        if lists and comma and FINITE_VERB.match(text, m.end) and PARTICIPLE_BY.search(text, max(0, lists[-1][0].start - 60), lists[-1][0].start):
            opens_clause = True
        if lists and m.start >= last_end and LIST_GAP.match(gap) and not opens_clause and not (closed and comma) and not (
                fronted and comma and len(lists[-1]) == 1 and CLAUSE_VERB.match(text, m.end)):
            if m.key not in {x.key for x in lists[-1]}:
                lists[-1].append(m)
                if re.search(r"\bincluding\b|\bsuch\s+as\b|\bnamely\b|\be\.g\.|\(\s*$", gap):
                    closed = False  # "ANSI and other organizations including WHO, FAO, UNESCO"
                else:
                    closed = closed or re.search(r"\band\b|&|\bas\s+well\s+as\b", gap) is not None
            last_end = max(last_end, m.end)
            continue
        closed = False
        if lists and m.start < last_end:
            continue
        fronted = FRONTED_CUE.search(text, max(0, m.start - 60), m.start) is not None
        lists.append([m])
        last_end = m.end
    return lists


PLACE_IN_LIST = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?:['’]s)?\b")


def pairs_within(lst: list[Mention]) -> Iterator[tuple[str, str]]:
    """Every pair of distinct organizations of one list."""
    for x in range(len(lst)):
        for y in range(x + 1, len(lst)):
            if lst[x].key != lst[y].key:
                yield lst[x].key, lst[y].key


def pairs_across(one: list[Mention], other: list[Mention]) -> Iterator[tuple[str, str]]:
    """Every pair of distinct organizations, one from each list."""
    return ((a.key, b.key) for a in one for b in other if a.key != b.key)


def direct_pairs(text: str, lists: list[list[Mention]], sent_end: int) -> Iterator[tuple[str, str]]:
    for i, lst in enumerate(lists):
        le = lst[-1].end
        if i + 1 < len(lists):
            between = text[le : lists[i + 1][0].start]
            direct = DIRECT_BETWEEN.match(between) is not None
            if direct or DIRECT_CATEGORY.match(between):
                if direct:
                    yield from pairs_within(lst)  # "ITU, IEC and ISO are working closely with OHCHR": together too
                yield from pairs_across(lst, lists[i + 1])
                # "...cooperation with Regional Organizations (APT, ATU); broadcasting organizations (ABU, EBU)"
                j = i + 1
                while j + 1 < len(lists) and CATEGORY_NEXT.match(text[lists[j][-1].end : lists[j + 1][0].start]):
                    yield from pairs_across(lst, lists[j + 1])
                    j += 1
                continue
        if len(lst) >= 2:
            nxt = lists[i + 1][0].start if i + 1 < len(lists) else sent_end
            prev = lists[i - 1][-1].end if i > 0 else max(0, lst[0].start - 60)
            if JOINT_ACTION.match(text[le:nxt]) or JOINT_AGENTS.search(text[prev : lst[0].start]):
                yield from pairs_within(lst)
