"""Resources: streamed gateway answers, tide tables, sockets per vessel."""
import json
import socket

from . import net


def tide_heights(urls):
    """Read the first bytes of each tide stream (the header line) and keep the stream for later."""
    streams = []
    heads = []
    for url in urls:
        stream = net.open_stream(url)
        heads.append(stream.read(16))
        streams.append(stream)
    return heads


def vessel_sockets(host, port, count):
    """One connection per vessel to the AIS relay, all open at once."""
    return [socket.create_connection((host, port), timeout=1) for _ in range(count)]


def read_table(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)
