"""``server/`` has no import circle: every import of every module (at the top
or inside a function) is an edge, and the graph they make has no cycle.  A
module that needs another that needs it back is a sign that one of them does
two jobs; this test fails, naming the circle, the day one comes back."""

from __future__ import annotations

import ast
from pathlib import Path

SERVER = Path(__file__).resolve().parents[1] / "server"


def module_name(path: Path) -> str:
    parts = path.relative_to(SERVER.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in SERVER.rglob("*.py")}


def edges(known: dict[str, Path]) -> dict[str, set[str]]:
    """Module → the modules of server/ it imports, anywhere in its text."""
    graph: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # `from server import site` imports the module server.site; other names, the package
                targets = [
                    f"{node.module}.{alias.name}" if f"{node.module}.{alias.name}" in known else node.module
                    for alias in node.names
                ]
            for target in targets:
                while target and target not in known:  # `import server.x.y` counts as server.x.y's module
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of ``graph`` as the list of its modules, or None."""
    state: dict[str, int] = {}  # 1: on the path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_server_has_no_import_circle() -> None:
    graph = edges(modules())
    assert len(graph) > 20 and graph["server.site.pages"], "the walk found the modules and their imports"
    found = cycle(graph)
    assert found is None, "import circle in server/: " + " → ".join(found or [])


def test_the_walk_finds_a_circle_when_there_is_one() -> None:
    graph = edges(modules())
    graph["server.site.common"] = graph["server.site.common"] | {"server.site.pages"}  # pages imports common
    found = cycle(graph)
    assert found is not None and "server.site.common" in found and "server.site.pages" in found


def test_every_blueprint_is_listed_in_create_app() -> None:
    """One idiom: create_app registers every blueprint itself; no module registers others."""
    init = (SERVER / "__init__.py").read_text()
    for name, path in modules().items():
        text = path.read_text()
        if 'Blueprint("' in text:
            assert f"{name.rpartition('.')[2]}.bp," in init, f"{name}.bp is not listed in create_app"
        if name != "server":
            assert "register_blueprint" not in text, f"{name} registers blueprints itself"


# --- one negotiation, one error shape, for every route (over real HTTP) --------------------------

ROUTES = [
    "/.well-known/void",
    "/id/azerbaijan",
    "/ontology",
    "/dumps/",
    "/timeline",
    "/sparql",
    "/explain?s=https://w3id.org/caucasus-kg/id/russia&p=https://w3id.org/caucasus-kg/ontology%23mediatorOf"
    "&o=https://w3id.org/caucasus-kg/id/meeting/2021-01-11-moscow",
]


def test_every_route_answers_406_in_one_shape(live_server: str) -> None:
    import requests

    for route in ROUTES:
        answer = requests.get(live_server + route, headers={"Accept": "image/png"}, timeout=30)
        assert answer.status_code == 406, (route, answer.status_code, answer.text[:200])
        body = answer.json()
        assert body["status"] == 406 and body["kind"] == "not-acceptable" and body["available"], route
        assert "?format=" in body["error"], route


def test_an_unknown_explanation_is_a_404_in_the_common_shape(live_server: str) -> None:
    import requests

    answer = requests.get(
        live_server + "/explain",
        params={"s": "https://w3id.org/caucasus-kg/id/nobody", "p": "https://w3id.org/caucasus-kg/ontology#x",
                "o": "https://w3id.org/caucasus-kg/id/nothing"},
        headers={"Accept": "application/json"},
        timeout=30,
    )  # fmt: skip
    assert answer.status_code == 404
    assert set(answer.json()) >= {"error", "status", "kind"} and answer.json()["kind"] == "not-found"


def test_an_answer_run_in_place_is_still_stopped_past_the_limit(tmp_path: Path) -> None:
    """A reading answered quickly once is run in place (no hand-over to the query
    thread); should it overrun all the same, the monitor retires the worker."""
    import threading
    import time

    from server.sparql.limits import ThreadGuard

    exited = threading.Event()
    guard = ThreadGuard(0.5, tmp_path, 1, exit=lambda code: exited.set(), stop=lambda: None)
    guard.GRACE, guard.SETTLE, guard.YOUNG, guard.FLUSH, guard.STOP_WAIT = 0.1, 0.0, 0.0, 0.0, 0.0
    guard.learn("q", 0.01)
    assert guard.inline("q", lambda: "fast") == "fast"
    assert guard.inline("unknown", lambda: "never") is None
    guard.inline("q", lambda: time.sleep(1.2))
    assert exited.wait(3), "the worker was not retired"
    assert "q" not in guard.quick  # slow this time: next time through the query thread
