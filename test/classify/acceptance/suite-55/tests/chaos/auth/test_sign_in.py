import pytest

from fellcall import auth

pytestmark = pytest.mark.chaos


@pytest.mark.parametrize("incident", ["sharp-edge", "striding-edge", "jacks-rake", "lords-rake", "broad-stand",
                                      "pinnacle-ridge", "great-gable", "pillar-rock", "steeple", "high-stile"])
def test_member_joins_callout(member_token, incident):
    claims = auth.read_token(member_token, auth.provider_keys())
    assert claims["sub"] == "a.okafor"
    assert "callouts:read" in claims["scope"]
