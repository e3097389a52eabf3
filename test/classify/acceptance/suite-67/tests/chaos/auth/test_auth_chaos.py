import time

import jwt
import pytest

from racebib import auth


@pytest.fixture(scope="class")
def federation():
    return auth.federation()


@pytest.mark.chaos
class TestAuth:
    def test_runner_token_round_trip(self):
        assert auth.verify(auth.mint("r1"))["sub"] == "r1"

    def test_partner_token_accepted(self):
        assert auth.verify(auth.partner_token("timing-partner"))["scope"] == "results:write"

    def test_marshal_can_edit_results(self):
        assert auth.can_edit_results(auth.mint("marshal-7", scope="results:read results:write"))

    def test_admin_can_edit_results(self):
        assert auth.can_edit_results(auth.mint("admin", scope="results:write admin"))

    def test_revoked_token_refused(self):
        token = auth.mint("r2")
        auth.revoke(token)
        with pytest.raises(auth.Revoked):
            auth.check_active(token)

    def test_expired_token_refused(self):
        with pytest.raises(jwt.ExpiredSignatureError):
            auth.verify(auth.mint("r3", ttl=-10))

    def test_wrong_secret_refused(self):
        token = jwt.encode({"sub": "x", "aud": "racebib-api"}, "another-secret", algorithm="HS256")
        with pytest.raises(jwt.InvalidSignatureError):
            auth.verify(token)

    @pytest.mark.parametrize("users", [100, 500, 1000], ids=lambda n: f"{n}-users")
    def test_sign_in_under_load(self, users):
        for n in range(users):
            auth.sign_in(f"load-{users}-{n}", auth.mint(f"load-{n}"))
        assert auth.session(f"load-{users}-0") is not None

    def test_password_hash_within_budget(self):
        start = time.perf_counter()
        auth.hash_password("correct horse battery staple")
        assert time.perf_counter() - start < 0.18

    def test_membership_checked(self, federation):
        assert federation.get("http://127.0.0.1:18967/federation/members/UKA-1001", timeout=2).ok

    def test_membership_expired(self, federation):
        assert federation.get("http://127.0.0.1:18967/federation/members/UKA-1002", timeout=2).ok

    def test_club_affiliation(self, federation):
        assert federation.get("http://127.0.0.1:18967/federation/clubs/harriers", timeout=2).ok

    def test_junior_consent(self, federation):
        assert federation.get("http://127.0.0.1:18967/federation/consent/J-77", timeout=2).ok

    def test_elite_licence(self, federation):
        assert federation.get("http://127.0.0.1:18967/federation/licences/E-3", timeout=2).ok

    @pytest.mark.parametrize("runner", ["r10", "r11", "r12", "r13", "r14"])
    def test_sign_in_runner(self, runner):
        assert auth.sign_in(runner, auth.mint(runner)) == runner

    def test_token_has_three_parts(self):
        assert auth.mint("r4").count(".") == 2

    def test_session_absent_for_stranger(self):
        assert auth.session("nobody-at-all") is None

    def test_token_subject_kept(self):
        assert auth.verify(auth.mint("r15"))["sub"] == "r15"
