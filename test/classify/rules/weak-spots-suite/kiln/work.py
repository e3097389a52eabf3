"""Work the app runs in a thread pool and in coroutines."""
import asyncio
import concurrent.futures
import socket
import threading

_never = threading.Event()


def _settle():
    _never.wait(2)
    return 5


def drain(timeout):
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(_settle).result(timeout=timeout)


def submit_settlement(pool):
    return pool.submit(_settle)


class Batcher:
    def __init__(self):
        self._done = asyncio.Event()

    async def close(self, timeout):
        await asyncio.wait_for(self._done.wait(), timeout)


async def fetch_line(host, port, timeout):
    reader, writer = await asyncio.open_connection(host, port)
    try:
        return await asyncio.wait_for(reader.readline(), timeout)
    finally:
        writer.close()


def fetch_blocking(host, port, timeout):
    with socket.create_connection((host, port), timeout=timeout) as connection:
        connection.sendall(b"GET\n")
        return connection.recv(1024)


async def _send(reminder):
    await asyncio.sleep(0)
    return reminder


async def _send_all(reminders):
    return await asyncio.gather(*(_send(r) for r in reminders))


def send_all(reminders):
    return asyncio.run(_send_all(reminders))


async def dispatch(reminders):
    return send_all(reminders)


async def _fetch_site(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.close()


async def availability(ports):
    async with asyncio.TaskGroup() as group:
        for port in ports:
            group.create_task(_fetch_site(port))


async def _check(value):
    if value < 0:
        raise ValueError(f"negative amount {value}")


async def check_all(values):
    async with asyncio.TaskGroup() as group:
        for value in values:
            group.create_task(_check(value))


def parse_amount(text):
    amount = int(text)
    if amount <= 0:
        raise ValueError(f"amount {amount} is not accepted")
    return amount


def ratio(total, count):
    return total / count
