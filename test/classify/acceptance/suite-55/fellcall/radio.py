"""The radio repeaters on the fell tops."""
import socket

import requests

from fellcall import settings


def repeater_channels(site):
    response = requests.get(f"{settings.REPEATER_URL}/sites/{site}/channels", timeout=settings.REPEATER_TIMEOUT)
    response.raise_for_status()
    return response.json()


def status_address():
    host, port = socket.getaddrinfo(settings.REPEATER_STATUS_HOST, 7400, type=socket.SOCK_STREAM)[0][4][:2]
    return host, port


def status(site):
    with socket.create_connection(status_address(), timeout=1) as conn:
        conn.sendall(f"STATUS {site}\n".encode())
        return conn.recv(256).decode().strip()
