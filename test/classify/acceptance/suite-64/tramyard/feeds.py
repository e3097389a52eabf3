"""The signalling API, passenger information displays, departure boards, vehicle telemetry and gateways."""
import asyncio
import socket

import requests

from tramyard import settings


def signal_aspect(signal):
    response = requests.get(f"{settings.SIGNALS_URL}/signals/{signal}", timeout=settings.READ_TIMEOUT)
    response.raise_for_status()
    return response.json()["aspect"]


def display_message(display):
    response = requests.get(f"{settings.PASSENGER_INFO_URL}/displays/{display}", timeout=settings.READ_TIMEOUT)
    response.raise_for_status()
    return response.json()


def update_boards(stops, maybe_fail):
    sent = 0
    for stop in stops:
        maybe_fail(f"board update to {stop}")
        sent += 1
    return sent


def timetable_feed():
    return socket.create_connection(settings.FEED_ADDRESS, timeout=1)


async def vehicle_frame(tram):
    reader, writer = await asyncio.open_connection(*settings.TELEMETRY_ADDRESS)
    try:
        writer.write(f"FRAME {tram}\n".encode())
        await writer.drain()
        header = await reader.readexactly(4)
        size = int.from_bytes(header, "big")
        return await reader.readexactly(size)
    finally:
        writer.close()


def open_gateways(trams):
    """One connection per tram's gateway, each from a port the depot firewall opens."""
    sockets = []
    ports = settings.GATEWAY_SOURCE_PORTS
    try:
        for n, tram in enumerate(trams):
            sock = socket.socket()
            sock.bind(("127.0.0.1", ports[n % len(ports)]))
            sock.connect(settings.TELEMETRY_ADDRESS)
            sockets.append(sock)
        return len(sockets)
    finally:
        for sock in sockets:
            sock.close()
