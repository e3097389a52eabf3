"""The works' resources: exports through a compressor, locales and zones of the plants, versions of dependencies."""
import importlib.metadata
import locale
import os
import shutil
import subprocess
from datetime import datetime
from zoneinfo import ZoneInfo

from packaging.version import Version

from ropewalk import settings


def compress_export(path):
    tool = settings.service()["exports"]["compressor"]
    subprocess.run([tool, "--gzip", str(path)], check=True, capture_output=True)
    return path.with_suffix(path.suffix + ".gz")


def gzip_export(path):
    import gzip
    target = path.with_suffix(path.suffix + ".gz")
    with open(path, "rb") as source, gzip.open(target, "wb") as sink:
        shutil.copyfileobj(source, sink)
    return target


def format_metres(value):
    locale.setlocale(locale.LC_NUMERIC, settings.service()["service"]["locale"])
    try:
        return locale.format_string("%.1f", value, grouping=True)
    finally:
        locale.setlocale(locale.LC_NUMERIC, "C")


def runner_zone():
    return ZoneInfo(os.environ.get("TZ", "UTC"))


def plant_zone():
    return ZoneInfo(os.environ.get("ROPEWALK_PLANT_TZ", "Europe/London"))


def shift_start(day):
    return datetime(day.year, day.month, day.day, 6, tzinfo=plant_zone())


def check_dependencies():
    needed = Version(settings.limits()["min_urllib3"])
    found = Version(importlib.metadata.version("urllib3"))
    if found < needed:
        raise RuntimeError(f"urllib3 {found} is older than the {needed} ropewalk needs")
    return str(found)


def free_disk_mb(path):
    return shutil.disk_usage(path).free // (1024 * 1024)


LIMITS = {"upload_kb": 512}


def upload_allowed(size_kb):
    return size_kb <= LIMITS["upload_kb"]
