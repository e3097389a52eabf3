"""Binary and compressed frames sent by the meters' gateways."""

import json
import struct
import zlib

# v2 frame: meter id, unix seconds, watt-hours (little endian).
FRAME = struct.Struct("<IIi")


def parse_frame(raw):
    meter, ts, wh = FRAME.unpack(raw)
    return {"meter": meter, "ts": ts, "wh": wh}


def encode_delta(previous, current):
    """Deltas travel as an unsigned byte count then the magnitude."""
    delta = current - previous
    size = max(1, (delta.bit_length() + 7) // 8)
    return bytes([size]) + abs(delta).to_bytes(size, "big")


def decode_delta(previous, blob):
    size = blob[0]
    return previous + int.from_bytes(blob[1 : 1 + size], "big")


def inflate(payload):
    # Gateways gzip their batches.
    return zlib.decompress(payload)


def to_json(reading):
    return json.dumps(reading, allow_nan=False, sort_keys=True)


def flatten(node, prefix=""):
    out = {}
    for key, value in node.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            out.update(flatten(value, name))
        else:
            out[name] = value
    return out
