"""Remote commands to charge points: OCPP-J calls as JSON lines over TCP (asyncio streams)."""

import asyncio
import itertools
import json

from voltbay import settings

_ids = itertools.count(1)


class ChargePointTimeout(Exception):
    pass


async def call(host: str, port: int, action: str, payload: dict, timeout: float = 1.0) -> dict:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        message = [2, str(next(_ids)), action, payload]
        writer.write(json.dumps(message).encode() + b"\n")
        await writer.drain()
        try:
            line = await asyncio.wait_for(reader.readline(), timeout)
        except asyncio.TimeoutError:
            raise ChargePointTimeout(f"no answer to {action} from {host}:{port} within {timeout} s") from None
        return json.loads(line)[2]
    finally:
        writer.close()


def remote_start(connector: int, host: str = "127.0.0.1", port: int | None = None) -> dict:
    return asyncio.run(call(host, port or settings.CHARGE_POINT_PORT, "RemoteStartTransaction", {"connectorId": connector}))


def unlock(connector: int, host: str = "127.0.0.1", port: int | None = None) -> dict:
    return asyncio.run(call(host, port or settings.CHARGE_POINT_PORT, "UnlockConnector", {"connectorId": connector}))
