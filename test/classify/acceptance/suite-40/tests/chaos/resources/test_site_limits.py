import pytest

from pawstay import reports

pytestmark = pytest.mark.chaos


def test_all_pen_snapshots(tmp_path):
    handles = reports.open_snapshots(tmp_path, 1100)
    try:
        assert len(handles) == 1100
    finally:
        for handle in handles:
            handle.close()


def test_walkers_for_every_dog():
    assert reports.start_walkers(200) == 200


def test_year_of_stays(tmp_path):
    reports.export_stays(tmp_path / "stays.csv", 12)


def test_kennel_labels():
    assert reports.print_labels(["rex", "ada"]).returncode == 0


def test_monthly_report():
    reports.write_report("2026-11.txt", "stays: 412\n")


def test_report_on_full_disk():
    reports.flush_report("/dev/full", "stays: 412\n" * 1000)
