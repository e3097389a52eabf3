"""Devices on the floor: the packing bench scale (serial), the label printer spooler, and metrics."""
import socket

import prometheus_client
import psutil
import serial

from binwise import settings


def open_scale():
    return serial.Serial(settings.SCALE_PORT, 9600, timeout=1)


def read_grams(scale):
    scale.write(b"W\r\n")
    return int(scale.readline().strip().rstrip(b"g"))


def spooler_state(pidfile):
    """'running' or 'stopped', from the spooler's pid file."""
    with open(pidfile) as handle:
        pid = int(handle.read().strip())
    return "running" if psutil.Process(pid).is_running() else "stopped"


def spool_control(path):
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)
    return server


def register_metrics(registry=prometheus_client.REGISTRY):
    return {
        "picks": prometheus_client.Counter("binwise_picks", "Picks confirmed", ["zone"], registry=registry),
        "short_picks": prometheus_client.Counter("binwise_short_picks", "Picks short of the ordered quantity", registry=registry),
    }
