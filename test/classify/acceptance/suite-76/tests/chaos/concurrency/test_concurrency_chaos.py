import asyncio
import threading
import time

import pytest

from hivecote import conc

pytestmark = pytest.mark.chaos

FEED_LOOP = asyncio.new_event_loop()


class TestConcurrencyChaos:
    @pytest.mark.parametrize("workers", [1, 2, 4, 8])
    def test_tally_single_worker_batches(self, workers):
        tally = conc.Tally()
        for _ in range(workers):
            tally.add(12)
        assert tally.jars == 12 * workers

    @pytest.mark.parametrize("users", [10, 100, 1000])
    def test_feed_survives_load(self, users):
        feed = conc.ScaleFeed()

        async def run():
            for n in range(users):
                await feed.record(f"h{n}", 100)

        asyncio.run(run())
        assert len(feed.readings) == users

    def test_tally_under_parallel_extractors(self):
        tally = conc.Tally()

        def fill():
            for _ in range(500):
                tally.add(1)

        threads = [threading.Thread(target=fill) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert tally.jars == 4000

    def test_frames_moved_both_ways(self):
        brood, honey = conc.Super("brood", 10), conc.Super("honey", 10)
        with conc.ThreadPoolExecutor(1) as pool:
            other = pool.submit(conc.move_frames, brood, honey, 2)
            conc.move_frames(honey, brood, 3)
            other.result()
        assert brood.frames + honey.frames == 20

    def test_extractor_fills_jars(self):
        extractor = conc.Extractor()
        assert extractor.spin({"weight_g": 4540, "jar_g": 454}) == 10

    def test_extractor_after_an_empty_frame(self):
        extractor = conc.Extractor()
        with pytest.raises(ZeroDivisionError):
            extractor.spin({"weight_g": 0, "jar_g": 0})
        assert extractor.spin({"weight_g": 908, "jar_g": 454}) == 2

    def test_negative_reading_then_next(self):
        feed = conc.ScaleFeed()

        async def run():
            await feed.record("h1", -5)
            return await asyncio.wait_for(feed.record("h1", 300), timeout=1)

        assert asyncio.run(run()) == 300

    def test_closing_hive_notifies(self):
        feed = conc.ScaleFeed()
        asyncio.run(feed.close_hive("h7"))
        assert feed.notified == ["h7"]

    def test_flush_all_hives(self):
        feed = conc.ScaleFeed()
        assert asyncio.run(feed.flush_all(["h1", "h2", "h3"])) == ["h1", "h2", "h3"]

    def test_reading_from_scale_thread(self):
        feed = conc.ScaleFeed()
        with conc.ThreadPoolExecutor(1) as pool:
            assert pool.submit(conc.reading_from_thread, feed, "h2", 250).result() == 250

    def test_grade_batches(self):
        assert conc.grade_batches([[1, 2], [3, 4], [5, 6]]) == [3, 7, 11]

    def test_comb_depths_in_processes(self):
        assert conc.comb_depths([10, 2_000_000]) == [10, 2_000_000]

    def test_extract_together(self):
        assert conc.extract_together([1, 2, 3, 4]) == [2, 4, 6, 8]

    def test_feed_loop_closed_after_drain(self):
        feed = conc.ScaleFeed()
        FEED_LOOP.run_until_complete(feed.record("h1", 100))
        FEED_LOOP.close()
        assert feed.readings == [("h1", 100)]

    def test_feed_loop_takes_readings(self):
        feed = conc.ScaleFeed()
        FEED_LOOP.run_until_complete(feed.record("h3", 120))
        assert feed.readings == [("h3", 120)]

    def test_background_tally_finishes(self):
        tally = conc.Tally()

        def fill():
            for _ in range(50):
                tally.add(1)
                time.sleep(0.002)

        threading.Thread(target=fill).start()
        time.sleep(0.05)
        assert tally.jars == 50

    def test_lucky_race(self):
        tally = conc.Tally()

        def fill():
            for _ in range(40):
                tally.add(1)

        threads = [threading.Thread(target=fill) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert tally.jars == 80
