"""The service's JSON views of lights and notices."""
import json
from decimal import Decimal

from lampwatch import optics

LIGHTS = {f"HW{n:02d}": {"height_m": 10 + n, "intensity_cd": 1000 * (n + 1)} for n in range(90)}


def light_view(light):
    if light not in LIGHTS:
        return 404, {"error": f"no light {light}"}
    data = LIGHTS[light]
    return 200, {
        "light": light,
        "height_m": data["height_m"],
        "nominal_range_nm": optics.nominal_range_nm(data["intensity_cd"]),
    }


def fuel_view(light, litres):
    cost = optics.fuel_cost(litres, "1.85")
    return json.dumps({"light": light, "litres": litres, "cost": cost.quantize(Decimal("0.01"))})


def page(items, number, size=20):
    start = (number - 1) * size
    return items[start:start + size]
