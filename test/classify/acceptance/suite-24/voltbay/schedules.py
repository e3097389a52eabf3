"""Off-peak windows per grid operator, from the shipped data/offpeak.xml."""

import xml.etree.ElementTree as ET
from pathlib import Path

_TREE = ET.parse(Path(__file__).parent / "data" / "offpeak.xml")
WINDOWS = {node.get("operator"): (node.get("start"), node.get("end")) for node in _TREE.getroot()}


def window_of(operator: str) -> tuple:
    return WINDOWS[operator]
