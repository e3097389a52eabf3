"""The timing partner's results feed, the timing-mat gateways and the runners' SMS broadcast."""
import socket

import requests

from racebib import faults, settings


def partner_feed():
    reply = requests.get(settings.PARTNER_FEED_URL, timeout=3)
    reply.raise_for_status()
    return reply.json()


def mat_reads(port, mat):
    with socket.create_connection(("127.0.0.1", port), timeout=2) as sock:
        sock.sendall(f"READS {mat}\n".encode())
        return sock.recv(1024).decode().split()


def upload_photo(port, bib):
    reply = requests.post(f"http://127.0.0.1:{port}/photos/{bib}", data=b"\xff\xd8jpeg", timeout=3)
    reply.raise_for_status()
    return reply.status_code


def broadcast(messages):
    sent = 0
    for n in range(messages):
        faults.maybe_fail("sms gateway", 0.002)
        sent += 1
    return sent
