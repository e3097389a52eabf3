"""The studio's booking API, as plain handlers: handle(method, path, body) -> (status, body)."""
from kilnyard import core

KILNS = {"k1": {"capacity_kg": 120, "load": []}, "k2": {"capacity_kg": 60, "load": []}}


class KilnFull(ValueError):
    pass


def book(kiln_id, piece):
    kiln = KILNS[kiln_id]
    if sum(p["kg"] for p in kiln["load"]) + piece["kg"] > kiln["capacity_kg"]:
        raise KilnFull(f"kiln {kiln_id} at capacity ({kiln['capacity_kg']} kg)")
    kiln["load"].append(piece)
    return len(kiln["load"])


def handle(method, path, body=None):
    try:
        parts = path.strip("/").split("/")
        if method == "POST" and parts[0] == "kilns" and parts[2:] == ["pieces"]:
            position = book(parts[1], body)
            return 200, {"position": position}
        if method == "GET" and parts[0] == "kilns" and len(parts) == 2:
            kiln = KILNS[parts[1]]
            return 200, {"kiln": parts[1], "load_kg": core.load_kg(kiln["load"])}
        if method == "GET" and parts[0] == "quote":
            return 200, {"eur": core.firing_cost(float(body["kwh"]), float(body["rate"]))}
        return 404, {"error": "no such route"}
    except KilnFull as error:
        return 409, {"error": str(error)}
