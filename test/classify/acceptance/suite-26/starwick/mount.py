"""The telescope mount's controller: a line protocol over TCP, under async_timeout."""
import asyncio

import async_timeout

from starwick import settings


class MountError(Exception):
    pass


async def command(line, host=None, port=None, wait=2.0):
    reader, writer = await asyncio.open_connection(host or settings.MOUNT_HOST, port or settings.MOUNT_PORT)
    try:
        writer.write(line.encode() + b"\n")
        await writer.drain()
        async with async_timeout.timeout(wait):
            answer = (await reader.readline()).decode().strip()
    finally:
        writer.close()
    if answer.startswith("ERR"):
        raise MountError(answer)
    return answer


async def slew(ra, dec, **kw):
    return await command(f"SLEW {ra:.4f} {dec:.4f}", **kw)


async def park(**kw):
    return await command("PARK", **kw)


async def position(**kw):
    answer = await command("POS", **kw)
    ra, dec = answer.split()
    return float(ra), float(dec)
