import os
import threading

import pytest

from rillmark import exports

pytestmark = pytest.mark.chaos


def test_export_to_full_disk():
    exports.export_readings("/dev/full", [("M-1", 120.5)] * 100)


def test_large_export(tmp_path):
    readings = [(f"M-{n:07d}", 1234.5) for n in range(700_000)]
    path = exports.export_readings(str(tmp_path / "all.csv"), readings)
    assert os.path.getsize(path) > 0


def test_zone_map_to_shapefile(tmp_path):
    source = tmp_path / "zones.geojson"
    source.write_text('{"type": "FeatureCollection", "features": []}')
    assert exports.zone_map_to_shapefile(str(source), str(tmp_path / "zones.shp"))


def test_daily_export_lands_in_export_dir():
    path = exports.daily_export([("M-1", 12.0)])
    assert path.endswith("readings.csv")


def test_parallel_meter_ingest():
    done = threading.Event()
    workers = [threading.Thread(target=done.wait) for _ in range(200)]
    try:
        for worker in workers:
            worker.start()
    finally:
        done.set()


def test_meter_logs_for_every_meter(tmp_path):
    meters = [f"M-{n:05d}" for n in range(1100)]
    handles = exports.open_meter_logs(str(tmp_path), meters)
    assert len(handles) == 1100


def test_archive_verified(tmp_path):
    archive = tmp_path / "2026-03-01" / "readings.csv.gz"
    archive.parent.mkdir()
    import gzip
    with gzip.open(archive, "wt") as handle:
        handle.write("M-1,12.0\n")
    assert exports.verify_archive(str(archive))
