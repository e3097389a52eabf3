import math

import pytest

from meterwell import cache, frames, tariffs


@pytest.fixture
def shared_cache(tmp_path):
    path = tmp_path / "tariffs.json"
    warm = open(path, "a+")
    import fcntl

    fcntl.flock(warm, fcntl.LOCK_SH)
    yield cache.FileCache(path)
    warm.close()


def test_tariff_change_is_seen():
    assert tariffs.tariff_for("M-1") == "STANDARD"
    tariffs.assign("M-1", "EV")
    assert tariffs.tariff_for("M-1") == "EV"


def test_cache_refresh(shared_cache):
    shared_cache.write({"STANDARD": 0.33})
    assert shared_cache.read() == {"STANDARD": 0.33}


def test_cache_read_empty(tmp_path):
    assert cache.FileCache(tmp_path / "none.json").read() == {}


def test_reading_with_gap_serialises():
    reading = {"meter": "M-4", "ts": 1764547200, "wh": math.nan}
    assert '"wh": null' in frames.to_json(reading)


def test_reading_serialises():
    assert frames.to_json({"meter": "M-4", "wh": 1}) == '{"meter": "M-4", "wh": 1}'
