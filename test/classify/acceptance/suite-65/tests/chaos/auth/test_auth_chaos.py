import time
from concurrent.futures import ThreadPoolExecutor

import jwt
import pytest
import requests
from cryptography.hazmat.primitives.asymmetric import rsa

from gridcall import auth


@pytest.fixture
def partner():
    return auth.partner_token("mutual-aid-north")


@pytest.fixture
def staff_directory():
    conn = auth.directory()
    yield conn
    conn.close()


@pytest.mark.chaos
class TestAuth:
    def test_dispatcher_signs_in(self):
        assert auth.claims(auth.password_token("disp-ann")["access_token"])["sub"] == "disp-ann"

    def test_dispatcher_may_dispatch(self):
        assert auth.may_dispatch(auth.password_token("disp-bo")["access_token"])

    def test_viewer_may_not_dispatch(self):
        assert not auth.may_dispatch(auth.password_token("view-cy")["access_token"])

    @pytest.mark.parametrize("user", ["disp-dai", "view-eli"])
    def test_roles_in_token(self, user):
        roles = auth.claims(auth.password_token(user)["access_token"])["roles"]
        assert roles == (["dispatcher"] if user.startswith("disp-") else ["viewer"])

    def test_forged_token_rejected(self):
        other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        token = jwt.encode({"sub": "x", "aud": "gridcall"}, other, algorithm="RS256", headers={"kid": "2026-11"})
        with pytest.raises(jwt.InvalidSignatureError):
            auth.claims(token)

    def test_garbage_token_rejected(self):
        with pytest.raises(jwt.DecodeError):
            auth.claims("not-a-token")

    def test_refresh_day_shift_session(self):
        token = auth.refresh("rt-disp-fay")
        assert auth.claims(token)["sub"] == "disp-fay"

    def test_refresh_night_shift_session(self):
        assert auth.refresh("rt-night-shift")

    def test_control_centre_sign_in(self):
        assert auth.control_centre_claims("ctl-gus")["sub"] == "ctl-gus"

    def test_control_centre_unknown_secret_rejected(self):
        token = jwt.encode({"sub": "x", "aud": "gridcall"}, "guess", algorithm="HS256")
        with pytest.raises(jwt.InvalidSignatureError):
            jwt.decode(token, "control-centre-2026", algorithms=["HS256"], audience="gridcall")

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=lambda n: f"{n}-users")
    def test_concurrent_sign_in(self, users):
        with ThreadPoolExecutor(max_workers=20) as executor:
            replies = list(executor.map(lambda n: auth.password_token(f"view-{n}"), range(users)))
        assert all("access_token" in reply for reply in replies)

    def test_sign_in_rate_under_burst(self):
        started = time.monotonic()
        for n in range(20):
            auth.password_token(f"view-burst-{n}")
        assert time.monotonic() - started < 5

    def test_shift_handover_sign_in(self):
        assert auth.claims(auth.password_token("disp-hal")["access_token"])["roles"] == ["dispatcher"]

    def test_dispatcher_reopens_incident(self):
        assert auth.may_dispatch(auth.password_token("disp-ivy")["access_token"])

    def test_wrong_grant_rejected(self):
        with pytest.raises(requests.HTTPError):
            auth.refresh("rt-night-shift")

    def test_mutual_aid_token(self, partner):
        assert partner

    def test_mutual_aid_crew_listing(self, partner):
        assert partner.count(".") == 2

    def test_mutual_aid_token_audience(self, partner):
        assert jwt.decode(partner, options={"verify_signature": False})["aud"] == "gridcall"

    def test_staff_directory_bind(self, staff_directory):
        assert staff_directory.fileno() > 0

    def test_staff_directory_dispatchers_group(self, staff_directory):
        assert staff_directory.getpeername()[1] == 13895
