import pytest

from racebib import cache


@pytest.mark.chaos
class TestCache:
    def test_leaderboard_updates_after_finish(self):
        assert cache.leaderboard("M40") == ("R1", "R2")
        cache.record_finish("M40", "R3", 9000)
        assert cache.leaderboard("M40")[0] == "R3"

    def test_leaderboard_empty_category(self):
        assert cache.leaderboard("F75") == ()

    def test_runner_lookup_per_race(self):
        cache.cache_runner("marathon", 101, "Ada Okafor")
        cache.cache_runner("10k", 101, "Ben Hollis")
        assert cache.cached_runner("marathon", 101) == "Ada Okafor"

    def test_runner_lookup_missing(self):
        assert cache.cached_runner("marathon", 999999) is None

    def test_split_snapshot_cached(self):
        snapshot = cache.Snapshot({"5k": 1190, "10k": 2402})
        assert cache.store_snapshot(snapshot)

    @pytest.mark.parametrize("users", [100, 1000, 10000], ids=lambda n: f"{n}-users")
    def test_results_cache_under_load(self, users):
        store = cache.Store()
        for n in range(users):
            store.put(f"bib-{n}", n)
        assert store.get("bib-0") == 0

    @pytest.mark.parametrize("bib", [1, 2, 3, 5, 8, 13, 21, 34, 55, 89])
    def test_store_round_trip(self, bib):
        store = cache.Store()
        store.put(bib, f"runner {bib}")
        assert store.get(bib) == f"runner {bib}"

    def test_store_missing_key(self):
        assert cache.Store().get("absent") is None

    def test_store_overwrite(self):
        store = cache.Store()
        store.put("bib-7", "first")
        store.put("bib-7", "second")
        assert store.get("bib-7") == "second"
