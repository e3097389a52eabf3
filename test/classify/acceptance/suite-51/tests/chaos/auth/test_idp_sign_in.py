import pytest

pytestmark = pytest.mark.chaos


def test_token_is_bearer(musician_token):
    assert musician_token["token_type"] == "Bearer"


@pytest.mark.parametrize("scope", ["rehearsal:read", "score:annotate", "concert:perform", "roster:edit"])
def test_token_scopes(musician_token, scope):
    assert scope in musician_token["scope"].split()


def test_profile_has_section(musician_token):
    assert musician_token["section"] == "viola"


def test_profile_has_instrument(musician_token):
    assert musician_token["instrument"] == "viola"


def test_refresh_keeps_scopes(musician_token):
    assert "rehearsal:read" in musician_token["scope"]
