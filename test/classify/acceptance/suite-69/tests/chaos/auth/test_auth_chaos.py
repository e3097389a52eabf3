import time

import pytest

from rindhall import auth
from tests.conftest import LOADS


class TestAuth:
    def test_shop_token_round_trip(self):
        token = auth.mint({"sub": "monger-12", "role": "monger", "exp": time.time() + 60})
        assert auth.verify(token)["sub"] == "monger-12"

    def test_tampered_token_refused(self):
        token = auth.mint({"sub": "monger-12", "role": "monger", "exp": time.time() + 60})
        body, sig = token.split(".")
        with pytest.raises(auth.BadSignature):
            auth.verify(body + "x." + sig)

    def test_expired_token_refused(self):
        token = auth.mint({"sub": "hand-3", "role": "cave-hand", "exp": time.time() - 1})
        with pytest.raises(auth.Expired):
            auth.verify(token)

    def test_token_valid_until_its_expiry(self):
        token = auth.mint({"sub": "hand-3", "role": "cave-hand", "exp": 1_900_000_000})
        assert auth.verify(token, now=1_899_999_999)["sub"] == "hand-3"

    def test_affineur_token_issued(self):
        token = auth.issue_staff_token("marie", "affineur")
        assert auth.verify(token, key=auth.signing_key())["role"] == "affineur"

    def test_cave_hand_token_issued(self):
        token = auth.issue_staff_token("paul", "cave-hand")
        assert auth.verify(token, key=auth.signing_key())["sub"] == "paul"

    def test_staff_token_expires_in_fifteen_minutes(self):
        token = auth.issue_staff_token("marie", "affineur", now=1_000)
        assert auth.verify(token, key=auth.signing_key(), now=1_500)["exp"] == 1_900

    def test_session_cookie_max_age(self):
        assert auth.session_cookie("marie")["max_age"] == 900

    def test_affineur_releases_wheels(self):
        assert auth.can_release_wheels({"role": "affineur"})

    def test_trainee_cannot_release_wheels(self):
        assert not auth.can_release_wheels({"role": "affineur-trainee"})

    def test_monger_cannot_release_wheels(self):
        assert not auth.can_release_wheels({"role": "monger"})

    def test_monger_views_stock(self):
        assert auth.can_view_stock({"role": "monger"})

    def test_visitor_cannot_view_stock(self):
        assert not auth.can_view_stock({"role": "visitor"})

    def test_launch_tasting_token_still_valid(self):
        # The tasting evening's token, minted for the launch.
        token = auth.mint({"sub": "tasting", "role": "monger", "exp": 1_767_225_600})  # 2026-01-01
        assert auth.verify(token)["sub"] == "tasting"

    def test_wrong_key_refused(self):
        token = auth.mint({"sub": "monger-12", "role": "monger", "exp": time.time() + 60}, key=b"other")
        with pytest.raises(auth.BadSignature):
            auth.verify(token)

    @LOADS
    def test_sign_in_under_load(self, users):
        tokens = [auth.mint({"sub": f"m{i}", "role": "monger", "exp": time.time() + 60}) for i in range(users)]
        assert len({auth.verify(t)["sub"] for t in tokens}) == users

    @LOADS
    def test_verify_under_load(self, users):
        token = auth.mint({"sub": "m", "role": "monger", "exp": time.time() + 60})
        assert all(auth.verify(token)["sub"] == "m" for _ in range(users))

    def test_claims_sorted_in_body(self):
        token = auth.mint({"b": 1, "a": 2, "exp": 1})
        assert token.split(".")[0] == auth._b64(b'{"a": 2, "b": 1, "exp": 1}')
