import os
import time

import numpy as np
import pytest

from coldtrail import analytics, clock, gateway, spool

pytestmark = pytest.mark.chaos

READINGS = [{"device": "reefer-0042", "at": 1764748800 + 300 * i, "temp_c": 4.5} for i in range(12)]


def test_spool_survives_full_disk():
    assert spool.dump_readings("/dev/full", READINGS * 2000)


def test_month_export_fits(tmp_path):
    month = [{"device": f"reefer-{n:04d}", "at": 1764748800 + 300 * i, "temp_c": 4.5} for n in range(40) for i in range(8640)]
    assert os.path.getsize(spool.dump_readings(str(tmp_path / "month.jsonl"), month)) > 0


def test_shadow_per_device(tmp_path):
    dbs = [spool.shadows(str(tmp_path / f"shadow-{n}.json")) for n in range(1100)]
    assert len(dbs) == 1100


def test_fleet_grid_in_memory():
    grid = analytics.dense_grid(2_000_000, 600_000)
    assert grid.shape == (2_000_000, 600_000)


def test_default_spool_folder():
    assert spool.spool(READINGS).endswith("pending.jsonl")


def test_resample_on_gpu():
    assert analytics.resample_on_accelerator(np.full(1000, 4.5)) == pytest.approx(4.5)


def test_service_clock_in_sync():
    assert abs(clock.clock_offset()) < clock.MAX_OFFSET_S


def test_uploads_share_the_pool(http_stub):
    url = http_stub(status=202, body={"queued": True})
    host, port = url[len("http://"):].split(":")
    pool = gateway.ingest_pool(host, int(port))
    responses = [gateway.upload(pool, b'{"readings": []}') for _ in range(3)]
    assert all(r.status == 202 for r in responses)


def test_breaker_half_opens():
    breaker = gateway.Breaker(threshold=2)

    def failing():
        raise ConnectionResetError(104, "Connection reset by peer")

    for _ in range(2):
        with pytest.raises(ConnectionResetError):
            breaker.call(failing)
    time.sleep(0.1)
    assert breaker.call(lambda: "ok") == "ok"
