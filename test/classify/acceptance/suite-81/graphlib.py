"""Draws the yard's delivery graph as Graphviz text for the wiki (a developer's script, run by hand)."""


def to_dot(edges):
    lines = ["digraph yard {"]
    lines += [f'  "{a}" -> "{b}";' for a, b in edges]
    return "\n".join(lines + ["}"])
