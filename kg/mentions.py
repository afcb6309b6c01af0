"""Stage 2: text → mentions of organizations and groupings.

Organizations are found by name, acronym and alias from the registry (token matching, tolerant of
case, hyphen/space and apostrophe variants, possessives and line breaks, never inside a longer
hyphenated name), and discovered from definitions ("Full Name (ACRONYM)") and known name forms
("Office of ...", "... Foundation"). Groupings (initiatives, mechanisms, events, processes) are found
from the registry, from names with a head word ("... Task Force on ...", "... Coalition"), from
definitions with acronyms, and from anaphora ("the Commission" after "Broadband Commission ...").

Invariant: every mention's ``text`` is ``report_text[start:end]`` (masked markers aside).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kg.ids import name_key, slug

_TOKEN = re.compile(r"[A-Za-z0-9À-ÖØ-öø-ÿ]+|&")
_SOFT_SEP = re.compile(r"^[\s\-–‐’'.@+]{0,3}$|^\s*&\s*$|^,\s{1,2}$")
# the gap around an inner acronym of a name: "Intelligence (AI) and"
_ACRONYM_GAP = re.compile(r"\s\(([A-Z][A-Za-z0-9&\-]{1,10})\)\s")
_PAREN_SEP = re.compile(r"^\s?\(\s?$|^\s?\)\s?$")

# Words that head a grouping name; "Group" also covers "Working Group", "Focus Group".
GROUPING_HEADS: dict[str, str] = {
    "initiative": "initiative", "initiatives": "initiative", "partnership": "partnership",
    "programme": "programme", "program": "programme", "network": "network", "group": "working-group",
    "task force": "task-force", "taskforce": "task-force", "coordination activity": "working-group", "team": "working-group", "committee": "committee",
    "coalition": "coalition", "forum": "forum", "summit": "summit", "symposium": "event", "cyberdrill": "event", "cyberdrills": "event",
    "commission": "committee", "platform": "platform", "alliance": "coalition", "board": "board",
    "campaign": "initiative", "conference": "conference", "dialogue": "event", "week": "event",
    "day": "event", "challenge": "initiative", "compact": "process", "facility": "programme",
    "project": "project", "series": "event", "roundtable": "event", "consortium": "coalition",
    "mechanism": "mechanism", "council": "committee", "body": "committee", "awards": "event",
    "prizes": "event", "festival": "event", "accelerator": "programme", "hub": "platform",
    "agenda": "process", "process": "process", "decade": "initiative",
    "meeting": "event", "workshop": "event", "track": "initiative", "movement": "initiative",
    "cluster": "mechanism", "assembly": "event", "congress": "event", "session": "event",
    "workgroup": "working-group", "work group": "working-group", "seminars": "event", "workshops": "event", "meetings": "event", "webinars": "event", "symposia": "event",
    "conferences": "event", "forums": "event", "fora": "event", "summits": "event", "dialogues": "event",
    "panel": "committee", "subcommittee": "committee", "sub-committee": "committee", "action line": "initiative",
    "collaboration": "partnership", "cooperation": "partnership", "community": "network",
}
ORG_HEADS = (
    "organization", "organisation", "association", "foundation", "union", "agency", "institute",
    "institution", "office", "bank", "fund", "centre", "center", "university", "secretariat",
    "ministry", "authority", "department", "federation", "corporation", "company",
    "bureau", "academy", "administration", "telecom", "group plc",
)
_CONNECT = {"of", "for", "on", "and", "the", "in", "to", "&", "against", "with", "de", "la", "des", "du", "et", "sur", "a",
            "bin", "bint", "al", "van", "von", "der", "für", "zur", "und", "del", "y"}
_LEFT_CONNECT = {"of", "for", "on", "and", "&", "de"}
_STOP_START = {
    "The", "This", "These", "That", "Its", "Their", "Our", "A", "An", "In", "On", "At", "As", "By", "For",
    "Through", "Under", "With", "From", "Since", "During", "Following", "Also", "And", "Both", "Each",
    "Other", "All", "Some", "Several", "Many", "New", "Annual", "Such", "Key", "Main", "Various", "Ongoing",
    "Every", "Regional", "National", "Global", "Joint", "Relevant",
}
_KEEP_START = {"Global", "Joint", "Regional", "National", "International", "Annual", "New"}
_ANAPHORA_LOWER = ("initiative", "partnership", "programme", "coalition", "commission", "forum", "summit",
                   "platform", "alliance", "campaign", "project", "task force", "network", "facility", "group",
                   "committee", "event", "track")
_ANAPHORA = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z][a-z\-]+\s+)?("
    + "|".join(sorted((re.escape(h.title()) for h in GROUPING_HEADS), key=len, reverse=True))
    + "|Event|" + "|".join(_ANAPHORA_LOWER) + r")\b"
)
# "(ISWA)"; also "(COP24, Katowice, December 2018)": an acronym, then a place or date
_DEFINITION = re.compile(r"\(([A-Z][A-Za-z0-9&\-–/.]{1,14}(?:\s[A-Z0-9][A-Za-z0-9\-]{0,8})?)(?:\)|(,\s[^()\n]{1,80})\))")


@dataclass(frozen=True, slots=True, order=True)
class Mention:
    """A name found in the text: ``key`` is ``org:ID`` or ``grouping:slug``."""

    start: int
    end: int
    kind: str  # "org" | "grouping"
    key: str
    text: str
    discovered: bool = False
    category: str = ""  # grouping kind or organization category, when known
    acronym: str | None = None
    rule: str = ""


@dataclass(frozen=True, slots=True)
class _Form:
    key: str
    kind: str
    tokens: tuple[str, ...]
    exact: str | None  # case-sensitive surface for single-token acronyms
    category: str
    comma: bool = False  # the name itself has a comma ("United Nations Educational, Scientific ...")
    paren: bool = False  # the name spells out inner acronyms ("Focus Group on Artificial Intelligence (AI) and ...")


def _capitalised(word: str) -> bool:
    """A word that can be part of a name: capitalised, a number, or camel case ("eCommerce")."""
    first = word[:1]
    if first.isupper() or first.isdigit():
        return True
    # camel case: one or two lower-case letters, then a capital (on the hot path: no regular expression)
    return len(word) > 2 and first.islower() and (word[1].isupper() or (word[1].islower() and word[2].isupper()))


def _trim_connectors(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A token run without the connectors it ends on ("Kaleidoscope and" is "Kaleidoscope")."""
    while words and words[-1][2] in _CONNECT:
        words = words[:-1]
    return words


def tokens(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Word tokens of ``text[start:end]`` with their offsets.

    Examples
    --------
    >>> [t for _, _, t in tokens("ITU’s UN-Women")]
    ['ITU', 's', 'UN', 'Women']
    """
    end = len(text) if end is None else end
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


class Lexicon:
    """Surface forms of known names (organizations and groupings), matched over tokens.

    Invariant: a form maps to exactly one key; the longest form wins at each position.

    Examples
    --------
    >>> lx = Lexicon()
    >>> lx.add("ITU", "org:ITU", "org")
    >>> lx.add("ITU-T", "org:ITU-T", "org")
    >>> [m.key for m in lx.find("ITU-T and ITU’s partners")]
    ['org:ITU-T', 'org:ITU']
    """

    def __init__(self) -> None:
        self._forms: dict[tuple[str, ...], list[_Form]] = {}
        self._by_first: dict[str, list[int]] = {}
        self.max_len = 1

    def copy(self) -> Lexicon:
        """An independent copy (a report adds its own definitions to a copy)."""
        lx = Lexicon()
        lx._forms = {k: list(v) for k, v in self._forms.items()}
        lx._by_first = {k: list(v) for k, v in self._by_first.items()}
        lx.max_len = self.max_len
        return lx

    def add(self, surface: str, key: str, kind: str, category: str = "") -> None:
        toks = tuple(t.lower() for _, _, t in tokens(surface))
        if not toks:
            return
        if len(toks) == 1 and len(toks[0]) <= 2 and not surface.isupper():
            return
        exact = None
        if len(toks) == 1 and any(c.isupper() for c in surface[1:]) or (len(toks) == 1 and len(surface) <= 5):
            exact = re.sub(r"[^A-Za-z0-9À-ÖØ-öø-ÿ&]", "", surface)
        form = _Form(key, kind, toks, exact, category, "," in surface, "(" in surface)
        bucket = self._forms.setdefault(toks, [])
        same = [k for k, f in enumerate(bucket) if f.key == key and f.exact == exact]
        if not same:
            bucket.append(form)
        elif form.paren and not bucket[same[0]].paren:
            bucket[same[0]] = form
        elif form.comma and not bucket[same[0]].comma:
            bucket[same[0]] = form  # "Be Healthy, Be Mobile" also allows the comma-less spelling
        lens = self._by_first.setdefault(toks[0], [])
        if len(toks) not in lens:
            lens.append(len(toks))
            lens.sort(reverse=True)
        self.max_len = max(self.max_len, len(toks))

    def _match_at(self, text: str, toks: list[tuple[int, int, str]], i: int,
                  lows: list[str] | None = None) -> tuple[int, _Form] | None:
        first = toks[i][2].lower() if lows is None else lows[i]
        for n in self._by_first.get(first, ()):
            if i + n > len(toks):
                continue
            window = toks[i : i + n]
            key = tuple(lows[i : i + n]) if lows is not None else tuple(t.lower() for _, _, t in window)
            forms = self._forms.get(key)
            if not forms:
                continue
            gaps = [text[window[k][1] : window[k + 1][0]] for k in range(n - 1)]
            # "Digital Transformation Centres (DTC) Initiative": the acronym the name defines before
            # its head word is no gap in it
            gaps = [" " if (a := _ACRONYM_GAP.fullmatch(g)) and a.group(1)[0] == window[0][2][0] else g for g in gaps]
            hard = not all(_SOFT_SEP.match(g) for g in gaps)
            if hard and not all(_SOFT_SEP.match(g) or _PAREN_SEP.match(g) for g in gaps):
                continue
            has_comma = any("," in g for g in gaps)
            surface = text[window[0][0] : window[-1][1]]
            for f in forms:
                if has_comma and not f.comma or hard and not f.paren:
                    continue
                if f.exact is not None:
                    if surface.replace("-", "").replace("–", "") in (f.exact, f.exact.upper()) or surface == f.exact:
                        return n, f
                elif _capitalised(surface) or (
                        n >= 4 and sum(1 for _, _, t in window if t[:1].isupper()) >= 2):
                    return n, f  # "the office of the UN Secretary General": a long name, lower-case first word
        return None

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Mention]:
        """Every known name in ``text[start:end]``, left to right, longest first."""
        toks = tokens(text, start, end)
        lows = [t.lower() for _, _, t in toks]
        out: list[Mention] = []
        i = 0
        while i < len(toks):
            hit = self._match_at(text, toks, i, lows) if lows[i] in self._by_first else None
            if hit is None:
                i += 1
                continue
            n, form = hit
            if lows[i] == "the" and i + 1 < len(toks):
                # "The United Nations Group on the Information Society": a form with its article
                # ("the United Nations") gives way to a longer name after the article
                after = self._match_at(text, toks, i + 1, lows) if lows[i + 1] in self._by_first else None
                if after is not None and after[0] >= n:
                    i += 1
                    continue
            s, e = toks[i][0], toks[i + n - 1][1]
            # never inside a longer hyphenated name: "UNU-CS" is not "UNU" (unless "UNU-UNITAR")
            if _hyphen_glued(text, s, e) and not self._glued_to_known(text, toks, i, n):
                i += n
                continue
            out.append(Mention(s, e, form.kind, form.key, text[s:e], category=form.category, rule="lexicon"))
            i += n
        return self._across_defined_acronyms(text, toks, out)

    def _across_defined_acronyms(self, text: str, toks: list[tuple[int, int, str]], found: list[Mention]) -> list[Mention]:
        """Known names with the acronym they define before their head word: "Digital Transformation
        Centres (DTC) Initiative" is the known "Digital Transformation Centres Initiative"."""
        for a, (s, e, w) in enumerate(toks):
            if not (0 < a < len(toks) - 1 and text[s - 1 : s] == "(" and text[e : e + 2] == ") " and w[:1].isupper()
                    and toks[a + 1][2][:1].isupper() and toks[a + 1][0] == e + 2):
                continue
            rest = toks[:a] + toks[a + 1 :]
            for i in range(max(0, a - 6), a):
                hit = self._match_at(text, rest, i)
                if hit is None or i + hit[0] <= a:
                    continue
                n, form = hit
                ms, me = rest[i][0], rest[i + n - 1][1]
                found = [m for m in found if m.end <= ms or m.start >= me]
                found.append(Mention(ms, me, form.kind, form.key, text[ms:me], category=form.category, rule="lexicon"))
                break
        return sorted(found, key=lambda m: (m.start, m.end))

    def _glued_to_known(self, text: str, toks: list[tuple[int, int, str]], i: int, n: int) -> bool:
        before_ok = True
        after_ok = True
        s, e = toks[i][0], toks[i + n - 1][1]
        if s >= 2 and text[s - 1] in "-–" and text[s - 2].isalnum():
            before_ok = False
            for back in range(1, min(self.max_len, i) + 1):
                if self._match_at(text, toks, i - back) is not None:
                    before_ok = True
                    break
        if e + 1 < len(text) and text[e] in "-–" and text[e + 1].isalnum():
            after_ok = i + n < len(toks) and self._match_at(text, toks, i + n) is not None
        return before_ok and after_ok


def _hyphen_glued(text: str, s: int, e: int) -> bool:
    """A name glued by a hyphen to a longer one ("UNU" in "UNU-CS"), not to an adjective ("WFP-led")."""
    after = re.match(r"[-–]([a-z]+)\b", text[e : e + 14])
    return (s >= 2 and text[s - 1] in "-–" and text[s - 2].isalnum()) or (
        e + 1 < len(text) and text[e] in "-–" and text[e + 1].isalnum() and not (after and after.group(1) in _HYPHEN_ADJECTIVES)
    )


def grouping_key(name: str) -> str:
    """The node key of a grouping from its name.

    Examples
    --------
    >>> grouping_key("the Broadband Commission for Sustainable Development")
    'grouping:broadband-commission-for-sustainable-development'
    """
    name = re.sub(r"^(?:the|The)\s+", "", name.strip())
    return f"grouping:{slug(name)}"


def _head_kind(words: list[str]) -> str | None:
    low = [w.lower() for w in words]
    for size in (2, 1):
        for k in range(len(low) - size, -1, -1):
            cand = " ".join(low[k : k + size])
            if cand in GROUPING_HEADS and words[k][:1].isupper():
                return GROUPING_HEADS[cand]
    return None


_GENERIC = set(ORG_HEADS) | {
    "specialized", "specialised", "sector", "sectors", "member", "members", "state", "states", "national",
    "regional", "international", "development", "strategic", "plan", "operational", "goals", "un", "united",
    "nations", "venture", "global", "new", "joint", "its", "their", "our", "sister", "agencies", "offices",
    "funds", "programmes", "country", "countries", "field", "liaison", "technical", "legal", "ict", "icts",
    "inter", "intra", "multi", "sub", "non", "cross",  # "Inter-agency" is no organization's name
}


_SCHOOL_HEADS = {"university", "institute", "college", "school", "academy"}


def _office_of(words: list[str]) -> bool:
    """A name opening with an office of government and its remit: "Ministry of ...", "Federal
    Ministry of ...", "Office of ..."."""
    low = [w.lower() for w in words]
    return len(low) > 2 and any(low[m] in ("office", "ministry", "department", "bureau") and low[m + 1] == "of"
                                for m in range(min(2, len(low) - 2)))


def _is_org_name(words: list[str]) -> bool:
    low = [w.lower() for w in words]
    if all(w in _GENERIC or w in _CONNECT for w in low):
        return False
    if _office_of(words):
        return True  # "Ministry of ...", "Federal Ministry of ..."
    # a regulator: "Nigerian Communications Commission", "Telecommunications Regulatory Commission of Sri Lanka"
    if len(low) >= 2 and "commission" in low[1:] and low[low.index("commission", 1) - 1] in (
            "communications", "communication", "telecommunications", "telecommunication", "regulatory", "broadcasting"):
        return "broadband" not in low
    if any(w in GROUPING_HEADS for w in low[:-1]):
        return False
    # "Nanjing University of Posts and Telecommunications", "Georgia Institute of Technology"
    if low[-1] not in GROUPING_HEADS and any(low[k] in _SCHOOL_HEADS and low[k + 1] == "of" for k in range(min(3, len(low) - 2))):
        return True
    return low[-1] in ORG_HEADS and "of" not in low[:-1]


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
           "sept", "oct", "nov", "dec"}
_LEAD_STOP = _STOP_START | {
    "See", "Launched", "Organized", "Organised", "Co", "Supported", "Led", "Hosted", "Moreover",
    "Furthermore", "Additionally", "Notably", "Currently", "Recently", "Together", "Chairmanship",
    "Chair", "Member", "Members", "Within", "Via", "Between", "Among", "Across", "Upon", "After",
    "Before", "Further", "Collaboration", "Cooperation", "Partnership", "Support", "Participation",
    "Contribution", "Collaborated", "Participated", "Attended", "Contributed", "Provided", "Held",
    "Continued", "Developed", "Established", "Created", "When", "While", "Where", "If", "Although",
    "ITU’s", "Their", "His", "Her", "Two", "Three", "Four", "Five", "Six", "Several", "Most", "More",
}


_GENERIC_GROUP_WORDS = {"regional", "global", "joint", "working", "study", "focus", "rapporteur", "expert", "experts",
                        "new", "annual", "international", "national", "technical", "thematic", "ad", "hoc",
                        "steering", "advisory", "first", "second", "third", "virtual", "wide", "system"}
_LOWER_HEADS = {"initiative", "programme", "program", "project", "track", "coalition", "platform", "network",
                "partnership", "campaign", "series", "facility", "challenge", "alliance", "team", "event", "summit",
                "forum", "dialogue", "roundtable", "consultation", "consultations", "webinar", "meeting",
                "events", "initiatives", "programmes", "projects", "webinars", "meetings"}
for _h in ("consultation", "consultations", "webinar"):
    GROUPING_HEADS.setdefault(_h, "event")
# (not "coordination" of "coordination activity": "Conference Coordination Group" has content words)
_HEAD_WORDS = frozenset(w for h in GROUPING_HEADS for w in h.split()) - {"coordination"}
# lower-case kind words that are not part of the name they follow
_KIND_WORDS = {"initiative", "programme", "program", "project", "campaign", "series"}
_BODY_HEADS = {"group", "Group", "team", "Team", "committee", "Committee", "board", "Board", "panel", "Panel",
               "council", "Council", "network", "Network", "Force"}
# lower-case kind words after a name ("the Giga initiative", "the ITU Academy platform"), and with
# the bodies, the lower-case head words that end a name ("TES team", "AI for Road Safety initiative")
KIND_TAILS = frozenset({"initiative", "programme", "program", "project", "campaign", "coalition", "alliance",
                        "partnership", "platform", "facility", "series"})
_NAME_ENDING_LOWER_HEADS = KIND_TAILS | {"committee", "team", "group", "track"}


def _topic_series(toks: list[tuple[int, int, str]], i: int, j: int) -> bool:
    """After a head word and its "on"/"for", a comma that continues the topic: "X, Y and Z"."""
    words = [t for _, _, t in toks[i : j + 1]]
    # (also a ministry's portfolios: "Ministry of Science, Technology and Telecommunications")
    if not _office_of(words) and not any(w.lower() in ("on", "for") and k > 0 and words[k - 1].lower() in GROUPING_HEADS for k, w in enumerate(words)):
        return False
    nxt = [t for _, _, t in toks[j + 1 : j + 4]]
    return len(nxt) == 3 and nxt[0][:1].isupper() and nxt[1] == "and" and nxt[2][:1].isupper()


_HYPHEN_ADJECTIVES = {"led", "based", "funded", "run", "driven", "supported", "hosted", "owned", "sponsored", "focused",
                      "related", "specific", "wide", "managed", "backed", "organized", "organised", "financed"}


def _series_before_head(toks: list[tuple[int, int, str]], i: int, j: int) -> bool:
    """A name opening with "A, B and C" before its head word: "Security, Infrastructure and Trust
    Working Group" (one word before the comma, and a head word within three words of the last)."""
    if j != i:
        return False
    nxt = [t for _, _, t in toks[j + 1 : j + 7]]
    if len(nxt) < 4 or not (nxt[0][:1].isupper() and nxt[1] == "and" and nxt[2][:1].isupper()):
        return False
    return any(w.lower() in GROUPING_HEADS and w[:1].isupper() for w in nxt[3:6])


def _runs(text: str, toks: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Runs of capitalised words joined by name connectors: (first, last) token indexes."""
    runs = []
    i = 0
    while i < len(toks):
        w = toks[i][2]
        # "m-Powering Development Initiative", "e-Agriculture Community of Practice": a one-letter prefix
        lettered = (len(w) == 1 and w.islower() and i + 1 < len(toks) and text[toks[i][1] : toks[i + 1][0]] == "-"
                    and _capitalised(toks[i + 1][2]))
        if (not _capitalised(w) and not lettered) or w.lower() in _MONTHS:
            i += 1
            continue
        j = i
        while j + 1 < len(toks):
            gap = text[toks[j][1] : toks[j + 1][0]]
            nxt = toks[j + 1][2]
            if gap == ", " and (_topic_series(toks, i, j) or _series_before_head(toks, i, j)):
                j += 1  # "Team on Space Weather Information, Systems and Services", "Security, Infrastructure and Trust Working Group"
                continue
            if (gap in ("’", "'") and nxt == "s" and j + 2 < len(toks) and not toks[j][2].isupper()
                    and text[toks[j + 1][1] : toks[j + 2][0]] == " " and (toks[j + 2][2][:1].isupper() or (
                        toks[j + 2][2] == "and" and j + 3 < len(toks) and toks[j + 3][2][:1].isupper()))):
                j += 2  # "International Women’s Day", "for Women’s and Children’s Health": a possessive inside a name (not an owner's: "ITU’s X")
                continue
            if not re.fullmatch(r" {1,2}|[-–/]| ?[-–/&] ?", gap) or nxt.lower() in _MONTHS:
                break
            low = nxt.lower()
            if gap.strip() in ("-", "–") and low in _HYPHEN_ADJECTIVES:
                break  # "the UNEP-led project": an adjective, not part of a name
            if _capitalised(nxt) or gap.strip() in ("-", "–", "/"):
                j += 1
                continue
            if low in _CONNECT and j + 2 < len(toks):
                after = toks[j + 2][2]
                gap2 = text[toks[j + 1][1] : toks[j + 2][0]]
                if not re.fullmatch(r" {1,2}", gap2):
                    break
                if low in ("and", "&") and (after in ("the", "The") or not after[:1].isupper()):
                    break
                if low == "the" and toks[j][2].lower() not in ("of", "on", "for", "in", "to", "against") and not (
                        toks[j][2].endswith("ing") and toks[j][2][:1].isupper() and j > i):
                    break  # (but "Working Group on Countering the Use of the Internet")
                if after[:1].isupper() or after in ("the",) or (after[:1].isdigit() and not re.fullmatch(r"(?:19|20)\d\d", after)):
                    j += 1
                    continue
            break
        while j > i and toks[j][2].lower() in _CONNECT:
            j -= 1
        # "Green Digital Action track", "TES team", "P2C side event": a lower-case head word ends the name
        k = j + 1
        if k < len(toks) and toks[k][2] == "side" and k + 1 < len(toks) and toks[k + 1][2] == "event":
            k += 1
        # "the TES team", "a regular TechLearnTalk series": one word that is plainly a name
        single_acronym = j == i and len(toks[i][2]) >= 2 and (toks[i][2].isupper() or (
            re.search(r"[a-z][A-Z0-9]", toks[i][2]) is not None and k < len(toks) and toks[k][2] in _KIND_WORDS))
        if k < len(toks) and (j > i or single_acronym) and toks[k][2] in _LOWER_HEADS and re.fullmatch(r" {1,2}", text[toks[k - 1][1] : toks[k][0]]):
            # "the Measuring Digital Development series of publications" is not a grouping
            if not (toks[k][2] == "series" and re.match(r"\s+of\s+(?:publications|reports|papers|documents|books)", text[toks[k][1] :])):
                j = k
        elif (k + 1 < len(toks) and j > i and toks[k][2] == "working" and toks[k + 1][2] == "group"
              and re.fullmatch(r" {1,2}", text[toks[k - 1][1] : toks[k][0]])):
            j = k + 1  # "Organizational Resilience Management System working group"
        runs.append((i, j))
        i = j + 1
    return runs


def find_named_phrases(text: str, start: int, end: int, taken: Iterable[tuple[int, int]] = (),
                       org_words: frozenset[str] | None = None, places: frozenset[str] = frozenset()) -> list[Mention]:
    """Capitalised multi-word names with a grouping head word or an organization head word.

    Extends right over "on/for/of/against" + capitalised words ("Working Group on AI",
    "Broadband Commission for Sustainable Development"). Spans in ``taken`` are left alone; a
    venue in ``places`` (as :func:`kg.registry.place_key` writes them) after "in" ends the name.

    Examples
    --------
    >>> t = "ITU joined the E-waste Coalition and the Inter-agency Working Group on AI under HLCP."
    >>> [m.text for m in find_named_phrases(t, 0, len(t))]
    ['E-waste Coalition', 'Inter-agency Working Group on AI']
    """
    blocked = list(taken)
    out: list[Mention] = []
    toks = tokens(text, start, end)
    runs: list[tuple[int, int]] = []
    for i, j in _runs(text, toks):
        cut = i
        for k in range(i + 1, j):
            w = toks[k][2].lower()
            if w in ("and", "&") and _head_kind([t for _, _, t in toks[cut:k]]) and _head_kind([t for _, _, t in toks[k + 1 : j + 1]]):
                left = [t.lower() for _, _, t in toks[cut:k]]
                right = [t for _, _, t in toks[k + 1 : k + 4]]
                # "WMO Steering Group for Radio Frequency Coordination and Inter-Programme Team on ...":
                # two bodies, each with its own head word
                two_bodies = (any(w in _BODY_HEADS for w in left) and len(right) == 3
                              and any(w in _BODY_HEADS for w in right[1:]) and all(w[:1].isupper() for w in right))
                if left and (left[-1] in GROUPING_HEADS or two_bodies):
                    runs.append((cut, k - 1))
                    cut = k + 1
            elif (w in ("and", "&") and k > cut and toks[k - 1][2].lower() in GROUPING_HEADS and _head_kind([t for _, _, t in toks[cut:k]])
                  and not _head_kind([t for _, _, t in toks[k + 1 : j + 1]])):
                # "the Digital Identity Working Group and CPMI the ...": the name ends at its head word
                runs.append((cut, k - 1))
                cut = k + 1
            elif w == "and" and k - cut >= 2 and toks[k - 1][2].lower() in ORG_HEADS and toks[k - 1][2][:1].isupper() and toks[k + 1][2][:1].isupper():
                # "co-chaired by the Novartis Foundation and Nokia": an organization's name ends at its head word
                runs.append((cut, k - 1))
                cut = k + 1
        runs.append((cut, j))
    for i, j in runs:
        # "the 2021 LKDF Forum": a leading year is the edition, not the name
        while i < j and (toks[i][2] in _LEAD_STOP and toks[i][2] not in _KEEP_START or toks[i][2].lower() in _CONNECT
                         or re.fullmatch(r"(?:19|20)\d\d", toks[i][2])
                         or toks[i][2].isdigit() and toks[i + 1][2] in _CONNECT):  # "SG 2 on the ITU ... Forum"
            i += 1
        words = [t for _, _, t in toks[i : j + 1]]
        if len(words) < 2:
            continue
        ms, me = toks[i][0], toks[j][1]
        if any(bs < me and ms < be for bs, be in blocked):
            continue
        # "ITU joined UNDP and UN-Habitat in the United for Smart Sustainable Cities initiative": a
        # name does not start before "in the" when its head word comes only after it
        for k in range(len(words) - 2, 0, -1):
            if words[k] in ("in", "with", "by", "to") and words[k + 1] == "the" and not _head_kind(words[:k]) and (
                    _head_kind(words[k + 2 :]) or words[-1] in _NAME_ENDING_LOWER_HEADS):
                i += k + 2
                words = words[k + 2 :]
                break
        # "... in New York", "Mobile Learning Week 2019 in Paris": a place after the head word (and
        # an edition's year) is not part of the name
        for k in range(len(words) - 1, 0, -1):
            before = k - 2 if k > 1 and re.fullmatch(r"(?:19|20)\d\d", words[k - 1]) else k - 1
            if words[k] == "in" and len(words) - k <= 4 and _head_kind(words[: before + 1]) and words[before].lower() in GROUPING_HEADS:
                j = i + k - 1
                words = words[:k]
                break
        # "Forum on Smart Sustainable Cities in Geneva": a venue is not part of the name
        for k in range(len(words) - 2, 1, -1):
            if words[k] == "in" and " ".join(words[k + 1 :]).lower() in places:
                j = i + k - 1
                words = words[:k]
                break
        # "co-organized the Regional Forum on Emergency Telecommunications with CITEL": a partner named
        # after the head word or its topic is not part of the name ("Partnership with Africa" keeps its own)
        for k in range(2, len(words) - 1):
            nxt = words[k + 2] if words[k + 1] == "the" and k + 2 < len(words) else words[k + 1]
            if (words[k] == "with" and _head_kind(words[:k]) and org_words is not None and nxt.lower() in org_words):
                j = i + k - 1
                words = words[:k]
                break
        # "Global Youth Summit on 2-4 June 2022": a date after the name is not part of it
        for k in range(len(words) - 1, 0, -1):
            if words[k] in ("on", "from") and all(w.isdigit() for w in words[k + 1 :]):
                j = i + k - 1
                words = words[:k]
                break
        if (len(words) >= 3 and words[-1] == "event" and words[-2][:1].isupper() and words[-2].lower() in GROUPING_HEADS):
            j -= 1  # "the International Women’s Day event": the name ends at its own head word
            words = words[:-1]
        if words[0].lower() in ("resolution", "resolutions", "recommendation", "recommendations", "decision", "decisions"):
            continue  # "Resolutions ITU-R 6 and ITU-R 7 of the Radiocommunication Assembly": a citation, not a body
        # "Operationalization of the Projects Board": an action on a body is not part of its name
        if len(words) > 4 and words[1:3] == ["of", "the"] and re.search(r"(?:ation|ment|ing)$", words[0]) and words[0].lower() not in ORG_HEADS:
            i += 3
            words = words[3:]
        ms, me = toks[i][0], toks[j][1]
        name = text[ms:me]
        low = [w.lower() for w in words]
        if len(words) >= 2 and low[-2] == "and" and low[-1] in GROUPING_HEADS and len(words) <= 3:
            continue  # "(Growth, ..., Innovation and Partnership)": a head coordinated, not modified
        heads = [k for k in range(len(words)) if (low[k] in GROUPING_HEADS or (k + 1 < len(words) and f"{low[k]} {low[k + 1]}" in GROUPING_HEADS))
                 and (words[k][:1].isupper() or (k == len(words) - 1 and low[k] in _NAME_ENDING_LOWER_HEADS
                                                 and text[toks[i + k - 1][1] : toks[i + k][0]].isspace())
                      or (k > 0 and low[k - 1] == "sub" and low[k] == "committee")
                      or (k == len(words) - 2 and low[k] == "working"))]
        # "Work Group on Virtual Meetings with ...": the first head followed by its topic heads the name
        topic_head = next((k for k in heads if k + 1 < len(words) and low[k + 1] in ("on", "for", "of", "against")), None)
        if topic_head is not None and topic_head != heads[-1]:
            heads = [h for h in heads if h <= topic_head]
        # "ITU-T Working Group": "T" is no content; "ITU-T Study Group 20": its number is
        content = [w for w in low if w not in _GENERIC_GROUP_WORDS and w not in _CONNECT and not (w.isdigit() and len(w) > 2)
                   and w not in _HEAD_WORDS and (len(w) > 1 or w.isdigit())]
        if heads:
            h_end = heads[-1] + (2 if " ".join(low[heads[-1] : heads[-1] + 2]) in GROUPING_HEADS else 1)
            after = low[h_end:]
            if after and after[0] not in ("of", "for", "on", "against", "to", "in", "and", "&") and not all(
                w.isdigit() or re.fullmatch(r"[ivx]+|[a-z]?\d+[a-z]?", w) for w in after
            ) and not (len(after) >= 2 and after[1] in GROUPING_HEADS):
                # "New Project Management Manual": the head word is not the head of this name;
                # "Project Connect" is a name
                project_name = heads[-1] == 0 and low[0] == "project" and len(after) == 1 and not after[0].endswith("s")
                if not _head_kind(words[-1:]) and not _is_org_name(words) and not project_name:
                    continue
        caps = [w for w in words if w.isupper() and len(w) > 1 or re.fullmatch(r"[A-Z]+-[A-Z]", w)]
        joint = re.match(r"[A-Z][\w\-]*/[A-Z]", name) is not None  # "IMO/ITU Experts Group": a joint body
        # "Focus Group", "ITU-T Working Group", "ITU Regional Initiative": a kind of body under an
        # organization's name is not a name; with ``org_words`` (the organizations' acronyms, lower
        # case) a capitalised word that names no organization ("LKDF Forum") still makes a name
        owners = [c for c in caps if c.lower() in content and (org_words is None or c.lower() in org_words)]
        # ("ICAO Assembly", "UPU Congress": an organization's governing body is a name)
        governing = len(words) == 2 and low[-1] in ("assembly", "congress", "council") and words[0] in owners
        if heads and not joint and len(content) <= len(owners) and not governing:
            continue
        if heads and not _is_org_name(words):
            kind = _head_kind(words[: heads[-1] + 2]) or GROUPING_HEADS.get(low[-1], "initiative")
            if words[-1] in _KIND_WORDS:
                # "the AI for Road Safety initiative" is "AI for Road Safety"; "an Arab initiative" names nothing
                if len(words) == 2 and not re.search(r"[A-Z0-9]", words[0][1:]):
                    continue
                name = name[: name.rfind(" ")].rstrip()
            out.append(Mention(ms, me, "grouping", grouping_key(name), name, discovered=True, category=kind, rule="head-word"))
        elif _is_org_name(words):
            out.append(Mention(ms, me, "org", f"org:{slug(name, keep_case=True)}", name, discovered=True, rule="org-form"))
    return out


def _inner_acronym(text: str, tok: tuple[int, int, str]) -> bool:
    """An acronym in parentheses inside a longer name: "(IoT)" in "Internet of Things (IoT) for ..."."""
    s, e, w = tok
    return s > 0 and text[s - 1] == "(" and text[e : e + 1] == ")" and sum(c.isupper() for c in w) >= 2


def name_with_inner_acronyms(text: str, s: int, e: int) -> Mention | None:
    """The grouping a defined full name with inner acronyms names, or None.

    Examples
    --------
    >>> t = "Focus Group on Artificial Intelligence (AI) and Internet of Things (IoT) for Digital Agriculture"
    >>> m = name_with_inner_acronyms(t, 0, len(t))
    >>> m.key[:47], m.category
    ('grouping:focus-group-on-artificial-intelligence', 'working-group')
    """
    if "(" not in text[s:e]:
        return None
    words = [t for t in tokens(text, s, e) if not _inner_acronym(text, t)]
    kind = _head_kind([w for _, _, w in words])
    if kind is None or not words[0][2][:1].isupper():
        return None
    name = re.sub(r"\s+", " ", text[s:e])
    return Mention(s, e, "grouping", grouping_key(name), name, category=kind, rule="definition")


def find_definitions(text: str, start: int, end: int) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """"Full Name (ACRONYM)" definitions: (span of the full name, span of the acronym).

    The full name is the run of capitalised words before the parenthesis whose initials can spell
    the acronym (loosely), so "International Solid Waste Association (ISWA)" is found and
    "in September (2021)" is not.

    Examples
    --------
    >>> t = "with the International Solid Waste Association (ISWA) and others"
    >>> [(t[a:b], t[c:d]) for (a, b), (c, d) in find_definitions(t, 0, len(t))]
    [('International Solid Waste Association', 'ISWA')]
    """
    out = []
    for m in _DEFINITION.finditer(text, start, end):
        acr = m.group(1)
        if not re.search(r"[A-Z].*[A-Z]|[A-Z]{2}", acr) or acr.isdigit():
            continue
        if m.group(2) and not re.search(r"[A-Z]{2}", acr):
            continue  # "(New York, 5-8 March 2019)": a place, not an acronym
        toks = tokens(text, max(start, m.start() - 160), m.start())
        if not toks:
            continue
        letters = [c for c in acr if c.isupper()]
        # walk back over words until the initials cover the acronym's capitals
        k = len(toks) - 1
        best = None
        caps = 0
        while k >= 0:
            w = toks[k][2]
            gap = text[toks[k][1] : (toks[k + 1][0] if k + 1 < len(toks) else m.start())]
            if _inner_acronym(text, toks[k]) and k + 1 < len(toks) and _PAREN_SEP.match(gap):
                k -= 1  # "Artificial Intelligence (AI) and ...": an acronym the name spells out on the way
                continue
            if "\n" in gap or re.search(r"[,;:()\"“”]", gap) and not (
                    k + 1 < len(toks) and _inner_acronym(text, toks[k + 1]) and _PAREN_SEP.match(gap)):
                break
            if w[:1].isupper():
                caps += sum(1 for c in w if c.isupper()) if w.isupper() else 1
                if caps >= max(2, len(letters) - 1) and w[:1].lower() == letters[0].lower():
                    best = k
                    break
                if caps > len(letters) + 2:
                    break
            elif w.lower() not in _CONNECT and not w.isdigit():
                break
            k -= 1
        if best is None:
            continue
        # "Regional Radiocommunication Seminars (RRS)": while the initials spell less than the acronym,
        # a capitalised word before with its first letter belongs to the name
        initials = sum(1 for _, _, w in toks[best:] if w[:1].isupper())
        while (best > 0 and initials < len(letters) and toks[best - 1][2][:1] == letters[0]
               and (toks[best - 1][2] not in _STOP_START or toks[best - 1][2] in _KEEP_START)
               and re.fullmatch(r"[ \t\-]+", text[toks[best - 1][1] : toks[best][0]])):
            best -= 1
            initials += 1
        if toks[best][2] in _STOP_START and toks[best][2] not in _KEEP_START and best + 1 < len(toks):
            best += 1
        out.append(((toks[best][0], toks[-1][1]), (m.start(1), m.end(1))))
    return out


def anaphora(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """"the Commission", "the Initiative" ...: (start, end, head word lower-cased)."""
    return [(m.start(), m.end(), m.group(1).lower()) for m in _ANAPHORA.finditer(text, start, end)]


def key_for_name(name: str) -> str:
    """A normalised comparison key for names (see :func:`kg.ids.name_key`)."""
    return name_key(name)


_LOWER_GROUP = re.compile(
    r"\b((?:[A-Z][\w\-]*\s+){0,4}(?:(?:core|inter-?agency|interagency|technical|expert|joint|steering|advisory|"
    r"coordination|thematic|informal|global|regional|high-level)\s+){0,3}"
    r"(?:working\s+group|task\s+force|task\s+team|group|committee|network|coalition|team)"
    r"\s+(?:on|for|of)\s+(?:the\s+)?(?:[a-z]+\s+(?:and|&)\s+)?[A-Z0-9][\w\-/&]*(?:\s+(?:and|of|for|the|on|[A-Z0-9][\w\-/&]*)){0,6}"
    r"|(?<![\w-])(?:working\s+group|task\s+force|study\s+group)\s+\d{1,2}[A-Z]?\b)"
)


_OWNED_EVENT = re.compile(
    r"\b([A-Z][A-Za-z]*[A-Z](?:[/–-][A-Z][A-Za-z]*[A-Z])?\s+(?:expert|technical|high-level|informal|joint)\s+"
    r"(?:consultations?|meetings?|retreats?|workshops?|dialogues?|roundtables?))\b")


_EDITION_OF = re.compile(
    r"\b(?:(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th))\s+editions?\s+of\s+(?:the\s+)?"
    r"([A-Z][\w\-]*(?:\s+(?:[A-Z][\w\-]*|for|of|on|and)\b)*)")


def edition_series(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The series a dated or numbered edition belongs to: "the 2019 edition of Kaleidoscope" (not
    "the next edition of the Roadmaps": a document's).

    Examples
    --------
    >>> t = "Hosted by Georgia Tech, the 2019 edition of Kaleidoscope was themed: ‘ICT for Health’."
    >>> [n for _, _, n in edition_series(t, 0, len(t))]
    ['Kaleidoscope']
    """
    out = []
    for m in _EDITION_OF.finditer(text, start, end):
        words = _trim_connectors(tokens(text, m.start(1), m.end(1)))
        if words:
            out.append((words[0][0], words[-1][1], re.sub(r"\s+", " ", text[words[0][0] : words[-1][1]])))
    return out


def owned_events(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Events named in lower case after their organizer's acronym and a kind of meeting: "the second
    OHCHR expert consultation" ("ITU meetings" names none). The caller keeps those whose acronym
    names an organization.

    Examples
    --------
    >>> t = "ITU participated at the second OHCHR expert consultation in February 2023."
    >>> [n for _, _, n in owned_events(t, 0, len(t))]
    ['OHCHR expert consultation']
    """
    return [(m.start(1), m.end(1), re.sub(r"\s+", " ", m.group(1))) for m in _OWNED_EVENT.finditer(text, start, end)]


def lowercase_groupings(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Groupings named in lower case with a head word and a capitalised topic.

    Examples
    --------
    >>> t = "As a member of the United Nations core inter-agency group on the GDC, convened by OSET"
    >>> [n for _, _, n in lowercase_groupings(t, 0, len(t))]
    ['United Nations core inter-agency group on the GDC']
    """
    out = []
    for m in _LOWER_GROUP.finditer(text, start, end):
        name = m.group(1)
        words = name.split()
        while words and words[-1].lower() in _CONNECT:
            words.pop()
        name = " ".join(words)
        low = name.lower()
        if not re.search(r"\b(?:group|force|team|committee|network|coalition)\b", low):
            continue
        if re.match(r"^(?:group|team|network|committee)\s+(?:of|on|for)\b", low) and not any(w[:1].isupper() for w in words[:1]):
            continue
        s = m.start(1)
        out.append((s, s + len(name), name))
    return out


# "the roundtable on global connectivity", "its work stream on gender and STI", "the thematic
# priority on digital skills": a body named by its head word and a lower-case topic, after an
# article or possessive that makes it a particular one (an owner's acronym may stand between)
_TOPIC_HEAD = re.compile(
    r"\b(?:the|its|their)\s+(?:[A-Z][A-Za-z0-9\-]*[A-Z]\s+)?(?:(?:multi-stakeholder|thematic|inter-?agency)\s+)?"
    r"(round\s*tables?|work\s*streams?|thematic\s+priorit(?:y|ies)|working\s+groups?|task\s+(?:forces?|teams?|groups?)|sub-?groups?)"
    r"\s+on\s+(?=(?:the\s+)?(?:[a-z]|[A-Z][A-Z0-9]+s?\s))")
_TOPIC_WORD = re.compile(r"\s*([a-z][a-z\-]*|[A-Z][A-Z0-9]+s?|&)(?=[\s,.;:()]|$)")
_TOPIC_JOIN = {"and", "of", "on", "for", "the", "&"}
_TOPIC_STOP = {"in", "at", "to", "with", "by", "from", "into", "through", "under", "within", "during", "since", "until",
               "which", "that", "who", "where", "while", "as", "is", "are", "was", "were", "has", "have", "had", "will",
               "would", "can", "could", "led", "co-led", "chaired", "co-chaired", "convened", "established", "launched",
               "set", "created", "organized", "organised", "coordinated", "hosted", "together", "jointly", "among",
               "between", "including", "such", "also", "held", "its", "their", "this", "these", "a", "an"}


def _topic(text: str, pos: int, end: int, list_ok: bool) -> list[tuple[int, int]]:
    """The spans of the topic (or, after a plural head, the comma-separated topics) from ``pos``."""
    items: list[tuple[int, int]] = []
    words: list[tuple[int, int, str]] = []
    while pos < end:
        m = _TOPIC_WORD.match(text, pos, end)
        if m is None or m.group(1) in _TOPIC_STOP or len(words) >= 10:
            if (list_ok and words and m is None and text[pos : pos + 2] == ", "
                    and (nxt := _TOPIC_WORD.match(text, pos + 1, end)) and nxt.group(1) not in _TOPIC_STOP - {"the"}):
                items.append((words[0][0], words[-1][1]))
                words = []
                pos += 1
                continue
            break
        words.append((m.start(1), m.end(1), m.group(1)))
        pos = m.end()
    if words:
        items.append((words[0][0], words[-1][1]))
    out = []
    for a, b in items:
        ws = [(x.start(1), x.end(1), x.group(1)) for x in _TOPIC_WORD.finditer(text, a, b)]
        while ws and ws[0][2] in _TOPIC_JOIN - {"the"}:
            ws.pop(0)
        while ws and ws[-1][2] in _TOPIC_JOIN:
            ws.pop()
        if ws:
            out.append((ws[0][0], ws[-1][1]))
    if list_ok and len(out) == 1:  # "the roundtables on connectivity and capacity-building": two topics
        a, b = out[0]
        parts = re.split(r"\s+and\s+", text[a:b])
        if len(parts) == 2:
            out = [(a, a + len(parts[0])), (b - len(parts[1]), b)]
    return out


def topic_groupings(text: str, start: int, end: int) -> list[tuple[int, int, int, str]]:
    """Bodies named by a head word and a lower-case topic; after a plural head, one per topic:
    (start, where the topic starts, end, name).

    Examples
    --------
    >>> t = ("ITU is co-champion of the roundtable on global connectivity (recommendation 1A) and a key "
    ...      "constituent of the roundtables on digital public goods, digital trust and security, and the "
    ...      "global digital cooperation architecture.")
    >>> [n for *_, n in topic_groupings(t, 0, len(t))]  # doctest: +NORMALIZE_WHITESPACE
    ['roundtable on global connectivity', 'roundtable on digital public goods',
     'roundtable on digital trust and security', 'roundtable on the global digital cooperation architecture']
    >>> t = "ITU leads the thematic priority on digital skills; the working groups organized by it"
    >>> [n for *_, n in topic_groupings(t, 0, len(t))]
    ['thematic priority on digital skills']
    """
    out = []
    for m in _TOPIC_HEAD.finditer(text, start, end):
        head = re.sub(r"\s+", " ", m.group(1).lower())
        plural = head.endswith("s") and not head.endswith("ss")
        single = re.sub(r"ies$", "y", head) if head.endswith("ies") else head[:-1] if plural else head
        spans = _topic(text, m.end(), end, plural)
        for k, (a, b) in enumerate(spans):
            name = f"{single} on {' '.join(text[a:b].split())}"
            out.append((m.start(1) if k == 0 else a, a, b, name))
    return out


_INTERAGENCY_GROUP = re.compile(
    r"\b(?:the|an?)\s+((?:(?:United\s+Nations|UN)\s+)?(?:(?:core|high-level|technical|expert|steering|advisory|informal)\s+){0,2}"
    r"(?:inter-?agency|interagency)\s+(?:working\s+group|task\s+force|task\s+team|group|committee|team|network)"
    r"(?:\s+on\s+(?!the\b)[a-z][a-z\-]+(?:\s+(?!to\b|for\b|and\b|in\b|of\b|with\b)[a-z][a-z\-]+){0,2})?)\b"
    r"(?!\s+(?:on|for|of)\b)"
)


def interagency_groupings(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Inter-agency mechanisms named only by their kind: "the core inter-agency group".

    Examples
    --------
    >>> t = "In the follow-up, ITU was part of the core inter-agency group, convened by EOSG"
    >>> [n for _, _, n in interagency_groupings(t, 0, len(t))]
    ['core inter-agency group']
    >>> t = "as a member of the United Nations core inter-agency group on outer space to support"
    >>> [n for _, _, n in interagency_groupings(t, 0, len(t))]
    ['United Nations core inter-agency group on outer space']
    """
    return [(m.start(1), m.end(1), re.sub(r"\s+", " ", m.group(1))) for m in _INTERAGENCY_GROUP.finditer(text, start, end)]


_SUB_BODY_ADJECTIVES = ("Advisory|Steering|Coordination|Organizing|Organising|Expert|Executive|Technical|Working|Research|"
                        "Scientific|Management|Core|Editorial")
_SUB_BODY = re.compile(
    rf"((?:(?:\s+(?!(?:{_SUB_BODY_ADJECTIVES})\b)[A-Z][\w\-]*){{1,3}}"
    r"(?:,\s+[A-Z][\w\-]*){0,3}(?:,?\s+and\s+[A-Z][\w\-]*)?)?"  # a topic: "FIGI Security, Infrastructure and Trust Working Group"
    rf"\s+(?:(?:{_SUB_BODY_ADJECTIVES})\s+)?(?:Committee|Board|Working\s+Group|working\s+group|Task\s+Force|"
    r"Team|team|Secretariat|secretariat|Symposium|Group|Council|Panel|Unit|Hub|Taskforce|Action\s+Line\s+[A-Z]\d{1,2}|"
    r"Prizes|Awards|Week|Hackathon|Challenge|symposia|Forum|Summit|Conference|Roundtable|(?:[Ww]ebinar|[Ll]ecture|[Ww]orkshop|[Ss]eminar|[Dd]ialogue)\s+[Ss]eries|[Ww]ebinars))\b(?!\s+(?:on|for|of)\b)"
)


_ACTION_LINES = re.compile(
    r"\s+Action\s+Lines\s+[A-Z]\d{1,2}(?:\s*\([^()]{1,80}\))?(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z]\d{1,2}\b(?:\s*\([^()]{1,80}\))?)+")


_BARE_ACTION_LINES = re.compile(
    r"(?<!WSIS )(?<!WSIS\s\s)\bAction\s+Lines?\s+C\d{1,2}\b(?:\s*\([^()]{1,80}\))?"
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)C\d{1,2}\b(?:\s*\([^()]{1,80}\))?)*")


def action_lines(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """WSIS Action Lines named without "WSIS" before them ("sole facilitator of Action Lines C2
    (...), C5 (...) and C6"): (start, end, code) of each.

    Examples
    --------
    >>> t = "ITU acts as sole facilitator of Action Lines C2 (infrastructure), C5 and C6 (enabling environment)."
    >>> [c for _, _, c in action_lines(t, 0, len(t))]
    ['C2', 'C5', 'C6']
    """
    out = []
    for m in _BARE_ACTION_LINES.finditer(text, start, end):
        for k, item in enumerate(re.finditer(r"\bC\d{1,2}\b(?:\s*\([^()]{1,80}\))?", m.group(0))):
            code = item.group(0).split()[0].split("(")[0]
            out.append((m.start() if k == 0 else m.start() + item.start(), m.start() + item.end(), code))
    return out


def sub_body_names(text: str, parents: Iterable[Mention], end: int) -> list[Mention]:
    """Bodies named after a known grouping: "TES Advisory Committee", "TES team", "FIGI Symposium".

    ``parents`` are the grouping mentions found by the lexicon; each result's ``acronym`` field
    carries the parent's key.

    Examples
    --------
    >>> t = "contributing to the TES Advisory Committee and the TES team"
    >>> ps = [Mention(20, 23, "grouping", "grouping:tes", "TES"), Mention(51, 54, "grouping", "grouping:tes", "TES")]
    >>> [m.text for m in sub_body_names(t, ps, len(t))]
    ['TES Advisory Committee', 'TES team']
    >>> t = "ITU leads the FIGI Security, Infrastructure and Trust Working Group as well as"
    >>> at = t.index("FIGI")
    >>> [m.text for m in sub_body_names(t, [Mention(at, at + 4, "grouping", "grouping:figi", "FIGI")], len(t))]
    ['FIGI Security, Infrastructure and Trust Working Group']
    >>> t = "ITU has launched an AI for Good webinar series featuring use cases"
    >>> at = t.index("AI")
    >>> [m.text for m in sub_body_names(t, [Mention(at, at + 11, "grouping", "grouping:ai-for-good", "AI for Good")], len(t))]
    ['AI for Good webinar series']
    """
    out = []
    for p in parents:
        if p.kind != "grouping":
            continue
        series = _ACTION_LINES.match(text, p.end, end)
        if series:
            # "the WSIS Action Lines C2 (Information and ...), C5 (Cybersecurity), and C6": one each
            for k, item in enumerate(re.finditer(r"\b[A-Z]\d{1,2}\b(?:\s*\([^()]{1,80}\))?", series.group(0))):
                i_s = p.start if k == 0 else p.end + item.start()
                parent = " ".join(p.text.split())
                name = f"{parent} Action Line {item.group(0).split()[0].split('(')[0]}"
                out.append(Mention(i_s, p.end + item.end(), "grouping", grouping_key(name), name, discovered=True,
                                   category="initiative", acronym=p.key, rule="sub-body"))
            continue
        m = _SUB_BODY.match(text, p.end, end)
        if m is None:
            continue
        name = re.sub(r"\s+", " ", text[p.start : m.end()])
        kind = GROUPING_HEADS.get(name.split()[-1].lower(), "initiative" if "Action Line" in name else "working-group")
        if name.split()[-1].lower() in ("secretariat", "unit", "hub"):
            kind = "mechanism"
        out.append(Mention(p.start, m.end(), "grouping", grouping_key(name), text[p.start : m.end()], discovered=True,
                           category=kind, acronym=p.key, rule="sub-body"))
    return out


_ENUM_HEADS = (r"events|side[\s-]events|conferences|meetings|sessions|summits|fora|forums|dialogues|processes|"
               r"days|initiatives|groups|networks|mechanisms|platforms|programmes|programs|workstreams|bodies|"
               r"committees|partnerships|coalitions|campaigns|projects|roundtables|consultations|workshops|"
               r"webinars|symposia|congresses|areas|tracks")
_ENUM_INTRO = re.compile(
    rf"\b({_ENUM_HEADS})\b((?:[^.;:()]{{0,90}}?))"
    r"(?:(?:,\s*|\s+)(?:including|such\s+as|namely(?:\s+on)?|in\s+particular|notably|e\.g\.)[,:]?\s*|\s*:\s*|\s+\((?=[A-Z]))",
    re.I,
)
# an ordinal as written: "24th", "second", "fifty-seventh", "eighteenth"
ORDINAL = (r"(?:\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
           r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]{3,5}teenth)|"
           r"(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ieth|hundredth)")
# "the 24th session of the", "the fifty-seventh session of the", "the second" (an edition before a name)
_ENUM_PREFIX = re.compile(
    rf"^(?:the\s+)?(?:(?:{ORDINAL}|(?:19|20)\d\d)(?:\s+(?:and|&)\s+{ORDINAL})?\s+(?:(?:annual|regular|special|resumed)\s+)?"
    rf"(?:sessions?|meetings?|editions?)\s+of\s+(?:the\s+)?|(?-i:(?!\d){ORDINAL})\s+(?=[A-Z][\w\-]*\s+[A-Z]))", re.I)
_ITEM_WORD_OK = {"of", "for", "on", "and", "the", "in", "to", "&", "against", "with", "de", "la", "et", "sur", "des"}


@dataclass(frozen=True, slots=True)
class Enumeration:
    """A list of named items introduced by a plural head: "events ..., including: A (date); B; C".

    ``head`` is the plural head word, ``intro`` its (start, end) span up to the first item, and
    ``items`` the named items as (start, end, name) with dates and ordinals removed from ``name``.
    """

    head: str
    intro: tuple[int, int]
    items: tuple[tuple[int, int, str], ...]


def _enum_item(text: str, s: int, e: int) -> tuple[int, int, str] | None:
    raw = text[s:e]
    lead = len(raw) - len(raw.lstrip(" \t\n,"))
    s += lead
    raw = raw.strip(" \t\n,").rstrip(".")
    raw = re.sub(r"^(?:and/or|and|or)\s+", "", raw)
    # "the Generation Equality Forum in Mexico City (...), convened by UN Women": the name only
    raw = re.sub(r",\s+(?:co-)?[a-z]+ed\s+(?:by|with|in|at|under)\b.*$", "", raw, flags=re.S)
    name = re.sub(r"\s*\([^)]*\)", "", raw)  # dates, acronyms
    name = re.sub(r"\b(Forum|Summit|Conference|Meeting|Week|Congress|Session|Assembly|Dialogue)\s+in\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?$", r"\1", name)
    name = re.sub(r"\s+[-–]\s+[A-Z][A-Z0-9\-]{1,12}$", "", name).strip()  # "... Board – UNIDO"
    name = _ENUM_PREFIX.sub("", name)
    name = re.sub(r"^(?:the|The)\s+", "", name)
    name = re.sub(r"\s+", " ", name).strip(" .")
    if re.fullmatch(r"[‘“\"][^‘’“”\"]+[’”\"]", name):
        name = name[1:-1]  # "‘Security in the Digital Economy’": a quoted title
    name = re.sub(r"^([A-Z][A-Z0-9\-]+)['’]s\s", r"\1 ", name)  # "the G20’s Digital Health Taskforce"
    words = name.split()
    if not words or len(words) > 16 or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return None
    # places ("Minsk, Belarus"), document symbols ("C20/22"), numbers, SDGs and dates are not names,
    # nor kinds in the plural ("Study Groups")
    if words[-1].endswith("s") and (words[-1][:-1].lower() in GROUPING_HEADS or words[-1].lower() in GROUPING_HEADS):
        return None
    # (a comma in a topic after a head word is part of the name: "Forum on Science, Technology and Innovation")
    topic_comma = "," in name and any(w.lower() in GROUPING_HEADS for w in name.split(",")[0].split()[:-1])
    if "," in name and not topic_comma or re.match(r"^(?:[A-Z]{1,3}\d[\w/\-]*$|SDG\s?\d|\d+[A-Z]?(?:/[A-Z\d]+)?$)", name):
        return None
    if not any(len(w) >= 3 and w.isalpha() and w.lower() not in _MONTHS for w in re.findall(r"[A-Za-z]+", name)) and not re.fullmatch(r"[A-Z][A-Za-z]+", name):
        return None
    if any(not (_capitalised(w) or w.lower() in _ITEM_WORD_OK or w[:1] in "“‘\"'(") for w in words):
        return None
    at = text.find(raw, s, e + 1) if raw else -1
    start = at if at >= 0 else s
    return start, start + len(raw), name


def enumerations(text: str, start: int, end: int) -> list[Enumeration]:
    """Lists of named items after a plural head and an introducer ("including:", "such as",
    "namely", a colon or a parenthesis), separated by semicolons, or by commas and "and".

    The list ends at the sentence end (or the closing parenthesis) or at the first item that is
    not a name (a lower-case word other than a name connector).

    Examples
    --------
    >>> t = "ITU was present at multiple events held online, including: IGF 2021 (Dec. 2021); 58th session of the Legal Subcommittee (May 2021); among others."
    >>> [n for _, _, n in enumerations(t, 0, len(t))[0].items]
    ['IGF 2021', 'Legal Subcommittee']
    >>> t = "participating in other Roundtable groups, such as Digital Inclusion, Trust and Security and Artificial Intelligence, to identify gaps"
    >>> [n for _, _, n in enumerations(t, 0, len(t))[0].items]
    ['Digital Inclusion', 'Trust and Security', 'Artificial Intelligence']
    >>> t = "as a knowledge partner on various tracks, including the G20’s Digital Health Taskforce and ‘Security in the Digital Economy’."
    >>> [n for _, _, n in enumerations(t, 0, len(t))[0].items]
    ['G20 Digital Health Taskforce', 'Security in the Digital Economy']
    """
    out: list[Enumeration] = []
    pos = start
    while True:
        m = _ENUM_INTRO.search(text, pos, end)
        if m is None:
            return out
        pos = m.end()
        if re.search(r"\b(?:in|at|from|to|by|between)\s*:?\s*$", m.group(0), re.I):
            continue  # "workshops were organized in: Minsk, Belarus; ...": places, not names
        paren = m.group(0).rstrip().endswith("(")
        stop = text.find(")", m.end(), end) if paren else end
        if stop < 0:
            continue
        body_end = stop
        segment = text[m.end() : body_end]
        if ";" in segment and not paren and "," in re.sub(r"\([^)]*\)", "", segment.split(";")[0]):
            body_end = m.end() + segment.index(";")  # a comma list closed by a semicolon
            segment = text[m.end() : body_end]
        if ";" in segment and not paren:
            bounds, at = [], m.end()
            for part in segment.split(";"):
                bounds.append((at, at + len(part)))
                at += len(part) + 1
        else:
            bounds = []
            at = m.end()
            depth = 0
            piece_start = at
            i = at
            while i < body_end:
                ch = text[i]
                if ch == "(":
                    depth += 1
                elif ch == ")":
                    depth = max(0, depth - 1)
                elif depth == 0 and ch == ",":
                    bounds.append((piece_start, i))
                    piece_start = i + 1
                i += 1
            bounds.append((piece_start, body_end))
            # "X and the Y" always splits; the last name piece "X and Y" splits at its last "and"
            split: list[tuple[int, int]] = []
            for ps_, pe_ in bounds:
                k = text.find(" and the ", ps_, pe_)
                if k > 0:
                    split += [(ps_, k), (k + 5, pe_)]
                else:
                    split.append((ps_, pe_))
            bounds = split
        parsed = [_enum_item(text, ps_, pe_) for ps_, pe_ in bounds]
        if not (";" in segment and not paren) and any(parsed):
            first = next(k for k, p in enumerate(parsed) if p is not None)
            last_valid = first
            while last_valid + 1 < len(parsed) and parsed[last_valid + 1] is not None:
                last_valid += 1
            ls, le = bounds[last_valid]
            k = text.rfind(" and ", ls, le)
            # (not "the Management and Accountability Framework": one plain word before "and" modifies the name)
            left_words = re.sub(r"^\s*(?:the\s+)?", "", text[ls:k]).split()
            plain = len(left_words) == 1 and left_words[0][1:].islower()
            if k > ls and not plain and re.match(r"\s*(?:the\s+)?[A-Z0-9‘“\"]", text[k + 5 : le]):
                parsed[last_valid : last_valid + 1] = [_enum_item(text, ls, k), _enum_item(text, k + 5, le)]
        items: list[tuple[int, int, str]] = []
        for item in parsed:
            if item is None:
                if items and not (";" in segment and not paren):
                    break  # a comma list ends at its first item that is no name; semicolons delimit each item
                continue
            items.append(item)
        if len(items) >= 2:
            out.append(Enumeration(m.group(1).lower(), (m.start(), m.end()), tuple(items)))
            pos = max(pos, items[-1][1])


_APPOSITIVE = re.compile(
    r"\b(?:initiative|partnership|programme|program|platform|network|coalition|campaign|project|facility|alliance|"
    r"mechanism|forum|framework|fund)\s*,\s*(?:the\s+)?([A-Z][A-Za-z0-9&\-]*[A-Z0-9][A-Za-z0-9&\-]*(?:\s+[A-Z0-9][A-Za-z0-9&\-]*){0,5})\s*(?=[,;(.]|$)"
)


def appositive_groupings(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """A name set off by commas after a grouping's kind: "the UN-wide partnership initiative, UN4NAPs,".

    The name must carry a capital or a digit after its first letter (an acronym or a coined name).

    Examples
    --------
    >>> t = "ITU is participating in the UN-wide partnership initiative, UN4NAPs, to scale up support"
    >>> [n for _, _, n in appositive_groupings(t, 0, len(t))]
    ['UN4NAPs']
    """
    return [(m.start(1), m.end(1), m.group(1)) for m in _APPOSITIVE.finditer(text, start, end)]


_QUOTED_HEADS = r"(?:initiative|project|programme|program|campaign|platform|series|coalition|partnership|challenge|network|facility|track)"
_QUOTED_EVENT_HEADS = r"(?:side[\s-]events?|events?|sessions?|webinars?|workshops?|panels?|dialogues?|roundtables?|high-level\s+events?)"
_QUOTED_AFTER_HEAD = re.compile(rf"\b(?:{_QUOTED_HEADS}|{_QUOTED_EVENT_HEADS}|(?:project|programme|program|initiative|{_QUOTED_EVENT_HEADS})\s+(?:on|entitled|titled|called))\s+[“\"‘]([^”\"’\n]{{4,150}})[”\"’]", re.I)
_QUOTED_BEFORE_HEAD = re.compile(rf"[“\"‘]([^”\"’\n]{{2,80}})[”\"’]((?:\s+[A-Z0-9][\w.\-]*){{0,4}})\s+{_QUOTED_HEADS}\b")


# "endorsed the “Common Alerting Protocol (CAP): Call to action”": a quoted title after a verb of joining
# a quoted title opening a sentence as an event's subject: "· “Accessible Europe: ICT 4 ALL” (December 2018) was co-organized by"
_QUOTED_SUBJECT = re.compile(r"[·•\-–\s]*(?:The\s+)?[“\"‘]([A-Z][^”\"’\n]{3,150})[”\"’]\s*(?:\([^()]{1,60}\)\s*)?,?\s*"
                             r"(?:was|were|is|will\s+be)\s+(?:jointly\s+)?(?:co-?)?(?:organi[sz]ed|held|hosted|convened|launched)\b")
_QUOTED_AFTER_VERB = re.compile(
    r"\b(?:endorsed|joined|launched|signed(?:\s+up\s+to)?|co-?organi[sz]ed|organi[sz]ed|hosted)\s+(?:the\s+)?[“\"‘]([A-Z][^”\"’\n]{3,150})[”\"’]"
    # "jointly issued the “... Joint Action Plan and Call for Action”": issued, when the title names a plan of joint work
    r"|\b(?:issued|adopted|agreed)\s+(?:the\s+|a\s+)?[“\"‘]([A-Z][^”\"’\n]{0,120}\b(?:Action\s+Plan|Call\s+(?:for|to)\s+Action|Initiative|Compact|Pledge)\b[^”\"’\n]{0,60})[”\"’]")


_TITLED = re.compile(
    r"\b(?:a|an|the|its)\s+(?:(?:new|joint|pilot)\s+)*(?:project|programme|initiative|campaign)"
    r"(?:\s+(?:in|from|since)\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)?\s+(?:on|entitled|titled|called)\s+(?=[A-Z])"
)


_JOINT_POSSESSIVE = re.compile(
    r"\b([A-Z][A-Za-z0-9]*(?:[-/][A-Z][A-Za-z0-9]*)+)['’]s\s+(Joint\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")


def joint_possessive_groupings(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """A joint body named by its owners in the possessive: "ITU-UNDP’s Joint Facility".

    Examples
    --------
    >>> t = "through the launch of ITU-UNDP’s Joint Facility, which includes an online platform"
    >>> [n for _, _, n in joint_possessive_groupings(t, 0, len(t))]
    ['ITU-UNDP Joint Facility']
    """
    return [(m.start(), m.end(), f"{m.group(1)} {m.group(2)}") for m in _JOINT_POSSESSIVE.finditer(text, start, end)]


def titled_groupings(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Projects named by a title in capitals after "a new project on".

    Examples
    --------
    >>> t = "ITU and UNEP launched a new project in October 2021 on Implementing the EPR Concept in Policies for E-waste covering Rwanda"
    >>> [n for _, _, n in titled_groupings(t, 0, len(t))]
    ['Implementing the EPR Concept in Policies for E-waste']
    """
    out = []
    for m in _TITLED.finditer(text, start, end):
        toks = tokens(text, m.end(), min(end, m.end() + 200))
        k = 0
        while k < len(toks) and (toks[k][2][:1].isupper() or toks[k][2][:1].isdigit() or toks[k][2] in _CONNECT
                                 or k > 0 and text[toks[k - 1][1] : toks[k][0]] == "-") and (
                k == 0 or re.fullmatch(r" |-|–| - ", text[toks[k - 1][1] : toks[k][0]])):
            k += 1
        while k and toks[k - 1][2] in _CONNECT:
            k -= 1
        words = [t for _, _, t in toks[:k]]
        if len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 2:
            out.append((toks[0][0], toks[k - 1][1], text[toks[0][0] : toks[k - 1][1]]))
    return out


# a sentence that opens with an event's name: "ITU Telecom World 2019, 9 to 12 September, Budapest, ...",
# "ITU's Emerging Technology for Connectivity 2021 was held ...", "Kaleidoscope 2018: ‘...’ was hosted
# by ...", "ITU Kaleidoscope events, held annually ..."
_NAME_WORD = r"[A-Z][\w\-]*(?:['’]s)?"
_OPENING_EVENT = re.compile(
    rf"((?:{_NAME_WORD}\s+)(?:(?:{_NAME_WORD}|for|of|on|and|the|in)\s+){{0,7}}?)"
    rf"(?:((?:19|20)\d\d)(?=\s*(?:,|:|\(|\s(?:was|were|is)\s+(?:held|hosted|organi[sz]ed|opened|convened)|\stook\s+place|\sassembled|\sbrought\s+together|\sgathered))"
    rf"|(?=events?,?\s+(?:are\s+|were\s+)?held\b))"
)


def opening_event_names(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """An event named by the sentence that opens with it: a run of capitalised words closed by its
    year and an event's verb or a date, or by "events, held". The year stays in the name (the edition).

    Examples
    --------
    >>> t = "ITU Telecom World 2019, 9 to 12 September, Budapest, Hungary, assembled governments."
    >>> [n for _, _, n in opening_event_names(t, 0, len(t))]
    ['ITU Telecom World 2019']
    >>> t = "ITU Kaleidoscope events, held annually in different parts of the world, increase dialogue."
    >>> [n for _, _, n in opening_event_names(t, 0, len(t))]
    ['ITU Kaleidoscope']
    >>> t = "In 2019 the plan was held over."
    >>> opening_event_names(t, 0, len(t))
    []
    """
    m = _OPENING_EVENT.match(text, start, end)
    if m is None:
        return []
    words = _trim_connectors(tokens(text, m.start(1), m.end(1)))
    if not words or words[0][2] in _LEAD_STOP or words[0][2].lower() in _MONTHS:
        return []
    e = m.end(2) if m.group(2) else words[-1][1]
    return [(m.start(1), e, re.sub(r"\s+", " ", text[m.start(1) : e]))]


_LAUNCHED = re.compile(
    rf"\b(?:launched|initiated|inaugurated)\s+(?:the\s+)?({_NAME_WORD}(?:\s+(?:{_NAME_WORD}|[a-z]+)){{2,10}}?)(?=\s*(?:[.;:(]|,\s|[–\-]\s|$))"
)


def launched_names(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """A title launched without a head word: "ITU launched Tech as a driver of Women’s Economic
    Opportunity." The title runs to the clause's end, has at least three capitalised words, ends on
    one, and has at most two lower-case words beyond connectors.

    Examples
    --------
    >>> t = "In 2020, with EIF and UNOPS, ITU launched Tech as a driver of Women’s Economic Opportunity. It"
    >>> [n for _, _, n in launched_names(t, 0, len(t))]
    ['Tech as a driver of Women’s Economic Opportunity']
    >>> t = "ITU launched Digital skills programmes in Africa."
    >>> launched_names(t, 0, len(t))
    []
    """
    out = []
    for m in _LAUNCHED.finditer(text, start, end):
        words = m.group(1).split()
        lower = [w for w in words if not w[:1].isupper() and w not in _CONNECT and w not in ("as", "an")]
        caps = [w for w in words if w[:1].isupper()]
        if len(caps) < 3 or len(lower) > 2 or not words[-1][:1].isupper() or words[0] in _LEAD_STOP:
            continue
        out.append((m.start(1), m.end(1), " ".join(words)))
    return out


_PLURAL_BODIES = {"working parties": "Working Party", "study groups": "Study Group", "focus groups": "Focus Group",
                  "working groups": "Working Group", "task forces": "Task Force", "rapporteur groups": "Rapporteur Group"}
_NUMBERED_BODIES = re.compile(
    r"\b(?:([A-Z][A-Za-z]*-[A-Z]|[A-Z]{2,8})\s+)?(" + "|".join(k.replace(" ", r"\s+") for k in _PLURAL_BODIES) + r")\s+"
    r"(\d{1,2}[A-Z]?(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)\d{1,2}[A-Z]?)+)\b", re.I)


# "ITU-T SG 2", "ITU-T SG3": a Sector's study group by its short form
_STUDY_GROUP_SHORT = re.compile(r"\b([A-Z]{2,5}-[A-Z])\s+SG\s?(\d{1,2})\b")


def numbered_bodies(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Bodies named together by one plural head and their numbers: "ITU-R Working Parties 5B and
    4C" are "ITU-R Working Party 5B" and "ITU-R Working Party 4C"; and study groups by their short
    form ("ITU-T SG 3"). The first body's span runs from
    the owner to its number; the others' cover their numbers.

    Examples
    --------
    >>> t = "IMO secretariat participated in the meetings of ITU-R Working Parties 5B and 4C."
    >>> [n for _, _, n in numbered_bodies(t, 0, len(t))]
    ['ITU-R Working Party 5B', 'ITU-R Working Party 4C']
    >>> t = "ITU-T Study Groups 2, 3 and 12 lead this work"
    >>> [t[a:b] for a, b, _ in numbered_bodies(t, 0, len(t))]
    ['ITU-T Study Groups 2', '3', '12']
    >>> t = "ITU-T SG 3 liaises with ITU-T SG2."
    >>> [n for _, _, n in numbered_bodies(t, 0, len(t))]
    ['ITU-T Study Group 3', 'ITU-T Study Group 2']
    """
    out = [(m.start(), m.end(), f"{m.group(1)} Study Group {m.group(2)}") for m in _STUDY_GROUP_SHORT.finditer(text, start, end)]
    for m in _NUMBERED_BODIES.finditer(text, start, end):
        if not m.group(2)[:1].isupper():
            continue
        head = _PLURAL_BODIES[re.sub(r"\s+", " ", m.group(2).lower())]
        owner = f"{m.group(1)} " if m.group(1) else ""
        for k, num in enumerate(re.finditer(r"\d{1,2}[A-Z]?", m.group(3))):
            a = m.start(3) + num.start()
            out.append((m.start() if k == 0 else a, m.start(3) + num.end(), f"{owner}{head} {num.group(0)}"))
    return out


def quoted_groupings(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """Groupings named in quotes next to a head word: the project “Support to ...”, the WHO
    ‘Make Listening Safe’ initiative, the “Niger 2.0” Smart Villages project.

    Examples
    --------
    >>> t = "in support of the WHO ‘Make Listening Safe’ initiative."
    >>> [n for _, _, n in quoted_groupings(t, 0, len(t))]
    ['Make Listening Safe']
    """
    out = []
    for m in _QUOTED_AFTER_VERB.finditer(text, start, end):
        k = 1 if m.group(1) else 2
        out.append((m.start(k), m.end(k), re.sub(r"\s+", " ", m.group(k).strip())))
    for m in _QUOTED_AFTER_HEAD.finditer(text, start, end):
        out.append((m.start(1), m.end(1), m.group(1).strip()))
    q = _QUOTED_SUBJECT.match(text, start, end)
    if q:
        out.append((q.start(1), q.end(1), re.sub(r"\s+", " ", q.group(1).strip())))
    for m in _QUOTED_BEFORE_HEAD.finditer(text, start, end):
        tail = m.group(2) or ""
        e = m.end(2) if tail.strip() else m.end(1)
        name = (m.group(1) + tail).strip()
        out.append((m.start(1), e, re.sub(r"\s+", " ", name)))
    return sorted(set(out))


_DEFINITIONAL = re.compile(
    r"(?:^|(?<=[·•:]\s)|(?<=[·•]))\s*(?:The\s+)?([A-Z][\w\-]*(?:\s+(?:[A-Z0-9][\w\-]*|for|of|on|and)){0,6}?)"
    r"\s+(?:is|was|are|were)\s+(?:a|an|the)\s+(?:[\w\-,]+\s+){0,5}?"
    r"(platform|initiative|partnership|programme|program|series|forum|network|coalition|alliance|campaign|project|"
    r"mechanism|event|competition|contest|awards?|prizes?|repository|group|summit|conference|facility|fund)\b"
)


_DEFINITIONAL_BARE = re.compile(
    r"\s*(?:The\s+)?([A-Z][\w\-]*(?:\s+(?:[A-Z0-9][\w\-]*|for|of|on|and)){1,7}?)\s+(?:is|was)\s+(?:a|an)\s"
)


def definitional_groupings(text: str, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """Names defined as groupings at the start of a sentence: "The WSIS TalkX is a platform ...".

    Returns (start, end, name, head word).

    Examples
    --------
    >>> t = "The WSIS TalkX is a platform, both virtual and physical, for sharing experiences."
    >>> [(n, h) for _, _, n, h in definitional_groupings(t, 0, len(t))]
    [('WSIS TalkX', 'platform')]
    """
    out = []
    m = _DEFINITIONAL.match(text, start, end)
    bare = _DEFINITIONAL_BARE.match(text, start, end)
    if not m and bare and re.fullmatch(r"\s*[·•\-–]?\s*", text[text.rfind("\n", 0, start) + 1 : start]):
        # a bullet opening with a name and what it is: "Generation Connection Global E-waste
        # Iconathon is an icon design content for ..."
        words = bare.group(1).split()
        low = [w.lower() for w in words]
        if (len([w for w in words if w[:1].isupper()]) >= 3 and low[-1] not in ORG_HEADS
                and words[0] not in _STOP_START and not any(w.isupper() and len(w) > 1 for w in words[:1])):
            out.append((bare.start(1), bare.end(1), bare.group(1), "initiative"))
    if m:
        name = m.group(1).strip()
        while name.split() and name.split()[-1].lower() in _CONNECT:
            name = " ".join(name.split()[:-1])
        if name and name.split()[0] not in _STOP_START and name.lower() not in ("it", "this", "itu"):
            out.append((m.start(1), m.start(1) + len(name), name, m.group(2).lower()))
    return out
