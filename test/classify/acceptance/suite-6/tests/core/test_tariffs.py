import pytest
from marshmallow import ValidationError

from meterwell import schemas, tariffs


def test_rates_file_loads():
    config = tariffs.load_tariff_file()
    assert config["night"]["rate"] == 0.21


def test_ev_night_rate():
    assert tariffs.rate_for("EV-NIGHT") < tariffs.rate_for("EV")


def test_average_power_in_window():
    readings = [{"minute": 20, "w": 400}, {"minute": 40, "w": 380}]
    assert tariffs.average_power(readings, 15) == 0


def test_price_in_pounds_for_uk_meters():
    tariffs.DEFAULT_CURRENCY = "GBP"
    assert tariffs.price_label(10).startswith("£")


def test_price_label():
    assert tariffs.price_label(10) == "€3.20"


def test_firmware_v4_payload():
    payload = {"meterId": "M-7731", "ts": 1764547200, "wh": 1250}
    reading = schemas.ReadingSchema().load(payload)
    assert reading["wh"] == 1250


def test_reading_schema_v3():
    assert schemas.ReadingSchema().load({"meter_id": "M-1", "ts": 1, "wh": 2})["wh"] == 2
