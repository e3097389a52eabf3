"""Exports, the cave's own settings file, printer settings, time zones, open files."""
import datetime
import os
import tomllib
import zoneinfo

from . import settings


def cave_settings():
    with open(settings.CONFIG / "cave.toml", "rb") as handle:
        return tomllib.load(handle)


def printer_settings():
    with open(settings.CONFIG / "printer.toml", "rb") as handle:
        return tomllib.load(handle)


def climate_settings():
    with open(settings.CONFIG / "climate.toml", "rb") as handle:
        return tomllib.load(handle)


def too_humid(reading):
    return reading > climate_settings()["humidity_max"]


def export(name, size, folder=None):
    folder = folder or settings.SPILL
    path = folder / name
    with open(path, "wb") as handle:
        handle.write(b"w" * size)
    return path


def cave_time(when):
    return when.astimezone(zoneinfo.ZoneInfo(settings.CAVE_ZONE))


def read_logs(paths):
    handles = [open(path, encoding="utf-8") for path in paths]
    return [handle.readline() for handle in handles]


def open_files():
    return len(os.listdir("/proc/self/fd"))


def stamp(now=None):
    return (now or datetime.datetime.now(datetime.timezone.utc)).isoformat()
