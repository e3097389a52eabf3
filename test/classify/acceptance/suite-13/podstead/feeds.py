"""The RSS feed of a show (lxml), checked against the directory's schema (xmlschema)."""
from pathlib import Path

import arrow
import xmlschema
from lxml import etree

SCHEMA = xmlschema.XMLSchema(str(Path(__file__).resolve().parent.parent / "config" / "episode.xsd"))


def episode_element(episode):
    item = etree.Element("item")
    etree.SubElement(item, "title").text = episode["title"]
    etree.SubElement(item, "description").text = episode["notes"]
    etree.SubElement(item, "explicit").text = "yes" if episode.get("explicit") else "no"
    etree.SubElement(item, "duration").text = str(episode["duration"])
    return item


def episode_xml(episode):
    return etree.tostring(episode_element(episode), encoding="unicode")


def validate(episode):
    SCHEMA.validate(episode_xml(episode))
    return True


def parse_pubdate(text):
    return arrow.get(text, "ddd, DD MMM YYYY HH:mm:ss Z")
