"""Passage plans: GPX routes converted for the chart plotters with gpsbabel."""
import subprocess


def to_plotter(gpx_path, out_path):
    subprocess.run(["gpsbabel", "-i", "gpx", "-f", str(gpx_path), "-o", "nmea", "-F", str(out_path)],
                   check=True, capture_output=True)
