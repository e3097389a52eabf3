import pytest

from snowgate import exports

pytestmark = pytest.mark.chaos


def test_daily_export_folder():
    path = exports.export_path("rides-2026-12-19.csv")
    assert path.endswith(".csv")


def test_dump_scans_to_full_disk():
    scans = (("gate-3", "SG-2026-%05d" % n, "IN") for n in range(50000))
    assert exports.dump_scans("/dev/full", scans) == 50000


def test_dump_season_of_scans(tmp_path):
    scans = (("gate-%d" % (n % 24), "SG-2026-%05d" % n, "IN", "2026-12-19T08:%02d:00" % (n % 60)) for n in range(400000))
    assert exports.dump_scans(tmp_path / "season.csv", scans) == 400000


def test_print_patrol_manifest(tmp_path):
    manifest = tmp_path / "manifest.txt"
    manifest.write_text("Patrol 1: Adventdalen\n")
    exports.print_manifest(str(manifest))


def test_open_every_receipt(tmp_path):
    for n in range(1100):
        (tmp_path / f"receipt-{n:04d}.txt").write_text("paid\n")
    receipts = exports.open_all_receipts(str(tmp_path))
    assert len(receipts) == 1100


def test_rides_workbook(tmp_path):
    exports.rides_workbook(str(tmp_path / "rides.xlsx"), "Saturday 20 December", [("gondola", 4120), ("summit-chair", 2210)])
    assert (tmp_path / "rides.xlsx").stat().st_size > 0


def test_receipts_written_for_day(receipts_dir):
    (receipts_dir / "receipt-0001.txt").write_text("paid\n")
    assert len(list(receipts_dir.iterdir())) == 1
