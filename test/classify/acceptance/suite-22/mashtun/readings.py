"""Fermentation readings from the tank sensors (Tilt-style hydrometers), decoded with msgspec."""
import msgspec


class Reading(msgspec.Struct):
    tank: str
    gravity: float
    temp_c: float
    at: int


class Batch(msgspec.Struct, forbid_unknown_fields=True):
    id: str
    recipe: str
    litres: int


decoder = msgspec.json.Decoder(list[Reading])


def decode(raw):
    return decoder.decode(raw)


def decode_batch(raw):
    return msgspec.json.decode(raw, type=Batch)


def settled(readings, tolerance=0.001):
    last = readings[-3:]
    return max(r.gravity for r in last) - min(r.gravity for r in last) < tolerance
