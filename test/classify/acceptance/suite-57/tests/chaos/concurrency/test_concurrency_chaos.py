import random
import threading
import time

import pytest

from combwright import alerts, apiaries


@pytest.mark.chaos
class TestConcurrencyChaos:
    def test_frame_counter_threads(self):
        counter = alerts.FrameCounter()
        threads = [threading.Thread(target=lambda: [counter.add(1) for _ in range(200)]) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert counter.total == 1200

    @pytest.mark.parametrize("run", range(9))
    def test_swarm_alert_latency(self, run):
        elapsed = alerts.dispatch_swarm_alert("H1", rng=random.Random(run * 7 + 2))
        assert elapsed < 0.05

    def test_register_moor_end(self):
        apiaries.register("moor-end", ["H1", "H2", "H3"])
        assert apiaries.hive_count() == 3

    def test_register_church_field(self):
        apiaries.register("church-field", ["C1", "C2"])
        assert apiaries.hive_count() == 2

    def test_alert_queue_drains(self):
        sent = []

        def worker():
            time.sleep(0.3)
            sent.extend(["H1", "H2"])

        threading.Thread(target=worker).start()
        time.sleep(0.1)
        assert sent == ["H1", "H2"]
