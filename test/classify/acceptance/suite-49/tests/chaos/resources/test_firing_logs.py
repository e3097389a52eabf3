import pytest

from kilnrow import firing_log, loading

pytestmark = pytest.mark.chaos


def test_long_firing_log(tmp_path):
    readings = [(minute, 20 + minute * 0.9) for minute in range(900_000)]
    path = firing_log.write_log(str(tmp_path), 7, readings)
    assert path.endswith("firing-7.csv")


def test_peaks_of_a_season(tmp_path):
    for firing in range(1100):
        firing_log.write_log(str(tmp_path), firing, [(0, 20.0), (60, 1000.0 + firing % 200)])
    peaks = firing_log.peak_temperatures(str(tmp_path))
    assert len(peaks) == 1100


def test_glazing_pool_of_20():
    threads = loading.start_pool(20)
    assert len(threads) == 20
