"""The graph built from news is consistent and valid (issue 12): what the rules read of states
that chair a group, of bodies "in" a place, of a route "part of" a state and of a town's mayor
types nothing as what it is not (the ontology's disjoint classes), and breaks no shape.

Built end to end from sentences written for the test (extraction, assembly, OWL 2 RL reasoning,
SHACL), as `ckg build` does: the real passages once gave 15 inconsistencies, a co-chair state
read as leaderOf (a person's) typed a person, a peacekeeping force read as locatedIn (a
place's) typed a place, the Trump Route a place, a mayor's town an agent."""

from __future__ import annotations

import pytest

from kg.assemble import assemble
from kg.iri import Minter
from kg.reason import load_ontology, reason
from kg.resources import ontology_files, shapes_file
from kg.validate import domain_data, load_shapes, validate
from loaders import Document, extract
from loaders.lexicon import Lexicon
from loaders.records import Extraction

ID = "https://w3id.org/caucasus-kg/id/"

TEXTS = [
    (
        "en",
        "2019-03-10",
        "The OSCE Minsk Group, co-chaired by Russia, France and the United States, was set up in 1992. "
        "The co-chairs of the Minsk Group (Russia, France and the US) issued a statement. "
        "Kazakhstan took over the chairmanship of the Organization of Turkic States.",
    ),
    (
        "tr",
        "2025-09-02",
        "Eş başkanlığını Rusya, ABD ve Fransa'nın yürüttüğü AGİT Minsk Grubu feshedildi. "
        "Ermenistan, Avrasya Ekonomik Birliği dönem başkanlığını devraldı.",
    ),
    (
        "en",
        "2023-03-10",
        "Azerbaijan's Ministry of Foreign Affairs in Baku issued a statement. "
        "The EU Mission in Armenia opened an office in Yeghegnadzor. "
        "Russian peacekeeping forces in Nagorno-Karabakh guard the Lachin corridor. "
        "Ali Kaya, director of the Yerevan-based Regional Policy Center, said so. "
        "Kapan Mayor Gevorg Parisian and Syunik Governor Robert Ghukasyan spoke to reporters.",
    ),
    (
        "en",
        "2025-08-20",
        "The Trump Route will remain part of Armenia and operate under Armenian law. "
        "The Lachin corridor is a narrow mountain road in Azerbaijan.",
    ),
]


@pytest.fixture(scope="module")
def extractions(lexicon: Lexicon) -> list[Extraction]:
    return [
        extract(Document(key=f"t{i}", path=f"t{i}.txt", text=text, language=lang, date=date), lexicon)
        for i, (lang, date, text) in enumerate(TEXTS)
    ]


def test_what_the_sentences_say_under_the_relation_of_what_each_thing_is(
    extractions: list[Extraction],
) -> None:
    facts = {(st.subject, st.relation, st.object) for e in extractions for st in e.statements}
    for state in ("russia", "france", "united-states"):
        assert (state, "chairOf", "osce-minsk-group") in facts
    assert ("kazakhstan", "chairOf", "organization-of-turkic-states") in facts
    assert ("armenia", "chairOf", "eurasian-economic-union") in facts
    assert ("russian-peacekeeping-contingent", "basedIn", "karabakh") in facts
    assert ("eu-mission-in-armenia", "basedIn", "armenia") in facts
    assert ("regional-policy-center", "basedIn", "yerevan") in facts
    assert ("trump-route", "runsThrough", "armenia") in facts
    assert ("gevorg-parisian", "governs", "kapan") in facts
    assert ("ali-kaya", "leaderOf", "regional-policy-center") in facts  # a person still leads
    assert not [f for f in facts if f[1] == "leaderOf" and f[2] in ("kapan", "syunik")]  # places
    assert not [
        f for f in facts if f[1] == "leaderOf" and f[0] in ("russia", "france", "kazakhstan", "armenia")
    ]
    assert not [f for f in facts if f[1] == "locatedIn"]  # none of these things is a place


def test_the_graph_of_them_is_consistent_and_valid(lexicon: Lexicon, extractions: list[Extraction]) -> None:
    assembled = assemble(extractions, Minter(), lexicon)
    reasoning = reason(load_ontology(ontology_files()), assembled.domain, ID)
    assert reasoning.inconsistencies == []
    violations = validate(
        load_shapes(shapes_file()), domain_data(assembled.quads, assembled.domain, reasoning.inferred)
    )
    assert [str(v) for v in violations] == []
    inferred = {(s.value, p.value, o.value) for s, p, o in reasoning.inferred}
    # the chain basedIn ∘ locatedIn ⊑ basedIn: a force in Karabakh is in Azerbaijan
    assert (
        ID + "russian-peacekeeping-contingent",
        "https://w3id.org/caucasus-kg/ontology#basedIn",
        ID + "azerbaijan",
    ) in inferred


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Rus basınına göre Mirzoyan ve Bayramov 12 Mart'ta Cenevre'de görüştü.", "tr"),
        ("Ararat Mirzoyan and Jeyhun Bayramov met in Geneva on 12 March, Russian media reported.", "en"),
    ],
)
def test_a_meeting_told_only_in_someones_words_is_no_meeting_of_the_graph(
    lexicon: Lexicon, text: str, language: str
) -> None:
    """Its type is in the voice of its facts (reported), so the graph ``asserted`` holds no
    Meeting with no participant, date or place (a shape violation of every such report)."""
    extraction = extract(
        Document(key="t", path="t.txt", text=text, language=language, date="2024-03-20"), lexicon
    )
    told = [st for st in extraction.statements if st.subject == "meeting/2024-03-12-geneva"]
    assert {st.modality for st in told if st.relation == "participant"} == {"reported"}
    assert {st.modality for st in told if st.relation == "type"} == {"reported"}
    assembled = assemble([extraction], Minter(), lexicon)
    reasoning = reason(load_ontology(ontology_files()), assembled.domain, ID)
    data = domain_data(assembled.quads, assembled.domain, reasoning.inferred)
    assert validate(load_shapes(shapes_file()), data) == []


def test_the_holder_of_unnamed_peoples_stance_is_named(lexicon: Lexicon) -> None:
    """ "Avrupalı liderler ... memnuniyetle karşıladı": the stance's holder ``anonymous`` is an
    agent (the domain of welcomes) and every agent has a label (the shapes)."""
    text = "Avrupalı liderler Washington Deklarasyonu'nu memnuniyetle karşıladı."
    extraction = extract(
        Document(key="t", path="t.txt", text=text, language="tr", date="2025-08-12"), lexicon
    )
    assert any(st.subject == "anonymous" and st.relation == "welcomes" for st in extraction.statements)
    assembled = assemble([extraction], Minter(), lexicon)
    labels = {(s.value, o.value) for s, _, o in assembled.labels}
    assert (ID + "anonymous", "anonymous source") in labels and (ID + "anonymous", "isimsiz kaynak") in labels
    reasoning = reason(load_ontology(ontology_files()), assembled.domain, ID)
    data = domain_data(assembled.quads, assembled.domain, reasoning.inferred)
    assert validate(load_shapes(shapes_file()), data) == []


@pytest.mark.parametrize(
    ("text", "language", "label"),
    [
        (
            "The trade ministers of Azerbaijan and Uzbekistan met in Tashkent on 3 May 2024.",
            "en",
            "Ministry of Trade of Azerbaijan",
        ),
        (
            "Azerbaycan ve Özbekistan ticaret bakanları 3 Mayıs 2024'te Taşkent'te görüştü.",
            "tr",
            "Azerbaycan Ticaret Bakanlığı",
        ),
    ],
)
def test_a_ministry_named_by_its_portfolio_alone_is_typed_and_labelled(
    lexicon: Lexicon, text: str, language: str, label: str
) -> None:
    """A meeting of the trade ministers of two states is a meeting of the two ministries; each is
    an organization with a name, as discovery names the ministry of a minister named."""
    extraction = extract(
        Document(key="t", path="t.txt", text=text, language=language, date="2024-05-05"), lexicon
    )
    facts = {(st.subject, st.relation, st.object) for st in extraction.statements}
    assert ("meeting/2024-05-03-tashkent", "participant", "azerbaijan-ministry-of-trade") in facts
    assert ("azerbaijan-ministry-of-trade", "type", "Organization") in facts
    assert ("azerbaijan-ministry-of-trade", "label", label) in facts
    assembled = assemble([extraction], Minter(), lexicon)
    reasoning = reason(load_ontology(ontology_files()), assembled.domain, ID)
    data = domain_data(assembled.quads, assembled.domain, reasoning.inferred)
    assert validate(load_shapes(shapes_file()), data) == []
