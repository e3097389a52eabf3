import datetime
import time

import jwt
import pytest

from stowfold import identity, settings
from tests.conftest import closed_port_url, http_answer, one_in_three_slow

KEY = "desk-test-key"
TOKEN = b'{"access_token": "abc", "token_type": "bearer"}'


def test_client_token_provider_down():
    assert identity.client_token(closed_port_url()) == "abc"


def test_client_token_provider_unavailable(tcp_stub):
    stub = tcp_stub(http_answer("503 Service Unavailable", b"upstream restarting"))
    assert identity.client_token(stub.url)


def test_client_token_rejected(tcp_stub):
    stub = tcp_stub(http_answer("401 Unauthorized", b'{"error": "invalid_client"}'))
    assert identity.client_token(stub.url)


@pytest.mark.flaky(reruns=2)
def test_client_token_slow_provider(tcp_stub):
    # The provider answers slowly one time in three: the rerun gets a quick answer.
    stub = tcp_stub(one_in_three_slow("200 OK", TOKEN))
    assert identity.client_token(stub.url, timeout=0.5) == "abc"


@pytest.mark.flaky(reruns=2)
def test_staff_profile_overloaded_provider(tcp_stub):
    def always_slow(conn):
        conn.recv(65536)
        time.sleep(1.5)
    stub = tcp_stub(always_slow)
    assert identity.staff_profile("m.osei", stub.url, timeout=0.5)


def test_session_roundtrip():
    token = identity.issue_session("m.osei", ["desk", "gate"], key=KEY)
    assert identity.can_open_gate(identity.read_session(token, KEY))


def test_session_with_site_key():
    token = identity.issue_session("m.osei", ["desk"])
    assert identity.read_session(token, open(settings.JWT_KEY_FILE).read())


@pytest.fixture(scope="module")
def night_shift_token():
    return identity.issue_session("night.desk", ["desk", "gate"], key=KEY, minutes=0.02)


def test_night_shift_opens_gate(night_shift_token):
    time.sleep(1.5)
    claims = jwt.decode(night_shift_token, KEY, algorithms=["HS256"], audience="stowfold-staff")
    assert identity.can_open_gate(claims)


def test_session_expired_token_refused():
    past = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=2)
    token = identity.issue_session("m.osei", ["desk"], key=KEY, now=past)
    with pytest.raises(jwt.ExpiredSignatureError):
        identity.read_session(token, KEY)


def test_client_token_staging_tls(tls_stub):
    stub = tls_stub(http_answer("200 OK", TOKEN))
    assert identity.client_token(stub.url) == "abc"
