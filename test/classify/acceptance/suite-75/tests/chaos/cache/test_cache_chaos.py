import threading
import time

import pytest

from brinewell import cache


@pytest.mark.chaos
class TestCacheChaos:
    def test_put_then_get(self):
        c = cache.TTLCache(60, 10)
        c.put("flake", 3.2)
        assert c.get("flake") == 3.2

    def test_missing_key(self):
        assert cache.TTLCache(60, 10).get("nothing") is None

    def test_expired_entry_dropped(self):
        c = cache.TTLCache(-1, 10)
        c.put("flake", 3.2)
        assert c.get("flake") is None

    def test_lru_evicts_oldest(self):
        c = cache.TTLCache(60, 2)
        for key in "abc":
            c.put(key, key)
        assert list(c.items) == ["b", "c"]

    def test_grade_cache_from_settings(self):
        c = cache.grade_cache()
        c.put("flake", 3.2)
        assert c.get("flake") == 3.2

    def test_reading_cache_keeps_value_for_a_cycle(self):
        c = cache.reading_cache()
        c.put(3, {"pan": 3, "salinity": 26.1})
        time.sleep(0.1)
        assert c.get(3) == {"pan": 3, "salinity": 26.1}

    @pytest.mark.parametrize("users,grades", [(10, 2), (100, 5)], ids=["10-users", "100-users"])
    def test_grade_hit_ratio_under_load(self, users, grades):
        c = cache.small_grade_cache()
        for i in range(users):
            key = f"grade-{i % grades}"
            if c.get(key) is None:
                c.put(key, i)
        assert c.hits / users >= 0.5

    def test_harvest_cache_from_settings(self):
        c = cache.harvest_cache()
        c.put("pan-1", 40.0)
        assert c.get("pan-1") == 40.0

    def test_harvest_keys_distinct_per_works(self):
        assert cache.harvest_key("north", 3) != cache.harvest_key("south", 3)

    def test_report_cache_round_trip(self):
        reports = cache.ReportCache()
        reports.save("week-49", {"kg": 812.5})
        assert reports.load("week-49") == {"kg": 812.5}

    def test_report_cache_in_tmp(self, tmp_path):
        reports = cache.ReportCache(tmp_path)
        reports.save("week-48", {"kg": 790.0})
        assert reports.load("week-48") == {"kg": 790.0}

    def test_expiry_with_patched_clock(self, monkeypatch):
        c = cache.TTLCache(60, 10)
        c.put("flake", 3.2)
        monkeypatch.setattr("brinewell.clock.now", lambda: time.time() + 3600)
        assert c.get("flake") is None

    def test_memo_computes_once(self):
        memo = cache.Memo(lambda key: key * 2)
        assert [memo.get(2), memo.get(2)] == [4, 4]
        assert memo.calls == 1

    def test_memo_under_threads(self):
        memo = cache.Memo(lambda key: sum(range(20000)) + key)
        threads = [threading.Thread(target=memo.get, args=(1,)) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert memo.calls == 1

    def test_hits_counted(self):
        c = cache.TTLCache(60, 10)
        c.put("a", 1)
        c.get("a")
        c.get("b")
        assert (c.hits, c.misses) == (1, 1)

    @pytest.mark.parametrize("size", [1, 5, 50])
    def test_never_over_capacity(self, size):
        c = cache.TTLCache(60, size)
        for i in range(size * 3):
            c.put(i, i)
        assert len(c.items) == size

    def test_reading_cache_capacity(self):
        assert cache.reading_cache_sized().max_entries == 500

    def test_cache_dir_size(self, tmp_path):
        (tmp_path / "a.json").write_text("{}")
        assert cache.cache_dir_size(tmp_path) == 2
