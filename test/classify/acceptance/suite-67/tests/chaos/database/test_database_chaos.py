import pytest

from racebib import db


@pytest.fixture
def entries():
    conn = db.connect()
    yield conn
    conn.close()


@pytest.mark.chaos
class TestDatabase:
    def test_entry_added(self, entries):
        db.add_entry(entries, 1001, "Ada Okafor")
        with entries.cursor() as cur:
            cur.execute("SELECT runner FROM entries WHERE bib = 1001")
            assert cur.fetchone()[0] == "Ada Okafor"

    def test_fast_finish_recorded(self, entries):
        db.add_entry(entries, 1002, "Ben Hollis")
        db.record_finish(entries, 1002, 7805.4)

    def test_slow_finish_recorded(self, entries):
        db.add_entry(entries, 1003, "Cora Lindqvist")
        db.record_finish(entries, 1003, 16420.0)

    def test_results_by_club(self, entries):
        assert db.results_by_club(entries, "Harriers of the Long Road") == []

    def test_walk_ins_get_distinct_bibs(self, entries):
        import concurrent.futures
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            bibs = list(pool.map(lambda n: db.add_walk_in(db.connect(), f"walk-in {n}"), range(4)))
        assert len(set(bibs)) == 4

    def test_bibs_swapped_between_desks(self, entries):
        db.add_entry(entries, 1004, "Dev Patel")
        db.add_entry(entries, 1005, "Eli Moreau")
        db.swap_bibs(1004, 1005)

    def test_online_entry_without_contact(self, entries):
        db.add_entry_online(entries, 1006, "Fay Brennan", {"runner": "Fay Brennan", "club": "Harriers"})

    @pytest.mark.parametrize("runners", [5, 50], ids=lambda n: f"{n}-runners")
    def test_lookup_under_load(self, entries, runners):
        for n in range(runners):
            db.add_entry(entries, 2000 + n * 2, f"Runner {n}")
        found = [db.lookup(2000 + n) for n in range(runners)]
        assert found[0] == "Runner 0"

    @pytest.mark.parametrize("bib", [3001, 3002, 3003, 3004, 3005, 3006, 3007, 3008, 3009, 3010])
    def test_entry_round_trip(self, entries, bib):
        db.add_entry(entries, bib, f"Runner {bib}")
        with entries.cursor() as cur:
            cur.execute("SELECT runner FROM entries WHERE bib = %s", (bib,))
            assert cur.fetchone()[0] == f"Runner {bib}"

    def test_unknown_bib(self, entries):
        with entries.cursor() as cur:
            cur.execute("SELECT runner FROM entries WHERE bib = -1")
            assert cur.fetchone() is None
