"""A health report of the services mashtun depends on, as the taproom dashboard shows it."""
import socket

from mashtun import settings


def _probe(address):
    try:
        with socket.create_connection(address, timeout=0.5):
            return "ok"
    except OSError as error:
        return f"down: {error}"


def check_all():
    return {
        "mysql": _probe((settings.MYSQL_HOST, settings.MYSQL_PORT)),
        "nats": _probe(("127.0.0.1", 14222)),
        "memcached": _probe(settings.MEMCACHED),
        "excise": _probe(("127.0.0.1", 18090)),
    }
