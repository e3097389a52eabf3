"""Storage zones, recognised from the location prefix printed on the bin label."""
import re

ZONE_PATTERNS = {
    "cold": re.compile(r"^C(?P<room>[0-9]{2})-"),
    "bulk": re.compile(r"^B(?P<row>[0-9]{2})-"),
    "hazmat": re.compile(r"^HZ(?P<class>[1-9])-(?P<class>[0-9]{2})"),
}


def zone_of(code):
    for zone, pattern in ZONE_PATTERNS.items():
        if pattern.match(code):
            return zone
    return "ambient"
