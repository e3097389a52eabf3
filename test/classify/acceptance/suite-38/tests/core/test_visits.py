import datetime
from unittest import mock

import pytest

from deskhive import visits

RECEPTION = {"guest": "Noor", "host_member": "m-1", "arrives": "2026-12-07T09:30:00+00:00", "badge_number": None, "floor": "mezzanine"}


def test_from_reception():
    assert visits.from_reception(RECEPTION).guest == "Noor"


def test_notify_host():
    visit = visits.Visit(guest="Noor", host_member="m-1", arrives=datetime.datetime(2026, 12, 7, 9, 30), badge_number=None, floor=1)
    sender = mock.Mock()
    visits.notify_host(visit, sender)
    sender.assert_called_once_with("m-1", "Noor has arrived")


@pytest.fixture
def upload_dir(tmp_path):
    folder = tmp_path / "uploads"
    folder.mkdir()
    yield folder
    folder.rmdir()


def test_photo_archived(upload_dir, tmp_path):
    (upload_dir / "noor.jpg").write_bytes(b"\xff\xd8")
    upload_dir.rename(tmp_path / "archived")
    assert (tmp_path / "archived" / "noor.jpg").exists()
