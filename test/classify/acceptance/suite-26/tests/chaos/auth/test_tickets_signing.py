import pytest

from starwick import tickets

pytestmark = pytest.mark.chaos


@pytest.fixture
def booking_key():
    return tickets.load_booking_key()


def test_booking_key_signs_code(booking_key):
    assert len(tickets.sign("SW-2026-0001", secret=booking_key)) == 16


def test_booking_key_codes_differ(booking_key):
    assert tickets.sign("SW-1", secret=booking_key) != tickets.sign("SW-2", secret=booking_key)


def test_ticket_code_signed_with_secret():
    assert len(tickets.sign("SW-2026-0042")) == 16


def test_ticket_signature_stable():
    assert tickets.sign("SW-7", secret="s3cret") == tickets.sign("SW-7", secret="s3cret")
