import pytest

from kilnrow import members

pytestmark = pytest.mark.chaos


def test_token_is_bearer(member_token):
    assert member_token.count(".") == 2


def test_profile_has_email(member_token):
    assert members.profile(member_token)["email"] == "potter@kilnrow.test"


def test_profile_has_membership(member_token):
    assert "membership" in members.profile(member_token)


@pytest.mark.parametrize("scope", ["kiln:book", "glaze:order", "studio:enter"])
def test_token_scopes(member_token, scope):
    assert scope in members.profile(member_token)["scopes"]


def test_technician_sign_in():
    token = members.sign_in("tech@kilnrow.test", "cone-10")
    assert token


def test_wrong_password_is_refused():
    with pytest.raises(Exception, match="401"):
        members.sign_in("potter@kilnrow.test", "wrong")
