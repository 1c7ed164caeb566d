"""The linked-data site: every resource at ``/id/…`` as HTML or RDF
(:mod:`.pages`, :mod:`.documents`, with what a page shows in
:mod:`.resource_view` and the description read from the store in
:mod:`.resource`), ``/ontology``, ``/timeline``, ``/explain``, ``/dumps/``,
``/.well-known/void`` and ``/context.jsonld``.  :mod:`.common` holds what
every page shares (language, labels, rendering, negotiation, the page
cache) and imports no page."""
