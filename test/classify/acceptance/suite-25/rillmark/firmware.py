"""Meter firmware versions, compared to decide which meters get the over-the-air update (packaging)."""

from packaging.version import Version

MINIMUM = Version("3.2.0")


def needs_update(reported):
    # Meters report their firmware as "fw-3.1.4-eu".
    return Version(reported) < MINIMUM


def newest(versions):
    return max(versions, key=Version)
