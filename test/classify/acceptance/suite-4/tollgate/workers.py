"""Background work: transfers between accounts, the settlement queue, meters, batching."""

import asyncio
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pika

from tollgate import settings


class Account:
    def __init__(self, name, balance):
        self.name = name
        self.balance = balance
        self.lock = threading.Lock()


def _audit(source, target, amount):
    time.sleep(0.05)


def transfer(source, target, amount):
    with source.lock:
        _audit(source, target, amount)
        with target.lock:
            source.balance -= amount
            target.balance += amount


class SettlementQueue:
    def __init__(self, items):
        self.items = list(items)
        self.done = []
        self._lock = threading.Lock()

    def _settle(self, item):
        if not self._lock.acquire(timeout=3):
            raise RuntimeError("settle: lock not acquired")
        try:
            self.done.append(item)
        finally:
            self._lock.release()

    def drain(self):
        with self._lock:
            while self.items:
                self._settle(self.items.pop())
        return len(self.done)


def drain_in_pool(queue, timeout):
    with ThreadPoolExecutor(max_workers=2) as pool:
        return pool.submit(queue.drain).result(timeout=timeout)


class Meter:
    def __init__(self):
        self.count = 0

    def record(self):
        current = self.count
        time.sleep(0.001)
        self.count = current + 1


async def fetch_rate(host, port, currency, timeout):
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(f"RATE {currency}\r\n".encode())
        await writer.drain()
        line = await asyncio.wait_for(reader.readline(), timeout)
        return float(line)
    finally:
        writer.close()


class Batcher:
    def __init__(self, size=10):
        self.size = size
        self.pending = []
        self.flushed = []
        self._tasks = set()

    async def _flush(self, batch):
        await asyncio.sleep(0.05)
        self.flushed.append(batch)
        return len(batch)

    def add(self, item):
        self.pending.append(item)
        if len(self.pending) >= self.size:
            return self.flush()
        return None

    def flush(self):
        batch, self.pending = self.pending, []
        task = asyncio.get_running_loop().create_task(self._flush(batch))
        self._tasks.add(task)
        return task

    async def close(self):
        for task in self._tasks:
            task.cancel()
        self._tasks.clear()


def run_script(root, *args, timeout):
    return subprocess.run([sys.executable, *args], cwd=root, check=True, timeout=timeout)


def consume_settlements(handler, limit=10):
    params = pika.ConnectionParameters(
        host=settings.AMQP_HOST, port=settings.AMQP_PORT,
        connection_attempts=1, socket_timeout=2,
    )
    connection = pika.BlockingConnection(params)
    channel = connection.channel()
    count = 0
    for _method, _props, body in channel.consume("settlements", inactivity_timeout=1):
        if body is None or count >= limit:
            break
        handler(body)
        count += 1
    connection.close()
    return count
