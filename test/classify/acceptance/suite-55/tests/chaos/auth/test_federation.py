import pytest

from fellcall import auth

pytestmark = pytest.mark.chaos


@pytest.mark.parametrize("handler", ["dog-handler-17", "dog-handler-23"])
def test_visiting_dog_handler_token(federation, handler):
    token = federation.mint(handler)
    claims = auth.read_federation_token(token)
    assert claims["sub"] == handler


@pytest.mark.parametrize("member", ["dales.kirk", "dales.moss"])
def test_mutual_aid_member_token(neighbour_team, member):
    token = neighbour_team.mint(member)
    claims = auth.read_mutual_aid_token(token, neighbour_team.keys())
    assert claims["sub"] == member


def test_mutual_aid_token_for_other_audience_is_refused(neighbour_team):
    other = neighbour_team.mint("dales.kirk")
    with pytest.raises(Exception):
        auth.read_token(other, neighbour_team.keys())
