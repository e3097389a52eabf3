import threading

import pytest

from skywicker import crews, db


class TestConcurrency:
    def test_propane_taken_by_crews(self):
        store = crews.PropaneStore(40)
        crews.run_crews(store.take, 8)
        assert store.cylinders == 32

    def test_hitch_while_loading(self):
        yard = crews.Yard()
        errors = []

        def guarded(work):
            try:
                work()
            except TimeoutError as error:
                errors.append(error)

        a = threading.Thread(target=guarded, args=(yard.hitch,))
        b = threading.Thread(target=guarded, args=(yard.load_basket,))
        a.start(); b.start(); a.join(); b.join()
        if errors:
            raise errors[0]

    def test_single_crew_takes_one(self):
        store = crews.PropaneStore(5)
        store.take()
        assert store.cylinders == 4

    @pytest.mark.parametrize("cylinders", [1, 2, 3, 4])
    def test_store_counts_down(self, cylinders):
        store = crews.PropaneStore(cylinders)
        for _ in range(cylinders):
            store.take()
        assert store.cylinders == 0

    def test_hitch_alone(self):
        crews.Yard().hitch()

    def test_crews_join(self):
        done = []
        crews.run_crews(lambda: done.append(1), 5)
        assert len(done) == 5

    @pytest.mark.parametrize("users", ["10-users", "100-users", "500-users"])
    def test_concurrent_bookings(self, audited, users):
        count = int(users.split("-")[0]) // 10
        flight = db.add_flight(audited, "Ashbury Down", "Ruth", count)
        for n in range(count):
            db.book(audited, flight, f"{users}-{n}", 70)
        assert len(db.passengers(audited, flight)) == count

    @pytest.mark.parametrize("desks", [2, 4, 8])
    def test_desks_book_same_flight(self, audited, desks):
        flight = db.add_flight(audited, "Kellet Field", "Omar", desks)
        for n in range(desks):
            db.book(audited, flight, f"desk-{n}", 80)
        assert db.load_kg(audited, flight) == 80 * desks

    def test_flight_added_while_booking(self, audited):
        first = db.add_flight(audited, "Wenlow", "Ruth", 4)
        second = db.add_flight(audited, "Wenlow", "Omar", 4)
        assert second > first

    def test_audit_rows_ordered(self, audited):
        with audited.cursor() as cur:
            cur.execute("SELECT count(*) FROM chaos_audit")
            assert cur.fetchone()[0] >= 1

    @pytest.mark.parametrize("threads", [2, 4, 8])
    def test_threads_share_one_connection(self, audited, threads):
        flight = db.add_flight(audited, "Brockhill", "Ruth", threads)
        lock = threading.Lock()

        def book_one(n):
            with lock:
                db.book(audited, flight, f"t{n}", 75)

        workers = [threading.Thread(target=book_one, args=(n,)) for n in range(threads)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        assert len(db.passengers(audited, flight)) == threads

    def test_bookings_survive_rollback(self, audited):
        flight = db.add_flight(audited, "Brockhill", "Omar", 2)
        audited.rollback()
        assert db.passengers(audited, flight) == []
