import pytest

from fellcall import auth

pytestmark = pytest.mark.chaos


def test_coordinator_grants_navigator_role():
    token = auth.coordinator_token("coord.lee", "ridge-9")
    result = auth.grant_role(token, "m.rigg", "navigator")
    assert result["role"] == "navigator"
