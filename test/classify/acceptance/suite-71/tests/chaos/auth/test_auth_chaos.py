import threading
import time

import pytest

from humpyard import auth, settings

LOADS = pytest.mark.parametrize("users", [10, 100, 1000], ids=["10-users", "100-users", "1000-users"])


def all_at_once(count, target):
    barrier = threading.Barrier(count)
    results = []
    lock = threading.Lock()

    def run():
        barrier.wait()
        outcome = target()
        with lock:
            results.append(outcome)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.chaos
class TestAuth:
    def test_token_round_trip(self):
        claims = auth.verify(auth.issue("ann", "shunter"))
        assert claims["sub"] == "ann" and claims["role"] == "shunter"

    def test_tampered_token_refused(self):
        token = auth.issue("ann", "shunter")
        payload, _, mac = token.rpartition(".")
        with pytest.raises(auth.TokenError, match="bad signature"):
            auth.verify(payload + "x." + mac)

    def test_expired_token_refused(self):
        token = auth.issue("ann", "crew", ttl=60, now=time.time() - 3600)
        with pytest.raises(auth.TokenError, match="expired"):
            auth.verify(token)

    def test_shunter_cannot_close_track(self):
        assert not auth.allowed("shunter", "close_track")

    def test_shunter_cannot_release_brakes_on_a_train(self):
        assert not auth.allowed("shunter", "release_brakes")

    def test_owner_only_reads(self):
        assert auth.allowed("owner", "read_ledger") and not auth.allowed("owner", "couple")

    def test_refresh_token_single_use(self):
        tokens = auth.RefreshTokens()
        refresh = tokens.grant("crew-17")
        tokens.exchange(refresh)
        with pytest.raises(auth.TokenError):
            tokens.exchange(refresh)

    @LOADS
    def test_refresh_token_exchanged_once_under_load(self, users):
        tokens = auth.RefreshTokens()
        refresh = tokens.grant("crew-17")

        def attempt():
            try:
                tokens.exchange(refresh)
                return "issued"
            except auth.TokenError:
                return "refused"

        results = all_at_once(min(users, 50), attempt)
        assert results.count("issued") == 1

    @LOADS
    def test_sessions_survive_load(self, users):
        sessions = auth.Sessions(settings.SESSION_LIMIT)
        sessions.open("yardmaster")
        for user in range(users):
            sessions.open(f"shunter-{user}")
        assert sessions.is_live("yardmaster")

    @LOADS
    def test_login_gate_under_load(self, users):
        gate = auth.LoginGate(settings.LOGIN_SLOTS)
        for user in range(20):
            gate.enrol(f"crew-{user}", "points")
        results = all_at_once(min(users, 20), lambda: gate.login(f"crew-{users % 20}", "points"))
        assert all(results)

    def test_unknown_users_do_not_lock_out_the_gate(self):
        gate = auth.LoginGate(settings.LOGIN_SLOTS)
        gate.enrol("yardmaster", "hump")
        for stranger in range(settings.LOGIN_SLOTS):
            with pytest.raises(KeyError):
                gate.login(f"stranger-{stranger}", "guess")
        assert gate.login("yardmaster", "hump")

    def test_logout_after_login(self):
        gate = auth.LoginGate(settings.LOGIN_SLOTS)
        gate.enrol("crew-4", "points")
        assert gate.login("crew-4", "points")
        gate.logout("crew-4")

    def test_order_replay_refused(self):
        guard = auth.NonceGuard()
        assert guard.accept("n-1")
        assert not guard.accept("n-1")

    def test_order_replay_refused_when_sent_twice_at_once(self):
        guard = auth.NonceGuard()
        accepted = all_at_once(8, lambda: guard.accept("n-42"))
        assert accepted.count(True) == 1

    def test_wrong_password_as_slow_as_right_one(self):
        gate = auth.LoginGate(settings.LOGIN_SLOTS)
        gate.enrol("crew-9", "points")
        started = time.perf_counter()
        gate.login("crew-9", "points")
        right = time.perf_counter() - started
        started = time.perf_counter()
        gate.login("crew-9", "wrong")
        wrong = time.perf_counter() - started
        assert abs(right - wrong) < 0.0002
