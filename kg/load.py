"""Adding an RDF file to the store, into one named graph, as a new build.

The current build is copied (a RocksDB checkpoint: hard links, fast), the
file is loaded into the copy, and the copy is switched in: a failed load
leaves the served store as it was.
"""

from __future__ import annotations

import time
from pathlib import Path

import pyoxigraph as ox

from kg import describe, store
from kg.formats import by_suffix


def load_file(root: Path, path: Path, graph: str | None) -> int:
    """Load ``path`` into ``graph`` (the default graph when None); returns quads added."""
    fmt = by_suffix(path.name)
    assert fmt.rdf is not None
    target: ox.NamedNode | ox.DefaultGraph = ox.NamedNode(graph) if graph else ox.DefaultGraph()
    store.current(root)  # no store to add to: say so before taking the lock
    with store.writing(root) as build_path:
        # Read under the lock, so a build that finished meanwhile is the one copied.
        base = store.current(root)
        info = base.info()
        base.open().backup(str(build_path / "oxigraph"))
        oxi = ox.Store(str(build_path / "oxigraph"))
        before = len(oxi)
        try:
            if fmt.kind == "dataset":
                oxi.bulk_load(path=str(path), format=fmt.rdf)
            else:
                oxi.bulk_load(path=str(path), format=fmt.rdf, to_graph=target)
        except SyntaxError as exc:
            raise ValueError(f"{path}: not valid {fmt.label}: {exc}") from None
        oxi.flush()
        added = len(oxi) - before
        # The dumps and VoID counts of the build loaded into are stale now: make them again.
        space = str(info.get("void", {}).get("uriSpace", "https://w3id.org/caucasus-kg/id/"))
        published = describe.publish(oxi, build_path, space.removesuffix("id/"))
        del oxi
        loads = list(info.get("loads", []))
        loads.append({"file": str(path), "graph": graph or "(default)", "quads": added, "at": time.time()})
        store.commit(root, build_path, {**info, **published, "loads": loads, "built": time.time()})
    return added
