import time

import pytest

from roomwise import auth

pytestmark = pytest.mark.chaos

SECRET = "room-key-test-secret"


@pytest.fixture(scope="module")
def guest_key():
    return auth.room_key("guest-7", "305", seconds=1, secret=SECRET)


def test_key_opens_room(guest_key):
    assert auth.open_door(guest_key, "305", SECRET)


def test_key_opens_room_after_breakfast(guest_key):
    time.sleep(1.5)
    assert auth.open_door(guest_key, "305", SECRET)


def test_key_issued_at_desk():
    key = auth.room_key("guest-8", "306")
    assert auth.open_door(key, "306")


def test_door_claims_cached():
    key = auth.room_key("guest-9", "307", secret=SECRET)
    assert auth.door_claims(key, SECRET)["room"] == "307"
