import pytest

from bowstring import auth

pytestmark = pytest.mark.chaos


def test_jwks_has_signing_key():
    keys = auth.signing_keys()
    assert any(key["use"] == "sig" for key in keys)


def test_introspect_reports_active():
    assert auth.introspect("tok-1")["active"] is True


def test_session_carries_member(signed_out_after):
    assert auth.read_fresh_session(signed_out_after, max_age=60)["member"] == 41


def test_session_carries_section(signed_out_after):
    assert auth.read_fresh_session(signed_out_after, max_age=60)["section"] == "viola"


def test_roster_signing_key_is_pem():
    assert auth.roster_signing_key().startswith(b"-----BEGIN")
