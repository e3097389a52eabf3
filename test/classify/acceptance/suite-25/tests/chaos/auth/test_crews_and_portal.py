import pytest

from rillmark import crew_auth, settings

pytestmark = pytest.mark.chaos


@pytest.fixture
def radius_secret(monkeypatch):
    monkeypatch.setattr(settings, "RADIUS_SECRET", "ci-radius-secret")


def test_crew_login_accepted(radius_secret):
    assert crew_auth.crew_login("crew-17", "hydrant") is True


def test_crew_login_wrong_password_refused(radius_secret):
    assert crew_auth.crew_login("crew-17", "wrong") is False


def test_crew_login_with_configured_secret():
    assert crew_auth.crew_login("crew-04", "valve") is True


@pytest.fixture
def portal_token():
    return crew_auth.portal_token("RM-NO-100234")


def test_portal_token_round_trip(portal_token):
    assert crew_auth.check_portal_token(portal_token) == "RM-NO-100234"


def test_portal_token_for_other_account_differs():
    assert crew_auth.portal_token("RM-NO-1") != crew_auth.portal_token("RM-NO-2")


# A token the portal issued during the pilot, kept to check old links still work.
PILOT_TOKEN = "RM-SO-200871.1767225600.291d4ed1255efa45988fc694e2a7461bb44acda3a34636f5592e74c4c1e25c69"


def test_pilot_link_still_accepted(monkeypatch, tmp_path):
    key = tmp_path / "portal.key"
    key.write_bytes(b"pilot-key")
    monkeypatch.setattr(settings, "PORTAL_KEY_FILE", str(key))
    assert crew_auth.check_portal_token(PILOT_TOKEN) == "RM-SO-200871"
