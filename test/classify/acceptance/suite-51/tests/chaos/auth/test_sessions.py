import time

import pytest

from bowstring import auth

pytestmark = pytest.mark.chaos


@pytest.fixture(scope="module")
def rehearsal_session():
    return auth.issue_session({"member": 7, "section": "cello"})


@pytest.mark.parametrize("member", [1, 2, 3, 5, 8, 13])
def test_issued_session_reads_back(member):
    cookie = auth.issue_session({"member": member})
    assert auth.read_fresh_session(cookie, max_age=60) == {"member": member}


def test_session_cookie_round_trip():
    cookie = auth.issue_session({"member": 9, "section": "horn"})
    assert auth.read_session(cookie)["section"] == "horn"


def test_tampered_session_is_refused():
    from itsdangerous import BadSignature
    cookie = auth.issue_session({"member": 9})
    with pytest.raises(BadSignature):
        auth.read_fresh_session(cookie[:-2] + "xx", max_age=60)


def test_session_survives_a_short_break(rehearsal_session):
    time.sleep(2.1)
    assert auth.read_fresh_session(rehearsal_session, max_age=1)["member"] == 7
