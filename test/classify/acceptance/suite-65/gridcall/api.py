"""The outage desk's HTTP handlers, as plain functions over dicts."""
REGIONS = {"north": ["F-101", "F-102", "F-103"], "south": ["F-201", "F-202"], "east": ["F-301"], "west": []}


def report_outage(body):
    if "postcode" not in body:
        return 400, {"error": "postcode required"}
    return 201, {"reference": f"OUT-{body['postcode'].replace(' ', '')}", "state": "reported"}


def feeders(region):
    if region not in REGIONS:
        return 404, {"error": "unknown region"}
    return 200, {"feeders": REGIONS[region]}


def page(items, number, size=20):
    start = (number - 1) * size
    return items[start:start + size]
