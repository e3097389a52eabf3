import pytest

from hivekeep import cache
from hivekeep.faults import Faults

_faults = Faults(0.5, seed=11)


@pytest.fixture
def board():
    client = cache.board()
    yield client
    client.close()


@pytest.mark.chaos
class TestCache:
    def test_board_shows_hive(self, board):
        board.set("hive:H1", "queenright")
        assert board.get("hive:H1") == b"queenright"

    def test_board_swarm_flag(self, board):
        assert board.setnx("swarm:H2", 1)

    def test_board_expiry(self, board):
        board.set("alert:H3", 1, ex=5)
        assert board.ttl("alert:H3") > 0

    def test_board_counts_inspections(self, board):
        assert board.incr("inspections:today") >= 1

    def test_board_lists_apiaries(self, board):
        board.sadd("apiaries", "A1")
        assert b"A1" in board.smembers("apiaries")

    def test_apiary_name(self):
        assert cache.apiary_name("A1") == "Orchard Row"

    def test_apiary_renamed(self):
        cache.apiary_name("A2")
        cache.rename_apiary("A2", "Heather Bank North")
        assert cache.apiary_name("A2") == "Heather Bank North"

    def test_lru_keeps_capacity(self):
        lru = cache.Lru(8)
        for n in range(24):
            lru.put(n, n)
        assert len(lru) == 8

    @pytest.mark.parametrize("hive", ["H1", "H2", "H3", "H4"])
    def test_lru_holds_hive(self, hive):
        lru = cache.Lru(8)
        lru.put(hive, "queenright")
        assert lru.items[hive] == "queenright"

    def test_cache_warm_from_register(self):
        _faults.maybe_fail("warming the hive cache")
        assert cache.apiary_name("A3") == "Lime Walk"

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=lambda n: f"{n}-users")
    def test_lookup_under_load(self, users):
        assert all(cache.apiary_name("A1") for _ in range(users))

    def test_unknown_apiary(self):
        with pytest.raises(KeyError):
            cache.apiary_name("Z9")

    def test_lru_empty(self):
        assert len(cache.Lru(4)) == 0

    def test_lru_single_put(self):
        lru = cache.Lru(4)
        lru.put("a", 1)
        assert lru.items == {"a": 1}

    @pytest.mark.parametrize("code", ["A1", "A3"])
    def test_apiary_names_stable(self, code):
        assert cache.apiary_name(code) == cache.apiary_name(code)
