import time
from concurrent.futures import ThreadPoolExecutor

import jwt
import pytest

from lampwatch import auth, settings


@pytest.fixture(scope="module")
def session_token():
    return auth.keeper_token("keeper-ann")


def _token(**claims):
    now = int(time.time())
    body = {"sub": "keeper-ann", "aud": "lampwatch", "iat": now, "exp": now + 60, "roles": ["keeper"]}
    body.update(claims)
    return jwt.encode(body, settings.IDP_SECRET, algorithm="HS256")


@pytest.mark.chaos
class TestAuth:
    def test_keeper_signs_in(self, session_token):
        assert auth.claims(session_token)["sub"] == "keeper-ann"

    def test_keeper_may_relight(self):
        assert auth.may_relight(auth.keeper_token("keeper-bo"))

    def test_visitor_may_not_relight(self):
        assert not auth.may_relight(auth.keeper_token("visitor-cy"))

    def test_monitor_service_token(self):
        assert auth.may_read_status(auth.monitor_token())

    def test_monitor_reads_lamp_status(self):
        token = auth.monitor_token()
        assert auth.claims(token)["scope"] == "status:read"

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=lambda n: f"{n}-users")
    def test_concurrent_sign_in(self, users):
        time.sleep(1.0)
        with ThreadPoolExecutor(max_workers=50) as executor:
            tokens = list(executor.map(lambda n: auth.keeper_token(f"keeper-{n}"), range(users)))
        assert len(tokens) == users

    @pytest.mark.parametrize("case", ["valid", "expired", "skew-30s"])
    def test_token_clock_skew(self, case):
        now = int(time.time())
        if case == "expired":
            with pytest.raises(jwt.ExpiredSignatureError):
                auth.claims(_token(iat=now - 120, exp=now - 60))
        elif case == "skew-30s":
            # The provider's clock may run up to a minute ahead of the station's.
            assert auth.claims(_token(iat=now + 30))["sub"] == "keeper-ann"
        else:
            assert auth.claims(_token())["sub"] == "keeper-ann"

    @pytest.mark.parametrize("forgery", ["other-key", "alg-none"])
    def test_forged_token_rejected(self, forgery):
        if forgery == "other-key":
            token = jwt.encode({"sub": "x", "aud": "lampwatch"}, "not-the-board", algorithm="HS256")
            with pytest.raises(jwt.InvalidSignatureError):
                auth.claims(token)
        else:
            token = jwt.encode({"sub": "x", "aud": "lampwatch"}, None, algorithm="none")
            with pytest.raises(jwt.InvalidAlgorithmError):
                auth.claims(token)

    @pytest.mark.parametrize("keeper", ["keeper-dai", "keeper-eli", "visitor-fay"])
    def test_roles_in_token(self, keeper):
        roles = auth.claims(auth.keeper_token(keeper))["roles"]
        assert roles == (["keeper"] if keeper.startswith("keeper-") else ["visitor"])

    def test_idp_token_lifetime(self):
        claims = auth.claims(auth.keeper_token("keeper-gus"))
        assert claims["exp"] - claims["iat"] == 2

    @pytest.mark.parametrize("delay", ["1.0", "1.5"], ids=lambda d: f"{d}s")
    def test_sign_in_with_slow_idp(self, delay):
        assert auth.claims(auth.keeper_token(f"keeper-slow-{delay}"))["roles"] == ["keeper"]

    def test_keeper_token_reused_for_logbook(self, session_token):
        assert auth.may_relight(session_token)

    def test_keeper_token_reused_for_notices(self, session_token):
        assert auth.claims(session_token)["roles"] == ["keeper"]
