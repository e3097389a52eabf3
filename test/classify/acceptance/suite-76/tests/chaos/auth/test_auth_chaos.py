import json
import threading
import time

import pytest

from hivecote import auth

pytestmark = pytest.mark.chaos


class TestAuthChaos:
    @pytest.mark.parametrize("role", ["beekeeper", "grader", "buyer", "steward", "auditor"])
    def test_token_round_trip(self, role):
        assert auth.verify(auth.issue("ada", role))["role"] == role

    @pytest.mark.parametrize("users", [10, 100, 1000])
    def test_sessions_survive_load(self, users):
        sessions = auth.Sessions()
        for n in range(users):
            sessions.open(f"u{n}")
        assert len(sessions.by_user) == users

    def test_expired_token_refused(self):
        token = auth.issue("ada", "buyer", ttl=1, now=time.time() - 10)
        with pytest.raises(PermissionError):
            auth.verify(token)

    def test_tampered_token_refused(self):
        encoded, signature = auth.issue("ada", "buyer").split(".")
        with pytest.raises(PermissionError):
            auth.verify(encoded + "." + signature[::-1])

    def test_lockout_after_five_failures(self):
        lockout = auth.Lockout()
        for _ in range(5):
            lockout.fail("ada")
        assert lockout.locked("ada")

    def test_lockout_counts_parallel_failures(self):
        lockout = auth.Lockout(limit=10_000)

        def hammer():
            for _ in range(400):
                lockout.fail("mallory")

        threads = [threading.Thread(target=hammer) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert lockout.failures["mallory"] == 3200

    def test_one_session_per_user_under_parallel_logins(self):
        sessions = auth.Sessions()
        barrier = threading.Barrier(6)
        seen = []

        def login():
            barrier.wait()
            seen.append(sessions.open("ada"))

        threads = [threading.Thread(target=login) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(set(seen)) == 1

    def test_refresh_asks_provider_once_under_load(self):
        calls = []

        def provider():
            calls.append(1)
            time.sleep(0.05)
            return f"tok-{len(calls)}", 300

        refresher = auth.Refresher(provider)
        threads = [threading.Thread(target=refresher.current) for _ in range(12)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(calls) == 1

    def test_nonces_unique_in_a_burst(self):
        nonces = [auth.nonce() for _ in range(500)]
        assert len(set(nonces)) == 500

    def test_keyring_from_export(self):
        with open("/tmp/hivecote-keyring.json", encoding="utf-8") as handle:
            keyring = json.load(handle)
        assert keyring["active"] in keyring["keys"]

    def test_password_hashes_in_pool(self):
        hashes = auth.hash_many(["hunter2", "correct horse", "queen bee"])
        assert len(set(hashes)) == 3

    def test_password_hash_stable(self):
        assert auth.hash_one("hunter2") == auth.hash_one("hunter2")

    def test_refresh_reuses_fresh_token(self):
        refresher = auth.Refresher(lambda: ("tok", 300))
        assert refresher.current() is refresher.current()

    @pytest.mark.parametrize("user", ["bo", "cy"])
    def test_user_in_claims(self, user):
        assert auth.verify(auth.issue(user, "grader"))["sub"] == user
