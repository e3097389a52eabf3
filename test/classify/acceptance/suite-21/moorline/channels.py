"""Routes through the marina's channels (networkx), from the entrance to a berth."""
import json
from pathlib import Path

import networkx as nx

CHANNELS = json.loads((Path(__file__).parent / "data" / "channels.json").read_text())


def graph():
    g = nx.Graph()
    for a, b, depth, length in CHANNELS["edges"]:
        g.add_edge(a, b, depth=depth, length=length)
    return g


def route(berth, draft_m):
    g = graph()
    usable = nx.subgraph_view(g, filter_edge=lambda a, b: g[a][b]["depth"] > draft_m)
    return nx.shortest_path(usable, "entrance", berth, weight="length")


def route_length(berth, draft_m):
    path = route(berth, draft_m)
    g = graph()
    return sum(g[a][b]["depth"] for a, b in zip(path, path[1:]))


def reachable(node, seen=None, g=None):
    """Every node reachable from `node` (depth first)."""
    g = g or graph()
    seen = seen if seen is not None else []
    seen.append(node)
    for neighbour in g[node]:
        reachable(neighbour, seen, g)
    return seen
