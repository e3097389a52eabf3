import pytest

from rillmark import accuracy, firmware, telegrams


def test_decode_telegram():
    raw = telegrams.encode(100234, 5120, 1, 3600, crc=0xBEEF)
    assert telegrams.decode(raw)["status"] == "leak"


def test_status_of_telegram():
    raw = telegrams.encode(100234, 5120, 2, 3600)
    assert telegrams.status_of(raw) == "backflow"


def test_unknown_status_nibble():
    raw = telegrams.encode(100234, 5120, 9, 3600)
    with pytest.raises(ValueError):
        telegrams.status_of(raw)


def test_firmware_needs_update():
    assert firmware.needs_update("fw-3.1.4-eu") is True


def test_newest_firmware():
    assert str(firmware.newest(["3.1.4", "3.10.0", "3.2.1"])) == "3.10.0"


def test_zone_balance_uncertainty():
    inflow = accuracy.reading(10_000, "R160")
    outflows = [accuracy.reading(2_000, "B") for _ in range(4)]
    balance = accuracy.zone_balance(inflow, outflows)
    assert balance.nominal_value == 2_000
    assert balance.std_dev == pytest.approx(94.3, abs=0.1)


def test_loss_percent():
    inflow = accuracy.reading(10_000, "R160")
    outflows = [accuracy.reading(2_000, "B") for _ in range(4)]
    assert accuracy.loss_percent(inflow, outflows).nominal_value == 20.0
