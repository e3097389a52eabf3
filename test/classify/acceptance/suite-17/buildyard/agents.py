"""Build agents: the control channel (length-prefixed JSON over asyncio streams), slots, heartbeats."""
import asyncio
import json
import ssl
import struct
import threading
import time


async def call(host, port, message, timeout=1.0, ssl_context=None, server_hostname=None):
    reader, writer = await asyncio.open_connection(host, port, ssl=ssl_context, server_hostname=server_hostname)
    try:
        payload = json.dumps(message).encode()
        writer.write(struct.pack(">I", len(payload)) + payload)
        await writer.drain()
        header = await asyncio.wait_for(reader.readexactly(4), timeout)
        (length,) = struct.unpack(">I", header)
        return json.loads(await asyncio.wait_for(reader.readexactly(length), timeout))
    finally:
        writer.close()


def tls_context(cafile):
    context = ssl.create_default_context(cafile=cafile)
    return context


class Slots:
    """A fixed number of build slots on an agent."""

    def __init__(self, count):
        self.semaphore = threading.BoundedSemaphore(count)

    def run(self, job):
        if not self.semaphore.acquire(timeout=0.3):
            return None
        result = job()
        self.semaphore.release()
        return result


class Registry:
    """Agents announce themselves; the scheduler reads who is there."""

    def __init__(self):
        self.agents = {}

    def announce(self, name, labels):
        self.agents[name] = {"labels": labels, "seen": time.monotonic()}

    def with_label(self, label):
        return sorted(n for n, a in self.agents.items() if label in a["labels"])


class BuildCounter:
    def __init__(self):
        self.value = 0

    def next(self):
        current = self.value
        time.sleep(0.0001)
        self.value = current + 1
        return self.value


class Dispatcher:
    """Hands jobs to worker threads through a queue and collects their results."""

    def __init__(self):
        import queue

        self.jobs = queue.Queue()
        self.results = queue.Queue()
        self.thread = threading.Thread(target=self._work, daemon=True)
        self.thread.start()

    def _work(self):
        while True:
            job = self.jobs.get()
            self.results.put((job["id"], job["steps"] * 2))

    def submit(self, job):
        self.jobs.put(job)

    def result(self, timeout=0.5):
        return self.results.get(timeout=timeout)


class Drain:
    """Waits until every running build on an agent has finished before it goes down."""

    def __init__(self):
        self.running = 0
        self.condition = threading.Condition()

    def start(self):
        with self.condition:
            self.running += 1

    def finish(self):
        self.running -= 1

    def wait(self):
        with self.condition:
            while self.running:
                self.condition.wait()
