"""The hive scales' gateway, the weather forecast and the swarm-alert broadcast."""
import socket

import requests

from hivekeep import settings


def scales():
    return requests.get(settings.SCALES_URL, timeout=3).json()


def forecast():
    return requests.get(settings.WEATHER_URL, timeout=3).json()


def telemetry(host, port):
    with socket.create_connection((host, port), timeout=2) as sock:
        sock.sendall(b"WEIGHTS\n")
        return sock.recv(1024)


def broadcast(alerts, faults):
    sent = 0
    for alert in alerts:
        faults.maybe_fail(f"swarm alert {alert}")
        sent += 1
    return sent
