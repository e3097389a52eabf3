import pytest

from roomwise import reports

pytestmark = pytest.mark.chaos


def test_all_room_photos(tmp_path):
    handles = reports.open_room_photos(tmp_path, 1100)
    try:
        assert len(handles) == 1100
    finally:
        for handle in handles:
            handle.close()


def test_attendants_for_every_floor():
    assert reports.start_attendants(200) == 200


def test_year_of_stays(tmp_path):
    reports.export_stays(tmp_path / "stays.csv", 10)


def test_key_cards():
    assert reports.encode_key_cards(["305", "306"]).returncode == 0


def test_night_audit_written():
    reports.write_night_audit("2026-12-05.txt", "occupancy: 87%\n")


def test_audit_trail_on_full_disk():
    reports.flush_audit_trail("/dev/full", "room 305 checked out\n" * 1000)
