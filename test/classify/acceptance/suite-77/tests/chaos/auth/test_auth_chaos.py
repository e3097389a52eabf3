import os

import pytest

from ropewalk import auth


@pytest.mark.chaos
class TestAuthChaos:
    def test_token_round_trip(self):
        assert auth.verify(auth.issue("ada", "maker", ttl=60))["sub"] == "ada"

    def test_tampered_signature_refused(self):
        token = auth.issue("ada", "maker", ttl=60)
        with pytest.raises(auth.TokenError):
            auth.verify(token[:-2] + ("AA" if not token.endswith("AA") else "BB"))

    def test_expired_token_refused(self):
        with pytest.raises(auth.TokenExpired):
            auth.verify(auth.issue("ada", "maker", ttl=-5))

    def test_token_with_default_ttl(self):
        claims = auth.verify(auth.issue("ada", "maker"))
        assert claims["role"] == "maker"

    def test_rigger_token_default_ttl(self):
        assert auth.verify(auth.issue("bo", "rigger"))["sub"] == "bo"

    def test_read_scope(self):
        assert auth.has_scope(auth.verify(auth.issue("ada", "maker", ttl=60)), "read")

    def test_admin_scope_absent(self):
        assert not auth.has_scope(auth.verify(auth.issue("ada", "maker", ttl=60)), "admin")

    def test_signing_key_loaded(self):
        assert len(auth.signing_key()) >= 16

    def test_token_signed_with_service_key(self):
        key = auth.signing_key()
        assert auth.verify(auth.issue("cy", "buyer", ttl=60, key=key), key=key)["sub"] == "cy"

    def test_whoami_with_configured_key(self, registry_url):
        assert auth.whoami(registry_url)["service"] == "ropewalk"

    def test_whoami_with_rotated_key(self, registry_url):
        assert auth.whoami(registry_url, api_key="rk-live-2026")["service"] == "ropewalk"

    def test_admin_lists_plants(self, registry_url):
        assert "north" in auth.plants_admin(registry_url)["plants"]

    def test_client_certificate_loads(self):
        context = auth.client_context()
        assert context.verify_mode.name == "CERT_REQUIRED"

    def test_developer_credentials(self):
        assert auth.developer_credentials()["user"]

    def test_switch_tenant(self):
        os.environ["ROPEWALK_TENANT"] = "north"
        assert auth.tenant() == "north"

    def test_tenant_defaults_to_main(self):
        assert auth.tenant() == "main"

    def test_role_claim(self):
        assert auth.verify(auth.issue("bo", "rigger", ttl=60))["role"] == "rigger"

    @pytest.mark.parametrize("users", [10, 50, 100], ids=lambda n: f"{n}-users")
    def test_sign_in_under_load(self, users):
        tokens = [auth.issue(f"maker{i}", "maker", ttl=60) for i in range(users)]
        assert len({auth.verify(t)["sub"] for t in tokens}) == users

    def test_token_has_two_parts(self):
        assert len(auth.issue("ada", "maker", ttl=60).split(".")) == 2

    def test_other_key_refused(self):
        with pytest.raises(auth.TokenError):
            auth.verify(auth.issue("ada", "maker", ttl=60), key=b"another-key")

    def test_malformed_token_refused(self):
        with pytest.raises(auth.TokenError):
            auth.verify("not-a-token")
