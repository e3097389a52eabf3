"""Tap list cache in memcached, spoken in the text protocol over a socket."""
import json
import socket

from mashtun import settings


class CacheError(Exception):
    pass


class Memcached:
    def __init__(self, address=None, timeout=1.0):
        self.address = address or settings.MEMCACHED
        self.timeout = timeout

    def _call(self, command, payload=None):
        with socket.create_connection(self.address, timeout=self.timeout) as sock:
            sock.sendall(command + b"\r\n" + ((payload + b"\r\n") if payload is not None else b""))
            reply = sock.makefile("rb").readline().rstrip(b"\r\n")
        if reply.startswith((b"SERVER_ERROR", b"CLIENT_ERROR", b"ERROR")):
            raise CacheError(reply.decode())
        return reply

    def set(self, key, text, ttl=300):
        # Length in characters: the text protocol wants bytes.
        data = text.encode()
        self._call(f"set {key} 0 {ttl} {len(text)}".encode(), data)

    def get(self, key):
        reply = self._call(f"get {key}".encode())
        return None if reply == b"END" else reply


def cache_taplist(client, site, taps):
    client.set(f"taplist:{site}", json.dumps(taps, ensure_ascii=False))


_memo = {}


def price_of(tap, prices):
    if tap not in _memo:
        _memo[tap] = prices[tap]
    return _memo[tap]
