import time

import pytest

from clutchpoint import identity
from tests.conftest import answer, slow

pytestmark = pytest.mark.chaos


def test_office_gets_client_token():
    assert identity.fetch_token()


def test_userinfo_for_learner():
    assert identity.userinfo("a.b.c")["sub"]


def test_client_credentials_accepted(stub):
    body = b'{"error": "invalid_client", "error_description": "Client authentication failed"}'
    peer = stub(answer("401 Unauthorized", body, ["Content-Type: application/json"]))
    assert identity.fetch_token(peer.url)


def test_token_endpoint_unavailable(stub):
    peer = stub(answer("503 Service Unavailable", b"<h1>Service Unavailable</h1>", ["Content-Type: text/html"]))
    assert identity.fetch_token(peer.url)


def test_token_endpoint_slow(stub):
    peer = stub(slow(2.5, b'{"access_token": "a.b.c"}'))
    assert identity.fetch_token(peer.url, timeout=0.5)


@pytest.mark.flaky(reruns=2)
def test_userinfo_throttled(stub):
    peer = stub(answer("429 Too Many Requests", b'{"error": "rate_limited"}', ["Retry-After: 20"]))
    assert identity.userinfo("a.b.c", peer.url)


def test_session_round_trip():
    token = identity.issue_session(41, ["learner"])
    assert identity.read_session(token)["sub"] == "41"


def test_instructor_signs_off_lesson():
    assert identity.can_sign_off_lesson({"roles": ["instructor"]})


def test_private_key_loaded():
    assert identity.private_key().startswith(b"-----BEGIN")


@pytest.fixture(scope="module")
def learner_token():
    return identity.issue_session(77, ["learner"], lifetime=1)


def test_learner_token_issued(learner_token):
    assert identity.read_session_any_audience(learner_token)["sub"] == "77"


def test_learner_token_after_lesson(learner_token):
    time.sleep(1.2)
    assert identity.read_session_any_audience(learner_token)["roles"] == ["learner"]
