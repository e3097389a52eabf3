"""The yard's small API, as the owners' portal and the crews' tablets call it."""
import json

from humpyard import auth, core

WAGONS = {
    "GBRF-4410": {"kind": "hopper", "tonnes": 64.0, "track": 3, "owner": "quarryco"},
    "GBRF-4411": {"kind": "box", "tonnes": 22.5, "track": 3, "owner": "parcelnet"},
    "GBRF-5120": {"kind": "tank", "tonnes": 71.2, "track": 5, "owner": "fuelline"},
}


def handle(method, path, token=None, body=None):
    if not token:
        return 401, {"error": "sign in"}
    claims = auth.verify(token)
    parts = path.strip("/").split("/")
    if method == "GET" and parts[0] == "wagons" and len(parts) == 2:
        wagon = WAGONS[parts[1]]
        if claims["role"] == "owner" and wagon["owner"] != claims["sub"]:
            return 403, {"error": "not your wagon"}
        return 200, wagon
    if method == "POST" and parts == ["trains"]:
        wagons = json.loads(body)["wagons"]
        kinds = [WAGONS[number]["kind"] for number in wagons]
        return 201, {"length": core.train_length(kinds)}
    return 404, {"error": f"no route {method} {path}"}
