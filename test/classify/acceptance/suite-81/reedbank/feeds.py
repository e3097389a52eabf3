"""The merchants' XML stock feed."""
from lxml import etree


def parse_feed(text):
    root = etree.fromstring(text.encode())
    return {item.get("species"): int(item.get("bundles")) for item in root.iter("item")}
