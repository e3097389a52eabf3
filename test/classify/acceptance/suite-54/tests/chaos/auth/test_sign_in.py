import pytest

from lapwater import auth

pytestmark = pytest.mark.chaos


@pytest.mark.parametrize("pool", ["riverside", "northgate", "castle-baths", "lido", "eastfield"])
def test_swimmer_books_lane(swimmer_token, pool):
    assert swimmer_token["token_type"] == "Bearer"
    assert "lanes:book" in swimmer_token["scope"]


def test_lifeguard_signs_in_at_shift_start():
    token = auth.sign_in("lifeguard.7@lapwater.test", "whistle")
    assert "pool:open" in token["scope"]
