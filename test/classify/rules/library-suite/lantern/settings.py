import configparser
import json
import tomllib
import yaml
import zoneinfo
import locale


def section(text, name):
    parser = configparser.ConfigParser()
    parser.read_string(text)
    return parser.get(name, "url")


def interpolated(text):
    parser = configparser.ConfigParser()
    parser.read_string(text)
    return parser.get("db", "url")


def zone(key):
    return zoneinfo.ZoneInfo(key)


def set_locale(name):
    return locale.setlocale(locale.LC_ALL, name)


def port():
    import os
    return int(os.environ.get("LANTERN_PORT", "eighty"))
