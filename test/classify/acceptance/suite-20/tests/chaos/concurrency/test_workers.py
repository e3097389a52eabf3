import asyncio
import threading

import pytest

from cuewright import workers

pytestmark = pytest.mark.chaos


def test_progress_counts_every_segment():
    progress = workers.Progress()
    threads = [threading.Thread(target=progress.add, args=(1,)) for _ in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert progress.done == 20


def test_segment_copies_both_ways():
    segments = workers.Segments()
    first = threading.Thread(target=segments.copy_source_to_target)
    second = threading.Thread(target=segments.copy_target_to_source)
    first.start()
    second.start()
    first.join()
    second.join()


def test_summary_while_marking():
    progress = workers.Progress()
    stop = threading.Event()

    def mark():
        number = 0
        while not stop.is_set():
            number += 1
            progress.mark(f"lang-{number}")

    marker = threading.Thread(target=mark)
    marker.start()
    try:
        for _ in range(2000):
            progress.summary()
    finally:
        stop.set()
        marker.join()


def test_batches_in_pool():
    batches = [list(range(10)), list(range(3)), list(range(12))]
    assert len(workers.run_batches(batches, 5)) == 3


async def _two_renders(first, second):
    return await asyncio.gather(workers.render_exclusive(first), workers.render_exclusive(second))


def test_render_exclusive_in_two_runs():
    assert asyncio.run(_two_renders("j-1", "j-2")) == ["j-1", "j-2"]
    assert asyncio.run(_two_renders("j-3", "j-4")) == ["j-3", "j-4"]


@pytest.mark.flaky(reruns=1)
def test_progress_reported_after_add():
    progress = workers.Progress()
    worker = threading.Thread(target=progress.add, args=(5,))
    worker.start()
    threading.Event().wait(0 if not hasattr(test_progress_reported_after_add, "ran") else 0.05)
    test_progress_reported_after_add.ran = True
    assert progress.done == 5


def test_progress_visible_after_sleep():
    progress = workers.Progress()
    threading.Thread(target=lambda: [progress.add(1) for _ in range(300)], daemon=True).start()
    threading.Event().wait(0.1)
    assert progress.done == 300
