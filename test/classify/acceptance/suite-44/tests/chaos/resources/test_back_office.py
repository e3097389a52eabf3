import pytest

from baywarden import reports

pytestmark = pytest.mark.chaos


def test_all_camera_frames(tmp_path):
    handles = reports.open_frames(tmp_path, 1100)
    try:
        assert len(handles) == 1100
    finally:
        for handle in handles:
            handle.close()


def test_lanes_for_every_garage():
    assert reports.start_lanes(200) == 200


def test_year_of_tickets(tmp_path):
    reports.export_tickets(tmp_path / "tickets.csv", 10)


def test_plate_crops():
    assert reports.crop_plates(["frame-1.jpg"]).returncode == 0


def test_audit_trail_on_full_disk():
    reports.flush_audit_trail("/dev/full", "barrier NORTH-1 raised\n" * 1000)
