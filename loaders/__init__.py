"""Documents in, statements with provenance out.

The first stage of the pipeline (loaders → kg → server).  Nothing here knows
about IRIs, RDF or the store: a loader reads a document and emits plain
records (:mod:`loaders.records`) that name entities by their lexicon key.
"""

from loaders.documents import DocumentError, read_document, read_documents
from loaders.extract import extract
from loaders.lexicon import Lexicon, load_lexicon
from loaders.records import Document, Entity, Extraction, Mention, Sentence, Statement

__all__ = [
    "Document",
    "DocumentError",
    "Entity",
    "Extraction",
    "Lexicon",
    "Mention",
    "Sentence",
    "Statement",
    "extract",
    "load_lexicon",
    "read_document",
    "read_documents",
]
