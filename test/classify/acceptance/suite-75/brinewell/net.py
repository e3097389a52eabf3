"""Peers over HTTP: the weather station, the salt market, the carrier, the lab."""
import json
import urllib.request

from brinewell import settings


def base(name):
    return settings.env(f"BRINEWELL_{name.upper()}_URL")


def timeout():
    return settings.service()["network"]["timeout"]


def connect_timeout():
    return settings.seconds(settings.service()["network"]["connect_timeout"])


def get_json(url, timeout_s=2.0):
    with urllib.request.urlopen(url, timeout=timeout_s) as reply:
        return json.loads(reply.read())


def forecast():
    return get_json(base("weather") + "/forecast")


def market_price(grade):
    return get_json(base("market") + "/price/" + grade)


def lab_report(pan):
    return get_json(base("lab") + "/reports/" + str(pan), timeout_s=timeout())


def lab_url(path):
    return base("lab") + "/" + path


def carrier_quote(kg):
    return get_json(f"{base('carrier')}/quote?kg={kg}")


def post_json(url, body, timeout_s=2.0):
    data = json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout_s) as reply:
        return reply.status, json.loads(reply.read())
