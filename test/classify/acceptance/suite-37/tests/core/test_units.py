import shutil
from unittest import mock

import pytest

from stowfold import partners, units


@pytest.mark.parametrize("unit_type", ["locker", "small", "medium", "large"])
def test_size_known(unit_type):
    assert units.size_of(unit_type) > 0


@pytest.mark.parametrize("unit, customer, code", [("A101", 1234, "A11234"), ("b204", 98765, "B28765")])
def test_access_code(unit, customer, code):
    assert units.access_code(unit, customer) == code


def test_first_move_in_numbered():
    assert units.register_move_in("A101") == 1


def test_second_move_in_numbered():
    assert units.register_move_in("A102") == 1


def test_move_in_sends_sms(monkeypatch):
    monkeypatch.setattr(partners, "SMS_API_KEY", "k", raising=False)
    with mock.patch("requests.post") as post:
        partners.send_sms("+447700900123", "Welcome", "http://sms.local")
    post.assert_called_once()


def test_gate_codes_printed(gate_code_sheet):
    assert gate_code_sheet


@pytest.fixture
def scratch(tmp_path):
    folder = tmp_path / "scratch"
    folder.mkdir()
    yield folder
    shutil.rmtree(folder)


def test_scratch_moved(scratch, tmp_path):
    scratch.rename(tmp_path / "moved")
    assert (tmp_path / "moved").exists()


def test_reminder_posts_to_gateway():
    from stowfold import settings
    settings.SMS_API_KEY = "test-key"
    try:
        partners.send_sms("+447700900123", "Rent due", "http://127.0.0.1:19705")
    finally:
        settings.SMS_API_KEY = None
