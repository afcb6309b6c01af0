"""SDG mentions: where a text names a Sustainable Development Goal, target or indicator.

An *SDG mention* is a span that names one node of the SDG framework (SDG KOS ``sdgo:Goal``,
``sdgo:Target``, ``sdgo:Indicator``; the ``mentions`` stage of the pipeline) by its notation as
written: goal ``9``, target ``9.c``, indicator ``4.4.1``. Notations are normalised (``Target 4b`` is
``4.b``, ``Indicator 9c.1`` is ``9.c.1``) but not renumbered: mapping an indicator that was
renumbered in a later framework revision (``17.6.2`` became ``17.6.1``) is the builder's job, which
looks notations up in the SDG registry.

Only notations governed by an SDG word are taken, so section numbers and dates never are:

* ``SDG 9``, ``SDG9``, ``SDGs 3 and 4``, ``Sustainable Development Goal 9``, ``SDG target 3.6``,
  ``SDG indicator 9.c.1``, ``SDG indicators (4.4.1, 5.b.1 and 17.8.1)`` are always mentions;
* ``target 9.c``, ``Target 4b``, ``Indicator 9c.1`` and ``indicator 4.4.1`` are mentions: a lettered
  target or a three-part indicator is a shape only the SDG framework uses;
* ``Goal 6`` and ``target 3.6`` (plain numbers after a generic word) are mentions only when the
  same line (paragraph) also speaks of the SDGs (``SDG``, ``Sustainable Development Goal``, ``2030
  Agenda``) and the sentence does not speak of a strategic plan or a Connect 20xx agenda: ITU's own
  strategic goals and targets (``Goal 2 – Inclusiveness``, ``Target 2.10: improve by 40% ...``) use
  the same words and shapes.

Goals must be 1-17; a target is ``N.x`` with ``x`` 1-19 or a letter; an indicator ``N.x.k`` with
``k`` 1-9. ``17 SDGs`` is not goal 17. A list after a plural word (``SDGs 1, 2 and 5``,
``targets 9.c and 17.6``) or in parentheses gives one mention per item; the first item's span starts
at the SDG word, the others span their notation only.

``custodian`` is set when "custodian" is written earlier in the same sentence (quotations do not end
a sentence; a sentence opening with "As well as" or "And" continues the previous one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["SdgMention", "find_sdg_mentions"]

_HEAD = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<sdg>SDGs?|Sustainable[^\S\n]+Development[^\S\n]+Goals?)"
    r"(?:[^\S\n]*(?P<w1>[Tt]argets?|TARGETS?|[Ii]ndicators?|INDICATORS?))?"
    r"|(?P<w2>[Tt]argets?|TARGETS?|[Ii]ndicators?|INDICATORS?|Goals?|GOALS?)"
    # "custodian of five indicators of the global indicator framework ..., namely 4.4.1 (...), 5.b.1"
    r"|(?P<w3>indicators)\b[^.;()\n]{0,160}?,?[^\S\n]+namely"
    r")[^\S\n]*(?:(?P<paren>\()[^\S\n]*)?(?=\d)"
)
_NOTATION = re.compile(
    r"(?P<g>\d{1,2})"
    r"(?:(?:\.(?P<t>\d{1,2}|[a-z])|(?P<tl>[a-z]))(?:\.(?P<i>\d{1,2}))?)?"
    r"(?![\w%/‰-]|[.,]\d)"
)
_GOAL_NAME = re.compile(r"[^\S\n]*\([^()\n]{1,80}\)")
_SEP = re.compile(r"(?:[^\S\n]*,(?:[^\S\n]*and)?|[^\S\n]+and|[^\S\n]*&|[^\S\n]+or)[^\S\n]*")
_SDG_CONTEXT = re.compile(
    r"(?<![\w-])SDGs?(?![a-z])|Sustainable[^\S\n]+Development[^\S\n]+Goal"
    r"|(?<!Connect[^\S\n])2030[^\S\n]+Agenda|Agenda[^\S\n]+2030"
    r"|High-level[^\S\n]+Political[^\S\n]+Forum|\bHLPF\b|[Vv]oluntary[^\S\n]+[Nn]ational[^\S\n]+[Rr]eviews?"
)
_NOT_SDG = re.compile(r"[Ss]trategic|STRATEGIC|Connect[^\S\n]+20\d\d")
_CUSTODIAN = re.compile(r"[Cc]ustodian")
_SENTENCE_END = re.compile(
    r"(?<!e\.g|i\.e|Nos|Res|Rev|Dec|Doc)(?<!No|Nr|cf)[.!?]['’\"”)]*[^\S\n]+(?=[“\"‘(]?[A-Z])"
)
_CONTINUATION = re.compile(r"[“\"‘(]?(?:As[^\S\n]+well[^\S\n]+as|And|Also)\b")

_GOALS = range(1, 18)
_TARGET_NUMBERS = range(1, 20)
_INDICATOR_NUMBERS = range(1, 10)


@dataclass(frozen=True, slots=True, order=True)
class SdgMention:
    """One SDG goal, target or indicator named in a text, with its offsets in that text.

    ``text[start:end] == as_written`` always holds.
    """

    start: int
    end: int
    level: str  # "goal" | "target" | "indicator"
    notation: str  # normalised, as the text numbers it: "9", "9.c", "4.4.1", "17.6.2"
    as_written: str
    custodian: bool  # the sentence states custodianship (of this indicator, or target)


def find_sdg_mentions(text: str) -> list[SdgMention]:
    """Find the SDG goals, targets and indicators named in ``text``.

    Parameters
    ----------
    text
        Any text: a sentence, a paragraph or a whole report. Offsets refer to it.

    Returns
    -------
    list of SdgMention
        Sorted by position, one per goal, target or indicator named (list items included).

    Examples
    --------
    >>> [m.notation for m in find_sdg_mentions("SDGs 3 and 4, target 9.c and SDG9")]
    ['3', '4', '9.c', '9']
    >>> m = find_sdg_mentions("ITU is custodian of five SDG indicators (4.4.1 and 17.6.2)")[1]
    >>> (m.level, m.notation, m.as_written, m.custodian)
    ('indicator', '17.6.2', '17.6.2', True)
    >>> find_sdg_mentions("See section 4.4.1 of the 17 SDGs, 6.2 and strategic target 1.1")
    []
    """
    mentions: list[SdgMention] = []
    for head in _HEAD.finditer(text):
        mentions.extend(_head_mentions(text, head))
    return sorted(mentions)


_GLOSS = re.compile(r"\s*\((?![\d.]+\))[^()\n]{1,80}\)")


def _head_mentions(text: str, head: re.Match[str]) -> list[SdgMention]:
    word = (head.group("w1") or head.group("w2") or head.group("w3") or "").lower()
    sdg_word = head.group("sdg") is not None
    plural = word.endswith("s") or (sdg_word and head.group("sdg").endswith("s") and not word)
    wanted = (
        "target"
        if word.startswith("target")
        else "indicator"
        if word.startswith("indicator")
        else "goal"
        if word.startswith("goal")
        else None
    )
    listing = plural or head.group("paren") is not None
    found: list[tuple[int, int, str, str, bool]] = []  # start, end, level, notation, plain
    pos = head.end()
    while True:
        match = _NOTATION.match(text, pos)
        if match is None:
            break
        parsed = _parse(match)
        if parsed is None:
            break
        level, notation, plain = parsed
        if wanted is not None and level != wanted:
            break
        found.append((match.start(), match.end(), level, notation, plain))
        pos = match.end()
        if level == "goal":
            name = _GOAL_NAME.match(text, pos)
            if name is not None:
                pos = name.end()
        else:
            # "4.4.1 (ICT skills), 5.b.1 (mobile phone ownership, by sex)": a gloss after each code
            note = _GLOSS.match(text, pos)
            if note is not None:
                pos = note.end()
        if not listing:
            break
        sep = _SEP.match(text, pos)
        if sep is None:
            break
        pos = sep.end()
    if not found:
        return []
    line_start = text.rfind("\n", 0, head.start()) + 1
    line_end = text.find("\n", head.start())
    line_end = len(text) if line_end < 0 else line_end
    sentence_start = _sentence_start(text, line_start, head.start())
    if not sdg_word and any(plain for *_, plain in found):
        if _SDG_CONTEXT.search(text, line_start, line_end) is None:
            return []
        if _NOT_SDG.search(text, sentence_start, head.start()) is not None:
            return []
    custodian_from = sentence_start
    if _CONTINUATION.match(text, sentence_start) and sentence_start > line_start:
        custodian_from = _sentence_start(text, line_start, sentence_start - 1)
    custodian = _CUSTODIAN.search(text, custodian_from, head.start()) is not None
    mentions = []
    for index, (start, end, level, notation, _plain) in enumerate(found):
        start = head.start() if index == 0 and head.group("w3") is None else start  # (not "indicators of ..., namely")
        mentions.append(SdgMention(start, end, level, notation, text[start:end], custodian))
    return mentions


def _parse(match: re.Match[str]) -> tuple[str, str, bool] | None:
    """Level, normalised notation, and whether the shape is plain numbers (``6``, ``3.6``)."""
    goal = int(match.group("g"))
    if goal not in _GOALS:
        return None
    target = match.group("t") or match.group("tl")
    indicator = match.group("i")
    if target is None:
        return "goal", str(goal), True
    if target.isdigit() and int(target) not in _TARGET_NUMBERS:
        return None
    if indicator is None:
        return "target", f"{goal}.{int(target) if target.isdigit() else target}", target.isdigit()
    if int(indicator) not in _INDICATOR_NUMBERS:
        return None
    target = str(int(target)) if target.isdigit() else target
    return "indicator", f"{goal}.{target}.{int(indicator)}", False


def _sentence_start(text: str, line_start: int, pos: int) -> int:
    """Start of the sentence holding ``pos``; a full stop inside “quotation marks” ends none."""
    start = line_start
    for boundary in _SENTENCE_END.finditer(text, line_start, pos):
        opened = text.count("“", start, boundary.start()) - text.count("”", start, boundary.start())
        if opened <= 0:
            start = boundary.end()
    return start
