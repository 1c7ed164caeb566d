"""A resource's neighbourhood as a small picture: the resource in the middle,
its neighbours on a circle around it, one labelled edge per link.  Laid out
here and drawn by the template as inline SVG (no script, no third-party code).

No two labels overlap: their boxes are estimated from the characters'
widths (generously), a neighbour's label is set outward from the circle,
and each edge's label takes the first free place along its edge; a label
with no free place is shortened, then left to the edge's tooltip.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from kg.iri import ONTOLOGY

WIDTH, HEIGHT = 900, 500
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
    lx: float = 0.0  # where its label is written, and how it is anchored
    ly: float = 0.0
    anchor: str = "middle"
    title: str = ""  # the whole label, for the tooltip


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
    title: str = ""


@dataclass(frozen=True, slots=True)
class Picture:
    width: int
    height: int
    centre: Node
    nodes: list[Node]
    edges: list[Edge]
    hidden: int  # neighbours left out to keep the picture readable


Box = tuple[float, float, float, float]  # left, top, right, bottom

NODE_FONT, EDGE_FONT, CENTRE_FONT = 12.0, 11.0, 14.0
_NARROW = set("iljtf.,;:'!|() ")
_WIDE = set("MWmw@%")


def text_width(text: str, size: float, bold: bool = False) -> float:
    """A generous estimate of the text's width in a sans-serif font."""
    em = 0.0
    for ch in text:
        if ch in _NARROW:
            em += 0.36
        elif ch in _WIDE:
            em += 0.95
        elif ch.isupper() or ch.isdigit():
            em += 0.72
        else:
            em += 0.6
    return em * size * (1.1 if bold else 1.0)


def box(x: float, y: float, text: str, size: float, anchor: str, bold: bool = False) -> Box:
    """The box of ``text`` written at (``x``, ``y``) (its baseline), with a margin."""
    width = text_width(text, size, bold)
    left = x - width / 2 if anchor == "middle" else (x - width if anchor == "end" else x)
    return (left - 2, y - size - 2, left + width + 2, y + 0.35 * size + 2)


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _inside(b: Box) -> bool:
    return b[0] >= 0 and b[1] >= 0 and b[2] <= WIDTH and b[3] <= HEIGHT


def colour(classes: set[str]) -> str:
    for local, value in COLOURS.items():
        if ONTOLOGY + local in classes:
            return value
    return "#4a5568"


def _place(
    text: str, size: float, spots: list[tuple[float, float, str]], taken: list[Box], lengths: tuple[int, ...]
) -> tuple[str, float, float, str]:
    """The first spot where ``text`` (cut to each of ``lengths`` in turn) overlaps
    nothing taken; ``("", …)`` when there is none."""
    for length in lengths:
        shown = _cut(text, length)
        for x, y, anchor in spots:
            b = box(x, y, shown, size, anchor)
            if _inside(b) and not any(overlaps(b, t) for t in taken):
                taken.append(b)
                return shown, x, y, anchor
    return "", spots[0][0], spots[0][1], spots[0][2]


def layout(
    centre: tuple[str, str, str],
    links: list[tuple[str, str, str, str, bool]],
) -> Picture:
    """``centre`` is (label, href, colour); ``links`` are (edge label,
    neighbour label, neighbour href, neighbour colour, inferred), one per
    neighbour (the caller merges several links to one neighbour)."""
    cx, cy = WIDTH / 2, HEIGHT / 2
    shown = links[:MAX_NEIGHBOURS]
    count = max(len(shown), 1)
    rx, ry = WIDTH / 2 - 230, HEIGHT / 2 - 50
    label, href, fill = centre
    centre_text = _cut(label, 40)
    taken: list[Box] = [box(cx, cy + 34, centre_text, CENTRE_FONT, "middle", bold=True)]
    points = []
    for i in range(len(shown)):
        angle = -math.pi / 2 + 2 * math.pi * i / count
        points.append((angle, cx + rx * math.cos(angle), cy + ry * math.sin(angle)))
    # the neighbours' labels first (outward from the circle), then the edges' in what is left
    nodes: list[Node] = []
    for (_, name, link, colour_, _), (angle, x, y) in zip(shown, points, strict=True):
        c, s = math.cos(angle), math.sin(angle)
        side = "start" if c > 0.3 else ("end" if c < -0.3 else "middle")
        dx = 14 if side == "start" else (-14 if side == "end" else 0)
        spots = [
            (x + dx, y + 4, side),
            (x, y + 24, "middle") if s >= 0 else (x, y - 14, "middle"),
            (x, y - 14, "middle") if s >= 0 else (x, y + 24, "middle"),
            (x + dx, y + 18, side),
            (x + dx, y - 10, side),
        ]
        text, lx, ly, anchor = _place(name, NODE_FONT, spots, taken, (30, 20, 12))
        nodes.append(
            Node(round(x, 1), round(y, 1), text, link, colour_, round(lx, 1), round(ly, 1), anchor, name)
        )
    for node in nodes:  # the dots themselves are not written over either
        taken.append((node.x - 10, node.y - 10, node.x + 10, node.y + 10))
    taken.append((cx - 17, cy - 17, cx + 17, cy + 17))
    edges: list[Edge] = []
    for (edge_label, _, _, _, inferred), node in zip(shown, nodes, strict=True):
        spots = [
            (cx + (node.x - cx) * t, cy + (node.y - cy) * t + dy, "middle")
            for t in (0.55, 0.45, 0.65, 0.38, 0.72, 0.3, 0.8)
            for dy in (4, -8, 16)
        ]
        text, lx, ly, _ = _place(edge_label, EDGE_FONT, spots, taken, (22, 14))
        edges.append(
            Edge(
                round(cx, 1),
                round(cy, 1),
                node.x,
                node.y,
                text,
                round(lx, 1),
                round(ly, 1),
                inferred,
                edge_label,
            )
        )
    middle = Node(cx, cy, centre_text, href, fill, cx, cy + 34, "middle", label)
    return Picture(WIDTH, HEIGHT, middle, nodes, edges, len(links) - len(shown))


def _cut(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"
