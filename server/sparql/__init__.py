"""The SPARQL service: ``/sparql`` (the SPARQL 1.1 Protocol, read-only:
:mod:`.endpoint`), what a query may do (:mod:`.screening`), how its answer is
written under the row limit (:mod:`.results`), the time limits of the worker
running it (:mod:`.limits`), the service description (:mod:`.description`)
and the query editor at ``/`` (:mod:`.editor`)."""
