"""The mongers' order API, as plain handlers over dicts."""
from . import auth, core

WHEELS = {"comte-1": {"kind": "comte", "weight": 40.0}, "bleu-4": {"kind": "bleu", "weight": 2.5}}


def get_wheel(wheel_id):
    if wheel_id not in WHEELS:
        return 404, {"error": "no such wheel"}
    return 200, WHEELS[wheel_id]


def list_wheels(kind=None, limit=10):
    ids = sorted(i for i, w in WHEELS.items() if kind is None or w["kind"] == kind)
    return 200, ids[:limit]


def release(token, wheel_id):
    claims = auth.verify(token)
    if not auth.can_release_wheels(claims):
        return 403, {"error": "not an affineur"}
    return 200, {"released": wheel_id}


def quote(wheel_id, per_kg):
    status, wheel = get_wheel(wheel_id)
    if status != 200:
        return status, wheel
    return 200, {"price": str(core.price(wheel["weight"], per_kg))}


def place(monger, wheels, deliver_on, notify):
    order = core.order(monger, wheels, deliver_on)
    notify(monger, len(wheels))
    return 201, order
