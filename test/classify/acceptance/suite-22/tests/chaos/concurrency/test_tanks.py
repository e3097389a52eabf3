import threading
import time

import pytest

from mashtun import tanks

pytestmark = pytest.mark.chaos


def test_parallel_top_up():
    cellar = tanks.Cellar([tanks.Tank("BT1")])
    threads = [threading.Thread(target=lambda: [cellar.top_up("BT1", 1) for _ in range(2000)]) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert cellar.tanks["BT1"].litres == 8000


def test_crossed_transfers():
    cellar = tanks.Cellar([tanks.Tank("FV1", 1000), tanks.Tank("FV2", 1000)])
    first = threading.Thread(target=cellar.transfer, args=("FV1", "FV2", 100))
    second = threading.Thread(target=cellar.transfer, args=("FV2", "FV1", 50))
    first.start()
    second.start()
    first.join()
    second.join()
    assert cellar.tanks["FV1"].litres == 950


def test_priming_pump():
    cellar = tanks.Cellar([])

    def prime():
        pass

    prime.priming = True
    cellar.run_pump(prime)


def test_mean_while_recording():
    cellar = tanks.Cellar([])
    for index in range(20):
        cellar.record(f"FV{index}", 10.0)
    writer = threading.Thread(target=lambda: [cellar.record(f"BT{i}", 4.0) or time.sleep(0.001) for i in range(200)])
    writer.start()
    try:
        assert cellar.mean_reading() > 0
    finally:
        writer.join()


def test_overfilled_tank_audit():
    cellar = tanks.Cellar([tanks.Tank("FV1", 1800), tanks.Tank("FV2", 2100, capacity=3000), tanks.Tank("BT1", 900)])
    assert tanks.audit(cellar) == [1800, 2100, 900]


def test_chiller_ready():
    chiller = tanks.Chiller()
    chiller.cool(18.0)
    chiller.wait_ready(0.5)


def test_brewlog_written(tmp_path):
    path = tmp_path / "brewlog.txt"
    tanks.write_log_async(path, ["mash in 08:00", "sparge 09:10"])
    time.sleep(0.1)
    assert path.read_text().startswith("mash in")
