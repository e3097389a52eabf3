"""Survey rasters and exports: elevation grids (numpy), point clouds on disk, tiles, GDAL, tide fits (scipy)."""

import subprocess
from pathlib import Path

import numpy as np
from scipy import optimize


def survey_grid(settings, width_m: float, height_m: float) -> np.ndarray:
    cells_x = int(round(width_m / settings.grid_resolution_m))
    cells_y = int(round(height_m / settings.grid_resolution_m))
    return np.full((cells_y, cells_x), np.nan)


def grid_at(resolution_m: float, width_m: float, height_m: float) -> np.ndarray:
    return np.full((int(round(height_m / resolution_m)), int(round(width_m / resolution_m))), np.nan)


def export_points(path: Path, points: np.ndarray) -> int:
    data = points.astype("<f8").tobytes()
    with open(path, "wb") as out:
        out.write(data)
    return len(data)


def export_csv(path: Path, points: np.ndarray) -> None:
    np.savetxt(path, points, delimiter=",", fmt="%.3f")


def open_tiles(folder: Path) -> list:
    handles = []
    for path in sorted(folder.glob("*.tile")):
        handles.append(open(path, "rb"))
    return [handle.read(4) for handle in handles]


def raster_info(path: Path) -> str:
    return subprocess.run(["gdalinfo", "-json", str(path)], capture_output=True, text=True, check=True).stdout


def gzip_size(path: Path) -> int:
    result = subprocess.run(["gzip", "-c", str(path)], capture_output=True, check=True)
    return len(result.stdout)


def tide_height(hours: float) -> float:
    """Semi-diurnal tide at Spurn: 3.1 m amplitude about 0.2 m above datum, high water at 0 h."""
    return 0.2 + 3.1 * np.cos(2 * np.pi * hours / 12.42)


def next_high_water_crossing(level: float) -> float:
    """The first hour after low water at which the tide rises through level."""
    return optimize.brentq(lambda h: tide_height(h) - level, 0.0, 12.42)


def alerts(heights: np.ndarray, threshold: float) -> list[str]:
    if heights > threshold:
        return ["surge"]
    return []


def fit_plane(points: np.ndarray) -> np.ndarray:
    """z = a*x + b*y + c through exactly three surveyed points."""
    design = np.column_stack([points[:, 0], points[:, 1], np.ones(len(points))])
    return np.linalg.solve(design, points[:, 2])
