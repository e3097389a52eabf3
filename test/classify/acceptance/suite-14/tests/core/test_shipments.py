from datetime import datetime, timezone
from decimal import Decimal
from pathlib import Path
from unittest import mock

import pytest

from coldtrail import shipments, store

_seen_lanes = []


@pytest.fixture
def vaccine_run():
    s = shipments.Shipment("SHP-9", 2.0, 8.0)
    s.readings = [{"temp_c": t} for t in (4.0, 8.6, 9.1, 9.4, 5.0, 1.2)]
    return s


@pytest.fixture
def manifest(tmp_path):
    path = tmp_path / "manifest.csv"
    path.write_text("shipment,lane\nSHP-9,RTM-ANR\n")
    yield path
    path.unlink()
    (tmp_path / "manifest.csv.bak").unlink()


def test_excursions_found(vaccine_run):
    assert len(vaccine_run.excursions()) == 4


def test_minutes_out_of_range(vaccine_run):
    assert vaccine_run.time_out_of_range_minutes() == 20


def test_fahrenheit_conversion():
    assert shipments.fahrenheit_to_celsius(46.4) == 8.0


def test_fahrenheit_round_trip():
    assert shipments.celsius_to_fahrenheit(5.0) == 41.0


def test_spoilage_charge():
    assert shipments.spoilage_charge(Decimal("18250.00"), 2.5) == Decimal("684.38")


def test_eta_delay_from_carrier_timestamps():
    assert shipments.eta_delay_hours("2026-12-01T08:00:00", "2026-12-01T11:30:00+00:00") == 3.5


def test_label_of_partner_shipment():
    assert shipments.label({"id": "SHP-9", "route": {"code": "RTM-ANR"}}) == "SHP-9/RTM-ANR"


def test_vaccine_lane_certificate_valid():
    certificate_expires = datetime(2026, 11, 30, tzinfo=timezone.utc)
    assert shipments.now_utc() < certificate_expires


def test_lane_registered_first():
    _seen_lanes.append("RTM-ANR")
    assert _seen_lanes == ["RTM-ANR"]


def test_lane_registered_again():
    _seen_lanes.append("ANR-HAM")
    assert _seen_lanes == ["ANR-HAM"]


@pytest.mark.xfail(strict=True, reason="rounding of half cents not implemented yet")
def test_spoilage_half_cent():
    assert shipments.spoilage_charge(Decimal("100.00"), Decimal("1")) == Decimal("1.50")


def test_manifest_read(manifest):
    assert manifest.read_text().startswith("shipment,lane")


def test_readings_written_through_client():
    with mock.patch("influxdb.InfluxDBClient") as fake:
        assert store.write_readings([{"device": "reefer-0042", "at": 1764748800, "temp_c": 4.5}]) == 1
    fake.return_value.write_points.assert_called_once()


def test_manifest_has_lane(manifst):
    assert "RTM-ANR" in Path(manifst).read_text()
