"""The roles an organization plays in a grouping: one table, read by every stage.

Each role has the predicate a fact states it with (``leads``, ``memberOf``, ...), the ontology's
role individual an ``org:Membership`` node points to (``unkg:LeadRole``), and its class for scoring
and views: ``lead`` for the roles that lead (lead, co-lead, chair, co-chair, convener, coordinator,
co-organizer), ``member`` for the others. Invariant: predicates and individuals are one-to-one with
roles.
"""

from __future__ import annotations

from typing import NamedTuple


class Role(NamedTuple):
    predicate: str
    individual: str
    leads: bool


ROLES: dict[str, Role] = {
    "lead": Role("leads", "LeadRole", True),
    "co-lead": Role("coLeads", "CoLeadRole", True),
    "chair": Role("chairs", "ChairRole", True),
    "co-chair": Role("coChairs", "CoChairRole", True),
    "convener": Role("convenes", "ConvenerRole", True),
    "coordinator": Role("coordinates", "CoordinatorRole", True),
    "co-organizer": Role("coOrganizes", "CoOrganizerRole", True),
    "partner": Role("contributesTo", "PartnerRole", False),
    "founding-partner": Role("foundingPartnerOf", "FoundingPartnerRole", False),
    "supporter": Role("supports", "SupporterRole", False),
    "implementer": Role("implements", "ImplementerRole", False),
    "host": Role("hosts", "HostRole", False),
    "secretariat": Role("providesSecretariatFor", "SecretariatRole", False),
    "member": Role("memberOf", "MemberRole", False),
    "participant": Role("participatesIn", "ParticipantRole", False),
}

ROLE_PREDICATE = {name: r.predicate for name, r in ROLES.items()}
ROLE_INDIVIDUAL = {name: r.individual for name, r in ROLES.items()}
LEAD_ROLES = frozenset(name for name, r in ROLES.items() if r.leads)
PARTICIPATION_PREDICATES = frozenset(ROLE_PREDICATE.values())


def role_class(role: str) -> str:
    """``lead`` for leading roles (lead, co-lead, chair, co-chair, convener, coordinator,
    co-organizer), otherwise ``member``.

    Examples
    --------
    >>> role_class("co-chair"), role_class("supporter")
    ('lead', 'member')
    """
    return "lead" if role in LEAD_ROLES else "member"
