import numpy as np
import pytest

from coldtrail import analytics, netcfg


def test_hourly_means():
    assert list(analytics.hourly_means([4.0] * 24 + [6.0] * 24, 2)) == [4.0, 6.0]


def test_deviation_from_setpoint():
    temps = [4.5, 5.0, 5.5]
    assert list(analytics.deviation_from_setpoint(temps, [5.0, 5.0, 5.0])) == [-0.5, 0.0, 0.5]


def test_mean_kinetic_temperature_constant():
    assert analytics.mean_kinetic_temperature([5.0] * 10) == pytest.approx(5.0)


def test_calibration_of_idle_probe():
    # An idle probe in the calibration bath reads the same raw value every time.
    raw = np.full(10, 512.0)
    slope, offset = analytics.calibrate(raw, np.full(10, 4.0))
    assert slope * 512 + offset == pytest.approx(4.0)


def test_calibration_network():
    assert netcfg.calibration_network().size == 256


def test_gateway_allowed():
    assert netcfg.gateway_allowed("10.40.0.17", ["10.40.0.0/24"])


def test_depot_local_time():
    assert netcfg.depot_local_time(1764748800).hour == 5
