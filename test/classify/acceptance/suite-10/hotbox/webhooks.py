"""Events sent to restaurants' systems, checked against the published schema."""

import jsonschema

COURIER_ASSIGNED = {
    "type": "object",
    "required": ["event", "order_id", "courier_id", "eta_minutes"],
    "properties": {
        "event": {"const": "courier.assigned"},
        "order_id": {"type": "integer"},
        "courier_id": {"type": "integer"},
        "eta_minutes": {"type": "integer", "minimum": 0},
    },
    "additionalProperties": False,
}


def courier_assigned(order_id, courier_id, eta_minutes):
    event = {"event": "courier.assigned", "order_id": order_id, "courierId": courier_id, "eta_minutes": eta_minutes}
    jsonschema.validate(event, COURIER_ASSIGNED)
    return event


def order_picked_up(order_id, courier_id):
    return {"event": "order.picked_up", "order_id": order_id, "courier_id": courier_id}
