import time

import jwt
import pytest

from skywicker import auth


class TestAuth:
    def test_token_round_trip(self):
        assert auth.verify(auth.mint("ruth", ["pilot"]))["sub"] == "ruth"

    def test_expired_token_refused(self):
        token = auth.mint("ruth", ["pilot"], ttl=10, now=time.time() - 60)
        with pytest.raises(jwt.ExpiredSignatureError):
            auth.verify(token)

    def test_tampered_token_refused(self):
        token = auth.mint("ruth", ["pilot"])
        with pytest.raises(jwt.InvalidSignatureError):
            auth.verify(token[:-2] + ("AA" if not token.endswith("AA") else "BB"))

    def test_wrong_issuer_refused(self):
        token = jwt.encode({"sub": "x", "iss": "elsewhere", "exp": time.time() + 60}, "skywicker-pilots-secret-key-for-tests-32b",
                           algorithm="HS256")
        with pytest.raises(jwt.InvalidIssuerError):
            auth.verify(token)

    def test_none_algorithm_refused(self):
        token = jwt.encode({"sub": "x", "iss": "skywicker"}, None, algorithm="none")
        with pytest.raises(jwt.InvalidAlgorithmError):
            auth.verify(token)

    def test_pilot_can_launch(self):
        assert auth.can_launch(auth.mint("ruth", ["pilot"]))

    def test_office_can_book(self):
        assert auth.can_book(auth.mint("jo", ["office"]))

    def test_crew_cannot_book(self):
        assert not auth.can_book(auth.mint("kit", ["crew"]))

    def test_sign_in_keeps_session(self, manifests):
        token = auth.sign_in(manifests, "ruth", ["pilot"])
        assert auth.session(manifests, "ruth") == token

    def test_sign_out_drops_session(self, manifests):
        auth.sign_in(manifests, "omar", ["pilot"])
        auth.sign_out(manifests, "omar")
        assert auth.session(manifests, "omar") is None

    def test_session_expires(self, manifests):
        auth.sign_in(manifests, "jo", ["office"])
        assert 0 < manifests.ttl("session:jo") <= 3600

    @pytest.mark.parametrize("users", ["10-users", "100-users", "500-users"])
    def test_sign_in_under_load(self, manifests, users):
        count = int(users.split("-")[0])
        for n in range(count):
            auth.sign_in(manifests, f"load-{users}-{n}", ["crew"])
        assert auth.session(manifests, f"load-{users}-0") is not None

    @pytest.mark.parametrize("role", ["pilot", "office", "crew", "chief"])
    def test_roles_carried(self, role):
        assert auth.verify(auth.mint("x", [role]))["roles"] == [role]

    def test_jti_unique(self):
        assert auth.verify(auth.mint("a", []))["jti"] != auth.verify(auth.mint("a", []))["jti"]

    def test_iat_not_in_future(self):
        assert auth.verify(auth.mint("a", []))["iat"] <= time.time() + 1

    def test_session_per_subject(self, manifests):
        auth.sign_in(manifests, "p1", ["pilot"])
        auth.sign_in(manifests, "p2", ["pilot"])
        assert auth.session(manifests, "p1") != auth.session(manifests, "p2")

    def test_resign_in_replaces_session(self, manifests):
        first = auth.sign_in(manifests, "re", ["pilot"])
        time.sleep(1.01)
        assert auth.sign_in(manifests, "re", ["pilot"]) != first
