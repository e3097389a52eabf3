"""Cross-section areas of surveyed profiles (scipy's Simpson rule)."""

import numpy as np
from scipy.integrate import simps


def profile_area(distances_m: list[float], heights_m: list[float]) -> float:
    return float(simps(np.asarray(heights_m), x=np.asarray(distances_m)))
