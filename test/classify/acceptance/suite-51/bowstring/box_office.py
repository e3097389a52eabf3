import asyncio
import json
import socket
import urllib.parse
import urllib.request

import requests

from bowstring import settings


def seat_map(hall):
    response = requests.get(f"{settings.BOX_OFFICE_URL}/halls/{hall}/seats", timeout=2)
    response.raise_for_status()
    return response.json()


def price_band(band):
    response = requests.get(f"{settings.BOX_OFFICE_URL}/bands/{band}", timeout=2)
    response.raise_for_status()
    return response.json()["price"]


def open_session():
    with urllib.request.urlopen(f"{settings.BOX_OFFICE_URL}/session", timeout=2) as answer:
        return json.load(answer)


def probe():
    url = urllib.parse.urlsplit(settings.BOX_OFFICE_URL)
    with socket.create_connection((url.hostname, url.port), timeout=2):
        return True


async def hold_seats(seats):
    url = urllib.parse.urlsplit(settings.BOX_OFFICE_URL)
    reader, writer = await asyncio.open_connection(url.hostname, url.port)
    writer.write(("HOLD " + ",".join(seats) + "\n").encode())
    await writer.drain()
    answer = await reader.readline()
    writer.close()
    return answer.decode().strip()
