"""Where the bundled ontology and corpus are, installed or in a checkout.

In a wheel they travel as ``kg/_data/ontology`` and ``kg/_data/documents``
(see pyproject.toml); in a source checkout or an editable install they are
the top-level ``ontology/`` and ``documents/`` folders beside the package.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _data_dir(name: str) -> Path:
    packaged = resources.files("kg") / "_data" / name
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"the bundled {name}/ folder is missing from the installation")


def ontology_dir() -> Path:
    return _data_dir("ontology")


def documents_dir() -> Path:
    return _data_dir("documents")


def ontology_files() -> list[Path]:
    """The ontology's Turtle files that the reasoner reads (alignments and
    shapes are kept apart: they inform people and tools, not inference)."""
    return [ontology_dir() / "caucasus-kg.ttl"]


def alignments_file() -> Path:
    """SKOS mappings to Wikidata and schema.org: published, never reasoned with."""
    return ontology_dir() / "alignments.ttl"


def shapes_file() -> Path:
    """The SHACL shapes the build validates the domain data with."""
    return ontology_dir() / "shapes.ttl"


def published_ontology_files() -> list[Path]:
    """What the graph ``ontology`` holds: the ontology and its alignments."""
    return [*ontology_files(), alignments_file()]
