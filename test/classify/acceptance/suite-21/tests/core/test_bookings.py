import datetime
import shutil

import pytest

from moorline import berths

BOOKINGS = {}
SEASON_END = datetime.date(2026, 10, 31)


def test_cancel_booking():
    booking = BOOKINGS.pop("K-0042")
    assert booking["berth"] == "A12"


def test_book():
    BOOKINGS["K-0042"] = {"berth": "A12", "boat": "Kittiwake"}
    assert "K-0042" in BOOKINGS


def test_visitor_season_open():
    assert datetime.date.today() <= SEASON_END


def test_booking_confirmation(tmp_pth):
    (tmp_pth / "confirmation.txt").write_text("A12")


@pytest.fixture
def manifest(tmp_path):
    path = tmp_path / "manifest.csv"
    path.write_text("mmsi,name\n235012345,Kittiwake\n")
    yield path
    path.unlink()


def test_manifest_archived(manifest, tmp_path):
    (tmp_path / "archive").mkdir()
    shutil.move(manifest, tmp_path / "archive" / manifest.name)
    assert (tmp_path / "archive" / "manifest.csv").exists()


@pytest.mark.xfail(reason="fits() cannot place a boat in a berth of its own length yet", strict=True)
def test_fits_own_length_with_no_margin():
    assert berths.fits(12.0, 11.9, margin_m=0)
