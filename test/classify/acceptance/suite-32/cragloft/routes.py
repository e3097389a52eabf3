"""The route board: grades and setters, cached in Redis; route photos as PNG."""
import json

import png
import redis
from munch import Munch

from cragloft import settings

FONT_GRADES = ["4", "5", "5+", "6A", "6A+", "6B", "6B+", "6C", "6C+", "7A", "7A+"]
V_GRADES = ["V0", "V1", "V2", "V3", "V3", "V4", "V4", "V5", "V5", "V6", "V7"]


def board(port=None):
    return redis.Redis(host=settings.BOARD_REDIS_HOST, port=port or settings.BOARD_REDIS_PORT,
                       socket_timeout=1, socket_connect_timeout=1)


def route_key(route):
    # Gyms number their routes from 1 each; the key is the route number.
    return f"route:{route['number']}"


def publish(client, gym, route):
    client.set(route_key(route), json.dumps({**route, "gym": gym}))


def lookup(client, gym, number):
    raw = client.get(f"route:{number}")
    return None if raw is None else Munch.fromDict(json.loads(raw))


def hardest(routes):
    profile = Munch.fromDict({"count": len(routes), "grades": [r["grade"] for r in routes]})
    return profile.grade_max if routes else None


def to_v_grade(font):
    return V_GRADES[FONT_GRADES.index(font) - 1] if font != "4" else "V0"


def write_photo(path, rows):
    # Route photos are greyscale PNGs of the wall, 8 bits a pixel.
    width = len(rows[0])
    writer = png.Writer(width, len(rows), greyscale=True, bitdepth=8)
    with open(path, "wb") as out:
        writer.write(out, rows)


def read_photo(path):
    reader = png.Reader(filename=path)
    width, height, rows, info = reader.read()
    return width, height
