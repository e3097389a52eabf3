"""Vehicle availability and search results cached in memcached; telemetry snapshots as msgpack."""
import msgpack
from pymemcache.client.base import Client

from . import settings


def client(server=None, timeout=None):
    timeout = timeout or settings.CACHE_TIMEOUT
    return Client(server or settings.MEMCACHED, connect_timeout=timeout, timeout=timeout, default_noreply=False)


class FleetCache:
    def __init__(self, mc, ttl=60):
        self.mc = mc
        self.ttl = ttl
        self._availability = {}

    def put_availability(self, zone, vehicle_ids):
        self.mc.set(f"avail:{zone}", ",".join(map(str, vehicle_ids)), expire=self.ttl)

    def availability(self, zone):
        raw = self.mc.get(f"avail:{zone}")
        return [int(v) for v in raw.decode().split(",")] if raw else []

    def forget(self, zone):
        self.mc.delete(f"avail:{zone}")

    def availability_many(self, zones):
        found = self.mc.get_many([f"avail:{zone}" for zone in zones])
        return {key.split(":", 1)[1]: value for key, value in found.items()}

    def search_results(self, query):
        return self.mc.get("search:" + query)

    def store_search(self, query, ids):
        self.mc.set("search:" + query, ",".join(map(str, ids)), expire=self.ttl)

    def snapshot(self, vehicle_id):
        raw = self.mc.get(f"telemetry:{vehicle_id}")
        return msgpack.unpackb(raw) if raw else None

    def store_snapshot(self, vehicle_id, snapshot):
        self.mc.set(f"telemetry:{vehicle_id}", msgpack.packb(snapshot), expire=self.ttl)

    # In-process memo in front of memcached for the booking screen.
    def free_count(self, zone, load):
        if zone not in self._availability:
            self._availability[zone] = len(load(zone))
        return self._availability[zone]

    def reserved(self, zone, vehicle_id):
        """Called when a vehicle is booked: memcached is updated by the booking service."""
        return vehicle_id
