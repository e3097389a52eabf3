import base64
import json
import time

import pytest

from loomhouse import auth


def _forge(claims):
    head = base64.urlsafe_b64encode(json.dumps({"alg": "none"}).encode()).rstrip(b"=").decode()
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"{head}.{body}."


@pytest.mark.chaos
class TestAuthChaos:
    def test_token_round_trip(self):
        claims = auth.verify(auth.issue("weaver-1"))
        assert claims["sub"] == "weaver-1"

    def test_expired_token_refused(self):
        token = auth.issue("weaver-1", ttl=1, now=time.time() - 10)
        with pytest.raises(auth.TokenExpired):
            auth.verify(token)

    def test_tampered_signature_refused(self):
        token = auth.issue("weaver-1")
        head, body, signature = token.split(".")
        with pytest.raises(auth.TokenError):
            auth.verify(f"{head}.{body}.{signature[::-1]}")

    def test_unsigned_token_refused(self):
        token = _forge({"sub": "weaver-1", "role": "manager", "scopes": [], "exp": time.time() + 60})
        with pytest.raises(auth.TokenError):
            auth.verify(token)

    def test_wrong_key_refused(self):
        token = auth.issue("weaver-1", key=b"another-mill")
        with pytest.raises(auth.TokenError):
            auth.verify(token)

    def test_refresh_of_expired_token_refused(self):
        token = auth.issue("weaver-1", ttl=1, now=time.time() - 3600)
        with pytest.raises(auth.TokenExpired):
            auth.refresh(token)

    def test_refresh_keeps_role(self):
        token = auth.refresh(auth.issue("foreman-2", role="foreman"))
        assert auth.verify(token)["role"] == "foreman"

    def test_scope_granted(self):
        claims = auth.verify(auth.issue("weaver-1", scopes=("looms:read", "bolts:write")))
        auth.require_scope(claims, "bolts:write")

    def test_missing_scope_refused(self):
        claims = auth.verify(auth.issue("weaver-1", scopes=("looms:read",)))
        with pytest.raises(auth.Forbidden):
            auth.require_scope(claims, "bolts:write")

    def test_foreman_role_required(self):
        claims = auth.verify(auth.issue("weaver-1"))
        with pytest.raises(auth.Forbidden):
            auth.require_role(claims, "foreman")

    def test_weaver_cannot_approve_bolt(self):
        claims = auth.verify(auth.issue("weaver-1"))
        with pytest.raises(auth.Forbidden):
            auth.approve_bolt(claims, "B-100")

    def test_foreman_approves_bolt(self):
        claims = auth.verify(auth.issue("foreman-2", role="foreman"))
        assert auth.approve_bolt(claims, "B-100")["approved_by"] == "foreman-2"

    def test_token_ttl_from_settings(self):
        assert auth.token_ttl() == 900

    @pytest.mark.parametrize("users", [10, 100], ids=["10-users", "100-users"])
    def test_ttl_applied_under_load(self, users):
        ttl = 900
        tokens = [auth.issue(f"weaver-{n}", ttl=ttl) for n in range(users)]
        assert all(auth.verify(token) for token in tokens)

    def test_nonces_unique_under_load(self):
        nonces = [auth.verify(auth.issue(f"weaver-{n}"))["nonce"] for n in range(300)]
        assert len(set(nonces)) == len(nonces)

    def test_password_hash_of_temporary_password(self):
        assert len(auth.hash_password(b"shuttle-2026", b"mill-salt")) == 64

    def test_lockout_after_three_failures(self):
        for _ in range(3):
            auth.record_failure("weaver-7")
        assert auth.locked("weaver-7")

    def test_single_failure_not_locked(self):
        auth.record_failure("weaver-7")
        assert not auth.locked("weaver-7")


@pytest.fixture
def rotation_keys():
    return auth.rotation_keys()


@pytest.mark.chaos
class TestKeyRotation:
    def test_current_key_verifies(self, rotation_keys):
        token = auth.issue("weaver-1", key=rotation_keys[0])
        assert auth.verify_any(token, rotation_keys)["sub"] == "weaver-1"

    def test_previous_key_still_verifies(self, rotation_keys):
        token = auth.issue("weaver-1", key=rotation_keys[1])
        assert auth.verify_any(token, rotation_keys)["sub"] == "weaver-1"

    def test_retired_key_refused(self, rotation_keys):
        token = auth.issue("weaver-1", key=b"retired-2025")
        with pytest.raises(auth.TokenError):
            auth.verify_any(token, rotation_keys)
