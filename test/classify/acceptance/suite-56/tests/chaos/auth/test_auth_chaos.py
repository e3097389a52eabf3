import pytest

from keeperlog import auth


@pytest.mark.chaos
class TestAuth:
    def test_keeper_sign_in(self, keeper_token):
        assert keeper_token

    def test_keeper_sign_in_after_outage(self, keeper_token):
        assert auth.sign_in("keeper.amara", "staging-password")

    def test_session_roundtrip(self):
        token = auth.issue_session("keeper.amara", ["keeper"])
        assert auth.read_session(token)["sub"] == "keeper.amara"

    def test_vet_may_medicate(self):
        assert auth.may_medicate({"roles": ["vet", "keeper"]})
