import queue
import threading
import time

import pytest

from quadroll import seats

pytestmark = pytest.mark.chaos


def test_concurrent_enrolment_counts_every_seat():
    section = seats.Section("CS101-A", 200)
    threads = [threading.Thread(target=lambda: [section.take() for _ in range(10)]) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert section.taken == 80


def test_swaps_in_both_directions():
    swaps = seats.Swaps(["CS101-A", "CS101-B"])
    first = threading.Thread(target=swaps.swap, args=("CS101-A", "CS101-B"))
    second = threading.Thread(target=swaps.swap, args=("CS101-B", "CS101-A"))
    first.start()
    second.start()
    first.join()
    second.join()


def test_grade_batch():
    records = [{"marks": {"final": 70, "coursework": 80}}, {"marks": {"final": 55}}]
    assert seats.grade_all(records) == [74.0, 55.0]


def test_waitlist_wakes_a_waiter():
    waitlist = seats.Waitlist()
    waitlist.push("s1001")
    assert waitlist.entries == ["s1001"]


def test_batch_drains_jobs():
    jobs = queue.Queue()
    jobs.put({"sectoin": "cs101-a"})
    assert seats.drain(jobs, queue.Queue()) == "CS101-A"


def test_confirmation_sent_in_background():
    outbox = []
    seats.confirm_later(outbox, "s1001")
    time.sleep(0.05)
    assert outbox == ["s1001"]


_ATTEMPTS = []


@pytest.mark.flaky(reruns=1)
def test_seat_released_event():
    _ATTEMPTS.append(1)
    released = threading.Event()
    threading.Timer(0.01 if len(_ATTEMPTS) > 1 else 0.5, released.set).start()
    assert released.wait(0.2)
