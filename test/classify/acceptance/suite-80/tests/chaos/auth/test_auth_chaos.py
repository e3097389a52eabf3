import time

import pytest

from cordwood import sessions


@pytest.fixture
def users():
    conn = sessions.connect()
    sessions.add_user(conn, "dev", "logs-and-kindling")
    sessions.add_user(conn, "ann", "split-oak", role="customer")
    yield conn
    conn.close()


@pytest.fixture(scope="module")
def shared_users():
    conn = sessions.connect()
    sessions.add_user(conn, "gus", "birch-bark")
    yield conn
    conn.close()


class TestTokens:
    def test_issue_and_verify(self):
        assert sessions.verify(sessions.issue("dev", "driver"))["sub"] == "dev"

    def test_role_claim(self):
        assert sessions.verify(sessions.issue("ann", "customer"))["role"] == "customer"

    def test_tampered_token_refused(self):
        token = sessions.issue("dev", "driver")
        with pytest.raises(sessions.TokenError, match="bad signature"):
            sessions.verify(token[:-2] + "00")

    def test_expired_token_refused(self):
        token = sessions.issue("dev", "driver", ttl=60, now=time.time() - 120)
        with pytest.raises(sessions.TokenError, match="expired"):
            sessions.verify(token)

    def test_short_token_expires(self):
        token = sessions.issue("dev", "driver", ttl=1)
        time.sleep(0.2)
        with pytest.raises(sessions.TokenError, match="expired"):
            sessions.verify(token)

    @pytest.mark.parametrize("role", ["driver", "customer", "office"])
    def test_roles_round_trip(self, role):
        assert sessions.verify(sessions.issue("x", role))["role"] == role


class TestLogin:
    def test_login_gives_token(self, users):
        assert sessions.verify(sessions.login(users, "dev", "logs-and-kindling"))["sub"] == "dev"

    def test_wrong_password(self, users):
        with pytest.raises(sessions.TokenError, match="bad name or password"):
            sessions.login(users, "dev", "nope")

    def test_unknown_user(self, users):
        with pytest.raises(sessions.TokenError, match="bad name or password"):
            sessions.login(users, "zed", "x")

    def test_lockout_after_three(self, users):
        for _ in range(3):
            with pytest.raises(sessions.TokenError):
                sessions.login(users, "ann", "wrong")
        with pytest.raises(sessions.TokenError, match="locked out"):
            sessions.login(users, "ann", "split-oak")

    def test_gus_wrong_three_times(self, shared_users):
        for _ in range(3):
            with pytest.raises(sessions.TokenError):
                sessions.login(shared_users, "gus", "wrong")

    def test_gus_wrong_once_more(self, shared_users):
        with pytest.raises(sessions.TokenError, match="bad name or password"):
            sessions.login(shared_users, "gus", "wrong")


class TestSessions:
    def test_session_user(self, users):
        token = sessions.login(users, "dev", "logs-and-kindling")
        assert sessions.session_user(users, token) == "dev"

    def test_unknown_session(self, users):
        assert sessions.session_user(users, "nope") is None

    def test_logout_seen_elsewhere(self, tmp_path):
        path = str(tmp_path / "sessions.db")
        first = sessions.connect(path)
        sessions.add_user(first, "dev", "pw")
        token = sessions.login(first, "dev", "pw")
        sessions.logout(first, token)
        second = sessions.connect(path)
        assert second.execute("SELECT count(*) FROM sessions").fetchone()[0] == 0

    def test_role_after_change(self, users):
        assert sessions.role_of(users, "dev") == "driver"
        sessions.set_role(users, "dev", "office")
        assert sessions.role_of(users, "dev") == "office"

    def test_logout_removes_session(self, users):
        token = sessions.login(users, "dev", "logs-and-kindling")
        sessions.logout(users, token)
        assert sessions.session_user(users, token) is None

    def test_role_of_unknown(self, users):
        assert sessions.role_of(users, "nobody-here") is None
