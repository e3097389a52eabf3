import time

import pytest

from kilnrow import members

pytestmark = pytest.mark.chaos

SECRET = "s3cret-for-tests"


def test_fresh_token_verifies():
    token = members.issue("m-12", "member", secret=SECRET)
    assert members.verify(token, secret=SECRET)["sub"] == "m-12"


def test_technician_token_verifies_a_minute_later():
    now = time.time()
    token = members.issue("m-40", "technician", now=now, secret=SECRET)
    assert members.verify(token, now=now + 60, secret=SECRET)["role"] == "technician"


def test_old_token_is_refused():
    token = members.issue("m-12", "member", now=time.time() - 3600, secret=SECRET)
    with pytest.raises(members.TokenError, match="expired"):
        members.verify(token, secret=SECRET)


def test_issue_with_studio_secret():
    token = members.issue("m-7", "member")
    assert token.count(".") == 1


def test_owner_may_fire_kiln():
    assert members.may_fire_kiln({"sub": "m-1", "role": "owner"})


def test_member_may_not_fire_kiln():
    assert not members.may_fire_kiln({"sub": "m-2", "role": "member"})
