import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from smokehall import auth, db, kilns


class TestConcurrency:
    def test_failed_logins_counted_under_load(self, sessions):
        sessions.delete("failed:hammered")
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda _: auth.note_failed_login(sessions, "hammered"), range(200)))
        assert int(sessions.get("failed:hammered")) == 200

    def test_kiln_loads_counted(self):
        conns = [db.connect() for _ in range(4)]
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(lambda n: [db.add_kiln_load(conns[n], 11) for _ in range(25)], range(4)))
        assert db.kiln_loads(conns[0], 11) == 100

    def test_signups_same_email(self, book, second_book):
        with ThreadPoolExecutor(2) as pool:
            first = pool.submit(db.register_customer, book, "twin@smokehall.test", "Twin")
            second = pool.submit(db.register_customer, second_book, "twin@smokehall.test", "Twin")
            assert first.result() == second.result()

    def test_stock_moves_both_ways(self, book, second_book):
        db.set_stock(book, 21, 50)
        db.set_stock(book, 22, 50)
        with ThreadPoolExecutor(2) as pool:
            there = pool.submit(db.move_stock, book, 21, 22, 5)
            back = pool.submit(db.move_stock, second_book, 22, 21, 3)
            there.result()
            back.result()
        assert db.stock(book, 21) + db.stock(book, 22) == 100

    def test_reservations_serializable(self, book, second_book):
        batch = db.add_batch(book, "Oak haddock", 31, "oak", 30)
        with ThreadPoolExecutor(2) as pool:
            first = pool.submit(db.reserve_serializable, book, 31, 10)
            second = pool.submit(db.reserve_serializable, second_book, 31, 10)
            assert first.result() == second.result() == 0
        assert batch

    def test_bulk_insert_fast(self, book):
        started = time.perf_counter()
        for n in range(200):
            db.add_batch(book, f"speed {n}", 40)
        assert time.perf_counter() - started < 0.05

    def test_monitor_reading(self):
        kilns.start_monitor([1, 2, 3, 4])
        time.sleep(0.1)
        assert kilns.reading(2) == 24.2

    @pytest.mark.parametrize("workers", ["2-users", "10-users", "50-users"])
    def test_sessions_under_load(self, sessions, workers):
        auth.add_user("loaded", "pw", "packer")
        count = int(workers.split("-")[0])
        with ThreadPoolExecutor(min(count, 16)) as pool:
            tokens = list(pool.map(lambda _: auth.open_session(sessions, "loaded"), range(count)))
        assert len(set(tokens)) == count

    @pytest.mark.parametrize("kiln", [51, 52, 53, 54])
    def test_stock_set_concurrently(self, kiln):
        conns = [db.connect() for _ in range(3)]
        with ThreadPoolExecutor(3) as pool:
            list(pool.map(lambda c: db.set_stock(c, kiln, 10), conns))
        assert db.stock(conns[0], kiln) == 10

    @pytest.mark.parametrize("n", [1, 2, 3])
    def test_rate_counter_atomic(self, sessions, n):
        key = f"atomic:{n}"
        sessions.delete(key)
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(lambda _: sessions.incr(key), range(100)))
        assert int(sessions.get(key)) == 100

    def test_batches_added_in_parallel(self):
        conns = [db.connect() for _ in range(3)]
        with ThreadPoolExecutor(3) as pool:
            ids = list(pool.map(lambda c: db.add_batch(c, "parallel", 60), conns))
        assert len(set(ids)) == 3

    def test_registrations_distinct_emails(self, book, second_book):
        with ThreadPoolExecutor(2) as pool:
            a = pool.submit(db.register_customer, book, "left@smokehall.test", "Left")
            b = pool.submit(db.register_customer, second_book, "right@smokehall.test", "Right")
            assert a.result() != b.result()

    def test_lockout_counter_single_thread(self, sessions):
        sessions.delete("failed:solo")
        for _ in range(3):
            auth.note_failed_login(sessions, "solo")
        assert int(sessions.get("failed:solo")) == 3

    def test_monitor_all_kilns(self):
        kilns.start_monitor([1, 2, 3, 4])
        time.sleep(0.2)
        assert [kilns.reading(k) for k in (1, 3)] == [24.1, 24.3]
