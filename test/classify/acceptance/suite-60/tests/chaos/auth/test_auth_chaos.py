import time

import pytest

from pressline import auth


@pytest.mark.chaos
class TestAuth:
    def test_grower_signs_in(self, grower_token):
        assert grower_token

    def test_grower_sees_own_loads(self, grower_token):
        assert auth.verify(grower_token)["sub"] == "grower.hoffmann"

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=lambda users: f"{users}-users")
    def test_concurrent_sign_in_load(self, grower_token, users):
        assert len({grower_token for _ in range(users)}) == 1

    def test_token_refresh(self, grower_token):
        assert grower_token.count(".") == 2


@pytest.mark.chaos
class TestTerminalTokens:
    def test_terminal_token_round_trip(self):
        assert auth.verify(auth.terminal_token("grower.weber"))["sub"] == "grower.weber"

    @pytest.mark.parametrize("loads", [1, 10, 30], ids=lambda loads: f"loads-{loads}")
    def test_delivery_signed_at_terminal(self, loads):
        token = auth.terminal_token("grower.weber")
        for _ in range(loads):
            time.sleep(0.08)  # one load over the weighbridge
        assert auth.verify(token)["sub"] == "grower.weber"

    def test_grower_may_deliver_own_block(self):
        assert auth.may_deliver({"roles": ["grower:B12"]}, "B12")
        assert not auth.may_deliver({"roles": ["grower:B12"]}, "B13")

    def test_contractor_may_deliver_estate_block(self):
        assert auth.may_deliver({"roles": ["contractor:SONN"]}, "SONN-04")
