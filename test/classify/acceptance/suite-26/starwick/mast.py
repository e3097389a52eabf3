"""The weather mast on the roof speaks plain HTTP/1.1; read it with h11 over a socket."""
import json
import socket

import h11

from starwick import settings


class MastUnavailable(Exception):
    pass


def read_conditions(host=None, port=None, timeout=None):
    sock = socket.create_connection((host or settings.MAST_HOST, port or settings.MAST_PORT), timeout=timeout)
    conn = h11.Connection(h11.CLIENT)
    try:
        sock.sendall(conn.send(h11.Request(method="GET", target="/conditions", headers=[("Host", "mast")])))
        sock.sendall(conn.send(h11.EndOfMessage()))
        body = b""
        status = None
        while True:
            event = conn.next_event()
            if event is h11.NEED_DATA:
                conn.receive_data(sock.recv(4096))
                continue
            if isinstance(event, h11.Response):
                status = event.status_code
            elif isinstance(event, h11.Data):
                body += event.data
            elif isinstance(event, h11.EndOfMessage):
                break
        if status != 200:
            raise MastUnavailable(f"weather mast answered {status}: {body.decode(errors='replace')[:80]}")
        return json.loads(body)
    finally:
        sock.close()


def safe_to_open(conditions):
    return conditions["wind_kmh"] < 40 and conditions["humidity"] < 85 and not conditions["rain"]
