"""Stage 3: real paragraphs cut from the bundled reports, with the statements they must yield.

Each case is a paragraph as it appears in the report (the file and locator in the comment) and the
facts a reader finds in it. Assertions are on exact (subject, predicate, object) triples.
"""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.mentions import Lexicon
from kg.metadata import infer_publisher, infer_year
from kg.model import Report, ReportMeta
from kg.roles import role_class


def run(extractor: Extractor, text: str, publisher: str | None = "ITU") -> set[tuple[str, str, str]]:
    r = Report(ReportMeta("t", "t.txt", "T", publisher=publisher), text, "h")
    return {(s.subject, s.predicate, s.object) for s in extractor.extract(r).statements}


CASES = [
    pytest.param(
        # C22/INF/2 §6.1
        "6.1\tITU contributed actively to the Chief Executives Board for Coordination (CEB) and its subsidiary mechanisms, the High-Level Committee on Management (HLCM) and High-Level Committee on Programmes (HLCP). During this period, key topics on the agenda of HLCP included the future of HLCP’s work, AI and inequalities. ITU and UNESCO co-chair the Inter-agency Working Group on AI under HLCP, which continued to work on capacity building.",
        {("org:ITU", "coChairs", "grouping:iawg-ai"), ("org:UNESCO", "coChairs", "grouping:iawg-ai"),
         ("grouping:iawg-ai", "partOf", "grouping:hlcp"), ("grouping:hlcm", "partOf", "grouping:ceb"),
         ("grouping:hlcp", "partOf", "grouping:ceb"), ("org:ITU", "participatesIn", "grouping:ceb")},
        id="co-chair-and-sub-bodies",
    ),
    pytest.param(
        # C20 (Res. 191 report) §2.2: the unqualified Deputy Secretary-General is the publisher's
        "2.2. The ISC-TF held five meetings since its previous report. The Inter-Sectoral Coordination Task Force (ISC-TF) is chaired by the Deputy Secretary-General, with the participation of the Regional Directors.",
        {("org:ITU", "chairs", "grouping:inter-sectoral-coordination-task-force")},
        id="own-official-chairs",
    ),
    pytest.param(
        # C23 §3.1: a relative clause after a name with a lower-case track word, the publisher's head speaking
        "3.1\tITU's contributions were among the key themes of the conference, including the Private Sector Forum connectivity track, in which the Secretary-General had prominent speaking roles.",
        {("org:ITU", "participatesIn", "grouping:private-sector-forum")},
        id="relative-clause-speaking-role",
    ),
    pytest.param(
        # C23 §4.2: "delivering speeches ... at the official United Nations International Women’s Day event"
        "4.2\tITU actively engaged in numerous activities throughout CSW67, with the Secretary-General delivering speeches in a ministerial session and at the official United Nations International Women’s Day event, as well as at several high-level side events.",
        {("org:ITU", "participatesIn", "grouping:united-nations-international-women-s-day")},
        id="speech-at-named-day-event",
    ),
    pytest.param(
        # C22/INF/2 §4.2: "contribute to follow up to the UN Secretary-General’s G"
        "4.2\tIn addition, ITU is continuing to contribute to follow up to the UN Secretary-General’s Roadmap for Digital Cooperation, especially in the areas of connectivity. ITU is also contributing to follow up to the UN Secretary-General’s Report on “Our Common Agenda”, which was presented to the 76th UN General Assembly in September 2021.",
        {("org:ITU", "participatesIn", "grouping:roadmap-digital-cooperation"), ("org:ITU", "participatesIn", "grouping:our-common-agenda")},
        id="contribute-to-follow-up-to",
    ),
    pytest.param(
        # C22/INF/2 §7.1 BDT bullet 21: a long registry name with a lower-case first word; where the partners work
        "· Collaboration with the office of the UN Secretary General in the implementation of the Roadmap on Digital Cooperation.",
        {("org:EOSG", "contributesTo", "grouping:roadmap-digital-cooperation")},
        id="partner-in-the-implementation-of",
    ),
    pytest.param(
        # Activities report §1.8: an event named without a head word, known by its year and verb
        "ITU Telecom World 2019, 9 to 12 September, Budapest, Hungary, assembled governments, corporates and tech SMEs to exhibit innovative solutions.",
        {("org:ITU", "leads", "grouping:itu-telecom-world-2019")},
        id="opening-event-with-year",
    ),
    pytest.param(
        # Activities report §1.3: "Kaleidoscope 2018: ‘...’ was hosted by ..."
        "Kaleidoscope 2018: ‘Machine learning for a 5G future’ was hosted by Universidad Tecnológica Nacional, Santa Fe, Argentina.",
        {("org:UTN", "hosts", "grouping:itu-kaleidoscope-2018")},
        id="opening-event-hosted",
    ),
    pytest.param(
        # Activities report, Annex 1 Res. 135: "The event" is the event the sentence before named
        "· ITU's Emerging Technology for Connectivity 2021 was held from 5 July to 16 July 2021 with about 25 sessions. The event focused on least developed countries (LDCs), and targeted SDG 4 (Quality Education) and SDG 17 (Partnerships for the Goals).",
        {("org:ITU", "leads", "grouping:itu-s-emerging-technology-for-connectivity-2021"),
         ("grouping:itu-s-emerging-technology-for-connectivity-2021", "addressesSDG", "sdg:4"),
         ("grouping:itu-s-emerging-technology-for-connectivity-2021", "addressesSDG", "sdg:17")},
        id="the-event-anaphora",
    ),
    pytest.param(
        # Activities report §1.1.3: a registry name that opens with its owner
        "· RESOLUTION PLEN/2 (Kigali, 2022): The ITU Partner2Connect Digital Coalition.",
        {("org:ITU", "leads", "grouping:p2c")},
        id="registry-name-opens-with-owner",
    ),
    pytest.param(
        # C22/INF/2 §7.1 BDT bullet
        "· GIGA - GIGA is a joint ITU and UNICEF initiative that aims to provide connectivity to every school in the world.",
        {("org:ITU", "coLeads", "grouping:giga"), ("org:UNICEF", "coLeads", "grouping:giga")},
        id="joint-initiative",
    ),
    pytest.param(
        # C22/INF/2 §7.1 BDT bullet
        "· ITU collaborates with FAO on digital agriculture to support the agricultural sector with e-agriculture services and applications;",
        {("org:FAO", "partnersWith", "org:ITU")},
        id="direct-collaboration",
    ),
    pytest.param(
        # C22/INF/2 §7.1 BDT bullet
        "· Mobile Learning Week (MLW), organized by UNESCO in partnership with ITU and supported by other partners;",
        {("org:UNESCO", "leads", "grouping:mobile-learning-week"), ("org:ITU", "contributesTo", "grouping:mobile-learning-week")},
        id="organized-by-in-partnership-with",
    ),
    pytest.param(
        # C22/INF/2 §3.1: 17.6.2 is renumbered 17.6.1 in the current framework
        "3.1 \tITU is also the custodian of five SDG indicators (4.4.1, 5.b.1, 9.c.1, 17.6.2 and 17.8.1) contributing to the UNSTATS monitoring of the SDGs.",
        {("org:ITU", "custodianOf", f"sdg:{n}") for n in ("4.4.1", "5.b.1", "9.c.1", "17.6.1", "17.8.1")},
        id="custodian-renumbered",
    ),
    pytest.param(
        # C22/INF/2 §6.5: the publisher is the subject of every clause
        "6.5\tITU also continues to participate actively in the work of various thematic and administrative inter-agency mechanisms and networks. In this regard, ITU chairs the Partnership for Measuring ICT for Development; actively participated and provided secretariat to the UN Strategic Planning Network (UNSPN); currently holds the rotational Chairmanship of the United Nations Group on the Information Society (UNGIS).",
        {("org:ITU", "chairs", "grouping:partnership-measuring-ict4d"), ("org:ITU", "chairs", "grouping:ungis"),
         ("org:ITU", "providesSecretariatFor", "grouping:unspn")},
        id="clauses-share-subject",
    ),
    pytest.param(
        # C22/INF/2 §7.1 BDT bullet (EQUALS)
        "· EQUALS: The EQUALS Global Partnership for Gender Equality in the Digital Age is a committed group of corporate leaders. EQUALS was Launched in 2016 by the International Telecommunication Union and four founding partners – GSMA, the International Trade Centre, the United Nations University and UN Women, and",
        {("org:ITU", "leads", "grouping:equals"), ("org:GSMA", "foundingPartnerOf", "grouping:equals"),
         ("org:ITC", "foundingPartnerOf", "grouping:equals"), ("org:UNU", "foundingPartnerOf", "grouping:equals"),
         ("org:UN-Women", "foundingPartnerOf", "grouping:equals")},
        id="launched-by-founding-partners",
    ),
    pytest.param(
        # C23 §3.3
        "3.3\tA Partner2Connect (P2C) side event, co-chaired by ITU and the United Nations Office of the High Representative for the Least Developed, Landlocked and Small Island Developing States (UN-OHRLLS) took place to highlight P2C pledges made to LDCs.",
        {("org:ITU", "coChairs", "grouping:partner2connect-p2c-side-event"),
         ("org:UN-OHRLLS", "coChairs", "grouping:partner2connect-p2c-side-event"),
         ("grouping:partner2connect-p2c-side-event", "partOf", "grouping:p2c")},
        id="co-chaired-by-side-event",
    ),
    pytest.param(
        # C22/INF/2 §7.1 TSB bullet
        "· The ITU/WMO/UNESCO-IOC Joint Task Force on SMART Cable Systems is leading an ambitious project to equip submarine communications cables with scientific sensors.",
        {("org:ITU", "coLeads", "grouping:smart-cable-jtf"),
         ("org:WMO", "coLeads", "grouping:smart-cable-jtf"),
         ("org:UNESCO-IOC", "coLeads", "grouping:smart-cable-jtf")},
        id="owners-named-in-grouping",
    ),
    pytest.param(
        # C22/INF/2 §5.1 (shortened): a list of events after "including:", dates and ordinals dropped
        "5.1\tITU was present at multiple events held either virtually or in hybrid form, including: \tUNDESA Online Global Dialogue on Digital Inclusion for All (Feb. 2021); 60th session of the Legal Subcommittee of the Committee on the Peaceful Uses of Outer Space (May 2021); 49th session of the Industrial Development Board – UNIDO (July 2021); Internet Governance Forum (Dec. 2021); among others.",
        {("org:ITU", "participatesIn", "grouping:undesa-online-global-dialogue-on-digital-inclusion-for-all"),
         ("org:ITU", "participatesIn", "grouping:legal-subcommittee-of-the-committee-on-the-peaceful-uses-of-outer-space"),
         ("org:ITU", "participatesIn", "org:UNIDO-IDB"), ("org:ITU", "participatesIn", "grouping:igf")},
        id="enumerated-events",
    ),
    pytest.param(
        # C22/INF/2 §8.2: "namely" and "such as" lists; "respectively" pairs partners with items
        "8.2 \tITU is co-leading two Roundtable groups, namely on Global Connectivity and Capacity Building, with UNICEF and UNDP, respectively, and participating in other Roundtable groups, for the other areas, such as Digital Inclusion, Trust and Security and Artificial Intelligence, to identify gaps.",
        {("org:ITU", "coLeads", "grouping:global-connectivity"), ("org:ITU", "coLeads", "grouping:capacity-building"),
         ("org:UNICEF", "coLeads", "grouping:global-connectivity"), ("org:UNDP", "coLeads", "grouping:capacity-building"),
         ("org:ITU", "participatesIn", "grouping:digital-inclusion"), ("org:ITU", "participatesIn", "grouping:trust-and-security"),
         ("org:ITU", "participatesIn", "grouping:artificial-intelligence")},
        id="enumeration-respectively",
    ),
    pytest.param(
        # C23 §2.7 (two sentences): a sub-body named after its grouping, an official acting for the UN
        "2.7\tITU played an active role in the preparation of the Transforming Education Summit (TES), contributing to the TES Advisory Committee and United Nations Task Team. Currently, ITU is continuing to engage with the TES team, led by the United Nations Deputy Secretary-General and UNESCO.",
        {("org:ITU", "participatesIn", "grouping:tes-advisory-committee"), ("grouping:tes-advisory-committee", "partOf", "grouping:tes"),
         ("org:ITU", "participatesIn", "grouping:united-nations-task-team"),
         ("org:UN", "leads", "grouping:tes-team"), ("org:UNESCO", "leads", "grouping:tes-team")},
        id="sub-body-and-official",
    ),
    pytest.param(
        # C23 §2.8: a relative clause names who takes part
        "2.8\tIn addition, the United Nations Sustainable Development Group, chaired by the United Nations Deputy Secretary-General, created an OCA working group, in which the ITU Deputy Secretary-General has been participating.",
        {("org:UN", "chairs", "grouping:unsdg"), ("org:ITU", "participatesIn", "grouping:oca-working-group")},
        id="relative-clause",
    ),
    pytest.param(
        # C22/INF/2 §7.1 BDT bullet: "This project" in the next sentence; an unknown acronym among partners
        "· ITU also engaged in the “Niger 2.0” Smart Villages project in Niger. This project is being undertaken in collaboration with Niger’s ANSI and several other organizations including the World Health Organization (WHO), the Food and Agriculture Organization (FAO), UNESCO and others;",
        {("org:ITU", "participatesIn", "grouping:niger-2-0-smart-villages"), ("org:ANSI", "contributesTo", "grouping:niger-2-0-smart-villages"),
         ("org:WHO", "contributesTo", "grouping:niger-2-0-smart-villages"), ("org:FAO", "contributesTo", "grouping:niger-2-0-smart-villages"),
         ("org:UNESCO", "contributesTo", "grouping:niger-2-0-smart-villages")},
        id="this-project-and-partner-acronym",
    ),
    pytest.param(
        # activities report §1.8 ITU-R: partners named by category, then listed
        "ITU’s Bureau of Radiocommunication (BR) continues its close cooperation with Regional Telecommunication Organizations (APT, ATU and CEPT); broadcasting organizations (ABU and EBU).",
        {("org:APT", "partnersWith", "org:BR"), ("org:ATU", "partnersWith", "org:BR"), ("org:BR", "partnersWith", "org:CEPT"),
         ("org:ABU", "partnersWith", "org:BR"), ("org:BR", "partnersWith", "org:EBU")},
        id="partners-by-category",
    ),
    pytest.param(
        # C22/INF/2 §7.1 BDT bullet: a name set off by commas after the kind of grouping
        "· ITU is participating in the UN-wide partnership initiative, UN4NAPs, to scale up technical support to Least Developed Countries;",
        {("org:ITU", "participatesIn", "grouping:un4naps")},
        id="appositive-name",
    ),
    pytest.param(
        # C22/INF/2 §7.1 TSB bullet: a name before a lower-case kind word; "together with" shares the lead
        '· A new AI for Road Safety initiative launched in October 2021 at an AI for Good webinar aims to leverage AI in enhancing the "safe system approach to road safety" in line with the UN General Assembly Resolution (UN A/RES/74/299) on improving global road safety, which highlights the role of innovative automotive and digital technologies in this regard. The initiative is led by ITU together with the offices of the UN Secretary-General’s Special Envoy for Road Safety and the UN Secretary-General\'s Envoy on Technology.',
        {("org:ITU", "leads", "grouping:ai-for-road-safety"), ("org:OSET", "coLeads", "grouping:ai-for-road-safety"),
         ("org:Road-Safety-Envoy", "coLeads", "grouping:ai-for-road-safety")},
        id="kind-word-after-name-and-shared-lead",
    ),
    pytest.param(
        # C22/INF/2 §7.1 BDT bullet: "this global partnership includes A, B ... as well as C"
        '· EQUALS: The EQUALS Global Partnership for Gender Equality in the Digital Age is a committed group of corporate leaders, governments, businesses, not-for-profit organizations, academic institutions, NGOs and community groups around the world dedicated to promoting gender balance in the technology sector by championing equality of access, skills development and career opportunities for women and men alike. EQUALS was Launched in 2016 by the International Telecommunication Union and four founding partners – GSMA, the International Trade Centre, the United Nations University and UN Women, and currently this global partnership includes UN Women, UNESCO, UNCTAD, ITC, UNU-CS as well as GSMA;',
        {("org:ITU", "leads", "grouping:equals"), ("org:GSMA", "foundingPartnerOf", "grouping:equals"),
         ("org:UNESCO", "memberOf", "grouping:equals"), ("org:UNCTAD", "memberOf", "grouping:equals"),
         ("org:UNU-CS", "memberOf", "grouping:equals")},
        id="grouping-includes-members",
    ),
    pytest.param(
        # C22/INF/2 §7.1 BDT bullet: a bullet opening with a name and what it is
        '· Generation Connection Global E-waste Iconathon is an icon design content for e-waste take-back and collection which aims to raise awareness about the global e-waste issue and leverage youth participation. ITU is leading the initiative with support from the Secretariats of the Basel, Rotterdam and Stockholm Conventions, as well as the WEEE Forum and StEP Initiative. ITU is participating in the UN-wide partnership initiative, UN4NAPs, to scale up technical support to Least Developed Countries and Small Island Developing States to formulate and implement National Adaptation Plans (NAPs);',
        {("org:ITU", "leads", "grouping:generation-connection-global-e-waste-iconathon"),
         ("org:BRS", "supports", "grouping:generation-connection-global-e-waste-iconathon"),
         ("org:WEEE-Forum", "supports", "grouping:generation-connection-global-e-waste-iconathon"),
         ("org:StEP", "supports", "grouping:generation-connection-global-e-waste-iconathon")},
        id="bullet-opens-with-a-name",
    ),
    pytest.param(
        # C22/INF/2 §7.1 BR bullet: two bodies joined by "and"; "ITU experts provide support for"
        '· WMO: ITU continues to make joint action with WMO to develop WMO Integrated Global Observing System (WIGOS) and to provide spectrum access for incumbent and new space and terrestrial observing system. ITU experts provide support for WMO Steering Group for Radio Frequency Coordination and Inter-Programme Team on Space Weather Information, Systems and Services activities.',
        {("org:ITU", "supports", "grouping:wmo-steering-group-for-radio-frequency-coordination"),
         ("org:ITU", "supports", "grouping:inter-programme-team-on-space-weather-information-systems-and-services")},
        id="two-bodies-and-experts-support",
    ),
    pytest.param(
        # C22/INF/2 §7.1 TSB bullet: "the group" is the focus group named before it
        '· The ITU-T Focus Group on AI for Natural Disaster Management (FG-AI4NDM), established in December 2020, is supporting global efforts to improve our understanding and modelling of natural disasters in the interests of effective preparation and response. The group’s activities will benefit from close collaboration with the World Meteorological Organization (WMO) and the United Nations Environment Programme (UNEP).',
        {("org:WMO", "contributesTo", "grouping:itu-t-focus-group-on-ai-for-natural-disaster-management"),
         ("org:UNEP", "contributesTo", "grouping:itu-t-focus-group-on-ai-for-natural-disaster-management")},
        id="the-group-anaphora",
    ),
    pytest.param(
        # C22/INF/2 §6.4: an event named in quotes after its kind, held at another event
        'ITU and UNDESA co-organized a side-event on “The Era of Quantum Information Technology - Promises and Pitfalls” at the 2021 STI Forum.',
        {("org:ITU", "coOrganizes", "grouping:era-of-quantum-information-technology-promises-and-pitfalls"),
         ("org:DESA", "coOrganizes", "grouping:era-of-quantum-information-technology-promises-and-pitfalls"),
         ("org:ITU", "participatesIn", "grouping:sti-forum"), ("org:DESA", "participatesIn", "grouping:sti-forum")},
        id="quoted-event-at-event",
    ),
    pytest.param(
        # C22/INF/2 §7.1 BDT bullet: "X, together with Y (and Z) endorsed the “...”"
        '· To support the development of multi-hazard early warning systems, ITU, together with the WMO (and the IFRC) endorsed the "Common Alerting Protocol (CAP): Call to action",.',
        {("org:ITU", "supports", "grouping:common-alerting-protocol-cap-call-to-action"),
         ("org:WMO", "supports", "grouping:common-alerting-protocol-cap-call-to-action"),
         ("org:IFRC", "supports", "grouping:common-alerting-protocol-cap-call-to-action")},
        id="together-with-endorsed-quoted",
    ),
    pytest.param(
        # C22/INF/2 §7.1 BDT bullet (the report's own typo kept): a project named by its title
        '· ITU and UNEP laucned a new project in October 2021 on Implementing the EPR Concept in Policies and Regulations for the Sound Management of E-waste covering Rwanda, The Gambia, Botswana, Namibia, Dominican Republic and Uzbekistan;',
        {("org:ITU", "leads", "grouping:implementing-the-epr-concept-in-policies-and-regulations-for-the-sound-managemen"),
         ("org:UNEP", "leads", "grouping:implementing-the-epr-concept-in-policies-and-regulations-for-the-sound-managemen")},
        id="project-named-by-title",
    ),
    pytest.param(
        # C23 §4.1-4.2: "(CSW67)" defines one session of the Commission, not the Commission
        '4.1\tThe 67th session of the Commission on the Status of Women (CSW67) was held in New York on 6-17 March 2023. 4.2\tITU actively engaged in numerous activities throughout CSW67, with the Secretary-General delivering speeches in a ministerial session and at the official United Nations International Women’s Day event, as well as at several high-level side events.',
        {("org:ITU", "participatesIn", "grouping:67th-session-of-the-commission-on-the-status-of-women"),
         ("grouping:67th-session-of-the-commission-on-the-status-of-women", "partOf", "org:CSW")},
        id="numbered-session",
    ),
    pytest.param(
        # C23 §5.2: a fronted event frame; everyone acting in the sentence took part in it
        '5.2\tTo this end, the international standards-development organizations (SDOs), including ITU, the International Electrotechnical Commission (IEC) and the International Organization for Standardization (ISO), are working closely with OHCHR. At the recent World Standards Cooperation (WSC) meeting, hosted by ITU in February 2023, the key outcome was an agreement among the three international SDOs, IEC, ISO and ITU, in the presence of the United Nations High Commissioner for Human Rights, to foster greater collaboration between standardization and human rights communities. ',
        {("org:ITU", "hosts", "grouping:wsc"), ("org:IEC", "participatesIn", "grouping:wsc"),
         ("org:ISO", "participatesIn", "grouping:wsc"), ("org:OHCHR", "participatesIn", "grouping:wsc")},
        id="at-event-frame",
    ),
    pytest.param(
        # activities report §1.14: "the WSIS Action Lines C2 (...), C5 (...), and C6" are three action lines
        'ITU is the leading facilitator and implementer of the WSIS Action Lines C2 (Information and Communication Infrastructure), C5 (Cybersecurity), and C6 (Enabling Environment). Further, ITU has also been performing the lead role of the WSIS Action Line C4 (Capacity Building) facilitator and implementer.',
        {("org:ITU", "leads", "grouping:wsis-action-line-c2"), ("org:ITU", "leads", "grouping:wsis-action-line-c5"),
         ("org:ITU", "leads", "grouping:wsis-action-line-c6"), ("org:ITU", "leads", "grouping:wsis-action-line-c4"),
         ("grouping:wsis-action-line-c5", "partOf", "grouping:wsis")},
        id="action-line-series",
    ),
    pytest.param(
        # activities report §1.3: everyone named before "as part of the G" takes part in G
        'ITU, in collaboration with the World Health Organization and with support from UNICEF – as part of the Be Healthy, Be Mobile (BHBM) initiative – worked with telecommunication companies.',
        {("org:ITU", "participatesIn", "grouping:bhbm"), ("org:UNICEF", "participatesIn", "grouping:bhbm"),
         ("org:WHO", "contributesTo", "grouping:bhbm")},
        id="as-part-of-sweep",
    ),
    pytest.param(
        # C22/INF/2 §8.2 (shortened): a joint body named by its owners in the possessive
        "In particular, ITU has been leading the activities on Capacity Building, for example through the launch of ITU-UNDP’s Joint Facility, which includes an online platform.",
        {("org:ITU", "coLeads", "grouping:itu-undp-joint-facility"), ("org:UNDP", "coLeads", "grouping:itu-undp-joint-facility")},
        id="joint-possessive",
    ),
    pytest.param(
        # activities report §1.11: "in 5G" stays inside the name; a year after the head does not
        "The first ITU AI/Machine Learning in 5G Challenge in 2020 studied the practical application of AI/ML in emerging and future networks.",
        {("org:ITU", "leads", "grouping:itu-ai-machine-learning-in-5g-challenge")},
        id="name-with-in-and-a-number",
    ),
    pytest.param(
        # C23 §2.1: "contributing to ... efforts to follow up on the ... report “G”"
        'ITU is contributing to both United Nations Member States’ and inter-agency efforts to follow up on the United Nations Secretary-General’s report “Our Common Agenda” (OCA), which was presented to the 76th session of the United Nations General Assembly (UNGA) in September 2021.',
        {("org:ITU", "participatesIn", "grouping:our-common-agenda")},
        id="contributing-to-efforts-to-follow-up-on",
    ),
    pytest.param(
        # Activities report 2018-2022 §1.8: a fronted partner list; a title launched without a head word
        "· In September 2020, in partnership with the Enhanced Integrated Framework (EIF) and UNOPS, ITU launched Tech as a driver of Women’s Economic Opportunity. Targeting LDCs, this initiative enhances the digital ecosystem and builds digital skills.",
        {("org:ITU", "leads", "grouping:tech-as-a-driver-of-women-s-economic-opportunity"),
         ("org:EIF", "contributesTo", "grouping:tech-as-a-driver-of-women-s-economic-opportunity"),
         ("org:UNOPS", "contributesTo", "grouping:tech-as-a-driver-of-women-s-economic-opportunity")},
        id="fronted-partners-of-a-launched-title",
    ),
    pytest.param(
        # Activities report 2018-2022 §1.8 ITU-D ¶23 (first sentence) and ¶5: "G, a joint initiative of A, B and C"
        "BR participated in the Policy and Regulatory Initiative for Digital Africa (PRIDA) project. PRIDA, a joint initiative of the African Union, the European Union and ITU, ran eight capacity building workshops training 573 engineers from regulatory authorities belonging to 48 African countries.",
        {("org:AU", "coLeads", "grouping:policy-and-regulatory-initiative-for-digital-africa"),
         ("org:EU", "coLeads", "grouping:policy-and-regulatory-initiative-for-digital-africa"),
         ("org:ITU", "coLeads", "grouping:policy-and-regulatory-initiative-for-digital-africa")},
        id="joint-initiative-of",
    ),
    pytest.param(
        # C22/INF/2 §7.1 TSB: the only organization named owns the grouping; the publisher supports it
        "· The guidelines for the safe listening of music players were developed in support of the WHO ‘Make Listening Safe’ initiative.",
        {("org:WHO", "leads", "grouping:make-listening-safe"), ("org:ITU", "supports", "grouping:make-listening-safe")},
        id="owner-is-not-the-actor",
    ),
    pytest.param(
        # C22/INF/2 §8.3: "work very closely with A, B ... on ... in G"
        "8.3\tAs strongly suggested by Member States during the CWG-SFP, ITU will continue to work very closely with the Office of UN Secretary-General, Office of the Secretary-General’s Envoy on Technology and other UN agencies on the acceleration of digital cooperation and digital issues in Our Common Agenda.",
        {("org:EOSG", "contributesTo", "grouping:our-common-agenda"), ("org:OSET", "contributesTo", "grouping:our-common-agenda")},
        id="work-very-closely-with-in",
    ),
    pytest.param(
        # Activities report 2018-2022 §1.8: a defined name that spells out inner acronyms is one grouping
        "The ITU Focus Group on Artificial Intelligence (AI) and Internet of Things (IoT) for Digital Agriculture (FG-AI4A) explores the potential of emerging technologies.",
        {("org:ITU", "leads", "grouping:focus-group-on-artificial-intelligence-ai-and-internet-of-things-iot-for-digital")},
        id="name-with-inner-acronyms",
    ),
    pytest.param(
        # C22/INF/2 §7.1 BR bullet 4: one plural head, several numbered bodies; "X secretariat participated"
        "· IMO: ITU participated in the 2021 meetings of the IMO/ITU Experts Group on maritime radio issues. IMO secretariat participated in the meetings of ITU-R Working Parties 5B and 4C.",
        {("org:IMO", "participatesIn", "grouping:itu-r-working-party-5b"), ("org:IMO", "participatesIn", "grouping:itu-r-working-party-4c")},
        id="numbered-bodies-under-one-plural-head",
    ),
    pytest.param(
        # C22/INF/2 §7.1 TSB bullet 1: an agentless bullet of the publisher's list, after a fronted date
        "· In 2021, the AI for Good, the all year digital platform always online, offered continuous programming. Close to 40 UN sister agencies are partners. Switzerland is co-convener of AI for Good;",
        {("org:ITU", "participatesIn", "grouping:ai-for-good")},
        id="agentless-bullet-after-a-date",
    ),
    pytest.param(
        # Activities report 2018-2022 §1.8 bullet 2: a launched title holding its owner and a known name
        "· ITU and CISCO launched the CISCO EQUALS Learning Space – online training to build tech skills.",
        {("org:ITU", "leads", "grouping:cisco-equals-learning-space"), ("org:Cisco", "leads", "grouping:cisco-equals-learning-space")},
        id="launched-title-over-a-known-name",
    ),
    pytest.param(
        # C22/INF/2 §7.1 BDT bullet 20: partners and a funder of the one project the sentence names
        "· One positive outcome was a partnership forged with FAO, ILO, UNCDF, and UNDP, which resulted in an agreement with the European Commission (EC) for the financing of the project “Support to Rural Entrepreneurship, Investment and Trade in Papua New Guinea”;",
        {(f"org:{o}", "contributesTo", "grouping:support-to-rural-entrepreneurship-investment-and-trade-in-papua-new-guinea")
         for o in ("FAO", "ILO", "UNCDF", "UNDP", "EC")},
        id="partnership-forged-with-for-a-project",
    ),
    pytest.param(
        # C20 §2.4 bullet 4: the head organization's own name in its bullet is not another actor
        "· Joint Inspection Unit of the UN System (JIU): the group reviewed and endorsed acceptance and implementation status, where appropriate, of recommendations in JIU system-wide reports published in 2019. The group also noted the JIU’s Programme of Work for 2020 and designated the respective ITU focal points for each of the system-wide thematic reviews;",
        {("org:ITU", "partnersWith", "org:JIU")},
        id="bullet-head-organization-named-again",
    ),
    pytest.param(
        # Activities report 2018-2022 §1.1.3 ¶1: the publisher's own conference, held with no organizer named
        "The 8th World Telecommunication Development Conference (WTDC-22) was organized successfully in Kigali, Rwanda, from 6 to 16 June 2022, under the theme: Connecting the unconnected to achieve sustainable development.",
        {("org:ITU", "convenes", "grouping:wtdc-22")},
        id="own-conference-held",
    ),
    pytest.param(
        # Activities report 2018-2022 §1.8 ¶15: a webinar series named after a known grouping is part of it
        "ITU has launched an AI for Good webinar series featuring use cases of artificial intelligence in healthcare.",
        {("org:ITU", "leads", "grouping:ai-for-good-webinar-series"), ("grouping:ai-for-good-webinar-series", "partOf", "grouping:ai-for-good")},
        id="webinar-series-of-a-known-grouping",
    ),
    pytest.param(
        # Activities report 2018-2022, Annex 1, Resolutions 154 and 167: the unqualified secretariat is the publisher's
        "The secretariat established a Group on Study and Evaluation of Alternative Translation procedures, chaired by the Deputy Secretary-General, which reviewed and updated the measures. The secretariat’s Remote Participation Task Force (RPTF) was established in April 2020 to identify best practices for preparing and conducting electronic meetings.",
        {("org:ITU", "chairs", "grouping:group-on-study-and-evaluation-of-alternative-translation"),
         ("org:ITU", "leads", "grouping:remote-participation-task-force")},
        id="own-secretariat",
    ),
    pytest.param(
        # C20 §2.1: the bodies a task force coordinates are its members
        "2.1. The Inter-Sectoral Coordination Task Force (ISC-TF) was established to enhance the coordination and collaboration among the three Bureaux and the General Secretariat, with a view to avoid internal duplication of effort.",
        {("org:ITU-GS", "memberOf", "grouping:inter-sectoral-coordination-task-force")},
        id="coordination-among-members",
    ),
    pytest.param(
        # C22/INF/2 §7.1 GS bullet 5: "collaborate on a regular G"
        "· ITU, UN Innovation Network and UN-OICT initiative collaborate on a regular TechLearnTalk series at UNHQ to help build capacity on a range of ICT themes.",
        {("org:ITU", "contributesTo", "grouping:techlearntalk")},
        id="collaborate-on-a-grouping",
    ),
    pytest.param(
        # C23 §5.3: an event named in lower case after its organizer, coordinated with "as well as at the second"
        "5.3\tIn addition, ITU participated in an open consultation organized by OHCHR at the Internet Governance Forum 2022, as well as at the second OHCHR expert consultation in February 2023.",
        {("org:ITU", "participatesIn", "grouping:ohchr-expert-consultation"), ("org:OHCHR", "leads", "grouping:ohchr-expert-consultation")},
        id="owned-lower-case-event",
    ),
    pytest.param(
        # Activities report 2018-2022 §1.8 ITU-D ¶30: a fronted passive; the series a dated edition belongs to
        "Hosted by the Georgia Institute of Technology in Atlanta, Georgia (US), the 2019 edition of Kaleidoscope was themed: ‘ICT for Health: Networks, standards and innovation’.",
        {("org:Georgia-Tech", "hosts", "grouping:itu-kaleidoscope")},
        id="fronted-host-of-an-edition",
    ),
    pytest.param(
        # Activities report 2018-2022 §1.8 ITU-D ¶50: one owner for two names joined by "and"
        "The ITU Digital World Awards and SME Programme supported and recognized innovative ICT-based solutions with social impact.",
        {("org:ITU", "leads", "grouping:itu-digital-world-awards"), ("org:ITU", "leads", "grouping:sme-programme")},
        id="owner-of-two-names",
    ),
    pytest.param(
        # Activities report 2018-2022 §1.8 ITU-R ¶1 and ¶4: a definition spells all its initials; the
        # part of the owner named as organizer leads, not the owner the name carries
        "World Radiocommunication Seminars (WRS), Regional Radiocommunication Seminars (RRS), and ITU Inter-regional Workshops on WRC Preparation were conducted. ITU Regional Radiocommunication Seminars, organized by ITU-R, disseminated information worldwide in cooperation with ITU regional offices and organizations.",
        {("org:ITU-R", "leads", "grouping:rrs")},
        id="part-of-the-owner-leads",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_real_paragraphs(extractor: Extractor, text: str, expected: set[tuple[str, str, str]]) -> None:
    got = run(extractor, text)
    missing = expected - got
    assert not missing, f"missing {sorted(missing)}; got {sorted(got)}"


def test_no_role_without_a_cue(extractor: Extractor) -> None:
    # C23 §5.2 (shortened): organizations merely near a grouping do not take part in it
    text = "5.2\tAt the recent World Standards Cooperation (WSC) meeting, the need for human rights was discussed; UNICEF published a report."
    got = run(extractor, text)
    assert not any(p in ("memberOf", "leads", "participatesIn") and s == "org:UNICEF" for s, p, _ in got)


def test_founded_by_several_is_founding_partnership_not_lead(extractor: Extractor) -> None:
    # Activities report §1.8: several founders are founding partners; a single founder leads
    text = ("EQUALS, the Global Partnership for Gender Equality in the Digital Age, works to ensure that women and girls "
            "are given access. The partnership was founded in 2017 by ITU, UN Women, GSMA, ITC, and UNU.")
    got = run(extractor, text)
    for org in ("org:ITU", "org:UN-Women", "org:GSMA", "org:ITC", "org:UNU"):
        assert (org, "foundingPartnerOf", "grouping:equals") in got
    assert not any(p == "leads" for _, p, _ in got)
    single = run(extractor, "The Digital Transformation Centres Initiative was founded in 2019 by ITU.")
    assert any(s == "org:ITU" and p == "leads" for s, p, _ in single), single


def test_office_of_another_is_not_the_subjects_role(extractor: Extractor) -> None:
    # C20 (Res. 191 report) §2.4: "the Chair of" the group is someone else, not the publisher
    text = ("· Webpage and consolidated information on Inter-sectoral coordination: the group consolidated all information "
            "under the common Webpage, in collaboration with the Chair of the Inter-Sectoral Coordination Group on Issues "
            "of Mutual Interest (ISCG).")
    assert not any(p == "chairs" for _, p, _ in run(extractor, text))
    assert any(p == "chairs" for _, p, _ in run(extractor, "· ITU holds the chair of the Inter-Sectoral Coordination Group on Issues of Mutual Interest (ISCG)."))


def test_secretary_general_as_object_or_of_another_is_not_the_publisher(extractor: Extractor) -> None:
    # C22/INF/2 §6.3 and the activities report's Annex 1: the official is instructed or is the UN's
    for text in ("The Resolution instructs the Secretary-General to participate in the work of the Space Protocol Preparatory Commission.",
                 "The Executive Office of the Secretary-General (EOSG) convened eight virtual roundtable groups.",
                 "The resolution provides the mandates required for the Secretary-General and the UN system."):
        r = Report(ReportMeta("t", "t.txt", "T", publisher="ITU"), text, "h")
        assert "org:ITU" not in {k for k, _ in extractor.extract(r).org_mentions}, text
    r = Report(ReportMeta("t", "t.txt", "T", publisher="ITU"), "The ISC-TF is chaired by the Deputy Secretary-General.", "h")
    assert "org:ITU" in {k for k, _ in extractor.extract(r).org_mentions}


def test_enumerated_event_keeps_its_owner_and_its_clean_name(extractor: Extractor) -> None:
    # C22/INF/2 §5.1 (shortened): the owner named in an item leads it; " - COPUOS" is not part of the name
    text = ("5.1\tITU was present at multiple events held either virtually or in hybrid form, including: UNDESA Online Global "
            "Dialogue on Digital Inclusion for All (Feb. 2021); 58th session of the Scientific and Technical Subcommittee of the "
            "Committee on the Peaceful Uses of Outer Space - COPUOS (April 2021); High Level Political Forum (July 2021).")
    out = extractor.extract(Report(ReportMeta("t", "t.txt", "T", publisher="ITU"), text, "h"))
    got = {(st.subject, st.predicate, st.object) for st in out.statements}
    assert ("org:DESA", "leads", "grouping:undesa-online-global-dialogue-on-digital-inclusion-for-all") in got
    labels = {out.nodes[o].label for s, p, o in got if s == "org:ITU" and p == "participatesIn"}
    assert "Scientific and Technical Subcommittee of the Committee on the Peaceful Uses of Outer Space" in labels, labels


def test_a_body_naming_a_document_is_not_the_target(extractor: Extractor) -> None:
    # C22/INF/2 §4.2: following "UNGA resolutions" is not taking part in the General Assembly
    text = "4.2\tThe ITU Liaison Office in New York also follows and reviews other UNGA resolutions with references to ICTs."
    got = run(extractor, text)
    assert not any(o == "org:UNGA" for _, _, o in got), got
    assert ("org:ITU-NYLO", "participatesIn", "org:UNGA") in run(extractor, "4.2\tThe ITU Liaison Office in New York also follows the UNGA sessions.")


def test_grouping_as_subject_is_not_the_publisher_acting(extractor: Extractor) -> None:
    # C23 §6.2: the day contributes to the summit; ITU is not said to take part in the summit here
    got = run(extractor, "6.2\tSDG Digital Day will contribute to the objectives of the SDG Summit by: showcasing solutions.")
    assert not any(s == "org:ITU" and o == "grouping:sdg-summit" for s, _, o in got), got
    # a bullet head is not a subject: the publisher acts
    got = run(extractor, "· UNGIS: participated in the meetings of the CEB.")
    assert ("org:ITU", "participatesIn", "grouping:ceb") in got, got


def test_a_request_is_not_a_fact(extractor: Extractor) -> None:
    # C23 §3.4: being approached about contributing is not contributing
    text = ("3.4\tUN-OHRLLS has already approached ITU about making similar thematic contributions to the Third United Nations "
            "Conference on Landlocked Developing Countries and the Fourth International Conference on Small Island Developing States.")
    assert not any(s == "org:ITU" for s, _, _ in run(extractor, text))


def test_evidence_quotes_the_sentence(extractor: Extractor) -> None:
    text = "6.3 \tITU is also a member of the UN Sustainable Development Group (UNSDG), which serves as a high-level forum. It guides development operations."
    r = Report(ReportMeta("t", "t.txt", "T", symbol="C0/INF/1", publisher="ITU"), text, "h")
    [st] = [s for s in Extractor.__new__(Extractor).__class__(extractor.registry).extract(r).statements if s.predicate == "memberOf"]
    assert st.subject == "org:ITU" and st.object == "grouping:unsdg"
    assert st.evidence.locator == "C0/INF/1 §6.3"
    assert st.evidence.quote.startswith("ITU is also a member of the UN Sustainable Development Group")
    assert text[st.evidence.start : st.evidence.end].startswith("ITU is also a member")
    assert st.evidence.rule.endswith("@1")


def test_annex_row_is_publisher_membership_with_attributes_and_mandate(extractor: Extractor) -> None:
    # C22/INF/2 annex table header and the UNGIS row, verbatim
    text = (
        "\tName\n\tKey Activity\n\tKey ITU relevance / Specific benefit brought to ITU\n\tFrequency of meetings*\n\tTime spent\n\tFinancial implications*\n\n"
        "\tUnited Nations Group Information Society (UNGIS)\n\tPromotes policy coherence and programme coordination in the UN system.\n"
        "\tPP Res. 140 (Rev. Dubai, 2018)\n\tOnce a year\n\t1 day\n\tTravel and DSA\n"
    )
    r = Report(ReportMeta("t", "t.txt", "T", publisher="ITU"), text, "h")
    sts = Extractor(extractor.registry).extract(r).statements
    member = [s for s in sts if s.subject == "org:ITU" and s.object == "grouping:ungis"]
    assert member and dict(member[0].attrs)["meetingFrequency"] == "Once a year"
    assert dict(member[0].attrs)["financialImplications"] == "Travel and DSA"
    assert ("grouping:ungis", "mandatedBy", "resolution:itu-pp-res-140") in {(s.subject, s.predicate, s.object) for s in sts}


def test_annex_cells_are_read_like_sentences(extractor: Extractor) -> None:
    # C22/INF/2 annex, the UNJSPB row (cells shortened): the relevance cell's sentences give facts of
    # their own; the key-activity cell describes the mechanism, so ITU is not its implicit actor
    text = (
        "\tName\n\tKey Activity\n\tKey ITU relevance / Specific benefit brought to ITU\n\tFrequency of meetings*\n\tTime spent\n\tFinancial implications*\n\n"
        "\tUnited Nations Joint Staff Pension Board (UNJSPB)\n\tUNJSPB protects the interest of the participants by providing leadership to the UN Country Teams.\n"
        "\tSince 2019 ITU has also had one representative sit on the Pension Board Budget Working Group.\n\tOnce a year\n\t1 day\n\tTravel and DSA\n"
    )
    got = run(extractor, text)
    assert ("org:ITU", "memberOf", "grouping:pension-board-budget-working-group") in got
    assert not any(o == "grouping:un-country-teams" for _, _, o in got)


def test_role_class() -> None:
    assert [role_class(r) for r in ("lead", "co-organizer", "partner", "member")] == ["lead", "lead", "member", "member"]


def test_infer_publisher_and_year() -> None:
    lx = Lexicon()
    lx.add("ITU", "org:ITU", "org")
    lx.add("UNESCO", "org:UNESCO", "org")
    assert infer_publisher("Report by the Secretary-General. ITU and UNESCO ... ITU ... ITU", lx) == "ITU"
    assert infer_year("COUNCIL 2019 ... since April 2018") == 2019


def test_annex_table_with_a_role_column(extractor: Extractor) -> None:
    # older reports of the series lay the annex out with other columns, one of them the role
    text = (
        "Annex\n\tMechanism\n\tPurpose\n\tITU role\n\tFrequency of meetings\n\n"
        "\tUnited Nations Group on the Information Society (UNGIS)\n\tPromotes policy coherence in the UN system.\n\tCo-chair (rotating)\n\tOnce a year\n\n"
        "\tUN-Energy\n\tInter-agency mechanism on energy.\n\tMember\n\tTwice a year\n"
    )
    got = run(extractor, text)
    assert ("org:ITU", "coChairs", "grouping:ungis") in got
    assert ("org:ITU", "memberOf", "grouping:un-energy") in got


def test_table_columns_naming_leads_and_participants(extractor: Extractor) -> None:
    # a table of joint groups with a lead column and a participants column (as in a Resolution 191
    # report): each named organization gets its column's role, a parenthesis may name another, and
    # the publisher takes part only where a column names it
    text = (
        "\tGroup / activity\n\tLead\n\tOther participants\n\tMandate\n\n"
        "\tJoint Coordination Activity on IMT-2020 (JCA-IMT2020)\n\tITU-T (Study Group 13)\n\tITU-R (Working Party 5D); 3GPP; ETSI\n"
        "\tWTSA Res. 92 (Rev. Hammamet, 2016)\n\n"
        "\tITU/WMO/UNESCO-IOC Joint Task Force on SMART Cable Systems\n\tITU, World Meteorological Organization (WMO) and UNESCO "
        "Intergovernmental Oceanographic Commission (UNESCO-IOC)\n\tTSB (secretariat)\n\tPP Res. 182 (Rev. Busan, 2014)\n"
    )
    r = Report(ReportMeta("t", "t.txt", "T", publisher="ITU"), text, "h")
    sts = Extractor(extractor.registry).extract(r).statements
    got = {(s.subject, s.predicate, s.object) for s in sts if s.predicate != "mandatedBy"}
    jca, jtf = "grouping:joint-coordination-activity-on-imt-2020", "grouping:smart-cable-jtf"
    assert got == ({("org:ITU-T", "leads", jca)} | {(o, "participatesIn", jca) for o in ("org:ITU-R", "org:3GPP", "org:ETSI")}
                   | {(o, "leads", jtf) for o in ("org:ITU", "org:WMO", "org:UNESCO-IOC")} | {("org:TSB", "providesSecretariatFor", jtf)})
    lead = next(s for s in sts if s.subject == "org:ITU-T")
    assert lead.evidence.locator.endswith(", Lead") and lead.evidence.quote.startswith("Joint Coordination Activity on IMT-2020")
    assert ("grouping:smart-cable-jtf", "mandatedBy", "resolution:itu-pp-res-182") in {(s.subject, s.predicate, s.object) for s in sts}


def test_pronoun_sentence_is_about_the_previous_grouping(extractor: Extractor) -> None:
    # C23 §6.5: "It" is the High-Level Political Forum of the sentence before
    text = (
        "6.5\tThe 2023 session of the High-Level Political Forum on Sustainable Development in July is expected to support "
        "the mid-term review of the implementation of the SDGs. It will also perform an in-depth review of Goal 6, on clean "
        "water and sanitation, and Goal 17, on partnerships for the goals."
    )
    got = run(extractor, text)
    subjects = {s for s, p, o in got if p == "addressesSDG" and o in ("sdg:6", "sdg:17")}
    assert len(subjects) == 1 and {o for s, p, o in got if p == "addressesSDG"} >= {"sdg:6", "sdg:17"}


def test_bullet_under_a_grouping_heading(extractor: Extractor) -> None:
    # activities report §1.13 Giga: bullets under the heading name partners of the heading's grouping,
    # unless the sentence makes something new
    text = ("Giga – working since 2019 to connect every school to the Internet\n"
            "The initiative has been active in 19 priority countries. Giga has:\n· Raised over USD 22 million from global partners including Ericsson, Dubai Cares and the Musk Foundation;\n"
            "· Developed models for finance, including an assessment of sustainable business models by Giga Knowledge Partner Boston Consulting Group;\n"
            )
    got = run(extractor, text)
    for org in ("org:Ericsson", "org:Dubai-Cares", "org:Musk-Foundation", "org:BCG"):
        assert (org, "contributesTo", "grouping:giga") in got
    text = ("EQUALS – promoting access, skills and ICT leadership for women and girls\n"
            "Achievements of the EQUALS partnership include:\n"
            "· In September 2020, in partnership with the Enhanced Integrated Framework (EIF) and UNOPS, ITU launched "
            "Tech as a driver of Women’s Economic Opportunity.\n")
    got = run(extractor, text)
    assert not any(s == "org:UNOPS" and o == "grouping:equals" for s, _, o in got)


def test_implementation_report_mandates_its_section_mechanisms(extractor: Extractor) -> None:
    # C20/INF (Resolution 191 report, shortened): the report's subject resolution mandates the
    # mechanisms that head its sections, and the sentence saying so is quoted
    text = ("Summary\nThis document presents a report on the implementation of Resolution 191 (Rev. Dubai, 2018) on the "
            "strategy for the coordination of efforts among the three Sectors of the Union.\n"
            "2. Coordination within the secretariat\nInter-Sectoral Coordination Task Force (ISC-TF)\n"
            "2.1. The Inter-Sectoral Coordination Task Force (ISC-TF) was established to enhance the coordination among the three Bureaux.\n"
            "3. Membership coordination\nISCG meeting during TSAG in September 2019\n"
            "3.3. The Inter-Sectoral Coordination Group on Issues of Mutual Interest (ISCG) last met on 25 September 2019.\n"
            "3.4. The Inter-Sector Coordination Group (ISCG) decided on a pilot theme.\n")
    r = Report(ReportMeta("t", "t.txt", "T", publisher="ITU"), text, "h")
    x = extractor.extract(r)
    mandated = {(s.subject, s.object): s.evidence for s in x.statements if s.predicate == "mandatedBy"}
    ev = mandated[("grouping:inter-sectoral-coordination-task-force", "resolution:itu-pp-res-191")]
    assert "report on the implementation of Resolution 191" in ev.quote
    # two full names defined with one acronym are one grouping
    iscg = {s.subject for s in x.statements if s.predicate == "mandatedBy" and s.subject != "grouping:inter-sectoral-coordination-task-force"}
    assert len(iscg) == 1
    keys = {k for st in x.statements for k in (st.subject, st.object) if "coordination-group" in k}
    assert keys == iscg


def test_a_venue_is_not_what_a_resolution_mandates(extractor: Extractor) -> None:
    # C22/INF/2 §7.1 TSB bullet (first sentence): the initiative, not the webinar where it was launched
    text = ("· A new AI for Road Safety initiative launched in October 2021 at an AI for Good webinar aims to leverage AI "
            "in line with the UN General Assembly Resolution (UN A/RES/74/299) on improving global road safety.")
    got = run(extractor, text)
    assert ("grouping:ai-for-road-safety", "mandatedBy", "resolution:unga-res-74-299") in got
    assert ("grouping:ai-for-good", "mandatedBy", "resolution:unga-res-74-299") not in got


def test_the_secretariat_someone_provides_is_not_the_publisher_acting(extractor: Extractor) -> None:
    # "provides the secretariat for" stays a role; "the secretariat of X" is X's
    got = run(extractor, "ITU provides the secretariat for the Broadband Commission for Sustainable Development.")
    assert ("org:ITU", "providesSecretariatFor", "grouping:broadband-commission") in got
    got = run(extractor, "UNESCO serves as the secretariat of the Global Education Coalition, and the secretariat of UNGIS met.", publisher="ITU")
    assert not any(s == "org:ITU" for s, _, _ in got), got


def test_a_defined_name_keeps_its_owner_before_it(extractor: Extractor) -> None:
    # Activities report 2018-2022 §1.3 bullet 7; C22/INF/2 §7.1 TSB bullet 5
    got = run(extractor, "· ITU-R Study Group 1 (SG 1) covers Spectrum Management and Monitoring. SG 1 met twice.")
    assert ("grouping:itu-r-study-group-1", "partOf", "org:ITU-R") in got
    # the same construction with a focus group the registry does not know
    got = run(extractor, "· The ITU-T Focus Group on AI for Autonomous and Assisted Driving (FG AI4AD), driven in close collaboration by ITU and UNECE, identified the lack of a platform.")
    key = "grouping:itu-t-focus-group-on-ai-for-autonomous-and-assisted-driving"
    assert {("org:ITU", "coLeads", key), ("org:ECE", "coLeads", key)} <= got
    # and with one it knows (data/groupings.yaml): the registry's node
    got = run(extractor, "· The ITU-T Focus Group on AI for Health (FG AI4H), driven in close collaboration by ITU and WHO, identified the lack of a platform.")
    assert {("org:ITU", "coLeads", "grouping:fg-ai4h"), ("org:WHO", "coLeads", "grouping:fg-ai4h")} <= got


def test_collaboration_as_a_modifier_or_on_the_work_is_not_a_role(extractor: Extractor) -> None:
    # Activities report 2018-2022 §1.3 ¶82 (shortened); C22/INF/2 §5.2 (shortened)
    got = run(extractor, "Open platforms – such as ITU-T Focus Groups and collaboration initiatives like the AI for Good Global Summit – support new partnerships.")
    assert not any(o == "grouping:ai-for-good" and s != "org:ITU" for s, _, o in got), got
    got = run(extractor, "ITU coordinates the annual WSIS Forum together with the co-organisers (UNESCO, UNCTAD, and UNDP), to forge partnership and cooperation in implementing the WSIS Action Lines.")
    assert ("org:UNESCO", "contributesTo", "grouping:wsis") not in got


def test_the_owner_of_a_name_does_not_lead_beside_its_part(extractor: Extractor) -> None:
    got = run(extractor, "ITU Regional Radiocommunication Seminars (RRS), organized by ITU-R, disseminated information worldwide.")
    assert ("org:ITU", "leads", "grouping:regional-radiocommunication-seminars") not in got


def test_a_sectors_numbered_body_is_part_of_it_and_acts_itself(extractor: Extractor) -> None:
    # Activities report 2018-2022, Annex 1, Resolutions 21 and 206
    got = run(extractor, "ITU-T SG 3 collaborated with ITU-T SG 2 on the ITU Inter-regional Standardization Forum on “Operational issues”. ITU-T Study Group 12 continued work on QoS.")
    assert {("grouping:itu-t-study-group-3", "partOf", "org:ITU-T"), ("grouping:itu-t-study-group-2", "partOf", "org:ITU-T"),
            ("grouping:itu-t-study-group-12", "partOf", "org:ITU-T")} <= got
    assert not any(p in ("leads", "contributesTo") and o.startswith("grouping:itu-t-study-group") for _, p, o in got), got


def test_those_reported_to_are_not_what_a_resolution_mandates(extractor: Extractor) -> None:
    # C20 §1.1 (shortened)
    got = run(extractor, "1.1. Following the revision of Resolution 191 (Rev. Dubai, 2018), regular reporting on inter-sectoral coordination has been provided to the Council, the Council Working Group on Financial and Human Resources (CWG-FHR), as well as all three Sector advisory groups.")
    assert not any(p == "mandatedBy" for _, p, _ in got), got


def test_who_presents_after_a_meeting_takes_part_in_the_grouping(extractor: Extractor) -> None:
    # C20 §3.3 (shortened): the secretariat is the publisher's
    got = run(extractor, "3.1. The Inter-Sector Coordination Group (ISCG) on issues of mutual interest was established jointly by the Sector advisory groups.\n"
                         "3.3. ISCG last met on 25 September 2019 during the TSAG meeting (Geneva, 23-27 September 2019). The secretariat presented a list of possible areas of mutual interest to the three Sectors.")
    assert ("org:ITU", "participatesIn", "grouping:inter-sector-coordination-group") in got, got


def test_a_title_line_naming_one_organization_makes_it_lead_the_bullets_below(extractor: Extractor) -> None:
    # Activities report 2018-2022 §1.8 ITU-D ¶61-62 (shortened)
    got = run(extractor, "2020 highlights for a fit-for-purpose BDT\n· Leadership culture assessment to lead by example;\n"
                         "· The ‘Web We Want initiative’ to build a new, revamped ITU-D website;\n\n"
                         "2021 highlights for a fit for purpose BDT\n· Improvements on internal controls, including modernization of management systems through the IT4BDT project;\n")
    assert {("org:BDT", "leads", "grouping:web-we-want"), ("org:BDT", "leads", "grouping:it4bdt")} <= got, got
    # a bare sub-heading ("TSB") is not such a title: the publisher stays the implicit actor
    got = run(extractor, "TSB\n· The Financial Inclusion Global Initiative (FIGI) is a three-year programme of collective action.\n")
    assert not any(s == "org:TSB" and o == "grouping:figi" for s, _, o in got), got


def test_a_role_on_an_action_on_a_grouping(extractor: Extractor) -> None:
    # Activities report 2018-2022 §1.8 ITU-R ¶26: "contributed to the revision and updating of the G"
    got = run(extractor, "BR has contributed to the revision and updating of the ITU Academy (SMTP) training material.")
    assert ("org:BR", "participatesIn", "grouping:itu-academy") in got, got


def test_enumerated_tracks_with_an_owner_possessive_and_a_quoted_title(extractor: Extractor) -> None:
    # Activities report 2018-2022 §1.8 ¶44
    got = run(extractor, "In 2020 ITU provided support to the G20 Presidency as a knowledge partner on various tracks, including the G20’s Digital Health Taskforce and ‘Security in the Digital Economy’.")
    assert {("org:ITU", "participatesIn", "grouping:g20-digital-health-taskforce"),
            ("org:ITU", "participatesIn", "grouping:security-in-the-digital-economy")} <= got, got


def test_the_publishers_work_presented_at_a_meeting(extractor: Extractor) -> None:
    # Activities report 2018-2022 §1.8 ¶45
    got = run(extractor, "The report was presented at the G20 Digital Economy Task Force meeting in July 2020.")
    assert ("org:ITU", "participatesIn", "grouping:g20-digital-economy-task-force") in got, got


def test_participating_in_meetings_to_do_something_on_a_grouping(extractor: Extractor) -> None:
    # Activities report 2018-2022 §1.8 ITU-R ¶23 (shortened)
    got = run(extractor, "The Policy and Regulatory Initiative for Digital Africa (PRIDA) is a joint initiative. BR participated in online meetings to validate PRIDA Technical Reports and Guidelines in March 2021.")
    assert ("org:BR", "participatesIn", "grouping:policy-and-regulatory-initiative-for-digital-africa") in got, got


def test_a_title_stating_a_collaboration_over_a_paragraph(extractor: Extractor) -> None:
    # Activities report 2018-2022 §1.8 ¶52 (shortened)
    got = run(extractor, "ITU and Food and Agriculture Organization cooperate closely on AI and IoT for Digital Agriculture\n"
                         "The ITU Focus Group on Artificial Intelligence (AI) and Internet of Things (IoT) for Digital Agriculture (FG-AI4A) explores the potential of emerging technologies.\n")
    key = "grouping:focus-group-on-artificial-intelligence-ai-and-internet-of-things-iot-for-digital"
    assert {("org:ITU", "leads", key), ("org:FAO", "contributesTo", key)} <= got, got


def test_an_organization_between_a_name_and_its_kind_word_owns_it(extractor: Extractor) -> None:
    # Activities report 2018-2022 §1.1.3 ¶8 (the Network of Women named before)
    got = run(extractor, "WTDC-22 featured the new Network of Women (NoW). And the NoW ITU-D programme supported women's participation at the conference.")
    assert ("org:ITU-D", "leads", "grouping:network-of-women") in got, got


def test_a_leading_role_in_a_process(extractor: Extractor) -> None:
    # Activities report 2018-2022, Annex 1, Resolution 140 ¶4 (shortened)
    got = run(extractor, "ITU plays a leading facilitating role in the WSIS implementation process, in collaboration with more than 30 UN Agencies.")
    assert ("org:ITU", "leads", "grouping:wsis") in got, got


def test_a_numbered_session_of_a_series_named_in_the_report(extractor: Extractor) -> None:
    # C23 §7.1 (shortened): the session is an edition of the series, and the one the sentence names
    got = run(extractor, "7.1 ITU will convene a Green Digital Action track in support of the 28th session of the Conference of the Parties (COP28) to the United Nations Framework Convention on Climate Change (UNFCCC).")
    # (the registry knows COP28 as a session of the UNFCCC COP)
    assert ("org:ITU", "supports", "grouping:cop28") in got, got
    assert ("org:ITU", "supports", "grouping:conference-of-the-parties") not in got


def test_a_conference_adopting_resolutions_is_not_mandated_by_them(extractor: Extractor) -> None:
    text = ("· The Radiocommunication Assembly 2015 (RA-15) was held in Geneva. It approved 18 new or revised ITU-R Resolutions, "
            "among them Resolution ITU-R 65 on IMT-2020 and Resolution ITU-R 66 on wireless systems. WRC-15 adopted Resolution 809 "
            "(WRC-15) containing the agenda of WRC-19, which the ITU Council confirmed in Resolution 1380 (C16).")
    mandated = {(s, o) for s, p, o in run(extractor, text) if p == "mandatedBy"}
    assert not {(s, o) for s, o in mandated if s in ("grouping:ra-15", "grouping:wrc-15")}, mandated
    assert ("grouping:wrc-19", "resolution:itu-council-res-1380") in mandated, mandated


def test_a_resolution_in_a_fronted_clause_mandates_the_main_clauses_subject(extractor: Extractor) -> None:
    # C23 §2.1 (shortened)
    got = run(extractor, "2.1\tIn response to UNGA Resolution 75/1, on the declaration on the commemoration of the 75th anniversary of the United Nations, the OCA report includes proposals for, inter alia, a Global Digital Compact and a Summit of the Future.")
    mandated = {s for s, p, o in got if p == "mandatedBy" and o == "resolution:unga-res-75-1"}
    assert mandated == {"grouping:our-common-agenda"}, got


def test_projects_named_with_an_inner_article_or_a_quoted_topic(extractor: Extractor) -> None:
    # Activities report 2018-2022, Annex 1, Resolution 125 bullets 9 and 10 (shortened)
    text = ("· Project on ‘implementation of CIRT services and related capabilities’ that reached its closure end of 2019.\n"
            "· In the framework of the Connect a School project, 15 additional schools were equipped and connected to Internet.\n")
    nodes = extractor.extract(Report(ReportMeta("t", "t.txt", "T", publisher="ITU"), text, "h")).nodes
    assert {"grouping:implementation-of-cirt-services-and-related-capabilities", "grouping:connect-a-school"} <= set(nodes), sorted(nodes)


def test_the_organization_of_a_series_coordinated_with_a_led_body(extractor: Extractor) -> None:
    # C22/INF/2 §7.1 TSB bullet 2 (shortened)
    got = run(extractor, "· The Financial Inclusion Global Initiative (FIGI) is a programme. ITU leads the FIGI Security, Infrastructure and Trust Working Group as well as the organization of FIGI symposia.")
    assert ("org:ITU", "leads", "grouping:figi-symposia") in got, got


def test_what_is_led_through_a_grouping_is_not_the_grouping(extractor: Extractor) -> None:
    # Activities report 2018-2022 §1.8 ¶33: EQUALS is the means, not what ITU leads
    got = run(extractor, "The initiatives ITU leads through EQUALS and regional offices are possible thanks to collaboration of partner governments.")
    assert ("org:ITU", "participatesIn", "grouping:equals") in got and ("org:ITU", "leads", "grouping:equals") not in got, got


# Sentences in the style of other reports of the series (not in the bundled corpus): constructions
# the bundled reports do not use, each with the whole set of memberships it states. Written for
# these tests from the series' usual phrasing; none is a quotation.
SERIES = [
    pytest.param("2.2\tITU and UNESCO jointly organized Mobile Learning Week 2019 in Paris.",
                 {("org:ITU", "convenes", "grouping:mobile-learning-week-2019"), ("org:UNESCO", "convenes", "grouping:mobile-learning-week-2019")},
                 id="year-and-venue-after-event-name"),
    pytest.param("2.3\tITU serves as the secretariat of the Broadband Commission for Sustainable Development, which it co-founded with UNESCO in 2010.",
                 {("org:ITU", "coLeads", "grouping:broadband-commission"), ("org:UNESCO", "coLeads", "grouping:broadband-commission")},
                 id="relative-clause-co-founded-with"),
    pytest.param("2.6\tThe UN Group on the Information Society (UNGIS), chaired in 2019 by UNESCO, met twice.",
                 {("org:UNESCO", "chairs", "grouping:ungis")}, id="time-between-passive-verb-and-by"),
    pytest.param("2.7\tIn cooperation with UNECE, ITU organized the Forum on Smart Sustainable Cities in Geneva.",
                 {("org:ITU", "convenes", "grouping:forum-on-smart-sustainable-cities"),
                  ("org:ECE", "contributesTo", "grouping:forum-on-smart-sustainable-cities")},
                 id="fronted-partner-and-city-venue"),
    pytest.param("2.8\tTogether with UNICEF, ITU launched Giga in 2019.",
                 {("org:ITU", "leads", "grouping:giga"), ("org:UNICEF", "leads", "grouping:giga")}, id="fronted-together-with-shares-the-verb"),
    pytest.param("2.11\tITU joined UNEP, UNDP and UN-Habitat in the United for Smart Sustainable Cities initiative (U4SSC).",
                 {("org:ITU", "memberOf", "grouping:u4ssc"), ("org:UNEP", "memberOf", "grouping:u4ssc"),
                  ("org:UNDP", "memberOf", "grouping:u4ssc"), ("org:UN-Habitat", "memberOf", "grouping:u4ssc")},
                 id="joined-others-in-a-grouping"),
    pytest.param("2.12\tITU, ILO and UNESCO are partners in the Global Initiative on Decent Jobs for Youth.",
                 {(o, "contributesTo", "grouping:decent-jobs-for-youth") for o in ("org:ITU", "org:ILO", "org:UNESCO")},
                 id="are-partners-in"),
    pytest.param("2.16\tThe Partnership on Measuring ICT for Development, of which ITU is a member, published its list of core indicators.",
                 {("org:ITU", "participatesIn", "grouping:partnership-measuring-ict4d")}, id="of-which-a-member"),
    pytest.param("2.17\tThe ITU/WHO Be He@lthy, Be Mobile initiative expanded to new countries.",
                 {("org:ITU", "coLeads", "grouping:bhbm"), ("org:WHO", "coLeads", "grouping:bhbm")}, id="at-sign-inside-a-known-name"),
    pytest.param("2.18\tITU co-chairs, with UNDP, the UN Inter-Agency Working Group on Artificial Intelligence.",
                 {("org:ITU", "coChairs", "grouping:iawg-ai"), ("org:UNDP", "coChairs", "grouping:iawg-ai")}, id="with-partner-after-the-verb"),
    pytest.param("2.20\tThe Global E-waste Monitor 2020 was produced by the Global E-waste Statistics Partnership (GESP), formed by ITU, UNU and ISWA.",
                 {(o, "leads", "grouping:gesp") for o in ("org:ITU", "org:UNU", "org:ISWA")}, id="formed-by"),
    pytest.param("· The GESP, which ITU, UNU and ISWA established in 2017, also helps countries to build national e-waste statistics.",
                 {(o, "leads", "grouping:gesp") for o in ("org:ITU", "org:UNU", "org:ISWA")}, id="relative-clause-with-active-verb"),
    pytest.param("· In January 2019, the UN E-waste Coalition released a report. The members of the Coalition are ILO, ITU and UNEP.",
                 {(o, "memberOf", "grouping:un-e-waste-coalition") for o in ("org:ILO", "org:ITU", "org:UNEP")}, id="the-members-of-the-g-are"),
    pytest.param("· The U4SSC initiative was set up by ITU and UNECE in 2016. Today it is supported by 13 further UN bodies, among them FAO and WMO.",
                 {("org:ITU", "leads", "grouping:u4ssc"), ("org:ECE", "leads", "grouping:u4ssc"),
                  ("org:FAO", "supports", "grouping:u4ssc"), ("org:WMO", "supports", "grouping:u4ssc")}, id="pronoun-after-adverb-and-list-fillers"),
    pytest.param("5.5\tITU chairs the Partnership on Measuring ICT for Development, an initiative whose members also include UNCTAD and ILO.",
                 {("org:ITU", "chairs", "grouping:partnership-measuring-ict4d"), ("org:UNCTAD", "memberOf", "grouping:partnership-measuring-ict4d"),
                  ("org:ILO", "memberOf", "grouping:partnership-measuring-ict4d")}, id="whose-members-also-include"),
    pytest.param("· FIGI, implemented jointly by ITU and the World Bank Group with funding from the Bill & Melinda Gates Foundation, supports research.",
                 {("org:ITU", "implements", "grouping:figi"), ("org:WORLD-BANK-GROUP", "implements", "grouping:figi"),
                  ("org:BMGF", "supports", "grouping:figi")}, id="implemented-jointly-with-funding-from"),
    pytest.param("· UN-Space: Coordinates the support of UN organizations to governments; convened by UNOOSA.",
                 {("org:OOSA", "convenes", "grouping:un-space")}, id="organizations-is-not-a-verb-of-making"),
    pytest.param("· ICAT: Policy forum against trafficking in persons; UNODC acts as its coordinator.",
                 {("org:UNODC", "coordinates", "grouping:icat")}, id="acts-as-its-coordinator"),
    pytest.param("· EMG: System-wide coordination body on environment, chaired by the Executive Director of UNEP.",
                 {("org:UNEP", "chairs", "grouping:emg")}, id="chaired-by-the-head-of"),
    pytest.param("· UN-Space: Enhances the coordination of space activities; UNOOSA serves as its secretariat.",
                 {("org:OOSA", "providesSecretariatFor", "grouping:un-space")}, id="serves-as-its-secretariat"),
    pytest.param("3.3\tWith UNDESA, ITU co-organized the virtual side event “Leveraging digital technologies for a resilient recovery”.",
                 {(o, "coOrganizes", "grouping:leveraging-digital-technologies-for-a-resilient-recovery") for o in ("org:ITU", "org:DESA")},
                 id="fronted-with-and-quoted-side-event"),
    pytest.param("5.3\tThe WSIS Forum 2020 was redesigned as a virtual event. Hosted by ITU and co-organized with UNESCO, it was prepared in close collaboration with FAO.",
                 {("org:ITU", "coOrganizes", "grouping:wsis-forum-2020"), ("org:UNESCO", "coOrganizes", "grouping:wsis-forum-2020"),
                  ("org:FAO", "contributesTo", "grouping:wsis-forum-2020")}, id="fronted-participle-then-it"),
    pytest.param("· The Guidelines were drafted by the COP Guidelines Working Group, convened by ITU, in which UNICEF and UNODC took part.",
                 {("org:ITU", "convenes", "grouping:cop-guidelines-working-group"), ("org:UNICEF", "participatesIn", "grouping:cop-guidelines-working-group"),
                  ("org:UNODC", "participatesIn", "grouping:cop-guidelines-working-group")}, id="in-which-after-an-appositive"),
    pytest.param("2.7\tITU, the World Bank and GSMA jointly issued the “COVID-19 Crisis Response: Digital Development Joint Action Plan and Call for Action”.",
                 {(o, "coLeads", "grouping:covid-19-crisis-response-digital-development-joint-action-plan-and-call-for-acti")
                  for o in ("org:ITU", "org:WORLD-BANK-GROUP", "org:GSMA")}, id="jointly-issued-a-quoted-action-plan"),
    pytest.param("· The Digital Transformation Centres (DTC) Initiative is run by ITU with Cisco as its founding partner.",
                 {("org:ITU", "coLeads", "grouping:dtc-initiative"), ("org:Cisco", "foundingPartnerOf", "grouping:dtc-initiative")},
                 id="acronym-inside-a-known-name-and-a-named-role"),
    pytest.param("· Generation Connect, ITU’s youth engagement initiative launched in 2020, was developed in cooperation with UNICEF.",
                 {("org:ITU", "leads", "grouping:generation-connect"), ("org:UNICEF", "contributesTo", "grouping:generation-connect")},
                 id="appositive-owner"),
    pytest.param("· The World Summit on the Information Society (WSIS) Forum 2021 was co-organized by ITU and UNESCO.",
                 {(o, "coOrganizes", "grouping:wsis-forum-2021") for o in ("org:ITU", "org:UNESCO")}, id="an-edition-of-a-known-series-however-written"),
    pytest.param("· In July 2018, ITU established the Focus Group on Artificial Intelligence for Health (FG-AI4H) through ITU-T Study Group 16. The group is run jointly by ITU and WHO.",
                 {("org:ITU", "leads", "grouping:fg-ai4h"), ("org:ITU", "coLeads", "grouping:fg-ai4h"), ("org:WHO", "coLeads", "grouping:fg-ai4h")},
                 id="the-group-is-not-the-means"),
    pytest.param("· The Third Industrial Development Decade for Africa, proclaimed by the General Assembly in resolution 70/293, is led by UNIDO.",
                 {("org:UNIDO", "leads", "grouping:third-industrial-development-decade-for-africa")}, id="agent-of-another-passive-is-not-the-target"),
    pytest.param("· Building on UNICEF’s Project Connect, which maps the connectivity of schools, ITU prepared a new initiative.",
                 {("org:UNICEF", "leads", "grouping:project-connect")}, id="project-name"),
    pytest.param("· ITU standards development for smart cities, led by ITU-T SG 20.", set(), id="led-by-a-grouping-is-not-leading-it"),
    pytest.param("5.3\tITU also took part in the 87th and 88th sessions of the International Civil Service Commission (ICSC).",
                 {("org:ITU", "participatesIn", "org:ICSC")}, id="sessions-of-a-body"),
    pytest.param("3.2\tITU contributed to the twenty-first and twenty-second sessions of the Commission on Science and Technology for Development.",
                 {("org:ITU", "participatesIn", "org:CSTD")}, id="spelled-ordinal-sessions"),
    pytest.param("3.2\tAt the ECOSOC Youth Forum (New York, 8-9 April 2019), a session on digital skills was co-organized by ITU and ILO.",
                 {("org:ITU", "participatesIn", "grouping:ecosoc-youth-forum"), ("org:ILO", "participatesIn", "grouping:ecosoc-youth-forum"),
                  ("org:ECOSOC", "leads", "grouping:ecosoc-youth-forum")}, id="an-unnamed-session-organized-at-an-event"),
    pytest.param("· Inter-agency mechanism of the CEB for coordinating the implementation of the WSIS outcomes.", set(), id="inter-agency-is-no-organization"),
    pytest.param("6.2\tHLCP agreed in 2020 to set up an Inter-Agency Working Group on Artificial Intelligence (IAWG-AI), with ITU and UNESCO as co-conveners.",
                 {("org:ITU", "convenes", "grouping:iawg-ai"), ("org:UNESCO", "convenes", "grouping:iawg-ai")}, id="with-x-and-y-as-co-conveners"),
    pytest.param("5.1\tITU took part in the following meetings, among others: the high-level meeting on the anniversary (21 September 2020); "
                 "the Generation Equality Forum in Mexico City (29-31 March 2021), convened by UN Women; and the sixth "
                 "Multi-stakeholder Forum on Science, Technology and Innovation for the SDGs (STI Forum, 4-5 May 2021).",
                 {("org:ITU", "participatesIn", "grouping:generation-equality-forum"), ("org:ITU", "participatesIn", "grouping:sti-forum"),
                  ("org:UN-Women", "convenes", "grouping:generation-equality-forum")}, id="semicolon-list-items-past-a-lower-case-one"),
    pytest.param("· Preparations for WRC-19 continued. ICAO, IMO and WMO will each take part in WRC-19 as observers.",
                 {(o, "participatesIn", "grouping:wrc-19") for o in ("org:ICAO", "org:IMO", "org:WMO")}, id="an-itu-conference-held-is-an-event"),
    pytest.param("· Further to Resolution 809 (WRC-15), the World Radiocommunication Conference 2019 drew 3 420 participants. Pursuant to WTSA-16 Resolution 89, ITU works on financial inclusion.",
                 set(), id="a-conference-in-a-citation-is-no-mention"),
    pytest.param("4.2\tUnder the theme “The Internet of Trust”, the thirteenth Internet Governance Forum (IGF 2018) was hosted by the Government of France. "
                 "ITU organized an open forum on measuring the information society and took part in main sessions, while UNESCO organized several workshops.",
                 {("org:ITU", "participatesIn", "grouping:igf"), ("org:UNESCO", "participatesIn", "grouping:igf")},
                 id="sessions-organized-at-the-event-of-the-sentence-before"),
    pytest.param("· Giga, launched in September 2019 on the margins of the UN General Assembly, is a joint initiative of UNICEF and ITU.",
                 {("org:ITU", "coLeads", "grouping:giga"), ("org:UNICEF", "coLeads", "grouping:giga")}, id="a-venue-is-not-the-subject"),
    pytest.param("· With ECA, ITU co-organized a session at the seventh session of the Africa Regional Forum on Sustainable Development, organized by ECA from 1 to 4 March 2021.",
                 {("org:ECA", "leads", "grouping:africa-regional-forum-on-sustainable-development"),
                  ("org:ITU", "participatesIn", "grouping:africa-regional-forum-on-sustainable-development")}, id="a-venue-the-cue-follows-is-its-grouping"),
    pytest.param("· Under the Global E-waste Statistics Partnership (GESP), which was established in 2017 by ITU and UNU, a monitor is prepared.",
                 {("org:ITU", "leads", "grouping:gesp"), ("org:UNU", "leads", "grouping:gesp")}, id="relative-after-a-defined-acronym"),
    pytest.param("· ITU attended the 40th session of the ICAO Assembly (Montréal, 2019).",
                 {("org:ITU", "participatesIn", "grouping:icao-assembly"), ("org:ICAO", "leads", "grouping:icao-assembly")},
                 id="an-organizations-assembly-is-a-name"),
    pytest.param("5.3\tITU addressed the 62nd session of the Committee on the Peaceful Uses of Outer Space (COPUOS). ITU was also present at the UN Ocean Conference.",
                 {("org:ITU", "participatesIn", "org:COPUOS"), ("org:ITU", "participatesIn", "grouping:un-ocean-conference")}, id="addressed-and-present-at"),
    pytest.param("2.5\tITU joined the Global Education Coalition. The Coalition gathers more than 150 members from the UN family; UNICEF, UNHCR and "
                 "the Organisation for Economic Co-operation and Development (OECD) are among its members.",
                 {(o, "memberOf", "grouping:global-education-coalition") for o in ("org:ITU", "org:UNICEF", "org:UNHCR", "org:OECD")},
                 id="among-its-members-after-a-defined-acronym"),
    pytest.param("2.7\tITU played an active role in the preparation of the Transforming Education Summit (TES). ITU also seconded a staff member to "
                 "UNESCO to support the summit itself.",
                 {("org:ITU", "participatesIn", "grouping:tes"), ("org:ITU", "supports", "grouping:tes")}, id="an-objects-infinitive-is-the-subjects"),
    pytest.param("3.5\tFinancing was at the centre of the Financing for Development in the Era of COVID-19 and Beyond Initiative, launched on 28 May 2020 "
                 "by the United Nations together with Canada and Jamaica. ITU provided inputs to the discussion groups set up under the initiative.",
                 {("org:UN", "leads", "grouping:ffd-covid19-initiative"), ("org:ITU", "participatesIn", "grouping:ffd-covid19-initiative")},
                 id="the-un-together-with-and-parts-under-a-grouping"),
    pytest.param("· IMO: In January 2020, ITU participated in the seventh session of IMO’s Sub-Committee on Navigation, Communications and Search and Rescue (NCSR 7).",
                 {("org:ITU", "participatesIn", "grouping:sub-committee-on-navigation-communications-and-search-and-rescue"),
                  ("org:IMO", "leads", "grouping:sub-committee-on-navigation-communications-and-search-and-rescue")}, id="session-of-an-owners-body"),
    pytest.param("2.4\tIn April 2020, jointly with the World Bank, ITU launched the \"COVID-19 Crisis Response: Digital Development Joint Action Plan and "
                 "Call for Action\", which was prepared in cooperation with GSMA.",
                 {("org:ITU", "leads", "grouping:covid-19-crisis-response-digital-development-joint-action-plan-and-call-for-acti"),
                  ("org:WORLD-BANK-GROUP", "leads", "grouping:covid-19-crisis-response-digital-development-joint-action-plan-and-call-for-acti"),
                  ("org:GSMA", "contributesTo", "grouping:covid-19-crisis-response-digital-development-joint-action-plan-and-call-for-acti")},
                 id="jointly-with-after-a-fronted-date-and-relative-after-a-quote"),
    pytest.param("3.4\tThe High-level Political Forum on Sustainable Development (HLPF) met in July 2019. ITU submitted its annual contribution to the Forum.",
                 {("org:ITU", "participatesIn", "org:HLPF")}, id="the-forum-refers-to-a-body-listed-as-organization"),
    pytest.param("5.3\tThe WSIS Forum 2020 was redesigned. Hosted by ITU, it was prepared in close collaboration with FAO and WMO, as well as "
                 "with the regional commissions – ECA, ECLAC and ESCWA.",
                 {("org:ITU", "hosts", "grouping:wsis-forum-2020")} | {(o, "contributesTo", "grouping:wsis-forum-2020")
                                                                      for o in ("org:FAO", "org:WMO", "org:ECA", "org:ECLAC", "org:ESCWA")},
                 id="a-list-going-on-after-a-category-word"),
    pytest.param("4.3\tAt the sixty-fifth session of the Commission on the Status of Women (CSW65), held in a largely virtual format, ITU and UN Women "
                 "jointly organized the side event “Women in digital leadership: closing the gap”.",
                 {("org:ITU", "convenes", "grouping:women-in-digital-leadership-closing-the-gap"),
                  ("org:UN-Women", "convenes", "grouping:women-in-digital-leadership-closing-the-gap"),
                  ("org:ITU", "participatesIn", "org:CSW"), ("org:UN-Women", "participatesIn", "org:CSW")},
                 id="a-side-event-named-in-quotes-at-a-spelled-session"),
    pytest.param("2.21\tFIGI, established in 2017, is led jointly by ITU, the World Bank Group and the Committee on Payments and Market Infrastructures.",
                 {(o, "coLeads", "grouping:figi") for o in ("org:ITU", "org:WORLD-BANK-GROUP", "org:CPMI")}, id="led-jointly-by"),
    pytest.param("5.4\tThe United Nations Group on the Information Society (UNGIS), chaired by ITU in 2018, met twice.",
                 {("org:ITU", "chairs", "grouping:ungis")}, id="a-name-after-a-sentence-initial-the"),
    pytest.param("8.2\tITU is co-champion, with UNICEF, of the roundtable on global connectivity (recommendation 1A) and, with UNDP, of the "
                 "roundtable on digital capacity-building. It is also a key constituent of the roundtables on digital public goods, "
                 "digital trust and security, and the global digital cooperation architecture. OHCHR is among the champions of the "
                 "roundtable on digital human rights.",
                 {("org:ITU", "coLeads", "grouping:roundtable-on-global-connectivity"), ("org:UNICEF", "coLeads", "grouping:roundtable-on-global-connectivity"),
                  ("org:ITU", "coLeads", "grouping:roundtable-on-digital-capacity-building"), ("org:UNDP", "coLeads", "grouping:roundtable-on-digital-capacity-building"),
                  ("org:ITU", "participatesIn", "grouping:roundtable-on-digital-public-goods"),
                  ("org:ITU", "participatesIn", "grouping:roundtable-on-digital-trust-and-security"),
                  ("org:ITU", "participatesIn", "grouping:roundtable-on-the-global-digital-cooperation-architecture"),
                  ("org:OHCHR", "leads", "grouping:roundtable-on-digital-human-rights")},
                 id="lower-case-roundtables-champions-and-key-constituents"),
    pytest.param("6.4\tIn the IATT, ITU contributes to the work stream on the impact of rapid technological change on the SDGs and co-leads, "
                 "with UN Women, the work stream on gender and STI.",
                 {("org:ITU", "participatesIn", "grouping:work-stream-on-the-impact-of-rapid-technological-change-on-the-sdgs"),
                  ("org:ITU", "coLeads", "grouping:work-stream-on-gender-and-sti"), ("org:UN-Women", "coLeads", "grouping:work-stream-on-gender-and-sti"),
                  ("org:ITU", "participatesIn", "grouping:iatt-sti")},  # "In the IATT, ITU ...": the fronted frame
                 id="a-second-verb-with-a-partner-before-its-object"),
    pytest.param("2.5\tITU serves as co-chair of the IATT workstream on gender and STI, together with UN Women.",
                 {("org:ITU", "coChairs", "grouping:iatt-workstream-on-gender-and-sti"), ("org:UN-Women", "coChairs", "grouping:iatt-workstream-on-gender-and-sti")},
                 id="a-part-named-after-its-parent-and-a-partner-sharing-the-role"),
    pytest.param("2.9\tITU organized the WSIS Forum 2019, together with UNESCO.",
                 {("org:ITU", "convenes", "grouping:wsis-forum-2019"), ("org:UNESCO", "coLeads", "grouping:wsis-forum-2019")},
                 id="together-with-after-the-object-shares-a-lead"),
    pytest.param("5.4\tThe UNGIS, established by the CEB in 2006, now has more than 30 members. UNESCO, UNDP and UNCTAD act as its "
                 "permanent vice-chairs, and the chair rotates among them and ITU. ITU held the chair in 2018 and handed it over to "
                 "UNESCO for 2019.",
                 {("org:UNESCO", "coChairs", "grouping:ungis"), ("org:UNDP", "coChairs", "grouping:ungis"), ("org:UNCTAD", "coChairs", "grouping:ungis"),
                  ("org:ITU", "chairs", "grouping:ungis"), ("org:UNESCO", "chairs", "grouping:ungis")},
                 id="its-vice-chairs-and-the-chair-handed-over-in-the-sentences-after"),
    pytest.param("6.6\tThe rotating chairmanship of the United Nations Group on the Information Society (UNGIS), which UNESCO held in 2020, "
                 "passed to ITU for 2021.",
                 {("org:ITU", "chairs", "grouping:ungis"), ("org:UNESCO", "chairs", "grouping:ungis")},
                 id="who-held-a-chairmanship-and-who-it-passed-to"),
    pytest.param("· The BR report was presented to COPUOS. The Inter-Agency Meeting on Outer Space Activities reports to COPUOS; "
                 "UNOOSA serves as its secretariat.",
                 set(), id="a-secretariat-named-after-another-grouping-is-not-its-chair"),
    pytest.param("4.3\tITU acts as sole facilitator of Action Lines C2 (information and communication infrastructure), C5 "
                 "(building confidence and security in the use of ICTs) and C6 (enabling environment). It co-facilitates Action Line C7.",
                 {("org:ITU", "leads", "grouping:wsis-action-line-c2"), ("org:ITU", "leads", "grouping:wsis-action-line-c5"),
                  ("org:ITU", "leads", "grouping:wsis-action-line-c6"), ("org:ITU", "coLeads", "grouping:wsis-action-line-c7")},
                 id="wsis-action-lines-named-without-wsis-and-their-facilitators"),
    pytest.param("· Together with ILO, ITU co-leads the Digital Skills for Decent Jobs for Youth campaign.",
                 {("org:ITU", "coLeads", "grouping:digital-skills-for-decent-jobs"), ("org:ILO", "coLeads", "grouping:digital-skills-for-decent-jobs")},
                 id="a-campaign-named-after-the-initiative-it-belongs-to"),
    pytest.param("· In May 2016, ITU and UNECE launched United for Smart Sustainable Cities (U4SSC). UN-Habitat has since joined the two "
                 "organizations – ITU, UNECE and UN-Habitat now coordinate it jointly – and it is supported by a further twelve UN agencies "
                 "and programmes, among them FAO and UNDP.",
                 {("org:ITU", "leads", "grouping:u4ssc"), ("org:ECE", "leads", "grouping:u4ssc"), ("org:UN-Habitat", "coordinates", "grouping:u4ssc"),
                  ("org:ITU", "coordinates", "grouping:u4ssc"), ("org:ECE", "coordinates", "grouping:u4ssc"),
                  ("org:FAO", "supports", "grouping:u4ssc"), ("org:UNDP", "supports", "grouping:u4ssc")},
                 id="coordinate-it-jointly-and-supported-by-a-counted-list"),
    pytest.param("The first AI for Good Global Summit was held in Geneva in June 2017. Organized by ITU and the XPRIZE Foundation, in "
                 "partnership with some 20 UN sister agencies – among them UNICEF, UNESCO and WHO – the Summit was the first global dialogue "
                 "of the UN system on artificial intelligence.",
                 {("org:ITU", "leads", "grouping:ai-for-good"), ("org:XPRIZE", "leads", "grouping:ai-for-good")}
                 | {(o, "contributesTo", "grouping:ai-for-good") for o in ("org:UNICEF", "org:UNESCO", "org:WHO")},
                 id="a-fronted-participle-clause-about-the-main-subject"),
    pytest.param("4.2\tThe twelfth annual meeting of the Internet Governance Forum (IGF) was held in Geneva in December 2017. The Forum is "
                 "convened by the UN Secretary-General, its mandate having been extended by General Assembly resolution 70/125, and its "
                 "secretariat is administered by UNDESA. ITU held an open forum on ICTs and took part in more than 20 sessions, "
                 "co-organizing workshops with UN Women and UNESCO on the gender digital divide and with UNICEF on children’s rights online.",
                 {("org:UN", "convenes", "grouping:igf"), ("org:DESA", "providesSecretariatFor", "grouping:igf")}
                 | {(o, "participatesIn", "grouping:igf") for o in ("org:ITU", "org:UN-Women", "org:UNESCO", "org:UNICEF")},
                 id="the-event-a-paragraph-is-about-and-those-organizing-its-sessions"),
    pytest.param("4.4\tITU took part in COP23, held in Bonn in November 2017. Its participation focused on early-warning systems. Jointly "
                 "with WMO, ITU organized a side event on climate resilience, and it presented the work of ITU-T Study Group 5 at the Conference. "
                 "ITU experts spoke at side events organized by UNCTAD and UN Women.",
                 {(o, "participatesIn", "grouping:cop23") for o in ("org:ITU", "org:WMO", "org:UNCTAD", "org:UN-Women")},
                 id="side-events-two-sentences-after-the-event-and-their-organizers"),
    pytest.param("· FIGI works through three working groups: ITU leads the Security, Infrastructure and Trust Working Group, the World Bank "
                 "Group leads the Digital Identity Working Group and CPMI the Electronic Payments Acceptance Working Group.",
                 {("org:ITU", "leads", "grouping:security-infrastructure-and-trust-working-group"),
                  ("org:WORLD-BANK-GROUP", "leads", "grouping:digital-identity-working-group"),
                  ("org:CPMI", "leads", "grouping:electronic-payments-acceptance-working-group")},
                 id="a-name-opening-with-a-series-and-a-verb-left-out-for-the-next-pair"),
    pytest.param("· On International Women’s Day, 8 March 2018, ITU and UN Women jointly organized an event in Geneva. ITU is partnering "
                 "with UNESCO for Mobile Learning Week 2018, which UNESCO will hold in Paris from 26 to 30 March 2018 on the theme “Skills”.",
                 {("org:ITU", "participatesIn", "grouping:international-women-s-day"), ("org:UN-Women", "participatesIn", "grouping:international-women-s-day"),
                  ("org:UNESCO", "convenes", "grouping:mobile-learning-week-2018")},
                 id="an-event-on-a-day-and-who-will-hold-an-event"),
    pytest.param("· ITU, UNU and ISWA launched the Global E-waste Monitor 2017 in December 2017. On the same occasion, the three "
                 "organizations founded the Global E-waste Statistics Partnership.",
                 {(o, "leads", "grouping:gesp") for o in ("org:ITU", "org:UNU", "org:ISWA")}, id="the-three-organizations-named-before"),
    pytest.param("· ITU, the IEC and ISO – which together form the World Standards Cooperation (WSC) – celebrate World Standards Day "
                 "on 14 October each year. ITU continued to run the WSIS Stocktaking process and the annual WSIS Prizes contest. The "
                 "GEM-TECH Awards, which ITU and UN Women established in 2014 to recognize contributions, were not held in 2016.",
                 {(o, "memberOf", "grouping:wsc") for o in ("org:ITU", "org:IEC", "org:ISO")}
                 | {(o, "convenes", "grouping:world-standards-day") for o in ("org:ITU", "org:IEC", "org:ISO")}
                 | {("org:ITU", "leads", "grouping:wsis-stocktaking"), ("org:ITU", "leads", "grouping:wsis-prizes"),
                    ("org:ITU", "leads", "grouping:gem-tech-awards"), ("org:UN-Women", "leads", "grouping:gem-tech-awards")},
                 id="together-form-celebrate-run-and-established-to"),
    pytest.param("3.2\tITU also participated in the other high-level events of the week: the Climate Action Summit (23 September), "
                 "the High-level Dialogue on Financing for Development (26 September) and the High-level review of the SAMOA Pathway "
                 "(27 September). ITU took part in the Comprehensive High-level Midterm Review of the Istanbul Programme of Action.",
                 {("org:ITU", "participatesIn", "grouping:climate-action-summit-2019"),
                  ("org:ITU", "participatesIn", "grouping:high-level-dialogue-on-financing-for-development"),
                  ("org:ITU", "participatesIn", "grouping:high-level-review-of-the-samoa-pathway"),
                  ("org:ITU", "participatesIn", "grouping:comprehensive-high-level-midterm-review-of-the-istanbul-programme-of-action")},
                 id="reviews-of-known-processes-and-a-last-item-not-written-as-a-name"),
    pytest.param("· The WFP-led Emergency Telecommunications Cluster met. In 2019, the UNEP-led project in Nigeria, funded by the Global "
                 "Environment Facility (GEF), received technical input.",
                 {("org:WFP", "leads", "grouping:etc")}, id="an-owner-led-adjective-names-the-lead-and-no-grouping"),
    pytest.param("· WRC-19 was convened by ITU in Sharm el-Sheikh in accordance with Resolution 809 (WRC-15). ICAO, IMO and WMO attended "
                 "the Conference as observers. The ITU/WMO/UNESCO-IOC Joint Task Force on Science Monitoring And Reliable Telecommunications "
                 "(SMART) Cable Systems continued its work.",
                 {("org:ITU", "convenes", "grouping:wrc-19")} | {(o, "participatesIn", "grouping:wrc-19") for o in ("org:ICAO", "org:IMO", "org:WMO")}
                 | {(o, "coLeads", "grouping:smart-cable-jtf") for o in ("org:ITU", "org:WMO", "org:UNESCO-IOC")},
                 id="the-conference-is-not-the-one-a-citation-names"),
    pytest.param("· Each year, BR reports on its activities to the Scientific and Technical Subcommittee of COPUOS, and ITU takes part in "
                 "the annual session of the Inter-Agency Meeting on Outer Space Activities (UN-Space). ITU joined this group which reports "
                 "regularly to CEB.",
                 {("org:BR", "participatesIn", "grouping:scientific-and-technical-subcommittee-of-copuos"),
                  ("org:ITU", "participatesIn", "grouping:un-space")},
                 id="reports-to-a-body-and-a-clause-after-and"),
    pytest.param("· BR staff took part in the preparatory meetings of the regional telecommunication organizations – the APT Conference "
                 "Preparatory Group for WRC-19 (APG19) and the CEPT Conference Preparatory Group (CPG). Study Group 13 built on the work "
                 "of the Focus Group on IMT-2020 which ITU-T ran from May 2015 to December 2016.",
                 {("org:APT", "leads", "grouping:apt-conference-preparatory-group-for-wrc-19"), ("org:CEPT", "leads", "grouping:cept-conference-preparatory-group"),
                  ("org:BR", "participatesIn", "grouping:apt-conference-preparatory-group-for-wrc-19"),
                  ("org:BR", "participatesIn", "grouping:cept-conference-preparatory-group"), ("org:ITU-T", "leads", "grouping:focus-group-on-imt-2020")},
                 id="meetings-of-bodies-named-after-a-dash-and-a-relative-without-comma"),
    pytest.param("4.3\tThe AI for Good Global Summit was organized by ITU and the XPRIZE Foundation. It was the first global dialogue on "
                 "beneficial AI. UNICEF, UNESCO and WHO were among the UN partners, and the outcomes of the Summit were shared with the IGF. "
                 "ITU is one of the partners of eTrade for all, the initiative led by UNCTAD.",
                 {("org:ITU", "leads", "grouping:ai-for-good"), ("org:XPRIZE", "leads", "grouping:ai-for-good"),
                  ("org:ITU", "contributesTo", "grouping:etrade-for-all"), ("org:UNCTAD", "leads", "grouping:etrade-for-all")}
                 | {(o, "memberOf", "grouping:ai-for-good") for o in ("org:UNICEF", "org:UNESCO", "org:WHO")},
                 id="among-the-partners-of-the-grouping-before-and-one-of-the-partners-of"),
    pytest.param("2.5\tITU chairs the Partnership on Measuring ICT for Development, an initiative whose members include UNCTAD, the OECD "
                 "and the five UN regional commissions (ECA, ECE, ECLAC, ESCAP and ESCWA). Together with UNESCO and UNDESA, ITU co-leads "
                 "the IATT workstream on the TFM online platform.",
                 {("org:ITU", "chairs", "grouping:partnership-measuring-ict4d")}
                 | {(o, "memberOf", "grouping:partnership-measuring-ict4d")
                    for o in ("org:UNCTAD", "org:OECD", "org:UN-Regional-Commissions", "org:ECA", "org:ECE", "org:ECLAC", "org:ESCAP", "org:ESCWA")}
                 | {(o, "coLeads", "grouping:iatt-workstream-on-the-tfm-online-platform") for o in ("org:ITU", "org:UNESCO", "org:DESA")},
                 id="a-list-going-on-with-a-counted-collective-and-a-topic-naming-a-known-grouping"),
    pytest.param("· World Telecommunication and Information Society Day (WTISD), which ITU celebrates every year on 17 May, will in 2021 be "
                 "dedicated to “Accelerating digital transformation”;\n· With the Economic Commission for Africa (ECA), ITU co-organized a "
                 "session at the seventh session of the Africa Regional Forum on Sustainable Development, organized by ECA.",
                 {("org:ITU", "convenes", "grouping:wtisd"), ("org:ECA", "leads", "grouping:africa-regional-forum-on-sustainable-development"),
                  ("org:ITU", "participatesIn", "grouping:africa-regional-forum-on-sustainable-development")},
                 id="celebrates-every-year-on-a-day-and-a-fronted-partner-with-its-acronym"),
    pytest.param("· In Asia and the Pacific, ITU works with ESCAP on the Asia-Pacific Information Superhighway (AP-IS) initiative, which "
                 "ESCAP launched in 2016. The Global Symposium for Regulators (GSR), organized annually by BDT, is the main meeting of "
                 "regulators. Within the Partnership on Measuring ICT for Development, ITU led the task group on ICT indicators for the "
                 "SDGs, together with UNCTAD and the UIS.",
                 {("org:ESCAP", "leads", "grouping:asia-pacific-information-superhighway"),
                  ("org:ITU", "contributesTo", "grouping:asia-pacific-information-superhighway"), ("org:BDT", "leads", "grouping:gsr"),
                  ("org:ITU", "participatesIn", "grouping:partnership-measuring-ict4d"),
                  ("org:ITU", "leads", "grouping:task-group-on-ict-indicators-for-the-sdgs"),
                  ("org:UNCTAD", "coLeads", "grouping:task-group-on-ict-indicators-for-the-sdgs"),
                  ("org:UNESCO-UIS", "coLeads", "grouping:task-group-on-ict-indicators-for-the-sdgs")},
                 id="a-name-defined-before-its-kind-word-organized-annually-and-a-task-group"),
    pytest.param("· Kaleidoscope 2017 (“Challenges for a Data-Driven Society”), hosted by the Nanjing University of Posts and "
                 "Telecommunications, was held in Nanjing.",
                 {("org:Nanjing-University-of-Posts-and-Telecommunications", "hosts", "grouping:itu-kaleidoscope-2017")},
                 id="an-edition-of-a-known-series-and-a-university-of"),
    pytest.param("· ICAO: ITU attended the 40th session of the ICAO Assembly (Montréal, 2019), at which the final ICAO position for WRC-19 "
                 "was presented, and continued to participate in the work of ICAO’s Frequency Spectrum Management Panel (FSMP).\n"
                 "· UNOOSA: ITU addressed the 62nd session of the Committee on the Peaceful Uses of Outer Space (COPUOS) (Vienna, June 2019) "
                 "and the 57th session of its Scientific and Technical Subcommittee (February 2020).",
                 {("org:ICAO", "leads", "grouping:icao-assembly"), ("org:ITU", "participatesIn", "grouping:icao-assembly"),
                  ("org:ICAO", "leads", "grouping:frequency-spectrum-management-panel"),
                  ("org:ITU", "participatesIn", "grouping:frequency-spectrum-management-panel"),
                  ("org:ITU", "participatesIn", "org:COPUOS"), ("org:ITU", "participatesIn", "grouping:scientific-and-technical-subcommittee")},
                 id="a-second-verb-of-the-subject-and-a-list-across-a-dated-parenthesis"),
    pytest.param("5.1\tITU took part in COP21 in Paris. ITU took part in the 26th UN Climate Change Conference (COP26) in Glasgow.",
                 {("org:ITU", "participatesIn", "grouping:cop21"), ("org:ITU", "participatesIn", "grouping:cop26")},
                 id="numbered-sessions-of-the-climate-conference-known-however-written"),
    pytest.param("4.1\tITU followed closely, and provided inputs to, the work of the General Assembly at its seventy-fifth session, which was "
                 "conducted largely in virtual formats, of the Economic and Social Council (ECOSOC) and of its functional commissions, notably "
                 "the Commission on Science and Technology for Development (CSTD) and the Statistical Commission. ITU also followed the "
                 "sessions of the International Civil Service Commission (ICSC).",
                 {("org:ITU", "participatesIn", f"org:{b}") for b in ("UNGA", "ECOSOC", "CSTD", "StatCom", "ICSC")},
                 id="the-work-of-a-body-at-its-session-of-another-and-of-its-functional-commissions"),
    pytest.param("6.2\tIn the HLCM, ITU continued to lead the Work Group on Virtual Meetings with Interpretation of its Digital & Technology Network. "
                 "The ITU Liaison Office in New York also follows other UNGA resolutions with references to ICTs.",
                 {("org:ITU", "leads", "grouping:work-group-on-virtual-meetings-with-interpretation"),
                  ("org:ITU", "participatesIn", "grouping:hlcm")},  # "In the HLCM, ITU ...": the fronted frame
                 id="a-part-of-its-network-and-a-bodys-resolutions-are-not-coordinated-objects"),
    pytest.param("· ITU also took part in the WePROTECT Global Alliance to end child sexual exploitation online. ITU is also a member of "
                 "the StEP Initiative. ITU and the StEP Initiative published a report.",
                 {("org:ITU", "participatesIn", "org:WePROTECT"), ("org:ITU", "memberOf", "org:StEP")},
                 id="an-organization-named-as-a-grouping-is-joined-where-someone-takes-part-in-it"),
    pytest.param("4.2\tThe Working Group on Digital Health, co-chaired by the Novartis Foundation and Nokia, issued its report. The "
                 "partnership works through the Skills Coalition, led by the Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ), "
                 "and the Leadership Coalition, led by ITC.",
                 {("org:Novartis-Foundation", "coChairs", "grouping:working-group-on-digital-health"),
                  ("org:Nokia", "coChairs", "grouping:working-group-on-digital-health"),
                  ("org:GIZ", "leads", "grouping:skills-coalition"), ("org:ITC", "leads", "grouping:leadership-coalition")},
                 id="an-organization-name-ends-at-its-head-word-before-and"),
    pytest.param("4.3\tITU is also a member of the Environment Management Group (EMG), which is chaired by the Executive Director of UNEP, "
                 "and of the Issue Management Group on Tackling E-waste set up by the EMG in 2017.",
                 {("org:ITU", "memberOf", "grouping:emg"), ("org:ITU", "memberOf", "grouping:issue-management-group-on-tackling-e-waste"),
                  ("org:UNEP", "chairs", "grouping:emg")},
                 id="member-of-one-grouping-then-after-its-relative-clause-of-another"),
    pytest.param("4.4\tITU contributes to the IAEG-SDGs. Within the Partnership on Measuring ICT for Development, ITU led the task group on "
                 "ICT indicators for the SDGs, together with UNCTAD and the UIS.",
                 {("org:ITU", "participatesIn", "grouping:iaeg-sdgs"), ("org:ITU", "participatesIn", "grouping:partnership-measuring-ict4d"),
                  ("org:ITU", "leads", "grouping:task-group-on-ict-indicators-for-the-sdgs")}
                 | {(o, "coLeads", "grouping:task-group-on-ict-indicators-for-the-sdgs") for o in ("org:UNCTAD", "org:UNESCO-UIS")},
                 id="a-head-word-with-its-topic-is-a-new-group-not-the-group-named-before"),
    pytest.param("4.5\tIn Africa, the regional office in Addis Ababa is a member of the Regional Coordination Mechanism for Africa "
                 "(RCM-Africa), convened by UNECA and the African Union Commission. The UNDP regional office joined the UN Inter-Agency "
                 "Network on Youth Development.",
                 {("org:ITU", "memberOf", "grouping:regional-coordination-mechanism-for-africa"), ("org:UNDP", "memberOf", "grouping:ianyd")}
                 | {(o, "convenes", "grouping:regional-coordination-mechanism-for-africa") for o in ("org:ECA", "org:AUC")},
                 id="the-publishers-own-regional-office-and-a-place-after-the-subject"),
    pytest.param("4.6\tITU participated as an observer in the meetings of the open-ended Intergovernmental Expert Group on Cybercrime "
                 "convened by UNODC, and contributed to the capacity-building activities of UNODC's Global Programme on Cybercrime. ITU is "
                 "continuing to engage with the TES team, led by UNESCO.",
                 {("org:ITU", "participatesIn", "grouping:intergovernmental-expert-group-on-cybercrime"),
                  ("org:UNODC", "convenes", "grouping:intergovernmental-expert-group-on-cybercrime"),
                  ("org:ITU", "participatesIn", "grouping:global-programme-on-cybercrime"),
                  ("org:UNODC", "leads", "grouping:global-programme-on-cybercrime"), ("org:UNESCO", "leads", "grouping:tes-team")},
                 id="an-observer-in-a-group-its-convener-named-after-and-the-activities-of-an-owners-programme-engaging-with-is-no-part"),
    pytest.param("5.5.1\tUnited for Smart Sustainable Cities (U4SSC), a United Nations initiative coordinated by ITU, the United Nations "
                 "Economic Commission for Europe (UNECE) and UN-Habitat, continued to help cities. Her CyberTracks, a BDT programme funded "
                 "by the Government of Germany, trained its first cohort.",
                 {(o, "coordinates", "grouping:u4ssc") for o in ("org:ITU", "org:ECE", "org:UN-Habitat")}
                 | {("org:BDT", "leads", "grouping:her-cybertracks")},
                 id="a-grouping-described-as-an-organizations-programme"),
    pytest.param("7.1\tThe WSIS Forum 2022 (Geneva, hybrid, 30 May - 3 June 2022) and the WSIS Forum 2023 (Geneva, 13-17 March 2023) were "
                 "co-organized by ITU, UNESCO, UNDP and UNCTAD.",
                 {(o, "coOrganizes", f"grouping:wsis-forum-{y}") for o in ("org:ITU", "org:UNESCO", "org:UNDP", "org:UNCTAD") for y in (2022, 2023)},
                 id="groupings-listed-before-a-plural-passive-verb"),
    pytest.param("· The WSIS Forum 2016 (Geneva, 2-6 May 2016), the first held after the WSIS+10 review, was hosted by ITU and co-organized "
                 "with UNESCO, UNDP and UNCTAD, in close collaboration with the other Action Line facilitators and co-facilitators, "
                 "including FAO, ILO and the UN regional commissions.",
                 {(o, "coOrganizes", "grouping:wsis-forum-2016") for o in ("org:ITU", "org:UNESCO", "org:UNDP", "org:UNCTAD")}
                 | {(o, "contributesTo", "grouping:wsis-forum-2016") for o in ("org:FAO", "org:ILO", "org:UN-Regional-Commissions")},
                 id="a-grouping-in-the-subjects-appositive-is-not-the-target-and-a-category-before-including"),
    pytest.param("· Preparations are under way for the AI for Good Global Summit (Geneva, 7-9 June 2017), organized by ITU and the XPRIZE "
                 "Foundation in partnership with the Association for Computing Machinery (ACM) and more than 20 UN sister agencies, among "
                 "them UNESCO, UNICEF and WHO.",
                 {("org:ITU", "leads", "grouping:ai-for-good"), ("org:XPRIZE", "leads", "grouping:ai-for-good")}
                 | {(o, "contributesTo", "grouping:ai-for-good") for o in ("org:ACM", "org:UNESCO", "org:UNICEF", "org:WHO")},
                 id="partners-go-on-after-an-acronym-and-a-counted-category-among-them"),
    pytest.param("3.4\tITU continued to follow and contribute to the work of the General Assembly at its seventy-first session, in "
                 "particular that of the Second Committee.",
                 {("org:ITU", "participatesIn", "org:UNGA"), ("org:ITU", "participatesIn", "org:Second-Committee")},
                 id="in-particular-that-of-a-committee"),
    pytest.param("5.5\tThe United Nations Group on the Information Society (UNGIS), established by the CEB in 2006, has more than 30 members. "
                 "Its chairmanship rotates among ITU, UNESCO, UNDP and UNCTAD, its four permanent vice-chairs. UNESCO held the chair in "
                 "2016, and ITU took it over for 2017.",
                 {(o, "coChairs", "grouping:ungis") for o in ("org:ITU", "org:UNESCO", "org:UNDP", "org:UNCTAD")}
                 | {("org:UNESCO", "chairs", "grouping:ungis"), ("org:ITU", "chairs", "grouping:ungis")},
                 id="a-chairmanship-rotating-among-a-list-and-the-chair-taken-over"),
    pytest.param("4.4\tITU is a member of the UNSDG, which is chaired by the UN Deputy Secretary-General. Its regional offices took part in "
                 "the five Regional Collaborative Platforms, which are chaired by the Deputy Secretary-General. ITU also contributes, under "
                 "the cost-sharing arrangement approved by the General Assembly, to the funding of the resident coordinator system managed "
                 "by the UN Development Coordination Office (DCO).",
                 {("org:ITU", "memberOf", "grouping:unsdg"), ("org:UN", "chairs", "grouping:unsdg"),
                  ("org:ITU", "participatesIn", "grouping:rcp"), ("org:UN", "chairs", "grouping:rcp")},
                 id="the-un-official-named-again-and-no-target-across-an-agent-or-a-noun-before-the-participle"),
    pytest.param("2.3\tTo support delegations, ITU organized in Geneva, together with DiploFoundation and its Geneva Internet Platform (GIP), "
                 "three briefings for permanent missions. The WSIS+20 Forum High-Level Event 2024 was co-organized by ITU, UNESCO, UNDP "
                 "and UNCTAD.",
                 {(o, "coOrganizes", "grouping:wsis-20-forum-high-level-event") for o in ("org:ITU", "org:UNESCO", "org:UNDP", "org:UNCTAD")},
                 id="a-partners-grouping-is-no-object-and-a-name-with-a-plus"),
    pytest.param("2.4\tIn October 2023, the UN Secretary-General convened a High-level Advisory Body on Artificial Intelligence (HLAB-AI), "
                 "whose secretariat is hosted by OSET. ITU and UNDP co-convened SDG Digital at UN Headquarters.",
                 {("org:UN", "convenes", "grouping:high-level-advisory-body-on-artificial-intelligence"),
                  ("org:OSET", "hosts", "grouping:high-level-advisory-body-on-artificial-intelligence"),
                  ("org:ITU", "convenes", "grouping:sdg-digital-day"), ("org:UNDP", "convenes", "grouping:sdg-digital-day")},
                 id="a-body-is-a-head-word-and-a-known-event-by-its-short-name"),
    pytest.param("3.5\tScience, technology and innovation: ITU is an active member of the Interagency Task Team on Science, Technology and "
                 "Innovation for the SDGs (IATT), and co-leads with UNCTAD the IATT workstream on emerging technologies. It contributed to the "
                 "ninth STI Forum, held in New York. ITU also continued its cooperation with the UNFCCC secretariat on the ICT-related "
                 "aspects of the Technology Mechanism.",
                 {("org:ITU", "memberOf", "grouping:iatt-sti"), ("org:ITU", "participatesIn", "grouping:sti-forum")}
                 | {(o, "coLeads", "grouping:iatt-workstream-on-emerging-technologies") for o in ("org:ITU", "org:UNCTAD")},
                 id="interagency-in-one-word-a-partner-between-verb-and-object-and-it-for-the-organization-before"),
    pytest.param("· The Early Warnings for All initiative (EW4All), launched by the UN Secretary-General in March 2022 to ensure that everyone "
                 "on Earth is protected by early warning systems by 2027, is spearheaded by WMO and the United Nations Office for Disaster "
                 "Risk Reduction (UNDRR). ITU continued to chair the steering committee of the Partnership on Measuring ICT for Development.",
                 {(o, "leads", "grouping:early-warnings-for-all") for o in ("org:UN", "org:WMO", "org:UNDRR")}
                 | {("org:ITU", "chairs", "grouping:partnership-measuring-ict4d")},
                 id="the-main-verb-after-a-long-clause-and-the-steering-committee-of-a-grouping"),
    pytest.param("3.6\tThe management teams of RAG, TSAG and TDAG met together in a Joint Session of the Sector Advisory Groups (JSAG), held "
                 "online on 7 December 2022 and convened jointly by the Directors of BR, TSB and BDT.",
                 {(o, "convenes", "grouping:joint-session-of-the-sector-advisory-groups") for o in ("org:BR", "org:TSB", "org:BDT")},
                 id="convened-by-the-directors-of-a-list"),
    pytest.param("3.8\tThe Joint Coordination Activity on Accessibility and Human Factors (JCA-AHF), hosted by ITU-T Study Group 16, counts "
                 "among its participants representatives of ITU-R and ITU-D as well as external bodies such as the World Wide Web Consortium "
                 "(W3C) and the European Telecommunications Standards Institute (ETSI).",
                 {(o, "participatesIn", "grouping:joint-coordination-activity-on-accessibility-and-human-factors")
                  for o in ("org:ITU-R", "org:ITU-D", "org:W3C", "org:ETSI")}
                 # (a study group acts for its Sector: "hosted by ITU-T Study Group 16")
                 | {("org:ITU-T", "hosts", "grouping:joint-coordination-activity-on-accessibility-and-human-factors")},
                 id="counts-among-its-participants-after-a-participle-clause-and-bodies-such-as"),
    pytest.param("4.5\tBR and BDT jointly organized the Third ITU Inter-regional Workshop on WRC-23 Preparation (Geneva, 22-24 November 2022), "
                 "with the participation of the six regional telecommunication organizations: the Asia-Pacific Telecommunity (APT), the "
                 "African Telecommunications Union (ATU) and the Regional Commonwealth in the field of Communications (RCC). The global "
                 "celebration of International Girls in ICT Day 2022, held on 28 April 2022 in Kigali as a curtain-raiser to WTDC-22, was "
                 "co-organized by BDT and the Ministry of ICT and Innovation of Rwanda.",
                 {(o, "convenes", "grouping:third-itu-inter-regional-workshop-on-wrc-23-preparation") for o in ("org:BR", "org:BDT")}
                 | {(o, "participatesIn", "grouping:third-itu-inter-regional-workshop-on-wrc-23-preparation") for o in ("org:APT", "org:ATU", "org:RCC")}
                 | {(o, "coOrganizes", "grouping:girls-in-ict-day-2022") for o in ("org:BDT", "org:Ministry-of-ICT-and-Innovation-of-Rwanda")},
                 id="a-category-before-a-colon-and-a-participle-clause-between-subject-and-verb"),
    pytest.param("7.2\tUNGIS, chaired in 2022-2023 by UNESCO, with ITU, UNDP and UNCTAD serving as vice-chairs, held its annual meeting. ITU "
                 "takes part in the United Nations System Chief Executives Board for Coordination (CEB) and in its two high-level committees, "
                 "HLCP and HLCM, as well as in the United Nations Sustainable Development Group (UNSDG). TSB represents ITU in the World "
                 "Standards Cooperation (WSC).",
                 {("org:UNESCO", "chairs", "grouping:ungis"), ("org:TSB", "memberOf", "grouping:wsc")}
                 | {(o, "coChairs", "grouping:ungis") for o in ("org:ITU", "org:UNDP", "org:UNCTAD")}
                 | {("org:ITU", "participatesIn", f"grouping:{g}") for g in ("ceb", "hlcp", "hlcm", "unsdg")},
                 id="a-span-of-years-serving-as-its-committees-and-representing-the-publisher"),
    pytest.param("· The GCI, led by ITU, is a multi-stakeholder effort to which INTERPOL, UNODC, the World Bank, the Forum of Incident "
                 "Response and Security Teams (FIRST), the Potomac Institute for Policy Studies and Red Team Cyber contributed as partners.",
                 {("org:ITU", "leads", "grouping:gci")}
                 | {(o, "participatesIn", "grouping:gci") for o in ("org:INTERPOL", "org:UNODC", "org:WORLD-BANK-GROUP", "org:FIRST")},
                 id="a-grouping-described-then-a-relative-clause-over-names-the-extractor-does-not-know"),
    pytest.param("· ITU is one of the partners of eTrade for all, the initiative launched by UNCTAD in July 2016 at its fourteenth session "
                 "in Nairobi to help developing countries use e-commerce, together with the Universal Postal Union (UPU), ITC and the "
                 "Enhanced Integrated Framework (EIF), among others;",
                 {("org:UNCTAD", "leads", "grouping:etrade-for-all")}
                 | {(o, "contributesTo", "grouping:etrade-for-all") for o in ("org:ITU", "org:UPU", "org:ITC", "org:EIF")},
                 id="partners-named-together-with-at-the-end-share-the-subjects-part"),
    pytest.param("6.1\tAt COP28, ITU led Green Digital Action, a track of activities. The track was developed together with more than 40 "
                 "partners, including UNEP, WMO and GSMA. ITU and UNICC co-organized TechLearnTalks, a series of online learning sessions "
                 "for UN staff.",
                 {("org:ITU", "participatesIn", "grouping:cop28"), ("org:ITU", "leads", "grouping:green-digital-action")}
                 | {(o, "contributesTo", "grouping:green-digital-action") for o in ("org:UNEP", "org:WMO", "org:GSMA")}
                 | {(o, "coOrganizes", "grouping:techlearntalks") for o in ("org:ITU", "org:UNICC")},
                 id="the-track-named-before-and-a-name-its-kind-after-the-comma-makes-a-grouping"),
    pytest.param("· GovStack, founded in 2020 by ITU, Germany’s Federal Ministry for Economic Cooperation and Development (BMZ), Estonia and "
                 "the Digital Impact Alliance (DIAL), released new building-block specifications.",
                 {(o, "foundingPartnerOf", "grouping:govstack") for o in ("org:ITU", "org:BMZ", "org:DIAL")},
                 id="countries-named-in-a-list-of-founders-do-not-break-it"),
    pytest.param("Regional Development Forums (RDFs) were held in all six regions in 2015, each time organized by the regional office in "
                 "collaboration with the regional telecommunication organization concerned – APT, ASMG or RCC – and served as the first step.",
                 {("org:ITU", "leads", "grouping:regional-development-forums")}
                 | {(o, "contributesTo", "grouping:regional-development-forums") for o in ("org:APT", "org:ASMG", "org:RCC")},
                 id="organized-by-the-publishers-regional-office-with-partners-after-a-dash"),
    pytest.param("We have also broadened our partnerships. With UN Women and other founding partners we launched EQUALS. The FG-DPM also "
                 "contributes, as did the IoT Week 2017, which ITU co-organized with the IoT Forum and Mandat International.",
                 {("org:ITU", "leads", "grouping:equals"), ("org:ITU", "coOrganizes", "grouping:iot-week-2017")},
                 id="we-the-publisher-and-a-grouping-co-organized-with-is-a-partner-not-the-object"),
    pytest.param("6.2\tIn the HLCP, ITU contributed to the work on AI. ITU worked closely with the six regional telecommunication "
                 "organizations – the African Telecommunications Union (ATU) and the Asia-Pacific Telecommunity (APT) – in the final stage "
                 "of the preparations for WRC-23.",
                 {("org:ITU", "participatesIn", "grouping:hlcp")},
                 id="in-the-grouping-fronted-and-preparations-for-a-conference-are-no-part-in-it"),
    pytest.param("· With WHO, ITU developed the global standard for safe listening (ITU-T H.872), in support of WHO’s Make Listening Safe "
                 "initiative. Under the Global E-waste Statistics Partnership (GESP), which is supported by Fondation Carmignac, ITU and UNITAR "
                 "published the Global E-waste Monitor 2024.",
                 {("org:ITU", "supports", "grouping:make-listening-safe"), ("org:WHO", "leads", "grouping:make-listening-safe")}
                 | {(o, "participatesIn", "grouping:gesp") for o in ("org:ITU", "org:UNITAR")},
                 id="a-sectors-recommendation-is-no-actor-and-a-fronted-frame-with-a-which-clause"),
    pytest.param("6.2\tThe Fourth International Conference on Small Island Developing States (SIDS4), convened by the United Nations pursuant "
                 "to General Assembly resolution 76/203, was held in St John’s on 27-30 May 2024, with the Office of the High Representative "
                 "for the Least Developed Countries, Landlocked Developing Countries and Small Island Developing States (UN-OHRLLS) as its "
                 "secretariat.",
                 {("org:UN", "convenes", "grouping:fourth-international-conference-on-small-island-developing-states"),
                  ("org:UN-OHRLLS", "participatesIn", "grouping:fourth-international-conference-on-small-island-developing-states")},
                 id="the-united-nations-convening-pursuant-to-and-its-secretariat-is-not-the-bodys-document"),
    pytest.param("5.3.2\tThe 2022 ITU Regional Cyberdrill for the Americas was co-organized by BDT, the Organization of American States (OAS) "
                 "and FIRST. ITU joined the Coalition for Digital Environmental Sustainability (CODES), co-championed by UNEP, UNDP and the "
                 "International Science Council (ISC). The AI for Good Global Summit 2023 will be held by ITU in Geneva. TSB represents ITU "
                 "in the World Standards Cooperation (WSC), the high-level collaboration between ITU, the IEC and ISO.",
                 {(o, "coOrganizes", "grouping:itu-regional-cyberdrill-for-the-americas") for o in ("org:BDT", "org:OAS", "org:FIRST")}
                 | {("org:ITU", "memberOf", "grouping:coalition-for-digital-environmental-sustainability")}
                 | {(o, "coLeads", "grouping:coalition-for-digital-environmental-sustainability") for o in ("org:UNEP", "org:UNDP", "org:ISC")}
                 | {("org:ITU", "convenes", "grouping:ai-for-good-2023"), ("org:TSB", "memberOf", "grouping:wsc")}
                 | {(o, "memberOf", "grouping:wsc") for o in ("org:ITU", "org:IEC", "org:ISO")},
                 id="a-cyberdrill-co-championed-held-by-and-representing-an-organization-named-again-after"),
    pytest.param("2.1\tCreated in March 2015, the Inter-Sectoral Coordination Task Force (ISC-TF) is the main internal mechanism. It is chaired by the Deputy "
                 "Secretary-General and brings together:\na) the Deputies to the Directors of BR, the Telecommunication Standardization "
                 "Bureau (TSB) and the Telecommunication Development Bureau (BDT);\nb) the Chief of the Strategic Planning and Membership "
                 "Department (SPM);\nc) the Regional Directors.\n2.2\tThe Conference Coordination Group (CCG) was set up in 2021. The Group "
                 "is led by the Conferences and Publications Department (C&P) of the General Secretariat, with members from BR, TSB and BDT.",
                 {(o, "memberOf", "grouping:inter-sectoral-coordination-task-force") for o in ("org:BR", "org:TSB", "org:BDT", "org:SPM")}
                 | {("org:ITU", "chairs", "grouping:inter-sectoral-coordination-task-force"), ("org:C-P", "leads", "grouping:conference-coordination-group")}
                 | {(o, "memberOf", "grouping:conference-coordination-group") for o in ("org:BR", "org:TSB", "org:BDT")},
                 id="members-listed-after-brings-together-and-the-group-with-members-from"),
    pytest.param("· As a member of the United Nations core inter-agency group on the GDC, convened by the Office of the Secretary-General’s "
                 "Envoy on Technology (OSET), ITU contributed to the background analysis. In the Environment Management Group (EMG), chaired "
                 "by the Executive Director of UNEP, ITU leads a task team on e-waste.",
                 {("org:ITU", "memberOf", "grouping:united-nations-core-inter-agency-group-on-the-gdc"),
                  ("org:OSET", "convenes", "grouping:united-nations-core-inter-agency-group-on-the-gdc"),
                  ("org:UNEP", "chairs", "grouping:emg"), ("org:ITU", "participatesIn", "grouping:emg")},
                 id="after-a-participle-clause-the-organization-with-its-verb-opens-the-main-clause"),
    pytest.param("1.2\tThe General Secretariat coordinates ITU’s relations with the United Nations, with the support of the ITU Liaison Office "
                 "in New York, which follows the work of the General Assembly. ITU, the IEC and ISO, which together form the World Standards "
                 "Cooperation (WSC), celebrated World Standards Day.",
                 {("org:ITU", "participatesIn", "org:UNGA")}
                 | {(o, "memberOf", "grouping:wsc") for o in ("org:ITU", "org:IEC", "org:ISO")}
                 | {(o, "convenes", "grouping:world-standards-day") for o in ("org:ITU", "org:IEC", "org:ISO")},
                 id="a-relative-clause-about-another-noun-takes-the-grouping-from-the-main-verb"),
    pytest.param("2.1\tITU co-organized the Regional Forum on Emergency Telecommunications with CITEL and the Caribbean Disaster "
                 "Emergency Management Agency (CDEMA). ITU participated in the Global Platform for Disaster Risk Reduction with a "
                 "delegation of BDT experts.",
                 {(o, "coOrganizes", "grouping:regional-forum-on-emergency-telecommunications") for o in ("org:ITU", "org:CITEL", "org:CDEMA")}
                 | {("org:ITU", "participatesIn", "grouping:gpdrr")},
                 id="partners-named-with-after-the-grouping-share-a-leading-part-and-end-its-name"),
    pytest.param("2.2\tThe Global Symposium for Regulators (GSR-18), held in Geneva in July 2018, which BDT organized, gathered regulators. "
                 "ITU took part in IoT Week 2017, held in Geneva, which ITU co-organized with Mandat International.",
                 {("org:BDT", "convenes", "grouping:global-symposium-for-regulators-gsr-18"),
                  ("org:ITU", "coOrganizes", "grouping:iot-week-2017"), ("org:Mandat-International", "coOrganizes", "grouping:iot-week-2017"),
                  ("org:ITU", "participatesIn", "grouping:iot-week-2017"), ("org:Mandat-International", "participatesIn", "grouping:iot-week-2017")},
                 id="a-relative-clause-after-a-participle-clause-on-where-or-when-is-about-the-grouping"),
    pytest.param("6.1\tITU led the global celebration of International Girls in ICT Day (25 April 2024) and of World Telecommunication and "
                 "Information Society Day (17 May), and organized events jointly with UN Women for International Women's Day.",
                 {("org:ITU", "leads", "grouping:girls-in-ict-day"), ("org:ITU", "leads", "grouping:wtisd"),
                  ("org:UN-Women", "contributesTo", "grouping:international-women-s-day")},
                 id="and-of-a-second-grouping-and-a-partner-before-for-is-no-part-of-the-name"),
    pytest.param("3.2\tITU has been a member of the IATT since its first meeting. The Task Team is coordinated by UNDESA and counts UNCTAD, "
                 "WIPO and the World Bank among its most active participants.",
                 {("org:ITU", "memberOf", "grouping:iatt-sti"), ("org:DESA", "coordinates", "grouping:iatt-sti")}
                 | {(o, "memberOf", "grouping:iatt-sti") for o in ("org:UNCTAD", "org:WIPO", "org:WORLD-BANK-GROUP")},
                 id="counts-a-list-among-its-most-active-participants"),
    pytest.param("6.2\tITU participated in COP21 (Paris, 30 November - 12 December 2015) with a delegation led by the Secretary-General. "
                 "The sixth Green Standards Week, organized by ITU and hosted by the Utilities Regulation and Competition Authority (URCA) "
                 "in Nassau (14-18 December 2015), was co-organized with "
                 "UNESCO and the Secretariat of the Convention on Biological Diversity (CBD).",
                 {("org:ITU", "participatesIn", "grouping:cop21"), ("org:ITU", "leads", "grouping:green-standards-week"),
                  ("org:URCA", "hosts", "grouping:green-standards-week")}
                 | {(o, "coOrganizes", "grouping:green-standards-week") for o in ("org:UNESCO", "org:CBD")},
                 id="a-delegation-led-by-someone-and-an-edition-subject-before-its-main-verb"),
    pytest.param("3.2\tDuring the 2016 HLPF, ITU organized, jointly with UNDESA and the Global e-Sustainability Initiative (GeSI), a side event "
                 "entitled “ICTs as a catalyst for the SDGs: leaving no one offline”.",
                 {(o, "participatesIn", "org:HLPF") for o in ("org:ITU", "org:DESA", "org:GeSI")}
                 | {("org:ITU", "leads", "grouping:icts-as-a-catalyst-for-the-sdgs-leaving-no-one-offline")}
                 | {(o, "coOrganizes", "grouping:icts-as-a-catalyst-for-the-sdgs-leaving-no-one-offline") for o in ("org:DESA", "org:GeSI")},
                 id="partners-set-off-after-the-verb-co-organize-its-object"),
    pytest.param("Connect the World summits\nITU organized three regional summits in the period, each with regional partners:\n"
                 "· The Connect Arab Summit (Doha, 5-7 March 2012), organized in partnership with the League of Arab States and ESCWA.\n"
                 "· The Connect Americas Summit (Panama City, 17-19 July 2012), held in cooperation with CITEL and ECLAC.\n",
                 {("org:ITU", "convenes", "grouping:connect-arab-summit"), ("org:ITU", "convenes", "grouping:connect-americas-summit")}
                 | {(o, "contributesTo", "grouping:connect-arab-summit") for o in ("org:LAS", "org:ESCWA")}
                 | {(o, "contributesTo", "grouping:connect-americas-summit") for o in ("org:CITEL", "org:ECLAC")},
                 id="a-lead-in-naming-how-many-events-its-subject-organized-and-their-partners-in-bullets"),
    pytest.param("ITU-T SG 5 organized the following events:\n· HLPF Side Event: Harnessing Frontier Technologies for Climate Action, "
                 "9 July 2019, New York;\n· 9th Green Standards Week, 1 to 4 October 2019, Valencia, Spain.\n",
                 {("org:ITU-T", "participatesIn", "org:HLPF"), ("org:ITU-T", "convenes", "grouping:green-standards-week")},
                 id="organizing-a-side-event-of-an-event-listed-under-a-lead-in-is-taking-part-in-it"),
    pytest.param("2.3\tUNESCO, UNFPA and UNICEF were partners of the BYND 2015 Global Youth Summit, and the UN Inter-Agency Network on "
                 "Youth Development helped relay the call for contributions.",
                 {(o, "contributesTo", "grouping:bynd-2015-global-youth-summit") for o in ("org:UNESCO", "org:UNFPA", "org:UNICEF")},
                 id="a-grouping-opening-a-new-clause-after-and-is-not-in-the-list"),
    pytest.param(
                 "3.2\tThe m-Powering Development Initiative was launched by ITU in 2012. ITU took part in the CTITF Working Group on Countering the"
                 " Use of the Internet for Terrorist Purposes, together with UNODC. The Commission on Information and Accountability for Women’s and"
                 " Children’s Health (CoIA) was established by WHO. ITU organized the GEM-TECH Awards with UN Women. ITU is a partner of the Smart A"
                 "frica initiative. WHO coordinates the UN Road Safety Collaboration.",
                 {("org:ITU", "leads", "grouping:m-powering-development-initiative"),
                  ("org:ITU", "participatesIn", "grouping:ctitf-working-group-on-countering-the-use-of-the-internet-for-terrorist-purposes"),
                  ("org:UNODC", "contributesTo", "grouping:ctitf-working-group-on-countering-the-use-of-the-internet-for-terrorist-purposes"),
                  ("org:WHO", "leads", "grouping:commission-on-information-and-accountability-for-women-s-and-children-s-health"),
                  ("org:ITU", "convenes", "grouping:gem-tech-awards"), ("org:UN-Women", "convenes", "grouping:gem-tech-awards"),
                  ("org:ITU", "contributesTo", "grouping:smart-africa"), ("org:WHO", "coordinates", "grouping:un-road-safety-collaboration")},
                 id="names-with-a-letter-prefix-a-gerund-topic-possessives-and-collaboration-as-head-not-their-namesake-partners"),
    pytest.param("4.6\tFollowing the approval of the ITU-D Questions by WTDC-17, BDT prepared together with TSB and BR a correspondence table. "
                 "The Conformity Assessment Steering Committee (CASC), which is led by ITU-T Study Group 11, met twice. The resolution is "
                 "complemented by Resolutions ITU-R 6 and ITU-R 7 of the Radiocommunication Assembly.\n"
                 "· “Accessible Europe: ICT 4 ALL” (December 2018) was co-organized by ITU and the European Commission, with the support "
                 "of the European Disability Forum (EDF).\n",
                 {("org:ITU-T", "leads", "grouping:conformity-assessment-steering-committee"),
                  ("org:ITU", "coOrganizes", "grouping:accessible-europe-ict-4-all"), ("org:EC", "coOrganizes", "grouping:accessible-europe-ict-4-all"),
                  ("org:EDF", "supports", "grouping:accessible-europe-ict-4-all")},
                 id="a-new-clause-after-a-fronted-phrase-a-study-group-acts-for-its-sector-a-citation-is-no-body-a-quoted-subject"),
    pytest.param("3.2\tThe WSIS+20 Forum High-Level Event 2024 took place in Geneva and adopted a vision for WSIS beyond 2025. More than 30 UN "
                 "entities took part as partners of the Event, including FAO and ILO. ITU coordinated the Green Digital Action track at "
                 "COP29 with over 40 partners, among them UNEP and GSMA.",
                 {(o, "contributesTo", "grouping:wsis-20-forum-high-level-event") for o in ("org:FAO", "org:ILO")}
                 | {("org:ITU", "coordinates", "grouping:green-digital-action"), ("org:ITU", "participatesIn", "grouping:cop29")}
                 | {(o, "contributesTo", "grouping:green-digital-action") for o in ("org:UNEP", "org:GSMA")},
                 id="partners-counted-then-named-and-the-event-after-a-process-named-since"),
    pytest.param("5.5\tIn addition, ITU was represented at, among other meetings: the 2024 session of the UN Civil Society Conference in Nairobi "
                 "(May 2024); the UN World Data Forum in Medellín (November 2024); and the fifty-sixth session of the UN Statistical Commission "
                 "(March 2025). ITU also attended the 2024 session of the ECOSOC Youth Forum.",
                 {("org:ITU", "participatesIn", k) for k in ("grouping:un-civil-society-conference", "grouping:un-world-data-forum",
                                                            "org:StatCom", "grouping:ecosoc-youth-forum")}
                 | {("org:ECOSOC", "leads", "grouping:ecosoc-youth-forum")},
                 id="represented-at-a-list-of-meetings-and-a-year-s-session-of-an-event"),
    pytest.param("8.1\tITU is also a founding partner of the e-Agriculture Community of Practice, coordinated by FAO. The Focus Group on "
                 "Digital Financial Services counts among its participants the Alliance for Financial Inclusion (AFI), the Consultative Group to "
                 "Assist the Poor (CGAP) and the Better Than Cash Alliance.",
                 {("org:FAO", "coordinates", "grouping:e-agriculture-community-of-practice"),
                  ("org:ITU", "contributesTo", "grouping:e-agriculture-community-of-practice")}
                 | {(o, "participatesIn", "grouping:focus-group-on-digital-financial-services") for o in ("org:AFI", "org:CGAP", "org:BTCA")},
                 id="a-community-of-practice-and-organizations-whose-names-end-in-a-grouping-head"),
    pytest.param("7.1\tITU and ICPC co-organized the first International Submarine Cable Resilience Summit in Abuja, hosted by the Nigerian "
                 "Communications Commission (NCC).",
                 {(o, "coOrganizes", "grouping:international-submarine-cable-resilience-summit") for o in ("org:ITU", "org:ICPC")}
                 | {("org:NCC", "hosts", "grouping:international-submarine-cable-resilience-summit")},
                 id="a-communications-commission-is-a-regulator-not-a-grouping"),
    pytest.param("1.2\tThe BYND 2015 Global Youth Summit was organized by ITU with the Ministry of Science, Technology and Telecommunications "
                 "of Costa Rica (MICITT) and hosted by the Federal Ministry of Communications, Innovation and Digital Economy of Nigeria.",
                 {("org:ITU", "leads", "grouping:bynd-2015-global-youth-summit"),
                  ("org:Ministry-of-Science-Technology-and-Telecommunications-of-Costa-Rica", "coLeads", "grouping:bynd-2015-global-youth-summit"),
                  ("org:Federal-Ministry-of-Communications-Innovation-and-Digital-Economy-of-Nigeria", "hosts", "grouping:bynd-2015-global-youth-summit")},
                 id="a-ministry-named-with-its-portfolios-across-commas"),
    pytest.param("8.1\tThe Broadband Commission for Sustainable Development is co-chaired by the President of Rwanda, while the "
                 "Secretary-General of ITU and the Director-General of UNESCO are its co-vice-chairs.",
                 {(o, "coChairs", "grouping:broadband-commission") for o in ("org:ITU", "org:UNESCO")},
                 id="officials-of-a-list-of-organizations-are-its-co-vice-chairs"),
    pytest.param("8.1\tITU and UN Women continued to jointly promote International Girls in ICT Day (28 April). GSS-20 invited ITU to: continue "
                 "to support the activities of the Focus Group on AI for Health; promote the AI for Road Safety initiative.",
                 {(o, "supports", "grouping:girls-in-ict-day") for o in ("org:ITU", "org:UN-Women")},
                 id="jointly-promote-and-a-request-over-a-colon-list-is-not-done"),
]


@pytest.mark.parametrize(("text", "expected"), SERIES)
def test_series_constructions(extractor: Extractor, text: str, expected: set[tuple[str, str, str]]) -> None:
    got = {t for t in run(extractor, text) if t[1] not in ("partnersWith", "partOf", "mandatedBy")}
    assert got == expected


def test_un_and_united_nations_spell_the_same_name(extractor: Extractor) -> None:
    # the registry has "United Nations Capital Development Fund" and "UN Group on the Information Society"
    text = "the UN Capital Development Fund and the United Nations Group on the Information Society"
    keys = [m.key for m in extractor.lexicon.find(text)]
    assert keys == ["org:UNCDF", "grouping:ungis"]


def test_sdgs_belong_to_the_subject_after_a_fronted_participle(extractor: Extractor) -> None:
    text = ("2.3\tConvened under the auspices of the Economic and Social Council (ECOSOC) in July 2018, the 2018 session of "
            "the High-level Political Forum on Sustainable Development (HLPF) reviewed in depth Goals 6, 7 and 11 of the 2030 Agenda.")
    got = {(s, o) for s, p, o in run(extractor, text) if p == "addressesSDG"}
    assert got == {("org:HLPF", "sdg:6"), ("org:HLPF", "sdg:7"), ("org:HLPF", "sdg:11")}


def test_conference_editions_are_events_of_their_body(extractor: Extractor) -> None:
    text = "· Further to Resolution 809 (WRC-15), the World Radiocommunication Conference 2019 drew 3 420 participants."
    r = Report(ReportMeta("t", "t.txt", "T", publisher="ITU"), text, "h")
    x = extractor.extract(r)
    assert {(s.subject, s.object) for s in x.statements if s.predicate == "partOf"} == {("grouping:wrc-19", "org:ITU-WRC")}
    assert x.nodes["grouping:wrc-19"].label == "World Radiocommunication Conference (WRC-19)"


def test_a_numbered_session_defined_with_its_place_and_date(extractor: Extractor) -> None:
    # "(COP24, Katowice, December 2018)": the acronym defines the session of a known series; the
    # session a sentence opening "At COP24" organizes is taking part in it
    text = ("4.1\tITU took part in the 24th session of the Conference of the Parties to the United Nations Framework "
            "Convention on Climate Change (COP24, Katowice, December 2018). At COP24, ITU co-organized with UNFCCC and WMO "
            "a session on the role of ICTs.")
    r = Report(ReportMeta("t", "t.txt", "T", publisher="ITU"), text, "h")
    x = extractor.extract(r)
    key = "grouping:cop24"  # the registry's session of the UNFCCC COP, however the report writes it
    assert extractor.registry.groupings["cop24"].parents == ("unfccc-cop",)
    got = {(s.subject, s.predicate) for s in x.statements if s.object == key}
    assert {("org:ITU", "participatesIn"), ("org:UNFCCC", "participatesIn"), ("org:WMO", "participatesIn")} <= got


def test_sdgs_of_a_pronoun_subject_and_of_a_within_frame(extractor: Extractor) -> None:
    def sdgs(text: str) -> set[tuple[str, str]]:
        return {(s, o) for s, p, o in run(extractor, text) if p == "addressesSDG"}
    # "Its July session under ECOSOC will review Goals 4, 8": the HLPF's (the HLPF names the SDG context)
    assert sdgs("2.4\tThe HLPF will meet twice in 2019. Its July session under ECOSOC will review Goals 4 and 8.") == {
        ("org:HLPF", "sdg:4"), ("org:HLPF", "sdg:8")}
    # "Within the G, whose secretariat is hosted by ILO, ITU leads ... in line with SDG target 8.6": the G's
    assert sdgs("· Within the Global Initiative on Decent Jobs for Youth, whose secretariat is hosted by ILO, ITU leads the thematic "
                "priority on digital skills in line with SDG target 8.6.") == {("grouping:decent-jobs-for-youth", "sdg:8.6")}


def test_a_process_adopted_in_a_resolution_is_mandated_by_it(extractor: Extractor) -> None:
    text = ("1.2\tBy adopting the Strategic Plan in Resolution 71 (Rev. Dubai, 2018) and the Connect 2030 Agenda in "
            "Resolution 200 (Rev. Dubai, 2018), the membership tied the goals of the Union to the 2030 Agenda.")
    got = {(s, o) for s, p, o in run(extractor, text) if p == "mandatedBy"}
    assert ("grouping:connect-2030-agenda", "resolution:itu-pp-res-200") in got
    assert not any(s == "grouping:2030-agenda" for s, _ in got)  # the context, not what is mandated


def test_the_issuer_named_in_a_citation_is_not_what_another_citation_mandates(extractor: Extractor) -> None:
    # "WTDC Resolution 55" names its issuer; it is no subject of "Resolution 70" cited beside it, nor is
    # "ITU-R" in "Resolution ITU-R 6" what "WTSA Resolution 18" mandates
    text = ("5.7.1\tThe gender focal points act under Resolution 70 (Rev. Bucharest, 2022), WTDC Resolution 55 (Rev. Kigali, 2022) "
            "and WTSA Resolution 55 (Rev. Geneva, 2022). In accordance with WTSA Resolution 18 (Rev. Geneva, 2022) and with "
            "Resolution ITU-R 6, two intersector rapporteur groups continued their work.")
    subjects = {s for s, p, _ in run(extractor, text) if p == "mandatedBy"}
    assert not subjects & {"org:ITU-WTDC", "org:ITU-WTSA", "org:ITU-R"}
