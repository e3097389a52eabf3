"""The partner vets' API (httpx), SMS pickup notices (requests with tenacity), the pen cameras' websocket feed,
the outbound proxy and the kennel controllers' in-house host."""
import base64
import os
import socket
import urllib.parse

import httpx
import requests
import tenacity

from pawstay import settings


class CameraError(Exception):
    pass


def vet_record(dog, base=None, timeout=1.0):
    with httpx.Client(base_url=base or settings.VET_URL, timeout=timeout) as client:
        response = client.get(f"/records/{dog}")
        response.raise_for_status()
        return response.json()


def vaccinations(dog, base=None):
    return vet_record(dog, base)["vaccinations"]


@tenacity.retry(stop=tenacity.stop_after_attempt(3), wait=tenacity.wait_fixed(0.05),
                retry=tenacity.retry_if_exception_type(requests.HTTPError))
def send_pickup_notice(phone, base=None):
    response = requests.post(f"{base or settings.SMS_URL}/messages", json={"to": phone, "text": "Ready"}, timeout=1.0)
    response.raise_for_status()
    return response.json()["id"]


def sms_status(message, base=None):
    response = requests.get(f"{base or settings.SMS_URL}/messages/{message}", timeout=1.0)
    return response.json()["status"]


def via_proxy(url, proxy=None):
    proxy = proxy or settings.OUTBOUND_PROXY
    return requests.get(url, proxies={"http": proxy, "https": proxy}, timeout=1.0).status_code


def secure_vet_record(dog, base):
    # The vets' records go over TLS; base comes from the settings.
    with httpx.Client(base_url=base, timeout=1.0) as client:
        return client.get(f"/records/{dog}").json()


def kennel_controller_address():
    return socket.getaddrinfo(settings.KENNEL_HOST, 443, proto=socket.IPPROTO_TCP)[0][4]


def open_camera(url=None, timeout=1.0):
    parts = urllib.parse.urlsplit(url or settings.CAMERA_URL)
    sock = socket.create_connection((parts.hostname, parts.port), timeout=timeout)
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall((f"GET {parts.path or '/'} HTTP/1.1\r\nHost: {parts.hostname}\r\nUpgrade: websocket\r\n"
                  f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    head = b""
    while b"\r\n\r\n" not in head:
        chunk = sock.recv(4096)
        if not chunk:
            raise CameraError("camera closed the connection during the websocket handshake")
        head += chunk
    status = head.split(b"\r\n", 1)[0].decode()
    if " 101 " not in status + " ":
        raise CameraError(f"websocket handshake refused: {status}")
    return sock


def next_frame(sock):
    header = sock.recv(2)
    if len(header) < 2:
        raise CameraError("camera feed ended")
    length = header[1] & 0x7F
    return sock.recv(length)
