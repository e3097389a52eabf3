"""Telemetry frames exchanged with the vehicles' modems (msgpack)."""
import msgpack


def encode(frame):
    return msgpack.packb(frame)


def decode(data):
    return msgpack.unpackb(data)


def odometer_frame(vehicle_id, km):
    return encode({"v": vehicle_id, "kind": "odo", "km": km})
