"""The workshop's bays shared by threads: the fitted-tyre counter, bay locks, the wheel-balancer queue, a thread pool."""
import concurrent.futures
import queue
import threading
import time

_balancers = concurrent.futures.ThreadPoolExecutor(max_workers=2)


class Counter:
    def __init__(self):
        self.fitted = 0

    def add(self, tyres):
        current = self.fitted
        time.sleep(0.0001)
        self.fitted = current + tyres


class Bays:
    def __init__(self, names):
        self.locks = {name: threading.Lock() for name in names}
        self.cars = {name: [] for name in names}

    def swap(self, first, second):
        with self.locks[first]:
            time.sleep(0.05)
            with self.locks[second]:
                self.cars[first], self.cars[second] = self.cars[second], self.cars[first]

    def release_idle(self):
        for name, cars in self.cars.items():
            if not cars:
                del self.cars[name]


def balance_all(wheels):
    return list(_balancers.map(lambda wheel: wheel["weight_g"] // 5, wheels))


def shut_down_balancers():
    _balancers.shutdown(wait=True)


TORQUE_NM = {"focus": 110, "golf": 120, "yaris": 103, "qashqai": 113}


def torque_specs(models):
    """Wheel-nut torque for each car on the ramp, as the booking names the model ("Yaris Cross")."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
        return list(pool.map(lambda model: TORQUE_NM[model.split()[0]], models))


class Balancer(threading.Thread):
    """Reads wheels off a queue and puts the weights it adds on another."""

    def __init__(self, wheels):
        super().__init__(daemon=True)
        self.wheels = wheels
        self.weights = queue.Queue()

    def run(self):
        while True:
            wheel = self.wheels.get()
            self.weights.put(wheel["imbalance_g"] / wheel["rim_in"])


class Reminder:
    """Texts the customer when the car is ready, on a timer, as the front desk asks."""

    def __init__(self, delay=0.2):
        self.delay = delay
        self.sent = []

    def car_ready(self, plate):
        threading.Timer(self.delay, self.sent.append, args=(plate,)).start()
