import queue
import threading
import time

import pytest

from kilnrow.loading import Kiln, Queue, glaze_workers

pytestmark = pytest.mark.chaos


@pytest.mark.parametrize("members", [8, 16])
def test_members_load_shelves_together(members):
    kiln = Kiln(shelves=10_000)

    def load():
        for _ in range(50):
            kiln.load(1)

    threads = [threading.Thread(target=load) for _ in range(members)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert kiln.loaded == members * 50


def test_load_and_unload_at_once():
    kiln = Kiln(shelves=10_000)

    def load():
        for _ in range(2000):
            kiln.load_locked(1)

    def unload():
        for _ in range(2000):
            kiln.unload_logged(1)

    threads = [threading.Thread(target=load, daemon=True), threading.Thread(target=unload, daemon=True)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=2)
    assert not any(thread.is_alive() for thread in threads), "loading threads still running after 2 s"


def test_drop_empty_cones():
    pieces = Queue()
    pieces.add(6, "bowl")
    pieces.by_cone[10]
    pieces.drop_empty()
    assert list(pieces.by_cone) == [6]


def test_glaze_workers_share_the_jobs():
    jobs, results = queue.Queue(), queue.Queue()
    glaze_workers(jobs, results, count=2)
    for piece, coats in [("mug", 2), ("vase", 0), ("plate", 3)]:
        jobs.put({"piece": piece, "grams": 120, "coats": coats})
    done = dict(results.get(timeout=1) for _ in range(3))
    assert done["plate"] == 40


def test_background_glazing_finishes():
    kiln = Kiln(shelves=100)
    thread = threading.Thread(target=lambda: [kiln.load_locked(1) for _ in range(60)])
    thread.start()
    time.sleep(0.0005)
    assert kiln.loaded == 60
    thread.join()
