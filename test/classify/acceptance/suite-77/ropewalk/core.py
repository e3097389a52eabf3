"""Rope arithmetic and the service's own parsers of durations, sizes and URLs."""
import math
import re

_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600}


def parse_duration(text):
    """'90s', '15m', '1h30m', '250ms' -> seconds."""
    total = 0.0
    for number, unit in re.findall(r"([0-9.]+)(ms|h|m|s)$", text.strip()):
        total += int(number) * _UNITS[unit]
    if total == 0 and text.strip() not in ("0", "0s"):
        raise ValueError(f"not a duration: {text!r}")
    return total


def parse_size(text):
    """'512KiB', '10MiB', '2GB' -> bytes."""
    match = re.fullmatch(r"(\d+)\s*([KMG])i?B", text.strip())
    if not match:
        raise ValueError(f"not a size: {text!r}")
    number, prefix = match.groups()
    return int(number) * 1000 ** "KMG".index(prefix) * 1000


def port_from_url(url):
    """The port of 'scheme://host:port/…', 80 or 443 by default."""
    if url.count(":") < 2:
        return 443 if url.startswith("https") else 80
    return int(url.split(":")[1].split("/")[0])


def rope_length(turns, lay_mm):
    """Length in metres of a laid rope of `turns` turns at a lay length of `lay_mm` millimetres."""
    return turns * lay_mm / 1000


def strands_needed(rope_mm, strand_mm):
    """Strands of `strand_mm` to lay a rope of `rope_mm`, rounded up."""
    return math.ceil((rope_mm / strand_mm) ** 2 * 0.75)


def breaking_load_kn(diameter_mm, material):
    factors = {"manila": 0.0085, "hemp": 0.0078, "nylon": 0.0200, "polyester": 0.0170}
    return round(factors[material] * diameter_mm ** 2 * 9.81, 2)


def shrinkage(length_m, percent):
    return length_m * (1 - percent / 100)


def coils(length_m, coil_m=220):
    return length_m // coil_m
