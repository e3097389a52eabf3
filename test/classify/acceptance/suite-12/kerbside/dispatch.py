"""Booking and rebalancing vehicles between zones, from many kiosks and apps at once."""
import asyncio
import queue
import threading
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal


class Booking:
    def __init__(self, quote):
        self.quote = quote  # the pricing service: (vehicle_id) -> price, a network call
        self.holds = {}

    def reserve(self, vehicle_id, member_id):
        if vehicle_id in self.holds:
            return False
        price = self.quote(vehicle_id)
        self.holds[vehicle_id] = (member_id, price)
        return True


class Zones:
    def __init__(self, names, audit):
        self.locks = {name: threading.Lock() for name in names}
        self.counts = {name: 0 for name in names}
        self.audit = audit

    def transfer(self, source, target, n=1):
        with self.locks[source]:
            self.audit(source, target, n)
            with self.locks[target]:
                self.counts[source] -= n
                self.counts[target] += n


class Rebalancer:
    """One worker per zone computes its surplus; they meet at a barrier before moving vehicles."""

    def __init__(self, fleet):
        self.fleet = fleet  # zone -> [vehicle ids]
        self.barrier = threading.Barrier(len(fleet), timeout=1)
        self.surplus = {}

    def _work(self, zone):
        self.surplus[zone] = len(self.fleet[zone]) - 3
        self.barrier.wait()

    def plan(self):
        busy = [zone for zone, vehicles in self.fleet.items() if vehicles]
        with ThreadPoolExecutor(max_workers=len(self.fleet)) as pool:
            for future in [pool.submit(self._work, zone) for zone in busy]:
                future.result()
        return self.surplus


def invoice_totals(trips):
    def total(trip):
        return Decimal(str(trip["fare"])).quantize(Decimal("0.01")) + Decimal(str(trip.get("fees", 0)))

    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [pool.submit(total, trip) for trip in trips]
        return [f.result() for f in futures]


class Dispatcher:
    """Sends unlock commands to vehicles from a background thread."""

    def __init__(self, send, poll=0.2):
        self.send = send
        self.poll = poll
        self.inbox = queue.Queue()
        self.sent = []
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def start(self):
        self.thread.start()

    def _run(self):
        while not self._stop.is_set():
            self._stop.wait(self.poll)
            while not self.inbox.empty():
                command = self.inbox.get()
                self.send(command)
                self.sent.append(command)

    def stop(self):
        self._stop.set()
        self.thread.join()


# At most four pushes to the notification gateway at once, across the process.
PUSH_SLOTS = asyncio.Semaphore(4)


async def push(member_id, text, gateway):
    async with PUSH_SLOTS:
        return await gateway(member_id, text)


async def push_all(members, text, gateway):
    return await asyncio.gather(*(push(m, text, gateway) for m in members))
