"""Bin location codes (aisle-bay-level) and walking routes across the floor."""
from dataclasses import dataclass

import networkx as nx
import pyparsing as pp

_aisle = pp.Word(pp.alphas.upper(), exact=1)("aisle")
_bay = pp.Word(pp.nums, exact=2)("bay")
_level = pp.Word(pp.nums, exact=2)("level")
LOCATION = _aisle + pp.Suppress("-") + _bay + pp.Suppress("-") + _level + pp.StringEnd()


@dataclass(frozen=True)
class Location:
    aisle: str
    bay: int
    level: int

    def __str__(self):
        return f"{self.aisle}-{self.bay:02d}-{self.level:02d}"


def parse_location(code):
    found = LOCATION.parse_string(code.strip())
    return Location(found["aisle"], int(found["bay"]), int(found["level"]))


def floor_graph(layout):
    """layout: (from, to, metres) for every walkway between two points of the floor."""
    graph = nx.DiGraph()
    for start, end, metres in layout:
        graph.add_edge(start, end, metres=metres)
    return graph


def pick_route(layout, start, stops):
    """The walk from start through every stop in order and back to start."""
    graph = floor_graph(layout)
    route, here = [start], start
    for stop in [*stops, start]:
        leg = nx.shortest_path(graph, here, stop, weight="metres")
        route.extend(leg[1:])
        here = stop
    return route


def route_length(layout, route):
    graph = floor_graph(layout)
    return sum(graph[a][b]["metres"] for a, b in zip(route, route[1:]))
