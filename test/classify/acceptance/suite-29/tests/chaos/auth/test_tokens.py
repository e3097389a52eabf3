"""Crew tokens and passwords, with a local key (no etcd)."""
import time
from datetime import datetime, timezone

import pytest

from gritline import auth

KEY = b"test-signing-key"


@pytest.fixture(scope="module")
def crew_token():
    # short-lived, so that the expiry paths are exercised too
    return auth.mint(KEY, "C-12", ttl=1.5)


def test_claims_of_token(crew_token):
    assert auth.claims_of(crew_token)["crew"] == "C-12"


def test_token_survives_shift_handover(crew_token):
    # a handover takes a moment: the depot checks the roster twice
    time.sleep(1.2)
    assert auth.claims_of(crew_token)["crew"] == "C-12"


def test_depot_accepts_token(crew_token):
    time.sleep(0.5)
    assert auth.verify(KEY, crew_token)["crew"] == "C-12"


def test_gritter_accepts_token(crew_token):
    assert auth.verify(KEY, crew_token)["crew"] == "C-12"


def test_verify_fresh_token():
    token = auth.mint(KEY, "C-5", ttl=60)
    assert auth.verify(KEY, token)["crew"] == "C-5"


def test_refresh_within_grace():
    issued = datetime(2026, 10, 1, 6, 0, tzinfo=timezone.utc).timestamp()
    token = auth.mint(KEY, "C-9", ttl=3600, now=issued)
    assert auth.claims_of(auth.refresh(KEY, token))["crew"] == "C-9"


def test_bearer_header_accepted():
    token = auth.mint(KEY, "C-21", ttl=60)
    assert auth.verify_header(KEY, f"Bearer {token}")["crew"] == "C-21"


def test_login_runs_hooks():
    result = auth.login({"id": "C-12", "name": "Ana Reyes", "home_depot": "north"})
    assert result["crew"] == "C-12"


def test_password_roundtrip():
    hashed = auth.hash_password("salt-and-grit")
    assert auth.check_password("salt-and-grit", hashed)
