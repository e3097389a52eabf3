import queue
import threading
import time

import pytest

from treadmark import bays

pytestmark = pytest.mark.chaos


def test_fitted_count_under_rush():
    counter = bays.Counter()
    threads = [threading.Thread(target=lambda: [counter.add(4) for _ in range(50)]) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert counter.fitted == 800


@pytest.mark.timeout(2)
def test_swap_bays_both_ways():
    workshop = bays.Bays(["1", "2"])
    workshop.cars["1"].append("YK19 ABC")
    one = threading.Thread(target=workshop.swap, args=("1", "2"), daemon=True)
    two = threading.Thread(target=workshop.swap, args=("2", "1"), daemon=True)
    one.start()
    two.start()
    one.join()
    two.join()


def test_release_idle_bays():
    workshop = bays.Bays(["1", "2", "3"])
    workshop.cars["2"].append("LS20 XYZ")
    workshop.release_idle()
    assert list(workshop.cars) == ["2"]


def test_torque_for_every_model():
    assert bays.torque_specs(["focus", "golf estate", "Yaris Cross"]) == [110, 120, 103]


def test_balance_after_shift_close():
    bays.shut_down_balancers()
    assert True


def test_balance_weights():
    assert bays.balance_all([{"weight_g": 25}, {"weight_g": 40}]) == [5, 8]


def test_balancer_weights():
    wheels = queue.Queue()
    balancer = bays.Balancer(wheels)
    balancer.start()
    wheels.put({"imbalance_g": 30, "rim_in": 16})
    wheels.put({"imbalance_g": 12})
    wheels.put({"imbalance_g": 18, "rim_in": 17})
    weights = [balancer.weights.get(timeout=0.5) for _ in range(3)]
    assert len(weights) == 3


def test_ready_text_sent():
    reminder = bays.Reminder()
    reminder.car_ready("YK19 ABC")
    time.sleep(0.05)
    assert reminder.sent == ["YK19 ABC"]


_attempts = {"count": 0}


@pytest.mark.flaky(reruns=2)
def test_two_fitters_one_bay():
    _attempts["count"] += 1
    workshop = bays.Bays(["1"])
    claimed = []

    def claim(fitter):
        if not workshop.cars["1"]:
            if _attempts["count"] == 1:
                time.sleep(0.01)
            workshop.cars["1"].append(fitter)
            claimed.append(fitter)
    threads = [threading.Thread(target=claim, args=(name,)) for name in ("ann", "bob")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(claimed) == 1
