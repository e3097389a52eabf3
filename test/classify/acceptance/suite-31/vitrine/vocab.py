"""The museum's period vocabulary, shipped as Turtle in config/."""
import os

import rdflib

PERIODS_FILE = os.path.join(os.path.dirname(__file__), "..", "config", "periods.ttl")

GRAPH = rdflib.Graph()
GRAPH.parse(PERIODS_FILE, format="turtle")


def period_label(code):
    for _, _, label in GRAPH.triples((rdflib.URIRef(f"https://vitrine.example/period/{code}"), rdflib.RDFS.label, None)):
        return str(label)
    return None
