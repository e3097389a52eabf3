import datetime as dt
import os

import jwt
import pytest

from tidemark import auth


class TestProviderTokens:
    def test_main_token_verifies(self, main_token):
        claims = auth.verify(main_token)
        assert claims["sub"] == "tidemark"

    def test_token_carries_asked_scope(self, main_token):
        assert auth.verify(main_token)["scope"] == "pilots:read"

    def test_token_lives_ten_minutes(self, main_token):
        claims = auth.verify(main_token)
        assert claims["exp"] - claims["iat"] == 600

    def test_token_from_provider_clock_ahead(self):
        token = auth.fetch_token("ahead")
        assert auth.verify(token, "ahead")["sub"] == "tidemark"

    def test_token_from_provider_clock_behind(self):
        token = auth.fetch_token("behind")
        assert auth.verify(token, "behind")["sub"] == "tidemark"

    def test_token_after_signing_key_rotation(self, idp):
        assert auth.verify(auth.fetch_token("rotated"), "rotated")
        auth.urllib.request.urlopen(f"{idp}/t/rotated/rotate").close()
        assert auth.verify(auth.fetch_token("rotated"), "rotated")["sub"] == "tidemark"

    def test_east_tenant_token_verifies(self):
        token = auth.fetch_token("east")
        assert auth.verify(token, "east")["sub"] == "tidemark"

    def test_harbourmaster_token_verifies(self):
        token = auth.fetch_token("harbourmaster")
        assert auth.verify(token, "harbourmaster")["sub"] == "tidemark"

    def test_token_signed_by_stranger_refused(self, main_token):
        forged = jwt.encode({"sub": "x"}, "not-the-key", algorithm="HS256", headers={"kid": "k1"})
        with pytest.raises(jwt.InvalidTokenError):
            auth.verify(forged)


class TestScopes:
    def test_single_scope_granted(self, main_token):
        auth.require_scope(auth.verify(main_token), "pilots:read")

    def test_write_scope_alongside_read(self):
        claims = auth.verify(auth.fetch_token("main", "pilots:read slots:write"))
        auth.require_scope(claims, "slots:write")

    def test_missing_scope_refused(self, main_token):
        with pytest.raises(auth.ScopeError):
            auth.require_scope(auth.verify(main_token), "slots:write")

    def test_admin_token_for_slot_cancellation(self):
        claims = auth.verify(auth.fetch_token("main", "slots:admin"))
        auth.require_scope(claims, "slots:admin")

    def test_partner_client_token(self):
        token = auth.fetch_token("main", "slots:read", secret=os.environ["TIDEMARK_PARTNER_SECRET"])
        assert auth.verify(token)["scope"] == "slots:read"

    def test_bearer_header_read(self, main_token):
        token = auth.bearer({"authorization": f"Bearer {main_token}"})
        assert auth.verify(token)["sub"] == "tidemark"


class TestSessions:
    def test_session_round_trip(self):
        assert auth.unsign(auth.open_session("pilot-7"))["user"] == "pilot-7"

    def test_tampered_session_refused(self):
        session = auth.open_session("pilot-7")
        with pytest.raises(ValueError):
            auth.unsign(session[:-2] + "00")

    def test_csrf_token_survives_a_page_view(self):
        session = auth.open_session("pilot-7")
        token = auth.csrf_token(session)
        auth.time.sleep(1.0)
        auth.check_csrf(session, token)

    def test_session_refused_past_max_age(self):
        session = auth.open_session("pilot-7")
        with pytest.raises(ValueError):
            auth.unsign(session, max_age=0)

    def test_spring_tide_session_still_open(self):
        opened = dt.datetime(2026, 3, 29, 6, 0, tzinfo=dt.timezone.utc).timestamp()
        session = auth.sign({"user": "pilot-7", "at": opened, "sid": "spring"})
        assert auth.unsign(session)["sid"] == "spring"


class TestPasswords:
    @pytest.mark.timeout(2)
    def test_password_round_trip(self):
        stored = auth.hash_password("ebb-and-flow")
        assert auth.check_password("ebb-and-flow", stored)

    def test_scrypt_hash_for_legacy_accounts(self):
        assert len(auth.hash_password_scrypt("ebb-and-flow")) == 64
