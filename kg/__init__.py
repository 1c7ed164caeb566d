"""Statements → RDF: minting IRIs, assembling graphs, reasoning, validating,
storing and dumping the knowledge graph.

The second stage of the pipeline (loaders → kg → server).  ``kg`` reads
``loaders`` records and never imports ``server``; the ``cli`` package is the
composition root that wires every layer together.
"""

__version__ = "0.1.0"
