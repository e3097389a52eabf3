import concurrent.futures
import threading

import pytest

from tidemark import conc, net


def run_threads(count, target):
    threads = [threading.Thread(target=target) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)


class TestRefresher:
    def test_one_refresh_under_load(self):
        refresher = conc.Refresher()
        run_threads(12, refresher.current)
        assert refresher.calls == 1

    def test_token_shared_by_threads(self):
        refresher = conc.Refresher()
        refresher.current()
        seen = set()
        run_threads(8, lambda: seen.add(refresher.current()))
        assert len(seen) == 1


class TestRateLimiter:
    def test_limit_holds_under_parallel_calls(self):
        limiter = conc.RateLimiter(per_second=5)
        allowed = []
        run_threads(60, lambda: allowed.append(limiter.allow()))
        assert allowed.count(True) <= 5

    @pytest.mark.parametrize("limit", [1, 3, 10])
    def test_limit_holds_in_sequence(self, limit):
        limiter = conc.RateLimiter(per_second=limit)
        allowed = [limiter.allow() for _ in range(limit)]
        assert all(allowed)


class TestNonces:
    def test_nonces_unique_in_a_burst(self):
        nonces = [conc.nonce() for _ in range(300)]
        assert len(set(nonces)) == len(nonces)

    def test_nonce_shape(self):
        assert conc.nonce().startswith("n")


class TestSlots:
    @pytest.mark.parametrize("pilots", [2, 4, 6, 8])
    def test_each_pilot_gets_a_distinct_slot(self, pilots):
        slots = conc.Slots([f"{h:02d}00" for h in range(pilots)])
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            taken = list(pool.map(slots.take, [f"pilot-{n}" for n in range(pilots)]))
        assert len(set(taken)) == pilots

    def test_all_slots_recorded(self):
        slots = conc.Slots(["0600", "0700", "0800"])
        run_threads(3, lambda: slots.take("pilot-1"))
        assert sorted(slots.taken) == ["0600", "0700", "0800"]


class TestParallelCalls:
    def test_parallel_quotes_within_budget(self, gateway):
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            futures = [pool.submit(net.get_json, f"{gateway}/ok/q{n}") for n in range(4)]
            futures.append(pool.submit(net.get_json, f"{gateway}/slow", timeout=5))
            answers = [future.result(timeout=1.5) for future in futures]
        assert len(answers) == 5

    def test_parallel_ok_calls(self, gateway):
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            answers = list(pool.map(net.get_json, [f"{gateway}/ok/p{n}" for n in range(8)]))
        assert all(answer["ok"] for answer in answers)

    def test_lossy_gateway_from_eight_threads(self, gateway):
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(net.get_json, [f"{gateway}/lossy"] * 8))
        assert all(answer["ok"] for answer in answers)

    def test_backoff_capped_with_jitter(self):
        delays = [net.backoff(attempt, base=0.02, cap=1.0) for attempt in range(12)]
        assert max(delays) <= 1.0

    @pytest.mark.parametrize("attempt", [0, 1, 2, 3])
    def test_backoff_grows(self, attempt):
        assert net.backoff(attempt + 1, base=0.5, cap=60) > 0.5 * 2 ** attempt
