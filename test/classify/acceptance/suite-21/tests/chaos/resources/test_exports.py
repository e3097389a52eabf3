import pytest

from moorline import channels, exports, gps, settings, tides

pytestmark = pytest.mark.chaos


def test_ledger_to_full_disk():
    rows = [("A12", "Kittiwake", "35.84")] * 2000
    exports.write_ledger("/dev/full", rows)


def test_berth_log(tmp_path):
    lines = [f"2026-12-03T{h:02d}:00 A12 occupied Kittiwake {'.' * 200}\n" for h in range(24)] * 2000
    exports.write_log(tmp_path / "berth.log", lines)


def test_manifest_headers(tmp_path):
    paths = []
    for i in range(1100):
        path = tmp_path / f"manifest-{i:04d}.csv"
        path.write_text("mmsi,name,eta\n")
        paths.append(path)
    assert set(exports.open_manifests(paths)) == {"mmsi,name,eta\n"}


def test_harmonic_grid():
    grid = tides.harmonic_grid(["M2", "S2", "N2", "K1", "O1", "P1", "K2", "Q1"] * 4, years=19)
    assert grid.shape[0] == 32


def test_passage_plan_for_plotter(tmp_path):
    gpx = tmp_path / "passage.gpx"
    gpx.write_text('<gpx version="1.1"><rte><rtept lat="50.1" lon="-1.3"/></rte></gpx>')
    gps.to_plotter(gpx, tmp_path / "passage.nmea")


def test_reachable_berths():
    assert "A12" in channels.reachable("entrance")
