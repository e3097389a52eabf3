"""Tank volumes, transfers between tanks and the cellar's shared pumps."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class Tank:
    def __init__(self, name, litres=0, capacity=2000):
        self.name = name
        self.litres = litres
        self.capacity = capacity
        self.lock = threading.Lock()


class Cellar:
    def __init__(self, tanks):
        self.tanks = {tank.name: tank for tank in tanks}
        self.pumps = threading.BoundedSemaphore(2)
        self.readings = {}

    def top_up(self, name, litres):
        tank = self.tanks[name]
        current = tank.litres
        time.sleep(0)
        tank.litres = current + litres

    def transfer(self, source, target, litres):
        a, b = self.tanks[source], self.tanks[target]
        with a.lock:
            time.sleep(0.05)
            with b.lock:
                a.litres -= litres
                b.litres += litres

    def run_pump(self, job):
        self.pumps.acquire()
        try:
            job()
        finally:
            self.pumps.release()
        if getattr(job, "priming", False):
            self.pumps.release()

    def record(self, tank, value):
        self.readings[tank] = value

    def mean_reading(self):
        total = 0
        for tank in self.readings:
            total += self.readings[tank]
            time.sleep(0.001)
        return total / len(self.readings)


def _check_volume(tank):
    if tank.litres > 2000:
        raise ValueError(f"{tank.name}: {tank.litres} L is more than the tank holds")
    return tank.litres


def audit(cellar):
    with ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(_check_volume, cellar.tanks.values()))


class Chiller:
    """Wakes waiters when the glycol loop reaches temperature."""

    def __init__(self):
        self.ready = threading.Event()
        self.temperature = 20.0

    def cool(self, target):
        def loop():
            while self.temperature > target:
                self.temperature -= 1.0
                time.sleep(0.01)
            # forgot: self.ready.set()
        threading.Thread(target=loop, daemon=True).start()

    def wait_ready(self, timeout):
        if not self.ready.wait(timeout):
            raise TimeoutError(f"glycol loop not ready after {timeout}s")


def write_log_async(path, lines):
    def work():
        time.sleep(0.3)
        with open(path, "w") as handle:
            handle.write("\n".join(lines))
    thread = threading.Thread(target=work)
    thread.start()
    return thread
