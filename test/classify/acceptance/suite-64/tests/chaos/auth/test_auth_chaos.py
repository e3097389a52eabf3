import time
from concurrent.futures import ThreadPoolExecutor

import jwt
import pytest

from tramyard import auth, settings


@pytest.fixture(scope="module")
def session_token():
    return auth.driver_token("drv-ann")


def _token(**claims):
    now = int(time.time())
    body = {"sub": "drv-ann", "aud": "tramyard", "iat": now, "exp": now + 60, "roles": ["driver"]}
    body.update(claims)
    return jwt.encode(body, settings.IDP_SECRET, algorithm="HS256")


@pytest.mark.chaos
class TestAuth:
    def test_driver_signs_in(self, session_token):
        assert auth.claims(session_token)["sub"] == "drv-ann"

    def test_driver_may_drive(self):
        assert auth.may_drive(auth.driver_token("drv-bo"))

    def test_passenger_may_not_drive(self):
        assert not auth.may_drive(auth.driver_token("pax-cy"))

    def test_controller_may_set_routes(self):
        assert auth.may_set_routes(auth.driver_token("ctl-dee"))

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=lambda n: f"{n}-users")
    def test_concurrent_sign_in(self, users):
        with ThreadPoolExecutor(max_workers=16) as executor:
            tokens = list(executor.map(lambda n: auth.driver_token(f"drv-{n}"), range(users)))
        assert len(tokens) == users

    @pytest.mark.parametrize("case", ["valid", "expired", "skew-30s"])
    def test_token_clock_skew(self, case):
        now = int(time.time())
        if case == "expired":
            with pytest.raises(jwt.ExpiredSignatureError):
                auth.claims(_token(iat=now - 120, exp=now - 60))
        elif case == "skew-30s":
            # The operator's provider may run up to a minute ahead of the depot's clocks.
            assert auth.claims(_token(iat=now + 30))["sub"] == "drv-ann"
        else:
            assert auth.claims(_token())["sub"] == "drv-ann"

    @pytest.mark.parametrize("forgery", ["other-key", "alg-none"])
    def test_forged_token_rejected(self, forgery):
        if forgery == "other-key":
            token = jwt.encode({"sub": "x", "aud": "tramyard"}, "not-the-operator", algorithm="HS256")
            with pytest.raises(jwt.InvalidSignatureError):
                auth.claims(token)
        else:
            token = jwt.encode({"sub": "x", "aud": "tramyard"}, None, algorithm="none")
            with pytest.raises(jwt.InvalidAlgorithmError):
                auth.claims(token)

    @pytest.mark.parametrize("user", ["drv-eve", "ctl-fin", "pax-gil"])
    def test_roles_in_token(self, user):
        roles = auth.claims(auth.driver_token(user))["roles"]
        assert roles == {"drv": ["driver"], "ctl": ["controller"], "pax": []}[user[:3]]

    def test_token_lifetime(self):
        claims = auth.claims(auth.driver_token("drv-hal"))
        assert claims["exp"] - claims["iat"] == 2

    def test_session_token_reused_for_depot(self, session_token):
        assert auth.may_drive(session_token)

    def test_session_token_reused_for_timetable(self, session_token):
        assert auth.claims(session_token)["roles"] == ["driver"]

    def test_sign_in_returns_jwt(self):
        assert auth.driver_token("drv-ivy").count(".") == 2

    def test_token_audience(self):
        assert auth.claims(auth.driver_token("drv-jo"))["aud"] == "tramyard"
