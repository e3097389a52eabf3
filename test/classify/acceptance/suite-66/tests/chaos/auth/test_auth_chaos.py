import random

import jwt
import pytest

from hivekeep import auth

_provider = random.Random(1)


@pytest.mark.chaos
class TestAuth:
    def test_keeper_token_round_trip(self):
        assert auth.verify(auth.mint("k1", audience="hivekeep-api"))["sub"] == "k1"

    def test_provider_token_accepted(self):
        assert auth.verify(auth.provider_token("k2"))["sub"] == "k2"

    def test_inspector_can_inspect(self):
        assert auth.can_inspect(auth.mint("i1", roles=("inspector",), audience="hivekeep-api"))

    def test_keeper_can_inspect(self):
        assert auth.can_inspect(auth.mint("k3", audience="hivekeep-api"))

    def test_mobile_app_token(self):
        token = auth.mint("k4")
        assert auth.verify(token)["sub"] == "k4"

    def test_expired_token_refused(self):
        with pytest.raises(jwt.ExpiredSignatureError):
            auth.verify(auth.mint("k5", audience="hivekeep-api", ttl=-10))

    def test_revoked_token_refused(self):
        token = auth.mint("k6", audience="hivekeep-api")
        auth.revoke(token)
        with pytest.raises(jwt.InvalidTokenError):
            auth.is_active(token)

    def test_wrong_secret_refused(self):
        token = jwt.encode({"sub": "x", "aud": "hivekeep-api"}, "other", algorithm="HS256")
        with pytest.raises(jwt.InvalidSignatureError):
            auth.verify(token)

    @pytest.mark.parametrize("users", [10, 50, 100], ids=lambda n: f"{n}-users")
    def test_sign_in_under_load(self, users):
        for n in range(users):
            auth.sign_in(f"load-{users}-{n}", auth.mint(f"load-{n}", audience="hivekeep-api"))
        assert auth.session(f"load-{users}-0") is not None

    def test_provider_refresh(self):
        if _provider.random() < 0.6:
            raise ConnectionResetError(104, "Connection reset by peer")
        assert auth.verify(auth.mint("k7", audience="hivekeep-api"))

    @pytest.mark.parametrize("keeper", ["k10", "k11", "k12", "k13", "k14"])
    def test_sign_in_keeper(self, keeper):
        assert auth.sign_in(keeper, auth.mint(keeper, audience="hivekeep-api")) == keeper

    def test_session_absent_for_stranger(self):
        assert auth.session("nobody-at-all") is None

    def test_token_has_three_parts(self):
        assert auth.mint("k8").count(".") == 2

    def test_roles_claim_is_list(self):
        assert isinstance(jwt.decode(auth.mint("k9"), options={"verify_signature": False})["roles"], list)

    def test_token_subject_kept(self):
        assert auth.verify(auth.mint("k15", audience="hivekeep-api"))["sub"] == "k15"
