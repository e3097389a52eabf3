"""The kiln controllers (a line protocol over TCP) and the card gateway."""
import asyncio
import socket

import requests

from kilnrow import settings


class KilnError(Exception):
    pass


def read_temperature(host=None, port=7070, timeout=1.0):
    with socket.create_connection((host or settings.KILN_HOST, port), timeout=timeout) as conn:
        conn.sendall(b"TEMP?\n")
        reply = conn.makefile("rb").readline().decode().strip()
    if not reply.startswith("T="):
        raise KilnError(f"unexpected reply {reply!r}")
    return float(reply[2:])


async def _ramp(host, port, target):
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(f"RAMP {target}\n".encode())
        await writer.drain()
        reply = await asyncio.wait_for(reader.readline(), 1.0)
        if not reply.startswith(b"OK"):
            raise KilnError(f"kiln at {port} refused ramp: {reply.decode().strip()}")
        return port
    finally:
        writer.close()


async def ramp_all(host, ports, target):
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(_ramp(host, port, target)) for port in ports]
    return [task.result() for task in tasks]


def charge(member, amount_pence, session=None):
    http = session or requests.Session()
    response = http.post(f"{settings.CARDS_URL}/v1/charges",
                         json={"member": member, "amount": amount_pence}, timeout=1.0)
    response.raise_for_status()
    return response.json()["charge_id"]
