"""Geo targeting from the MaxMind database shipped in data/."""
import maxminddb

from bidlark import settings


def open_reader(path=None):
    return maxminddb.open_database(path or settings.GEOIP_DB)


def country(reader, ip):
    record = reader.get(ip) or {}
    return record.get("country", {}).get("iso_code")
