"""The curation file: a person adds, retracts or corrects facts; added facts
land in the graph `curated`, retracted ones stay as provenance, marked so."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import store as kgstore
from kg.build import BuildError, build
from kg.settings import Settings
from loaders import load_lexicon
from loaders.curation import CurationError, load_curation

BASE = "https://w3id.org/caucasus-kg/"
ARTICLE = (
    "Aliyev and Pashinyan met in Brussels on 14 December 2021 under the mediation of Michel. "
    "Iran opposes the Middle Corridor."
)
CURATION = """
[[add]]
subject = "meeting/2021-12-14-brussels"
relation = "participant"
object = "charles-michel"
note = "Michel took part as host."

[[retract]]
subject = "iran"
relation = "opposes"
object = "middle-corridor"
note = "A test retraction."

[[correct]]
subject = "meeting/2021-12-14-brussels"
relation = "heldIn"
object = "brussels"
to = { object = "prague" }
note = "A test correction."
"""


def test_curation_builds_into_its_own_graph(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "note.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "curation.toml").write_text(CURATION, encoding="utf-8")
    report = build([corpus], Settings.load(environ={}, store=tmp_path / "store"), cache=False, dumps=False)
    assert report.curation == [
        "retracted iran opposes middle-corridor (1 statement)",
        "retracted meeting/2021-12-14-brussels heldIn brussels (1 statement)",
        "added meeting/2021-12-14-brussels participant charles-michel",
        "added meeting/2021-12-14-brussels heldIn prague",
    ]
    oxi = kgstore.current(tmp_path / "store").open()

    def ask(query: str) -> bool:
        prefixes = (
            "PREFIX ckg: <https://w3id.org/caucasus-kg/ontology#> "
            "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
        )
        result = oxi.query(prefixes + query)
        assert isinstance(result, ox.QueryBoolean)
        return bool(result)

    curated = f"<{BASE}graph/curated>"
    meeting = f"<{BASE}id/meeting/2021-12-14-brussels>"
    asserted = f"<{BASE}graph/asserted>"
    statements = f"GRAPH <{BASE}graph/statements> {{ ?f rdf:subject {meeting} ; rdf:object ?o }}"
    assert ask(f"ASK {{ GRAPH {asserted} {{ {meeting} ckg:participant <{BASE}id/charles-michel> }} }}")
    assert ask(f"ASK {{ GRAPH {asserted} {{ {meeting} ckg:heldIn <{BASE}id/prague> }} }}")
    assert ask(
        f'ASK {{ GRAPH {curated} {{ ?r ckg:extractionRule "curated" ; ckg:statement ?f }} '
        f"{statements} FILTER(?o = <{BASE}id/prague>) }}"
    )
    # Retracted: no longer asserted anywhere, but its provenance says who overruled what.
    assert not ask(f"ASK {{ GRAPH ?g {{ <{BASE}id/iran> ckg:opposes <{BASE}id/middle-corridor> }} }}")
    assert not ask(f"ASK {{ GRAPH ?g {{ {meeting} ckg:heldIn <{BASE}id/brussels> }} }}")
    retracted = "?r ckg:statement ?f ; ckg:modality ckg:Retracted ; ckg:beginIndex ?b"
    assert ask(f"ASK {{ GRAPH ?g {{ {retracted} }} GRAPH ?h {{ ?f rdf:subject <{BASE}id/iran> }} }}")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "[[add]]\nsubject = 'iran'\nrelation = 'likes'\nobject = 'china'\n",
            "[[add]] entry 1: relation 'likes'",
        ),
        ("[[add]]\nsubject = 'iran'\nrelation = 'opposes'\n", "needs object"),
        (
            "[[add]]\nsubject = 'atlantis'\nrelation = 'opposes'\nobject = 'china'\n",
            "subject 'atlantis' is neither",
        ),
        ("[[add]]\nsubject = 'meeting/x'\nrelation = 'date'\nobject = 'May 2020'\n", "a date must be"),
        (
            "[[correct]]\nsubject = 'iran'\nrelation = 'opposes'\nobject = 'china'\n",
            "a correction needs to =",
        ),
        ("[[delete]]\nsubject = 'iran'\n", "unknown table(s) ['delete']"),
        ("[[add]\n", "not valid TOML"),
    ],
)
def test_broken_curation_files_say_what_is_wrong(tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "curation.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CurationError) as error:
        load_curation([path], load_lexicon())
    assert expected in str(error.value) and "curation.toml" in str(error.value)


def test_a_broken_curation_file_stops_the_build(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "note.txt").write_text(ARTICLE, encoding="utf-8")
    (corpus / "curation.toml").write_text("[[add]]\nsubject = 'iran'\n", encoding="utf-8")
    with pytest.raises(BuildError, match=r"curation\.toml"):
        build([corpus], Settings.load(environ={}, store=tmp_path / "store"), cache=False, dumps=False)
    assert not (tmp_path / "store" / "CURRENT").exists()


def test_the_bundled_curation_file_loads() -> None:
    bundled = Path(__file__).parent.parent / "documents" / "curation.toml"
    curation = load_curation([bundled], load_lexicon())
    assert curation.added and all(st.rule == "curated" and st.document == "curated" for st in curation.added)
