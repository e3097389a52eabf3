import io
import time
import urllib.error
import urllib.request

import pytest

from tidemark import cache, net


class TestTokenCache:
    def test_token_reused_within_its_life(self):
        tokens = cache.TokenCache()
        assert tokens.get() == tokens.get()
        assert tokens.fetches == 1

    def test_token_per_scope(self):
        tokens = cache.TokenCache()
        assert tokens.get(scope="pilots:read") != tokens.get(scope="slots:read")

    def test_token_fetched_again_after_expiry(self, monkeypatch):
        tokens = cache.TokenCache()
        tokens.get()
        later = time.time() + 700
        monkeypatch.setattr(cache.time, "time", lambda: later)
        tokens.get()
        assert tokens.fetches == 2


class TestAnswerCache:
    def test_answer_served_from_memory(self, gateway):
        answers = cache.AnswerCache()
        assert answers.get(f"{gateway}/ok/a") == answers.get(f"{gateway}/ok/a")

    def test_answers_kept_apart_by_url(self, gateway):
        answers = cache.AnswerCache()
        assert answers.get(f"{gateway}/ok/a") != answers.get(f"{gateway}/ok/b")

    def test_answer_refetched_after_max_age(self, gateway, monkeypatch):
        answers = cache.AnswerCache(max_age=5)
        answers.get(f"{gateway}/ok/c")
        start = time.monotonic()
        monkeypatch.setattr(cache.time, "monotonic", lambda: start + 10)
        assert answers.get(f"{gateway}/ok/c")["path"] == "/ok/c"

    def test_second_call_served_without_network(self, dead_url, monkeypatch):
        calls = []

        class Answer(io.BytesIO):
            headers = {"Content-Type": "application/json"}

        def fake_urlopen(req, **kwargs):
            calls.append(req.full_url)
            return Answer(b'{"berths": []}')

        monkeypatch.setattr(urllib.request, "urlopen", fake_urlopen)
        answers = cache.AnswerCache()
        answers.get(f"{dead_url}/berths")
        answers.get(f"{dead_url}/berths")
        assert calls == [f"{dead_url}/berths"]

    def test_gateway_failure_not_remembered(self, gateway, monkeypatch):
        answers = cache.AnswerCache()
        outcomes = [urllib.error.URLError(ConnectionResetError(104, "Connection reset by peer")), {"ok": True}]

        def flaky_get(url):
            outcome = outcomes.pop(0)
            if isinstance(outcome, Exception):
                raise outcome
            return outcome

        monkeypatch.setattr(net, "get_json", flaky_get)
        with pytest.raises(urllib.error.URLError):
            answers.get(f"{gateway}/ok/d")
        assert answers.get(f"{gateway}/ok/d") == {"ok": True}

    def test_cache_key_per_user(self):
        alice = cache.header_key({"authorization": "Bearer alice"})
        bob = cache.header_key({"authorization": "Bearer bob"})
        assert alice != bob


class TestTTLMap:
    @pytest.mark.parametrize("key", ["berth-1", "berth-2", "berth-3", "tug-1", "tug-2"])
    def test_value_kept_within_ttl(self, key):
        ttl = cache.TTLMap(5)
        ttl.put(key, "free")
        assert ttl.get(key) == "free"

    @pytest.mark.parametrize("key", ["berth-1", "tug-1", "slot-0630"])
    def test_missing_key_is_none(self, key):
        assert cache.TTLMap(5).get(key) is None

    def test_overwrite_keeps_latest(self):
        ttl = cache.TTLMap(5)
        ttl.put("berth-4", "free")
        ttl.put("berth-4", "taken")
        assert ttl.get("berth-4") == "taken"

    def test_zero_ttl_never_holds(self):
        ttl = cache.TTLMap(0)
        ttl.put("berth-5", "free")
        assert ttl.get("berth-5") is None

    def test_slot_hold_expires(self):
        ttl = cache.TTLMap(0.5)
        ttl.put("slot-0630", "pilot-2")
        time.sleep(0.3)
        assert ttl.get("slot-0630") is None

    def test_many_keys_kept(self):
        ttl = cache.TTLMap(5)
        for n in range(500):
            ttl.put(n, n)
        assert all(ttl.get(n) == n for n in range(500))
