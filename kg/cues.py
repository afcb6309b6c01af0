"""The cue vocabulary: the words around organization lists and grouping names that say which role
an organization plays (stage 3 reads them; ``kg.extract`` applies them).

* ``PASSIVE``: a cue before an organization list ("led by X and Y", "in partnership with X");
* ``ACTIVE``: a cue after a list ("X and Y co-chair", "X participates in"); those in
  ``BACK_REFERRING`` are about the grouping named before the list ("X and Y are among its members");
* ``BEFORE_GROUPING``: a role verb right before a grouping, its subject further left ("ITU chairs the
  G", "contributing to follow up to the G");
* ``LATER_FRAME``: where partners named earlier work together ("... in the BHBM programme").

Each table pairs a pattern with the role it gives (``kg.roles``); the first pattern that matches
wins, so more specific cues come first.
"""

from __future__ import annotations

import re

from kg.mentions import ORDINAL

# (also a category named before its members: "the other Action Line facilitators and co-facilitators, including")
_FILLER = r"(?:\s*(?:[,(:–\-]|\d+|(?:[\w\-]+\s+){0,5}?[\w\-]+s(?:,?\s+(?:including|such\s+as|among\s+them|notably|namely)\b|\s*:)|(?:[\w\-]+\s+){0,5}?[\w\-]+\s*[–—]|[A-Z][a-z]+['’]s|(?:offices?\s+of|the|its|their|other|several|various|many|an?|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+dozen)|programmes|funds|UN|U\.N\.|United Nations|sister|specialized|specialised|agencies|agency|organi[sz]ations|entities|partners|bodies|stakeholders|including|such as|namely|e\.g|and|as well as|relevant|international|key|further|(?:Deputies\s+to\s+the\s+)?(?:Executive\s+|Deputy\s+|Regional\s+)?(?:Directors?(?:-General)?|Secretar(?:y|ies)-General|Administrators?|Executive\s+Secretar(?:y|ies)|High\s+Commissioners?|Presidents?|Heads?|Chiefs?|Chief\s+Executives?|counsellors?|representatives?|staff|experts?)\s+(?:of|from)|additional|active|notably|in\s+particular|among\s+them|amongst\s+them|more\s+than|over|some|about|around)\b\.?))*\s*"

# what may stand between a passive verb and its "by": "chaired in 2019 by", "led since 2020 by",
# "organized jointly by", "hosted this year by"
_BY = (r"(?:\s+(?:in|since|during|until|from|for)\s+(?:(?:early|mid|late|[A-Z][a-z]+)\s+)?(?:19|20)\d\d(?:[-–/](?:19|20)?\d\d)?"
       r"|\s+(?:this|last|each|every)\s+year|\s+(?:currently|jointly|formerly|previously|also|now|successfully|annually|regularly))?\s+by")

# "led by X together with Y": Y shares X's lead
SHARED_LEAD = re.compile(r"^\s*,?\s*(?:together|along|jointly)\s+with\b")

# cues before an organization list: "... led by ORGS"
PASSIVE_CUES: list[tuple[str, str]] = [
    (r"(?:an?\s+|the\s+)?joint\s+(?:initiative|programme|program|project|partnership|undertaking|effort|venture)\s+(?:of|between|by)|"
     r"\ban?\s+(?:collaboration|partnership|collaborative\s+effort)\s+(?:of|between)|"
     rf"co-?led{_BY}|co-?lead\s+by|jointly\s+led{_BY}|led\s+jointly\s+by|(?:driven|run|managed|steered)\s+(?:jointly\s+|in\s+(?:close\s+)?(?:collaboration|partnership|cooperation)\s+)?by", "co-lead"),
    (rf"led{_BY}|under\s+the\s+(?:joint\s+)?leadership\s+of|spearheaded{_BY}|headed{_BY}|steered{_BY}", "lead"),
    (rf"co-?chaired{_BY}|co-?chairs?\s*(?:are|were|:)?", "co-chair"),
    (rf"chaired{_BY}|under\s+the\s+chairmanship\s+of|chaired\s+jointly\s+by", "chair"),
    # "Its chairmanship rotates among ITU, UNESCO, UNDP and UNCTAD"
    (r"(?:chairmanship|chair|presidency)\s+(?:rotates|rotated|alternates|alternated)\s+(?:among|between)", "co-chair"),
    # "held the chair in 2018 and handed it over to UNESCO", "the chairmanship ... passed to ITU for
    # 2021": the next chair (the extractor keeps it only where the sentence speaks of a chair)
    (r"hand(?:ed|ing|s)?\s+(?:it\s+|the\s+(?:rotating\s+)?chair(?:manship)?\s+)?over\s+to|passe[sd]\s+(?:on\s+)?to", "handover"),
    (r"co-?championed\s+(?:jointly\s+)?by", "co-lead"),
    (rf"convened{_BY}|co-?convened{_BY}|(?:will\s+be|was|were|is|are)\s+held{_BY}|(?:the\s+)?convening\s+by|under\s+the\s+auspices\s+of|celebrated{_BY}", "convener"),
    (rf"coordinated{_BY}", "coordinator"),
    (rf"co-?organi[sz]ed{_BY}|jointly\s+organi[sz]ed{_BY}|co-?hosted{_BY}|co-?organi[sz]ers?\s*(?:are|were|:)?", "co-organizer"),
    (r"co-?organi[sz]ed\s+with|co-?hosted\s+with|co-?convened\s+with|jointly\s+organi[sz]ed\s+with", "co-organizer-with"),
    # "which it co-founded with UNESCO", "launched jointly with UNDP": the subject and these lead it
    (r"co-?(?:founded|launched|created|established|developed)\s+with|(?:founded|launched|created|established|set\s+up)\s+(?:jointly|together)\s+with", "co-lead-with"),
    (r"co-?founded(?:\s+(?:in|on|during)\s+[^,;()]{1,25}?)?\s+by|founded(?:\s+(?:in|on|during)\s+[^,;()]{1,25}?)?\s+by", "founder"),
    (r"(?:organi[sz]ed|launched|established|founded|created|initiated|developed|set\s+up|formed|started|conceived)(?:\s+(?:in|on|during)\s+[^,;()]{1,25}?|\s+(?:annually|regularly|each\s+year|every\s+year))?\s+by", "lead"),
    (r"founding\s+(?:partners?|members?)\s*(?:are|were|:|–|-|,)?", "founding-partner"),
    (r"hosted\s+by|housed\s+(?:in|at|by)", "host"),
    # "its secretariat is administered by UNDESA"
    (r"secretariat\s+(?:is\s+|was\s+|has\s+been\s+)?(?:administered|provided|run|serviced|managed|hosted|supported)\s+by", "secretariat"),
    (r"^,?\s*(?:and\s+)?with", "with"),
    (r"\bjoined(?!\s+forces)", "joined"),
    (r"(?:knowledge|implementing|technical|strategic|official)\s+partners?|in\s+partnership\s+with|"
     r"partnership\s+(?:was\s+)?(?:forged|established|formed|built|signed|concluded)\s+with|agreement\s+with|partnered\s+with|partnering\s+with|partners?\s+with|partners?\s+(?:are|were|include|included|including|such\s+as|like|namely|:)", "partner"),
    (r"in\s+(?:close\s+)?collaboration\s+with|in\s+cooperation\s+with|in\s+coordination\s+with|together\s+with|jointly\s+with|along\s+with|alongside|collaborat\w+\s+with|cooperat\w+\s+with|work(?:s|ed|ing)?\s+(?:(?:very|more|even)\s+)?(?:closely\s+)?with|joined\s+forces\s+with", "partner"),
    # "More than 30 UN entities took part as partners of the Event, including FAO, ILO ..."
    (r"(?:took\s+part|participated|were\s+involved|joined)\s+as\s+(?:partners|members|participants)\s+(?:of|in)\s+(?:the\s+)?[^,;.]{1,80}?,\s*"
     r"(?:including|among\s+them|such\s+as|notably|namely)\s*:?", "partner"),
    (rf"supported{_BY}|with\s+(?:the\s+)?(?:financial\s+)?(?:support|funding)\s+(?:of|from)|sponsored{_BY}|funded{_BY}|financed{_BY}|backed\s+by", "supporter"),
    (rf"implemented{_BY}|delivered{_BY}|executed\s+by", "implementer"),
    (r"members?\s+(?:(?:also|now|currently|further)\s+)?(?:include|includes|included|are|were|:)|membership\s+(?:includes|of)|"
     r"members\s+of\s+(?:the\s+|this\s+)?(?:[A-Z][\w\-]*\s+){1,8}(?:are|were|include|included)|"
     r"(?:currently\s+|now\s+)?(?:includes|included|comprises|comprised|brings\s+together|brought\s+together)", "member"),
    (r"with\s+members\s+(?:from|of|drawn\s+from)", "member"),
    (r"participation\s+of|participants?\s+(?:include|included|were|:)|counts?\s+among\s+its\s+(?:participants|members)|involving|with\s+the\s+(?:active\s+|full\s+)?participation\s+of", "participant"),
    # "The ISC-TF was established to enhance the coordination and collaboration among the three Bureaux
    # and the General Secretariat": the bodies it coordinates are its members
    (r"(?:coordination|cooperation|collaboration)(?:\s+and\s+(?:coordination|cooperation|collaboration))?\s+(?:among|between)"
     r"(?:\s+(?:the\s+)?(?:two|three|four|five|six)\s+(?:Bureaux|Sectors|bureaux|sectors)\s+and)?", "member"),
]
PASSIVE = [(re.compile(rf"(?:{pat}){_FILLER}$", re.I), role) for pat, role in PASSIVE_CUES]

# cues after an organization list: "ORGS co-chair ..."
ACTIVE_CUES: list[tuple[str, str]] = [
    # "UNICEF, UNHCR and the OECD are among its members": members of the grouping before
    (r"(?:is|are|was|were)\s+(?:also\s+)?(?:(?:among|one\s+of)\s+(?:its|their)\s+(?:founding\s+|core\s+)?(?:members|partners)\b"
     r"|among\s+the\s+(?:founding\s+|core\s+|UN\s+|main\s+|key\s+)?(?:members|partners)\b(?!\s+of\b))"
     # "(the Task Team) counts UNCTAD, UNESCO and WIPO among its most active participants"
     r"|among\s+(?:its|their)\s+(?:(?:most\s+)?active\s+|main\s+|key\s+|core\s+|founding\s+)?(?:members|participants|partners)\b", "its-member"),
    # "the Secretary-General of ITU and the Director-General of UNESCO are its co-vice-chairs": of the grouping before
    (r"(?:is|are|was|were)\s+(?:also\s+)?(?:its|their)\s+(?:co-?vice-?chairs?|vice-?chairs?|co-?chairs?)\b", "its-co-chair"),
    (r"(?:is|are|was|were)\s+(?:also\s+)?(?:its|their)\s+chairs?\b", "its-chair"),
    # "(the IAWG-AI was set up,) with ITU and UNESCO as co-conveners": the role named, of the grouping before
    (r"as\s+(?:(?:its|their|the)\s+)?(?:co-?)?(?:conveners?|chairs?|leads?|organi[sz]ers?|coordinators?|secretariat)\b|"
     r"(?:acts?|acted|serves?|served)\s+as\s+(?:its|their)\s+(?:(?:permanent|rotating|joint)\s+)?(?:co-?|vice-?)?chairs?\b", "as-named"),
    # "ITU is co-champion, with UNICEF, of the roundtable on ...", "OHCHR is among the champions of the G",
    # "It is also a key constituent of the roundtables on ..."
    (r"(?:(?:is|are|was|were|has\s+been|have\s+been|serves?\s+as|served\s+as|acts?\s+as)\s+)?(?:also\s+|currently\s+)?(?:an?\s+|the\s+|among\s+the\s+)?co-?champions?\b", "co-lead"),
    (r"(?:(?:is|are|was|were|has\s+been|have\s+been|serves?\s+as|served\s+as|acts?\s+as)\s+)?(?:also\s+|currently\s+)?(?:an?\s+|the\s+|among\s+the\s+)?champions?\s+(?:of|for)\b", "lead"),
    (r"(?:(?:is|are|was|were|has\s+been|have\s+been|serves?\s+as|served\s+as|acts?\s+as|participat\w*\s+as)\s+)?(?:also\s+|currently\s+)?(?:an?\s+|among\s+the\s+)?key\s+constituents?\b", "participant"),
    (r"(?:is|are|was|were|has\s+been|have\s+been)?\s*(?:currently\s+|also\s+|jointly\s+)?co-?chair(?:s|ing|ed)?\b", "co-chair"),
    (r"(?:is|are|was|were|has\s+been|have\s+been)?\s*(?:currently\s+|also\s+)?(?:(?:holds?|held)\s+the\s+(?:rotational\s+|rotating\s+)?)?chair(?:s|ing|ed|manship|\b)", "chair"),
    # "UNESCO held the chair in 2016, and ITU took it over for 2017"
    (r"(?:has\s+|have\s+)?(?:took|takes|taken|take)\s+(?:it|the\s+(?:rotating\s+)?chair(?:manship)?)\s+over\b(?=[^.;]{0,40}$|\s+(?:for|in)\b)"
     r"|(?:took|takes|taken)\s+over\s+the\s+(?:rotating\s+)?chair(?:manship)?\b", "chair"),
    (r"(?:is|are|was|were|has\s+been|have\s+been)?\s*(?:currently\s+|also\s+|jointly\s+)?co-?lead(?:s|ing)?\b|co-?led\b|"
     r"jointly\s+(?:issued|adopted|developed|prepared|drafted)\b", "co-lead"),
    (r"(?:is|are|was|were|has\s+been|have\s+been)?\s*(?:currently\s+|also\s+)?(?:leads|leading|led|lead|spearhead\w*|runs|ran|running|run)\b|(?:plays?|played)\s+a\s+(?:lead|leading)\s+role", "lead"),
    (r"(?:jointly\s+)?co-?convene[sd]?\b|convene[sd]?\b|convening\b", "convener"),
    (r"coordinate[sd]?\b|coordinating\b|(?:acts?|acted|serves?|served)\s+as\s+(?:its|the)\s+coordinator\b", "coordinator"),
    (r"(?:jointly\s+)?co-?organi[sz](?:e|es|ed|ing)\b|co-?host(?:s|ed|ing)?\b", "co-organizer"),
    (r"(?:jointly\s+)?organi[sz](?:e|es|ed|ing)\b", "convener"),
    # "Mobile Learning Week 2018, which UNESCO will hold in Paris": who holds an event
    (r"(?:will\s+)?holds?\b(?=\s+(?:in|on|at|from|during|every|each|annually)\b)", "convener"),
    # "ITU, IEC and ISO celebrate World Standards Day", "which ITU celebrates every year"
    (r"(?:jointly\s+)?celebrat(?:e|es|ed|ing)\b", "convener"),
    # "ITU, IEC and ISO – which together form the WSC"
    (r"(?:together\s+)?(?:form|formed|constitute|constituted|make\s+up|made\s+up)\b", "member"),
    (r"(?:jointly\s+)?(?:launched|established|founded|created|initiated|set\s+up)\b|[a-z]+ed\s+(?=an?\s+(?:(?:new|joint|pilot)\s+)+(?:project|initiative|programme)\b)", "lead"),
    (r"host(?:s|ed|ing)?\b", "host"),
    (r"(?:provides?|provided|providing|serves?\s+as|served\s+as|acts?\s+as)\s+(?:the\s+|its\s+)?secretariat", "secretariat"),
    # "ITU, ILO and UNESCO are partners in the G", "ITU is a key partner of the G"
    (r"(?:is|are|was|were|has\s+been|have\s+been|became|become)\s+(?:also\s+)?(?:(?:a|an|the|one\s+of\s+the)\s+)?(?:(?:key|main|core|founding|strategic|implementing|technical|active)\s+)?partners?\s+(?:in|of|to|for)\b", "partner"),
    (r"(?:is|are|was|were|has\s+been|have\s+been|became|become)\s+(?:also\s+)?(?:a|an|the)?\s*(?:full\s+|active\s+|founding\s+|core\s+)?members?\s+of|members?\s+of|membership\s+(?:of|in)|joined\b|(?:is|are|was|were|has\s+been|have\s+been|became|becomes?)\s+(?:also\s+)?(?:an?\s+(?:active\s+|integral\s+)?)?part\s+of|(?:is|are)\s+represented\s+(?:in|on)|sits?\s+on", "member"),
    (r"(?:continued\s+to\s+|continues\s+to\s+|also\s+)?(?:actively\s+)?(?:participat\w*|took\s+part|takes\s+part|take\s+part|contribut\w*|engag\w*|attend\w*|is\s+involved|are\s+involved|was\s+involved|were\s+involved|follow(?:s|ed)?(?:,?\s+(?:and\s+)?(?:participate\w*|provide\w*\s+inputs?))*|provid\w*\s+inputs?\s+to)", "participant"),
    (r"(?:(?:provid\w*|offer\w*|lend\w*)\s+(?:\w+\s+)?)?(?:support\w*)\b|(?:jointly\s+)?endorse[sd]?\b", "supporter"),
    (r"implement\w*", "implementer"),
    # "BR reports on its activities to the Scientific and Technical Subcommittee"
    (r"(?:reports|reported)\s+(?:on\s+[^,;.]{1,60}?\s+|regularly\s+|annually\s+)?to\b", "participant"),
    (r"(?:spoke|speaks|speaking|(?:deliver\w*|gave|give\w*|made)\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:speech(?:es)?|remarks|keynotes?|statements?|address(?:es)?))\s+(?:in\s+[^,;.]{0,60}?(?:\s+and\s+)?)?at\b", "participant"),
    (r"(?:collaborat\w*|cooperat\w*|partner\w*|work\w*\s+(?:(?:very|more|even)\s+)?(?:closely\s+)?(?:with|together|on)|join\w*\s+forces)", "partner"),
]
# cue roles that stand for the grouping named before the list, resolved by the extractor
BACK_REFERRING = frozenset({"its-member", "its-co-chair", "its-chair", "as-named"})
ACTIVE = [(re.compile(rf"^[\s,)]*(?:\([^)]{{0,80}}\)\s*)?(?:in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?=is|are|was|were|has|have|also))?(?:[–—,]\s*which\s+)?(?:(?:experts|staff|officials|representatives|secretariat)\s+)?(?:,?\s*(?:together|along|jointly|in\s+(?:close\s+)?(?:collaboration|partnership|cooperation))\s+with\s+[^,;.]{{2,80}}(?:,\s*[^,;.]{{2,60}}){{0,4}},\s*)?(?:(?:has|have|had|will|would|also|actively|continued|continues|continue|to|each|both|all|jointly|now|currently|still|since)\s+)*(?:{pat})", re.I), role)
           for pat, role in ACTIVE_CUES]

# (a place after the subject: "the regional office in Addis Ababa is a member of")
# verbs naming a role just before a grouping, with the subject somewhere to the left ("... and co-leads,
# with UN Women, the G", "co-leads with WFP the G": the partners in the group named "with" share the role)
BEFORE_GROUPING = [(re.compile(rf"(?:{pat})(?P<with>\s*,\s*(?:together\s+|jointly\s+)?with\s+[^,;.]{{2,60}}?\s*,|\s+with\s+(?:the\s+)?(?-i:(?:[A-Z(][\w\-&’'()]*\s+){{0,7}}[A-Z(][\w\-&’'()]*)(?=\s+the\s))?\s+(?:in|on|to|of|for|with|at)?\s*(?:the\s+|its\s+|a\s+|an\s+)?(?:(?:{ORDINAL}|(?:19|20)\d\d)(?:\s*(?:,|and|&)\s*{ORDINAL})*\s+(?:(?:annual|regular|special)\s+)?(?:sessions?|meetings?|editions?)\s+of\s+(?:the\s+|[A-Z][\w\-]*['’]s\s+)|[a-z]+\s+and\s+[a-z]+\s+of\s+(?:the\s+)?|(?:[\w\-]+\s+)?(?:work|activities)\s+of\s+(?:the\s+|[A-Z][\w\-]*['’]s\s+)|(?:(?:online|virtual|regular|several|annual|preparatory|successive)\s+)?(?:meetings?|sessions?)\s+(?:of|to\s+[a-z]+)\s+(?:the\s+)?|(?:steering|executive|advisory|management|bureau)\s+(?:committee|board|group)?\s*of\s+the\s+)?(?:[\w\-’']+\s+){{0,3}}(?:(?:initiative|partnership|programme|platform|network|coalition|campaign|project|facility),\s+)?[“\"‘]?$", re.I), role) for pat, role in [
    (r"co-?champions?\s+(?:of|for)", "co-lead"),
    (r"champions?\s+(?:of|for)", "lead"),
    (r"key\s+constituents?\s+(?:of|in)", "participant"),
    (r"co-?chair(?:s|ing|ed)?|co-?chairmanship\s+of", "co-chair"),
    (r"chair(?:s|ing|ed)?|chairmanship\s+of|chair\s+of", "chair"),
    (r"co-?lead(?:s|ing)?|co-?led", "co-lead"),
    (r"(?:plays?|played|playing)\s+a\s+(?:leading|lead)(?:\s+[a-z]+)?\s+role\s+(?:in|of|for)|leads|leading|led|lead\s+role\s+(?:in|of|for)|leadership\s+(?:of|on|in)|(?:lead(?:ing)?|sole|main)\s+facilitator(?:\s+and\s+\w+)?\s+(?:of|for)", "lead"),
    (r"co-?facilitat(?:es|ed|ing|e|ors?\s+(?:of|for))", "co-lead"),
    (r"co-?convene[sd]?|convene[sd]?|convening|celebrat(?:e|es|ed|ing)", "convener"),
    (r"coordinate[sd]?|coordinating|coordination\s+of", "coordinator"),
    (r"co-?organi[sz](?:e|es|ed|ing)|co-?host(?:s|ed|ing)?", "co-organizer"),
    (r"provides?\s+(?:the\s+)?secretariat|provided\s+(?:the\s+)?secretariat|secretariat\s+of", "secretariat"),
    (r"(?:is|are|was|were|been|became|become)\s+(?:also\s+)?(?:a|an|the)?\s*(?:full\s+|active\s+|founding\s+|core\s+)?members?\s+of|members?\s+of|joined|membership\s+(?:of|in)|"
     r"(?:is|are|was|were|been)\s+(?:also\s+)?(?:an?\s+)?(?:integral\s+)?part\s+of|"
     r"(?:occup\w+|holds?|held|has)\s+(?:one\s+of\s+the\s+)?(?:\d+\s+)?seats?\s+(?:allocated\s+)?(?:in|on|at)|"
     r"(?:representatives?|delegates?|staff|experts?)\s+(?:\w+\s+)?(?:sits?|sat|sitting|serves?|served)\s+(?:on|in)|"
     r"represent(?:s|ed|ing)?\s+(?-i:ITU|the\s+Union|[A-Z][\w\-]+)\s+(?:in|at|on)", "member"),
    (r"(?:participat\w*|took\s+part|takes\s+part)\s+as\s+(?:an?\s+)?(?:observers?|panel+ists?|speakers?)|participat\w*|took\s+part|takes\s+part|contribut\w*|engag\w*(?!\s+with\b)|attended|involved|addressed|follow(?:s|ed)(?:\s+closely)?|(?:was|were|is|are)\s+(?:also\s+)?present\s+at|took\s+the\s+floor\s+at|"
     r"(?:plays?|played|playing)\s+an?\s+(?:active|key|important|major|significant|central)\s+role\s+in(?:\s+the\s+preparations?\s+of)?|"
     r"as\s+part\s+of|presented(?=\s+at\b)|"
     r"contribut\w*\s+to\s+(?:[\w’'\-]+\s+){0,8}?efforts?\s+to\s+(?:follow\s+up\s+on|implement|support|advance)(?:\s+the)?(?:\s+[\w\-’']+){0,4}|"
     r"contribut\w*\s+to\s+(?:the\s+)?follow[\s\-]*ups?\s+(?:to|of|on)(?:\s+the)?(?:\s+UN|\s+United\s+Nations)?(?:\s+Secretary-General['’]s)?(?:\s+report\s+(?:on|entitled|titled))?", "participant"),
    (r"support\w*|(?:jointly\s+)?promot(?:e|es|ed|ing)", "supporter"),
    # not "collaboration initiatives like", nor "cooperation in implementing the G" (the work, not G)
    (r"(?:collaborat\w*|cooperat\w*)(?=\s+(?:on|in|with)\b)(?!\s+\w+\s+\w+ing\b)", "partner"),
]]

# where partners work together, after the list: "partner with WHO ... in the BHBM programme",
# "collaborating with OSET ... in the implementation of the Roadmap"
LATER_FRAME = re.compile(
    # (not "in the final stage of the preparations for WRC-23": work towards a conference is no part in it)
    r"\b(?:(?:in|through|under|within|as\s+part\s+of|at|(?<!preparations\s)(?<!preparation\s)for)\s+(?:the\s+|its\s+)?(?:\d{4}\s+)?"
    r"|(?:in|on)\s+(?:the\s+)?(?:implementation|development|preparation|follow[\s\-]?up)\s+of\s+(?:the\s+)?(?:UN\s+|United\s+Nations\s+)?)$")
