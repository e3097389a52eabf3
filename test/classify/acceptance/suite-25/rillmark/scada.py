"""Pump stations report over a line protocol on TCP (asyncio streams); lines are read with parse."""

import asyncio

import parse

from rillmark import settings

_LINE = parse.compile("{station} P={pressure:f}bar Q={flow:f}m3h T={ts}")


def read_line(text):
    found = _LINE.parse(text.strip())
    return {"station": found["station"], "pressure": found["pressure"], "flow": found["flow"], "ts": found["ts"]}


async def poll(station, port=None, host="127.0.0.1"):
    reader, writer = await asyncio.open_connection(host, port or settings.SCADA_PORT)
    try:
        writer.write(f"READ {station}\n".encode())
        await writer.drain()
        header = await asyncio.wait_for(reader.readexactly(4), timeout=1)
        size = int.from_bytes(header, "big")
        payload = await asyncio.wait_for(reader.readexactly(size), timeout=1)
        return read_line(payload.decode())
    finally:
        writer.close()


def poll_station(station, port=None):
    return asyncio.run(poll(station, port=port))
