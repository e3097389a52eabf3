import pytest

from combwright import auth

pytestmark = pytest.mark.chaos


@pytest.mark.parametrize("user", ["depot-north", "depot-south", "extractor-1", "extractor-2", "packer", "driver"])
def test_staff_sign_in(provider, user):
    assert auth.sign_in(user, "pw") == "tok"


def test_refresh_after_shift(provider):
    assert auth.refresh("tok") == "tok"
