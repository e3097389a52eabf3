from pathlib import Path

import pytest
import rsa

from shorewarden import auth
from shorewarden.settings import AuthSettings

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def own_keys():
    return rsa.newkeys(512)


@pytest.fixture
def auth_settings():
    return AuthSettings()


class TestTokens:
    def test_round_trip(self, own_keys):
        public, private = own_keys
        token = auth.sign_token({"sub": "ana"}, private)
        assert auth.verify_token(token, public)["sub"] == "ana"

    def test_tampered_refused(self, own_keys):
        public, private = own_keys
        body, signature = auth.sign_token({"sub": "ana"}, private).split(".")
        with pytest.raises(rsa.VerificationError):
            auth.verify_token(auth._b64(b'{"sub": "root"}') + "." + signature, public)

    def test_session_current(self, own_keys):
        public, private = own_keys
        token = auth.mint_session("ana", private, ttl=900)
        assert auth.check_session(token, public)["sub"] == "ana"

    def test_session_refresh(self, own_keys):
        public, private = own_keys
        token = auth.mint_session("ben", private, ttl=900)
        assert auth.verify_token(auth.refresh_session(token, public, private), public)["sub"] == "ben"


class TestKeys:
    def test_idp_key_loads(self):
        assert auth.idp_public_key().e == 65537

    def test_idp_token_verified(self):
        private = rsa.PrivateKey.load_pkcs1(DATA.joinpath("idp_private.pem").read_bytes())
        token = auth.sign_token({"sub": "surveyor-12"}, private)
        assert auth.verify_token(token, auth.idp_public_key())["sub"] == "surveyor-12"

    def test_partner_token_verified(self):
        private = rsa.PrivateKey.load_pkcs1(DATA.joinpath("partner_private.pem").read_bytes())
        token = auth.sign_token({"sub": "harbour-authority"}, private)
        assert auth.verify_token(token, auth.partner_public_key())["sub"] == "harbour-authority"

    def test_own_key_size(self, own_keys):
        public, _ = own_keys
        assert public.n.bit_length() == 512


class TestCertificates:
    def test_drone_serial(self):
        assert auth.drone_serial(DATA.joinpath("drone-07.pem").read_text()) == 0x5A17

    def test_drone_fields(self):
        fields = auth.certificate_fields(DATA.joinpath("drone-07.pem").read_text())
        assert len(fields) >= 6

    def test_pem_has_markers(self):
        text = DATA.joinpath("drone-07.pem").read_text()
        assert text.startswith("-----BEGIN CERTIFICATE-----")


class TestIdentityProvider:
    def test_fetch_keys(self, settings):
        assert "keys" in auth.fetch_keys(settings)

    def test_keys_url_has_no_trailing_slash(self, settings):
        assert not settings.idp_url.endswith("/")

    def test_login_url(self, settings):
        assert settings.idp_url.startswith("http")


class TestSessions:
    def test_ttl_setting(self, auth_settings):
        assert auth_settings.token_ttl > 0

    def test_session_lives_ttl(self, auth_settings, own_keys):
        public, private = own_keys
        token = auth.mint_session("cai", private, ttl=auth_settings.token_ttl)
        assert auth.verify_token(token, public)["exp"] > 0

    def test_issuer_setting(self, auth_settings):
        assert auth_settings.issuer == "shorewarden"


class TestScopes:
    @pytest.mark.parametrize(
        "role,scope,expected",
        [("surveyor", "surveys:write", True), ("partner", "surveys:write", False), ("partner", "surveys:read", True)],
    )
    def test_scope(self, role, scope, expected):
        assert auth.allowed(role, scope) is expected


class TestExpiry:
    def test_partner_grant_current(self):
        # The harbour authority's standing grant for the winter survey season.
        grant = {"sub": "harbour-authority", "exp": 1780272000}
        assert auth.is_current(grant)

    def test_old_grant_refused(self):
        assert not auth.is_current({"sub": "x", "exp": 1000})
