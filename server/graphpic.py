"""A resource's neighbourhood as a small picture: the resource in the middle,
its neighbours on a circle around it, one labelled edge per link.  Laid out
here and drawn by the template as inline SVG (no script, no third-party code).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kg.iri import ONTOLOGY

WIDTH, HEIGHT = 720, 460
MAX_NEIGHBOURS = 18
COLOURS = {
    "State": "#2b6cb0",
    "Person": "#b7791f",
    "Leader": "#b7791f",
    "Organization": "#6b46c1",
    "Mediator": "#6b46c1",
    "Agent": "#4a5568",
    "Meeting": "#c53030",
    "Event": "#c53030",
    "Treaty": "#2f855a",
    "Corridor": "#d69e2e",
    "Place": "#319795",
    "Document": "#718096",
}


@dataclass(frozen=True, slots=True)
class Node:
    x: float
    y: float
    label: str
    href: str
    colour: str


@dataclass(frozen=True, slots=True)
class Edge:
    x1: float
    y1: float
    x2: float
    y2: float
    label: str
    lx: float
    ly: float
    inferred: bool


@dataclass(frozen=True, slots=True)
class Picture:
    width: int
    height: int
    centre: Node
    nodes: list[Node]
    edges: list[Edge]
    hidden: int  # neighbours left out to keep the picture readable


def colour(classes: set[str]) -> str:
    for local, value in COLOURS.items():
        if ONTOLOGY + local in classes:
            return value
    return "#4a5568"


def layout(
    centre: tuple[str, str, str],
    links: list[tuple[str, str, str, str, bool]],
) -> Picture:
    """``centre`` is (label, href, colour); ``links`` are (edge label,
    neighbour label, neighbour href, neighbour colour, inferred), one per
    neighbour (the caller merges several links to one neighbour)."""
    cx, cy = WIDTH / 2, HEIGHT / 2
    shown = links[:MAX_NEIGHBOURS]
    nodes: list[Node] = []
    edges: list[Edge] = []
    count = max(len(shown), 1)
    rx, ry = WIDTH / 2 - 110, HEIGHT / 2 - 50
    for i, (edge_label, label, href, fill, inferred) in enumerate(shown):
        angle = -math.pi / 2 + 2 * math.pi * i / count
        x, y = cx + rx * math.cos(angle), cy + ry * math.sin(angle)
        nodes.append(Node(round(x, 1), round(y, 1), _cut(label, 26), href, fill))
        lx, ly = cx + (x - cx) * 0.62, cy + (y - cy) * 0.62
        edges.append(
            Edge(round(cx, 1), round(cy, 1), round(x, 1), round(y, 1), _cut(edge_label, 22), lx, ly, inferred)
        )
    label, href, fill = centre
    return Picture(
        WIDTH, HEIGHT, Node(cx, cy, _cut(label, 30), href, fill), nodes, edges, len(links) - len(shown)
    )


def _cut(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
