import pytest

from smokehall import auth, cache


@pytest.fixture(autouse=True)
def users():
    auth.USERS.clear()
    auth.add_user("ines", "brine-and-oak", "smoker")
    auth.add_user("tom", "alder-99", "packer")
    auth.add_user("trade", "kippers-by-the-crate", "customer")


class TestAuth:
    def test_password_accepted(self):
        assert auth.check_password("ines", "brine-and-oak")

    def test_wrong_password_refused(self):
        assert not auth.check_password("ines", "brine-and-beech")

    @pytest.mark.parametrize("name", ["ines", "tom", "trade"])
    def test_salts_differ(self, name):
        auth.add_user(name + "2", "same", "packer")
        auth.add_user(name + "3", "same", "packer")
        assert auth.USERS[name + "2"]["hash"] != auth.USERS[name + "3"]["hash"]

    @pytest.mark.parametrize("name", ["ines", "tom", "trade"])
    def test_session_opened(self, sessions, name):
        token = auth.open_session(sessions, name)
        assert auth.session(sessions, token)["user"] == name

    def test_session_role(self, sessions):
        token = auth.open_session(sessions, "tom")
        assert auth.session(sessions, token)["role"] == "packer"

    def test_session_closed(self, sessions):
        token = auth.open_session(sessions, "ines")
        auth.close_session(sessions, token)
        assert auth.session(sessions, token) is None

    def test_session_ttl_within_a_day(self, sessions):
        token = auth.open_session(sessions, "ines")
        assert 0 < auth.session_ttl(sessions, token) <= 24 * 3600

    def test_lockout_after_five(self, sessions):
        for _ in range(5):
            auth.note_failed_login(sessions, "lock-me")
        assert auth.is_locked_out(sessions, "lock-me")

    def test_no_lockout_after_four(self, sessions):
        for _ in range(4):
            auth.note_failed_login(sessions, "four-times")
        assert not auth.is_locked_out(sessions, "four-times")

    def test_rate_limit_allows_burst(self):
        limiter = cache.rate_limiter()
        assert all(auth.allow_request(limiter, "kiosk-1") for _ in range(10))

    def test_rate_limit_blocks_flood(self):
        limiter = cache.rate_limiter()
        results = [auth.allow_request(limiter, "kiosk-2") for _ in range(12)]
        assert results[-1] is False

    def test_login_audited(self, audit_db):
        auth.audit_login(audit_db, "ines", "ok")

    def test_failed_login_audited(self, audit_db):
        auth.audit_login(audit_db, "ines", "refused")

    def test_logout_audited(self, audit_db):
        auth.audit_login(audit_db, "tom", "logout")

    @pytest.mark.parametrize("role", ["smoker", "packer", "customer"])
    def test_roles_kept(self, role):
        auth.add_user("r-" + role, "pw", role)
        assert auth.USERS["r-" + role]["role"] == role

    def test_tokens_unique(self, sessions):
        assert len({auth.open_session(sessions, "trade") for _ in range(20)}) == 20
