import pytest

from coldtrail import flags, store

pytestmark = pytest.mark.chaos


@pytest.mark.parametrize("flag", ["excursion-paging", "predictive-eta", "battery-saver"])
def test_feature_flag_readable(flag):
    assert flags.is_enabled(flag) in (True, False)


def test_latest_temperature_cached(http_stub):
    url = http_stub(status=401, body={"error": "authorization failed"})
    port = int(url.rsplit(":", 1)[1])
    assert store.latest_temperature("reefer-0042", influx=store.client(port=port)) is not None


def test_latest_temperature_for_new_depot(http_stub):
    url = http_stub(status=404, body={"error": "database not found: telemetry"}, headers={"X-Influxdb-Version": "1.8.10"})
    port = int(url.rsplit(":", 1)[1])
    assert store.latest_temperature("reefer-0107", influx=store.client(port=port)) is None
