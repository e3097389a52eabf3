import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from spoilheap import register, scans


@pytest.mark.chaos
class TestConcurrency:
    @pytest.mark.parametrize("run", range(1, 10), ids=lambda run: f"run-{run}")
    def test_finds_counter(self, run):
        counter = register.FindCounter()
        # Every third run the trench teams bag at the same moment, as on a busy day.
        pause = 0.02 if run % 3 == 0 else 0.0
        teams = [threading.Thread(target=counter.bag, args=(pause,)) for _ in range(4)]
        for team in teams:
            team.start()
        for team in teams:
            team.join()
        assert counter.count == 4

    def test_transfer_both_ways(self):
        north = register.Trench("T1")
        south = register.Trench("T2")
        north.finds.append("SPH24-0101")
        south.finds.append("SPH24-0202")
        there = threading.Thread(target=register.transfer_find, args=("SPH24-0101", north, south), daemon=True)
        back = threading.Thread(target=register.transfer_find, args=("SPH24-0202", south, north), daemon=True)
        there.start()
        back.start()
        there.join(timeout=2)
        back.join(timeout=2)
        assert not there.is_alive() and not back.is_alive(), "transfers still running after 2 s"
        assert north.finds == ["SPH24-0202"]

    def test_transfer_one_way(self):
        north = register.Trench("T1")
        south = register.Trench("T2")
        north.finds.append("SPH24-0101")
        register.transfer_find("SPH24-0101", north, south)
        assert south.finds == ["SPH24-0101"]

    @pytest.mark.parametrize("finds", [8, 32, 128], ids=lambda finds: f"finds-{finds}")
    def test_dig_day_scans(self, finds):
        assert scans.queue_dig_day([f"SPH24-{n:04d}" for n in range(finds)]) == finds

    @pytest.mark.parametrize("trenches", [12, 400], ids=lambda trenches: f"trenches-{trenches}")
    def test_trench_photo_threads(self, trenches):
        stop = threading.Event()
        threads = [threading.Thread(target=stop.wait, daemon=True) for _ in range(trenches)]
        try:
            for thread in threads:
                thread.start()
        finally:
            stop.set()
        time.sleep(0.05)

    def test_day_book_export_while_recording(self):
        book = register.DayBook()
        for n in range(20):
            book.record(f"SPH24-{n:04d}", "ceramic")
        with ThreadPoolExecutor(max_workers=2) as pool:
            exporting = pool.submit(book.export, 0.005)
            recording = pool.submit(lambda: [book.record(f"SPH24-{n:04d}", "bone") for n in range(20, 30)])
            recording.result()
            assert len(exporting.result()) == 30

    def test_scans_finished(self):
        done = []

        def scan(find):
            time.sleep(0.2)
            done.append(find)

        threads = [threading.Thread(target=scan, args=(f"SPH24-{n:04d}",)) for n in range(3)]
        for thread in threads:
            thread.start()
        scans.wait_for_scans(threads, 0.1)
        assert len(done) == 3
