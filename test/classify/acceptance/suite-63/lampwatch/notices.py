"""Notices to mariners, the buoys' telemetry hub, the tide gauges and the AIS receiver."""
import socket

import requests

from lampwatch import settings


def notices_for(day):
    response = requests.get(f"{settings.NOTICES_URL}/notices/{day}", timeout=2)
    response.raise_for_status()
    return response.json()["notices"]


def buoy_position(buoy):
    response = requests.get(f"{settings.BUOY_HUB_URL}/{buoy}", timeout=1)
    response.raise_for_status()
    return response.json()


def tide_height(gauge):
    response = requests.get(f"{settings.TIDE_GAUGE_URL}/gauges/{gauge}", timeout=2)
    response.raise_for_status()
    return response.json()["height_m"]


def ais_receiver():
    return socket.create_connection(settings.AIS_RECEIVER, timeout=1)


def broadcast_fog_warning(buoys, drop):
    sent = 0
    for buoy in buoys:
        drop(f"fog warning to {buoy}")
        sent += 1
    return sent
