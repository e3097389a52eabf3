"""Peers over HTTP: the chandlers' mill, the audit sink, the labels printer and the telemetry hub."""
import os
import socket
import time

import requests

from ropewalk import settings


def _timeout():
    return settings.service()["net"]["request_timeout_ms"] / 1000


def mill_url():
    return os.environ["ROPEWALK_MILL_URL"]


def order(order_id):
    response = requests.get(f"{mill_url()}/orders/{order_id}", timeout=5)
    response.raise_for_status()
    return response.json()


def slow_order(order_id):
    response = requests.get(f"{mill_url()}/slow/{order_id}", timeout=_timeout())
    response.raise_for_status()
    return response.json()


def quote(kind, metres):
    response = requests.get(f"{mill_url()}/quote", params={"kind": kind, "m": metres}, timeout=5)
    response.raise_for_status()
    return response.json()


def stock(kind):
    response = requests.get(f"{mill_url()}/stock/{kind}", timeout=5)
    response.raise_for_status()
    return response.json()


def audit(event):
    url = os.environ["ROPEWALK_AUDIT_URL"]
    response = requests.post(f"{url}/events", json=event, timeout=5)
    response.raise_for_status()
    return response.status_code


def print_label(text):
    url = os.environ["ROPEWALK_LABELS_URL"]
    response = requests.post(f"{url}/labels", json={"text": text}, timeout=5)
    return response.status_code


def telemetry(sample):
    url = os.environ["ROPEWALK_TELEMETRY_URL"]
    response = requests.post(f"{url}/samples", json=sample, timeout=5)
    return response.status_code


def with_retries(call):
    attempts = settings.limits()["max_retries"]
    for attempt in range(attempts):
        try:
            return call()
        except requests.ConnectionError:
            time.sleep(0.01 * attempt)
    return call()


def tls_status(variable, ca_path):
    url = os.environ[variable]
    response = requests.get(f"{url}/status", timeout=5, verify=str(ca_path))
    response.raise_for_status()
    return response.json()


def configured_ca():
    return settings.service()["tls"]["ca_bundle"]


def metrics_listener():
    port = int(os.environ.get("ROPEWALK_METRICS_PORT", "9464"))
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", port))
    return sock
