import threading
import time

import pytest

from combwright import extraction

pytestmark = pytest.mark.chaos


@pytest.mark.flaky(reruns=2)
def test_frames_counted_by_four_extractors():
    count = extraction.FrameCount()
    threads = [threading.Thread(target=lambda: [count.add(1) for _ in range(200)]) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert count.frames == 800


def test_decant_both_ways():
    drums = extraction.Drums()
    # Daemon threads and a bounded join: a hang fails this test instead of taking the xdist worker down.
    a = threading.Thread(target=drums.decant, args=("D-1", "D-2"), daemon=True)
    b = threading.Thread(target=drums.decant, args=("D-2", "D-1"), daemon=True)
    a.start()
    b.start()
    a.join(1)
    b.join(1)
    assert not a.is_alive() and not b.is_alive()


def test_spin_times():
    assert extraction.spin_times(["heather", "Clover", "Borage"]) == [240, 120, 90]


def test_drums_settled():
    settler = extraction.Settler()
    settler.start(["D-1", "D-2", "D-3"])
    time.sleep(0.05)
    assert settler.settled == ["D-1", "D-2", "D-3"]


def test_spin_times_known():
    assert extraction.spin_times(["lime"]) == [150]
