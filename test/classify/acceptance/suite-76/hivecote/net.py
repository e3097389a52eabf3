"""Clients of the cooperative's peers: the honey market, the scale gateway, the buyers' order desks."""
import asyncio
import http.client
import json
import queue
import socket
import urllib.request
from urllib.parse import urlsplit

from hivecote import settings


def get_json(url, timeout=None):
    timeout = settings.load()["peers"]["timeout"] if timeout is None else timeout
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.loads(response.read())


def get_raw(url, timeout=2.0):
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    try:
        connection.request("GET", parts.path or "/")
        response = connection.getresponse()
        return json.loads(response.read())
    finally:
        connection.close()


def scale_reading(url, timeout=2.0):
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as sock:
        sock.sendall(b"READ h7\n")
        data = sock.recv(4096)
    return json.loads(data)


def gateway_ping(url, timeout=1.0):
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=timeout) as sock:
        sock.sendall(b"PING\n")
        return sock.recv(64)


async def watch_scale(url, timeout=0.5):
    parts = urlsplit(url)

    async def read():
        reader, writer = await asyncio.open_connection(parts.hostname, parts.port)
        try:
            writer.write(b"WATCH h7\n")
            return await reader.readline()
        finally:
            writer.close()

    return await asyncio.wait_for(read(), timeout)


class ConnectionPool:
    """Keeps open sockets to one peer; callers take one and give it back."""

    def __init__(self, url, size):
        parts = urlsplit(url)
        self.address = (parts.hostname, parts.port)
        self.idle = queue.Queue()
        for _ in range(size):
            self.idle.put(socket.create_connection(self.address, timeout=2))

    def take(self, wait=0.5):
        return self.idle.get(timeout=wait)

    def give(self, sock):
        self.idle.put(sock)


def open_buyer_feeds(url, buyers):
    parts = urlsplit(url)
    feeds = []
    try:
        for _ in range(buyers):
            feeds.append(socket.create_connection((parts.hostname, parts.port), timeout=2))
    except OSError:
        for feed in feeds:
            feed.close()
        raise
    return feeds
