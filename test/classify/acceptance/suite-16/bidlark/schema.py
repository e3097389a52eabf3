"""OpenRTB 2.6 bid requests, validated before any campaign is matched."""
import fastjsonschema

BID_REQUEST = {
    "type": "object",
    "required": ["id", "imp"],
    "properties": {
        "id": {"type": "string"},
        "imp": {"type": "array", "minItems": 1, "items": {
            "type": "object", "required": ["id"],
            "properties": {"id": {"type": "string"}, "bidfloor": {"type": "number", "minimum": 0}},
        }},
        "tmax": {"type": "integer"},
    },
}

validate = fastjsonschema.compile(BID_REQUEST)


def ext_keys(node, prefix=""):
    """Flattens the request's ext objects into dotted keys for targeting rules."""
    keys = []
    for name, value in node.items():
        if isinstance(value, dict):
            keys.extend(ext_keys(value, f"{prefix}{name}."))
        else:
            keys.append(f"{prefix}{name}")
    return keys


def creative_markup(payload, content_type):
    return payload.decode("utf-8")
