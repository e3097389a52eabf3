"""Fermenter temperatures and set points from the cellar PLCs over Modbus/TCP."""
import asyncio

from pymodbus.client import AsyncModbusTcpClient, ModbusTcpClient
from pymodbus.exceptions import ConnectionException

from mashtun import settings

TEMPERATURE_REGISTER = 100


def read_temperatures(host=None, port=None, tanks=8):
    client = ModbusTcpClient(host or settings.PLC_HOST, port=port or settings.PLC_PORT, timeout=1, retries=0)
    if not client.connect():
        raise ConnectionException(f"cellar PLC {host or settings.PLC_HOST}:{port or settings.PLC_PORT}")
    try:
        reply = client.read_holding_registers(TEMPERATURE_REGISTER, count=tanks, device_id=1)
        return [value / 10 for value in reply.registers]
    finally:
        client.close()


def write_setpoint(tank, celsius, host=None, port=None):
    client = ModbusTcpClient(host or settings.PLC_HOST, port=port or settings.PLC_PORT, timeout=0.5, retries=1)
    client.connect()
    try:
        client.write_register(200 + tank, int(celsius * 10), device_id=1)
    finally:
        client.close()


async def _one(host, port):
    client = AsyncModbusTcpClient(host, port=port, timeout=1, retries=0)
    if not await client.connect():
        raise ConnectionError(f"cellar PLC at {host}:{port} refused the connection")
    try:
        reply = await client.read_holding_registers(TEMPERATURE_REGISTER, count=8, device_id=1)
        return reply.registers
    finally:
        client.close()


async def _all():
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(_one(host, port)) for host, port in settings.CELLAR_PLCS]
    return [task.result() for task in tasks]


def read_all_cellars():
    return asyncio.run(_all())
