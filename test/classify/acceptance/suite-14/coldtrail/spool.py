"""Readings that could not be sent wait in a spool folder; device shadows live in a TinyDB file."""
import json
import os

import ijson
import portalocker
from tinydb import Query, TinyDB

from coldtrail import settings


def spool_dir():
    os.makedirs(settings.SPOOL_DIR, exist_ok=True)
    return settings.SPOOL_DIR


def spool(readings, folder=None):
    folder = folder or spool_dir()
    path = os.path.join(folder, "pending.jsonl")
    with portalocker.Lock(path, mode="a", timeout=0.3, fail_when_locked=True) as handle:
        for reading in readings:
            handle.write(json.dumps(reading) + "\n")
    return path


def shadows(path):
    return TinyDB(path)


def shadow_of(db, device):
    found = db.search(Query().device == device)
    return found[0] if found else None


def count_uploaded_readings(stream):
    return sum(1 for _ in ijson.items(stream, "readings.item"))


def dump_readings(path, readings):
    with open(path, "w") as handle:
        for reading in readings:
            handle.write(json.dumps(reading) + "\n")
    return path
