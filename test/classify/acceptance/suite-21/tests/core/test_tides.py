import numpy as np

from moorline import tides


def test_height_between_readings():
    # The provider sends the latest reading first.
    times = [1800, 1200, 600, 0]
    heights = [3.1, 2.5, 1.9, 1.3]
    assert abs(tides.height_at(times, heights, 900) - 2.2) < 0.01


def test_mean_level():
    assert tides.mean_level([1.1, 2.2]) == 1.65


def test_fit_semidiurnal():
    hours = np.arange(0, 48, 0.5)
    heights = 1.4 * np.sin(2 * np.pi * hours / 12.42 + 2.1) + 2.9 + 0.6 * np.sin(2 * np.pi * hours / 12.0)
    amplitude, period, phase, mean = tides.fit_semidiurnal(hours, heights)
    assert abs(period - 12.42) < 0.2
