"""The signal box (a line protocol over TCP, asyncio) and the wagon registry (HTTP)."""
import asyncio
import json
import urllib.request

from humpyard import settings


class SignalBoxClient:
    def __init__(self, host=settings.SIGNAL_BOX_HOST, port=settings.SIGNAL_BOX_PORT, timeout=settings.SIGNAL_TIMEOUT):
        self.host = host
        self.port = port
        self.timeout = timeout

    async def ask(self, line):
        reader, writer = await asyncio.open_connection(self.host, self.port)
        try:
            writer.write(line.encode() + b"\n")
            await writer.drain()
            answer = await asyncio.wait_for(reader.readline(), timeout=self.timeout)
            if not answer:
                raise ConnectionResetError(f"signal box closed the connection after {line!r}")
            return answer.decode().strip()
        finally:
            writer.close()

    async def aspects(self, signals):
        return await asyncio.gather(*(self.ask(f"ASPECT {signal}") for signal in signals))

    def aspect(self, signal):
        return asyncio.run(self.ask(f"ASPECT {signal}"))

    def all_aspects(self, signals):
        return asyncio.run(self.aspects(signals))


class Registry:
    def __init__(self, base_url, timeout=2.0):
        self.base_url = base_url
        self.timeout = timeout

    def wagon(self, number):
        with urllib.request.urlopen(f"{self.base_url}/wagons/{number}", timeout=self.timeout) as response:
            return json.load(response)
