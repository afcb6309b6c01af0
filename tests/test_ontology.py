"""Tests of the ontology (ontology/unkg.ttl) and its SHACL shapes (ontology/shapes.ttl).

The ontology is checked as data: its header, that every term is documented, that no IRI plays two
roles (OWL 2 DL), that the slugs annotated on classes are exactly the builder's slugs and match the
shapes. The shapes are checked on a small graph written by hand (one fact read from C22/INF/2
§6.5) that must conform, and on broken copies of it that must not, at the expected focus nodes.
Reasoning is checked with owlrl on the ontology plus that graph.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import owlrl
import pytest
from pyshacl import validate
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_FILE = ROOT / "ontology" / "unkg.ttl"
SHAPES_FILE = ROOT / "ontology" / "shapes.ttl"

UNKG = Namespace("https://w3id.org/unkg/ontology#")
ORG = Namespace("http://www.w3.org/ns/org#")
SDGO = Namespace("http://metadata.un.org/sdg/ontology#")
SH = Namespace("http://www.w3.org/ns/shacl#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
ID = Namespace("https://w3id.org/unkg/id/")
SDG = Namespace("http://metadata.un.org/sdg/")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # not rdflib's: pytest trips on its warnings
OWLRL_ERROR = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")  # where owlrl reports
ONTOLOGY_IRI = URIRef("https://w3id.org/unkg/ontology")

EXPECTED_CATEGORY_SLUGS = {
    "PrincipalOrgan": "principal-organ",
    "DepartmentOrOffice": "department-or-office",
    "FundOrProgramme": "fund-or-programme",
    "SpecializedAgency": "specialized-agency",
    "RelatedOrganization": "related-organization",
    "RegionalCommission": "regional-commission",
    "ResearchAndTrainingInstitute": "research-and-training",
    "ConventionSecretariat": "convention-secretariat",
    "OtherUNEntity": "other-un-entity",
    "GoverningBody": "governing-body",
    "ITUSectorOrBureau": "itu-sector-or-bureau",
    "IntergovernmentalOrganization": "intergovernmental-organization",
    "NonStateActor": "non-state-actor",
    "GovernmentBody": "government-body",
}

EXPECTED_KIND_SLUGS = {
    "Mechanism": "mechanism",
    "InterAgencyNetwork": "network",
    "Committee": "committee",
    "TaskForce": "task-force",
    "WorkingGroup": "working-group",
    "Board": "board",
    "Coalition": "coalition",
    "Initiative": "initiative",
    "Partnership": "partnership",
    "Programme": "programme",
    "Project": "project",
    "Platform": "platform",
    "Event": "event",
    "Conference": "conference",
    "Summit": "summit",
    "Forum": "forum",
    "Session": "session",
    "Process": "process",
}

EXPECTED_ROLE_CLASSES = {
    "LeadRole": "lead",
    "CoLeadRole": "lead",
    "ChairRole": "lead",
    "CoChairRole": "lead",
    "ConvenerRole": "lead",
    "CoordinatorRole": "lead",
    "CoOrganizerRole": "lead",
    "PartnerRole": "member",
    "FoundingPartnerRole": "member",
    "SupporterRole": "member",
    "ImplementerRole": "member",
    "HostRole": "member",
    "SecretariatRole": "member",
    "MemberRole": "member",
    "ParticipantRole": "member",
}

EXPECTED_CLASSES = (
    {
        "Organization",
        "Grouping",
        "Mandate",
        "Resolution",
        "Decision",
        "Recommendation",
        "UNDocument",
        "Report",
        "Topic",
        "Fact",
        "Evidence",
        "Participation",
        "Role",
        "CurationDecision",
    }
    | set(EXPECTED_CATEGORY_SLUGS)
    | set(EXPECTED_KIND_SLUGS)
)

PARTICIPATION_EDGES = {
    "memberOf",
    "leads",
    "supports",
    "implements",
    "hosts",
    "providesSecretariatFor",
    "foundingPartnerOf",
    "contributesTo",
}
LEAD_EDGES = {"coLeads", "chairs", "coChairs", "convenes", "coordinates", "coOrganizes"}

EXPECTED_OBJECT_PROPERTIES = (
    {
        "participatesIn",
        "hasMember",
        "partnersWith",
        "partOf",
        "hasPart",
        "subOrganizationOf",
        "mandatedBy",
        "addressesSDG",
        "custodianOf",
        "statedIn",
        "evidence",
        "fromReport",
        "citedIn",
        "issuedBy",
        "aboutTopic",
        "curatedBy",
    }
    | PARTICIPATION_EDGES
    | LEAD_EDGES
)

EXPECTED_DATATYPE_PROPERTIES = {
    "acronym",
    "category",
    "kind",
    "discovered",
    "locator",
    "quote",
    "rule",
    "start",
    "end",
    "confidence",
    "factKey",
    "keyActivity",
    "meetingFrequency",
    "timeSpent",
    "financialImplications",
    "relevance",
    "mandateKind",
    "number",
    "revision",
    "asWritten",
    "documentSymbol",
    "period",
    "fileName",
    "contentHash",
    "year",
    "curator",
    "reason",
}

EXPECTED_ANNOTATION_PROPERTIES = {"categorySlug", "kindSlug", "roleClass"}

# The OWL 2 datatype map (OWL 2 Structural Specification, section 4), as used here.
OWL2_DATATYPES = {
    RDFS.Literal,
    XSD.string,
    XSD.boolean,
    XSD.decimal,
    XSD.integer,
    XSD.nonNegativeInteger,
    XSD.double,
    XSD.float,
    XSD.dateTime,
    XSD.dateTimeStamp,
    XSD.anyURI,
    XSD.normalizedString,
    XSD.token,
    XSD.language,
}

OWLAPI_JARS = (
    sorted(Path("/usr/share/java").glob("*.jar"))
    if Path("/usr/share/java/owlapi-distribution.jar").exists()
    else []
)

OWLAPI_DL_CHECK = """
import java.io.File;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.*;
import org.semanticweb.owlapi.profiles.*;
public class DLCheck {
  public static void main(String[] args) throws Exception {
    OWLOntology o = OWLManager.createOWLOntologyManager()
        .loadOntologyFromOntologyDocument(new File(args[0]));
    OWLProfileReport r = new OWL2DLProfile().checkOntology(o);
    System.out.println("OWL 2 DL: " + r.isInProfile());
    for (OWLProfileViolation v : r.getViolations()) System.out.println(v);
  }
}
"""

DECLARATION_TYPES = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    OWL.NamedIndividual,
)

# One fact read from C22/INF/2 §6.5, with everything the builder writes around it.
VALID_DATA = """
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix id: <https://w3id.org/unkg/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix sdg: <http://metadata.un.org/sdg/> .
@prefix sdgo: <http://metadata.un.org/sdg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix unkg: <https://w3id.org/unkg/ontology#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

id:org\\/ITU a unkg:SpecializedAgency ;
    rdfs:label "International Telecommunication Union" ;
    unkg:acronym "ITU" ;
    unkg:category "specialized-agency" ;
    unkg:discovered false ;
    unkg:chairs id:grouping\\/partnership-on-measuring-ict-for-development .

id:org\\/TSB a unkg:ITUSectorOrBureau ;
    rdfs:label "Telecommunication Standardization Bureau" ;
    unkg:category "itu-sector-or-bureau" ;
    unkg:subOrganizationOf id:org\\/ITU .

id:grouping\\/partnership-on-measuring-ict-for-development a unkg:Partnership ;
    rdfs:label "Partnership on Measuring ICT for Development" ;
    unkg:kind "partnership" ;
    unkg:addressesSDG sdg:17.8 ;
    unkg:mandatedBy id:resolution\\/itu-pp-res-131 .

id:resolution\\/itu-pp-res-131 a unkg:Resolution ;
    rdfs:label "ITU Plenipotentiary Conference Resolution 131" ;
    unkg:mandateKind "resolution" ;
    unkg:number "131" ;
    unkg:revision "Dubai, 2018" , "Bucharest, 2022" .

id:report\\/itu-c22-inf-2-collaboration-with-un-system a unkg:Report ;
    dcterms:title "Collaboration with the United Nations system and other international intergovernmental processes" ;
    dcterms:publisher id:org\\/ITU ;
    unkg:fileName "itu-c22-inf-2-collaboration-with-un-system.txt" ;
    unkg:documentSymbol "C22/INF/2" ;
    unkg:year "2022"^^xsd:gYear .

id:fact\\/f1 a unkg:Fact ;
    rdf:subject id:org\\/ITU ;
    rdf:predicate unkg:chairs ;
    rdf:object id:grouping\\/partnership-on-measuring-ict-for-development ;
    unkg:factKey "f1" ;
    unkg:confidence 0.9 ;
    unkg:evidence id:evidence\\/e1 ;
    unkg:statedIn id:report\\/itu-c22-inf-2-collaboration-with-un-system .

id:evidence\\/e1 a unkg:Evidence ;
    unkg:fromReport id:report\\/itu-c22-inf-2-collaboration-with-un-system ;
    unkg:locator "§6.5" ;
    unkg:quote "In this regard, ITU chairs the Partnership for Measuring ICT for Development; actively participated and provided secretariat to the UN Strategic Planning Network (UNSPN); currently holds the rotational Chairmanship of the United Nations Group on the Information Society (UNGIS); is a member of the Steering Committee of the United Nations Geospatial Network; and occupies one of the 33 seats allocated in the United Nations Joint Staff Pension Board (UNJSPB)." ;
    unkg:start 14243 ;
    unkg:end 14702 ;
    unkg:rule "chairs@1" ;
    unkg:confidence 0.9 .

id:fact\\/f2 a unkg:Fact ;
    rdf:subject id:org\\/TSB ;
    rdf:predicate unkg:subOrganizationOf ;
    rdf:object id:org\\/ITU ;
    unkg:curatedBy id:curation\\/c1 .

id:curation\\/c1 a unkg:CurationDecision ;
    unkg:curator "unkg contributors" ;
    unkg:reason "TSB is the bureau of ITU-T." .

id:membership\\/m1 a unkg:Participation ;
    org:member id:org\\/ITU ;
    org:organization id:grouping\\/partnership-on-measuring-ict-for-development ;
    org:role unkg:ChairRole ;
    unkg:meetingFrequency "Annual" ;
    prov:wasDerivedFrom id:fact\\/f1 .

sdg:17 a sdgo:Goal, skos:Concept .
sdg:17.8 a sdgo:Target, skos:Concept ; skos:broader sdg:17 .
sdg:C170801 a sdgo:Indicator, skos:Concept ;
    skos:notation "17.8.1" ;
    skos:broader sdg:17.8 .
"""

ITU = ID["org/ITU"]
TSB = ID["org/TSB"]
PARTNERSHIP = ID["grouping/partnership-on-measuring-ict-for-development"]
EVIDENCE = ID["evidence/e1"]
FACT = ID["fact/f1"]
CURATED_FACT = ID["fact/f2"]
MEMBERSHIP = ID["membership/m1"]
REPORT = ID["report/itu-c22-inf-2-collaboration-with-un-system"]
RESOLUTION = ID["resolution/itu-pp-res-131"]
TARGET = SDG["17.8"]
INDICATOR = SDG["C170801"]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


def valid_data() -> Graph:
    return Graph().parse(data=VALID_DATA, format="turtle")


def local(iri: URIRef) -> str:
    return str(iri)[len(str(UNKG)) :]


def unkg_terms(g: Graph, rdf_type: URIRef) -> set[str]:
    return {local(s) for s in g.subjects(RDF.type, rdf_type) if str(s).startswith(str(UNKG))}


def shacl(data: Graph, shapes: Graph) -> tuple[bool, Graph]:
    conforms, results, _text = validate(data, shacl_graph=shapes, inference="none")
    return conforms, results


def violations(results: Graph) -> set[tuple[URIRef, str]]:
    """(focus node, message) of every result."""
    return {
        (results.value(r, SH.focusNode), str(results.value(r, SH.resultMessage)))
        for r in results.subjects(RDF.type, SH.ValidationResult)
    }


def focus_nodes(results: Graph) -> set[URIRef]:
    return {focus for focus, _message in violations(results)}


def sh_in_values(shapes: Graph, shape: URIRef, path: URIRef) -> list[str]:
    for prop in shapes.objects(shape, SH.property):
        if shapes.value(prop, SH.path) == path and shapes.value(prop, SH["in"]) is not None:
            return [str(v) for v in Collection(shapes, shapes.value(prop, SH["in"]))]
    raise AssertionError(f"no sh:in on {path} in {shape}")


# ---------------------------------------------------------------- the ontology as data


def test_ontology_header(ontology: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef(
        "https://w3id.org/unkg/ontology/0.1.0"
    )
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert ontology.value(ONTOLOGY_IRI, RDFS.label) is not None
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.description) is not None
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.license) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.creator) == Literal("unkg contributors")
    assert ontology.value(ONTOLOGY_IRI, OWL.imports) is None


def test_unkg_terms_are_exactly_the_builders(ontology: Graph) -> None:
    assert unkg_terms(ontology, OWL.Class) == EXPECTED_CLASSES
    assert unkg_terms(ontology, OWL.ObjectProperty) == EXPECTED_OBJECT_PROPERTIES
    assert unkg_terms(ontology, OWL.DatatypeProperty) == EXPECTED_DATATYPE_PROPERTIES
    assert unkg_terms(ontology, OWL.AnnotationProperty) == EXPECTED_ANNOTATION_PROPERTIES
    assert unkg_terms(ontology, OWL.NamedIndividual) == set(EXPECTED_ROLE_CLASSES)


def test_every_unkg_term_has_english_label_and_comment(ontology: Graph) -> None:
    terms = {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(str(UNKG))}
    assert len(terms) > 100
    for term in terms:
        for prop in (RDFS.label, RDFS.comment):
            langs = {o.language for o in ontology.objects(term, prop) if isinstance(o, Literal)}
            assert "en" in langs, f"{term} has no {prop} in English"


def test_every_declared_class_and_property_has_a_label(ontology: Graph) -> None:
    for rdf_type in DECLARATION_TYPES:
        for term in ontology.subjects(RDF.type, rdf_type):
            if isinstance(term, URIRef):
                assert ontology.value(term, RDFS.label) is not None, term


def test_every_object_property_has_domain_and_range(ontology: Graph) -> None:
    for prop in ontology.subjects(RDF.type, OWL.ObjectProperty):
        if str(prop).startswith(str(UNKG)) or str(prop).startswith(str(ORG)):
            assert ontology.value(prop, RDFS.domain) is not None, f"{prop} has no domain"
            assert ontology.value(prop, RDFS.range) is not None, f"{prop} has no range"


def test_no_iri_is_declared_in_two_roles(ontology: Graph) -> None:
    """OWL 2 DL: an IRI is a class, an object, datatype or annotation property, or an individual."""
    for term in {s for t in DECLARATION_TYPES for s in ontology.subjects(RDF.type, t)}:
        roles = {t for t in DECLARATION_TYPES if (term, RDF.type, t) in ontology}
        assert len(roles) == 1, f"{term} is declared as {sorted(roles)}"


def test_no_reserved_vocabulary_is_used_as_a_class(ontology: Graph) -> None:
    """OWL 2 DL forbids rdf:, rdfs:, owl: and xsd: IRIs as classes (except owl:Thing/Nothing).

    Regression: unkg:Fact was first declared a subclass of rdf:Statement, which Protégé's
    OWL 2 DL profile check rejects; the link is kept as rdfs:seeAlso instead.
    """
    reserved = (str(RDF), str(RDFS), str(OWL), str(XSD))
    classes = set(ontology.subjects(RDF.type, OWL.Class))
    classes |= set(ontology.objects(None, RDFS.subClassOf))
    classes |= set(ontology.objects(None, RDFS.domain))
    for prop in ontology.subjects(RDF.type, OWL.ObjectProperty):
        classes |= set(ontology.objects(prop, RDFS.range))
    for union in ontology.objects(None, OWL.unionOf):
        classes |= set(Collection(ontology, union))
    misused = {
        c
        for c in classes
        if isinstance(c, URIRef)
        and str(c).startswith(reserved)
        and c not in (OWL.Thing, OWL.Nothing)
    }
    assert misused == set()
    assert ontology.value(UNKG.Fact, RDFS.seeAlso) == RDF.Statement


def test_every_datatype_is_in_the_owl2_map_or_declared(ontology: Graph) -> None:
    declared = set(ontology.subjects(RDF.type, RDFS.Datatype))
    for prop in ontology.subjects(RDF.type, OWL.DatatypeProperty):
        for rng in ontology.objects(prop, RDFS.range):
            assert rng in OWL2_DATATYPES or rng in declared, f"{prop} has range {rng}"


@pytest.mark.skipif(
    shutil.which("javac") is None or not OWLAPI_JARS,
    reason="needs a JDK and the OWL API (Debian: apt-get install libowlapi-java)",
)
def test_owl_api_finds_the_ontology_in_owl2_dl(tmp_path: Path) -> None:
    """The check Protégé runs (OWL API OWL2DLProfile), when the OWL API is installed."""
    (tmp_path / "DLCheck.java").write_text(OWLAPI_DL_CHECK, encoding="utf-8")
    classpath = os.pathsep.join([*map(str, OWLAPI_JARS), str(tmp_path)])
    subprocess.run(["javac", "-cp", classpath, "DLCheck.java"], cwd=tmp_path, check=True)
    run = subprocess.run(
        ["java", "-cp", classpath, "DLCheck", str(ONTOLOGY_FILE)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.strip() == "OWL 2 DL: true", run.stdout


def test_every_iri_used_is_declared(ontology: Graph) -> None:
    """No unkg: or reused IRI appears without a declaration (Protégé would guess its kind)."""
    builtin = (str(RDF), str(RDFS), str(OWL), str(XSD))
    declared = {s for t in DECLARATION_TYPES for s in ontology.subjects(RDF.type, t)}
    used = {
        node
        for triple in ontology
        for node in triple
        if isinstance(node, URIRef) and not str(node).startswith(builtin)
    }
    used -= {ONTOLOGY_IRI, URIRef("https://creativecommons.org/licenses/by/4.0/")}
    used -= {o for o in ontology.objects(ONTOLOGY_IRI, None) if isinstance(o, URIRef)}
    assert used - declared == set()


def test_every_shape_path_is_declared_in_the_ontology(ontology: Graph, shapes: Graph) -> None:
    declared = {s for t in DECLARATION_TYPES for s in ontology.subjects(RDF.type, t)}
    reification = {RDF.subject, RDF.predicate, RDF.object, RDFS.label}
    paths = set(shapes.objects(None, SH.path))
    assert all(isinstance(p, URIRef) for p in paths)
    assert paths - declared - reification == set()
    targets = set(shapes.objects(None, SH.targetClass))
    assert targets <= declared


def test_shapes_target_every_subclass_of_their_classes(ontology: Graph, shapes: Graph) -> None:
    """The builder types a node with its most specific class only, and validates without the
    ontology, so a shape must list the subclasses of its target class itself."""
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        targets = set(shapes.objects(shape, SH.targetClass))
        for cls in targets:
            below = set(ontology.transitive_subjects(RDFS.subClassOf, cls))
            assert below <= targets, (shape, below - targets)


def test_category_slugs_are_exactly_the_builders(ontology: Graph, shapes: Graph) -> None:
    annotated = {local(c): str(s) for c, s in ontology.subject_objects(UNKG.categorySlug)}
    assert annotated == EXPECTED_CATEGORY_SLUGS
    for cls in annotated:
        assert (UNKG[cls], RDFS.subClassOf, UNKG.Organization) in ontology
    listed = sh_in_values(
        shapes, URIRef("https://w3id.org/unkg/shapes#OrganizationShape"), UNKG.category
    )
    assert sorted(listed) == sorted(EXPECTED_CATEGORY_SLUGS.values())


def test_kind_slugs_are_exactly_the_builders(ontology: Graph, shapes: Graph) -> None:
    annotated = {local(c): str(s) for c, s in ontology.subject_objects(UNKG.kindSlug)}
    assert annotated == EXPECTED_KIND_SLUGS
    for cls in annotated:
        assert (UNKG[cls], RDFS.subClassOf * "+", UNKG.Grouping) in ontology  # type: ignore[operator]
    listed = sh_in_values(shapes, URIRef("https://w3id.org/unkg/shapes#GroupingShape"), UNKG.kind)
    assert sorted(listed) == sorted(EXPECTED_KIND_SLUGS.values())


def test_grouping_hierarchy(ontology: Graph) -> None:
    parents = {
        "Mechanism": "Grouping",
        "Initiative": "Grouping",
        "Event": "Grouping",
        "Process": "Grouping",
        "InterAgencyNetwork": "Mechanism",
        "Committee": "Mechanism",
        "TaskForce": "Mechanism",
        "WorkingGroup": "Mechanism",
        "Board": "Mechanism",
        "Coalition": "Mechanism",
        "Partnership": "Initiative",
        "Programme": "Initiative",
        "Project": "Initiative",
        "Platform": "Initiative",
        "Conference": "Event",
        "Summit": "Event",
        "Forum": "Event",
        "Session": "Event",
    }
    for child, parent in parents.items():
        assert set(ontology.objects(UNKG[child], RDFS.subClassOf)) == {UNKG[parent]}, child


def test_roles_and_their_role_class(ontology: Graph, shapes: Graph) -> None:
    annotated = {local(r): str(c) for r, c in ontology.subject_objects(UNKG.roleClass)}
    assert annotated == EXPECTED_ROLE_CLASSES
    for role in annotated:
        assert (UNKG[role], RDF.type, UNKG.Role) in ontology
    listed = {
        local(URIRef(v))
        for v in sh_in_values(
            shapes, URIRef("https://w3id.org/unkg/shapes#ParticipationShape"), ORG.role
        )
    }
    assert listed == set(EXPECTED_ROLE_CLASSES)


def test_participation_property_hierarchy(ontology: Graph) -> None:
    def children(parent: str) -> set[str]:
        return {local(p) for p in ontology.subjects(RDFS.subPropertyOf, UNKG[parent])}

    assert children("participatesIn") == PARTICIPATION_EDGES
    assert children("leads") == LEAD_EDGES
    assert ontology.value(UNKG.memberOf, OWL.inverseOf) == UNKG.hasMember
    assert ontology.value(UNKG.partOf, OWL.inverseOf) == UNKG.hasPart
    assert (UNKG.partnersWith, RDF.type, OWL.SymmetricProperty) in ontology
    assert (UNKG.partOf, RDF.type, OWL.TransitiveProperty) in ontology
    assert (UNKG.subOrganizationOf, RDF.type, OWL.TransitiveProperty) in ontology
    assert (UNKG.subOrganizationOf, RDFS.subPropertyOf, ORG.subOrganizationOf) in ontology
    assert (ORG.subOrganizationOf, RDF.type, OWL.TransitiveProperty) not in ontology


def test_reused_class_axioms(ontology: Graph) -> None:
    expected = {
        (UNKG.Organization, ORG.Organization),
        (UNKG.ITUSectorOrBureau, ORG.OrganizationalUnit),
        (UNKG.Participation, ORG.Membership),
        (UNKG.Role, ORG.Role),
        (UNKG.Role, SKOS.Concept),
        (UNKG.Topic, SKOS.Concept),
        (UNKG.Report, PROV.Entity),
        (UNKG.Evidence, PROV.Entity),
        (UNKG.Fact, PROV.Entity),
        (UNKG.CurationDecision, PROV.Activity),
        (SDGO.Goal, SKOS.Concept),
        (SDGO.Target, SKOS.Concept),
        (SDGO.Indicator, SKOS.Concept),
    }
    for child, parent in expected:
        assert (child, RDFS.subClassOf, parent) in ontology, (child, parent)
    for mandate in ("Resolution", "Decision", "Recommendation", "UNDocument"):
        assert (UNKG[mandate], RDFS.subClassOf, UNKG.Mandate) in ontology


# ---------------------------------------------------------------- shapes


def test_shapes_are_documented(shapes: Graph) -> None:
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        assert shapes.value(shape, SH.name) is not None, shape
        for prop in shapes.objects(shape, SH.property):
            assert shapes.value(prop, SH.message) is not None, (shape, shapes.value(prop, SH.path))


def test_valid_data_conforms(shapes: Graph) -> None:
    conforms, results = shacl(valid_data(), shapes)
    assert conforms, violations(results)


def test_valid_data_conforms_with_the_ontology_mixed_in(ontology: Graph, shapes: Graph) -> None:
    """With subclass axioms present, sh:targetClass reaches superclass shapes too."""
    conforms, results = shacl(valid_data() + ontology, shapes)
    assert conforms, violations(results)


def test_broken_data_is_rejected_at_the_expected_focus_nodes(shapes: Graph) -> None:
    data = valid_data()
    data.remove((ITU, UNKG.category, None))
    data.add((EVIDENCE, UNKG.note, Literal("an unknown property")))
    data.remove((TARGET, SKOS.broader, None))
    conforms, results = shacl(data, shapes)
    assert not conforms
    assert focus_nodes(results) == {ITU, EVIDENCE, TARGET}


def _drop(*triples: tuple[object, object, object]) -> Callable[[Graph], None]:
    def edit(g: Graph) -> None:
        for t in triples:
            g.remove(t)  # type: ignore[arg-type]

    return edit


def _add(*triples: tuple[object, object, object]) -> Callable[[Graph], None]:
    def edit(g: Graph) -> None:
        for t in triples:
            g.add(t)  # type: ignore[arg-type]

    return edit


def _both(*edits: Callable[[Graph], None]) -> Callable[[Graph], None]:
    def edit(g: Graph) -> None:
        for e in edits:
            e(g)

    return edit


DEFECTS = {
    "organization without category": (_drop((ITU, UNKG.category, None)), ITU, "category"),
    "organization with unknown category": (
        _both(_drop((ITU, UNKG.category, None)), _add((ITU, UNKG.category, Literal("agency")))),
        ITU,
        "category",
    ),
    "category slug typed xsd:string": (
        _both(
            _drop((ITU, UNKG.category, None)),
            _add((ITU, UNKG.category, Literal("specialized-agency", datatype=XSD.string))),
        ),
        ITU,
        "category",
    ),
    "category slug of another class": (
        _both(
            _drop((TSB, UNKG.category, None)),
            _add((TSB, UNKG.category, Literal("specialized-agency"))),
        ),
        TSB,
        "itu-sector-or-bureau",
    ),
    "organization with two labels": (
        _add((ITU, RDFS.label, Literal("Union internationale des télécommunications", lang="fr"))),
        ITU,
        "label",
    ),
    "grouping without kind": (_drop((PARTNERSHIP, UNKG.kind, None)), PARTNERSHIP, "kind"),
    "grouping kind of another class": (
        _both(
            _drop((PARTNERSHIP, UNKG.kind, None)),
            _add((PARTNERSHIP, UNKG.kind, Literal("committee"))),
        ),
        PARTNERSHIP,
        "partnership",
    ),
    "target without goal": (_drop((TARGET, SKOS.broader, None)), TARGET, "sdgo:Goal"),
    "target whose broader is not a goal": (
        _both(_drop((TARGET, SKOS.broader, None)), _add((TARGET, SKOS.broader, INDICATOR))),
        TARGET,
        "sdgo:Goal",
    ),
    "indicator without notation": (_drop((INDICATOR, SKOS.notation, None)), INDICATOR, "notation"),
    "fact without predicate": (_drop((FACT, RDF.predicate, None)), FACT, "rdf:predicate"),
    "fact with two objects": (_add((FACT, RDF.object, TSB)), FACT, "rdf:object"),
    "fact with neither evidence nor curation": (
        _drop((FACT, UNKG.evidence, None)),
        FACT,
        "curatedBy",
    ),
    "fact with evidence but no report": (_drop((FACT, UNKG.statedIn, None)), FACT, "statedIn"),
    "fact with float confidence": (
        _both(_drop((FACT, UNKG.confidence, None)), _add((FACT, UNKG.confidence, Literal(0.9)))),
        FACT,
        "decimal",
    ),
    "evidence with unknown property": (
        _add((EVIDENCE, UNKG.note, Literal("x"))),
        EVIDENCE,
        "only",
    ),
    "evidence without quote": (_drop((EVIDENCE, UNKG.quote, None)), EVIDENCE, "quote"),
    "evidence ending before it starts": (
        _both(_drop((EVIDENCE, UNKG.end, None)), _add((EVIDENCE, UNKG.end, Literal(10)))),
        EVIDENCE,
        "less than",
    ),
    "evidence with string offset": (
        _both(_drop((EVIDENCE, UNKG.start, None)), _add((EVIDENCE, UNKG.start, Literal("14243")))),
        EVIDENCE,
        "start",
    ),
    "participation with unknown role": (
        _both(_drop((MEMBERSHIP, ORG.role, None)), _add((MEMBERSHIP, ORG.role, UNKG.BossRole))),
        MEMBERSHIP,
        "role",
    ),
    "participation without member": (_drop((MEMBERSHIP, ORG.member, None)), MEMBERSHIP, "member"),
    "participation with unknown property": (
        _add((MEMBERSHIP, RDFS.comment, Literal("x"))),
        MEMBERSHIP,
        "only",
    ),
    "report without file name": (_drop((REPORT, UNKG.fileName, None)), REPORT, "fileName"),
    "report with two publishers": (
        _add((REPORT, DCTERMS.publisher, TSB)),
        REPORT,
        "publisher",
    ),
    "mandate without kind": (
        _drop((RESOLUTION, UNKG.mandateKind, None)),
        RESOLUTION,
        "mandateKind",
    ),
    "resolution with kind decision": (
        _both(
            _drop((RESOLUTION, UNKG.mandateKind, None)),
            _add((RESOLUTION, UNKG.mandateKind, Literal("decision"))),
        ),
        RESOLUTION,
        "resolution",
    ),
}


@pytest.mark.parametrize("defect", sorted(DEFECTS))
def test_each_defect_is_rejected(shapes: Graph, defect: str) -> None:
    edit, focus, message_part = DEFECTS[defect]
    data = valid_data()
    edit(data)
    conforms, results = shacl(data, shapes)
    assert not conforms
    found = violations(results)
    assert {f for f, _m in found} == {focus}, found
    assert any(message_part in m for _f, m in found), found


def test_the_sdg_kos_reference_data_conforms(shapes: Graph) -> None:
    """Every target of the bundled SDG KOS has its goal and every indicator its notation."""
    kos = Graph().parse(ROOT / "data" / "reference" / "sdg-kos-goals-targets-indicators.ttl")
    assert len(set(kos.subjects(RDF.type, SDGO.Target))) == 169
    conforms, results = shacl(kos, shapes)
    assert conforms, violations(results)


def test_curated_fact_needs_no_evidence(shapes: Graph) -> None:
    data = valid_data()
    assert data.value(CURATED_FACT, UNKG.evidence) is None
    conforms, results = shacl(data, shapes)
    assert conforms, violations(results)


# ---------------------------------------------------------------- reasoning


@pytest.fixture(scope="module")
def rdfs_closure(ontology: Graph) -> Graph:
    g = valid_data() + ontology
    g.add((ITU, UNKG.coLeads, ID["grouping/ungis"]))
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(g)
    return g


@pytest.fixture(scope="module")
def owlrl_closure(ontology: Graph) -> Graph:
    g = valid_data() + ontology
    unep = ID["org/UNEP"]
    g.add((ITU, UNKG.partnersWith, unep))
    g.add((ID["org/ITU-T-SG5"], UNKG.subOrganizationOf, TSB))
    g.add((ITU, UNKG.memberOf, ID["grouping/un-energy"]))
    g.add((ID["grouping/working-group-1"], UNKG.partOf, ID["grouping/committee"]))
    g.add((ID["grouping/committee"], UNKG.partOf, PARTNERSHIP))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    return g


def test_rdfs_a_specialized_agency_is_an_org_organization(rdfs_closure: Graph) -> None:
    for cls in (UNKG.Organization, ORG.Organization, FOAF.Agent):
        assert (ITU, RDF.type, cls) in rdfs_closure
    assert (TSB, RDF.type, ORG.OrganizationalUnit) in rdfs_closure


def test_rdfs_co_leading_is_participating(rdfs_closure: Graph) -> None:
    ungis = ID["grouping/ungis"]
    assert (ITU, UNKG.leads, ungis) in rdfs_closure
    assert (ITU, UNKG.participatesIn, ungis) in rdfs_closure
    assert (ungis, RDF.type, UNKG.Grouping) in rdfs_closure
    assert (ITU, UNKG.participatesIn, PARTNERSHIP) in rdfs_closure  # from unkg:chairs


def test_rdfs_provenance_types(rdfs_closure: Graph) -> None:
    assert (FACT, RDF.type, PROV.Entity) in rdfs_closure
    assert (EVIDENCE, RDF.type, PROV.Entity) in rdfs_closure
    assert (MEMBERSHIP, RDF.type, ORG.Membership) in rdfs_closure
    assert (TSB, ORG.subOrganizationOf, ITU) in rdfs_closure


def test_owlrl_partners_with_is_symmetric(owlrl_closure: Graph) -> None:
    assert (ID["org/UNEP"], UNKG.partnersWith, ITU) in owlrl_closure


def test_owlrl_sub_organization_is_transitive(owlrl_closure: Graph) -> None:
    sg5 = ID["org/ITU-T-SG5"]
    assert (sg5, UNKG.subOrganizationOf, ITU) in owlrl_closure
    assert (sg5, ORG.transitiveSubOrganizationOf, ITU) in owlrl_closure


def test_owlrl_inverses_and_part_of(owlrl_closure: Graph) -> None:
    assert (ID["grouping/un-energy"], UNKG.hasMember, ITU) in owlrl_closure
    assert (ID["grouping/working-group-1"], UNKG.partOf, PARTNERSHIP) in owlrl_closure
    assert (PARTNERSHIP, UNKG.hasPart, ID["grouping/working-group-1"]) in owlrl_closure


def test_owlrl_finds_no_inconsistency(owlrl_closure: Graph) -> None:
    errors = list(owlrl_closure.objects(None, OWLRL_ERROR.error))
    assert errors == []
