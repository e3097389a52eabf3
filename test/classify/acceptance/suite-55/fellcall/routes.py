"""Routes walked on a callout: written to disk and converted with the route tool."""
import subprocess

from fellcall import settings


def write_track(path, points):
    with open(path, "w", encoding="utf-8") as handle:
        for lat, lon in points:
            handle.write(f"{lat:.6f},{lon:.6f}\n")
    return path


def to_gpx(track_path, out_path):
    subprocess.run([settings.ROUTE_TOOL, "-i", "csv", "-f", track_path, "-o", "gpx", "-F", out_path], check=True)
    return out_path
