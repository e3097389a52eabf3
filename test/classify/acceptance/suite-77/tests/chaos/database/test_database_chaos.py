import sqlite3
import threading

import pytest

from ropewalk import db


@pytest.fixture
def orders_conn(ledger_folder):
    pool = db.pool("orders", ledger_folder)
    conn = db.migrate(pool.connect())
    yield conn
    pool.release(conn)


@pytest.fixture
def main_dsn():
    return db.main_dsn()


@pytest.mark.chaos
class TestDatabaseChaos:
    def test_add_and_total(self, orders_conn):
        db.add_rope(orders_conn, "manila", 220)
        db.add_rope(orders_conn, "manila", 110)
        assert db.total_metres(orders_conn, "manila") == 330

    def test_total_of_unknown_kind(self, orders_conn):
        assert db.total_metres(orders_conn, "kevlar") is None

    def test_ids_increase(self, orders_conn):
        first = db.add_rope(orders_conn, "hemp", 50)
        assert db.add_rope(orders_conn, "hemp", 60) == first + 1

    def test_kind_required(self, orders_conn):
        with pytest.raises(sqlite3.IntegrityError):
            db.add_rope(orders_conn, None, 10)

    def test_ropes_by_tension(self, orders_conn):
        db.add_rope(orders_conn, "nylon", 100, lay_mm=40)
        assert db.ropes_by_tension(orders_conn, 12.5) == []

    def test_ledger_pool_connects(self, ledger_folder):
        pool = db.pool("ledger", ledger_folder)
        conn = db.migrate(pool.connect())
        pool.release(conn)

    def test_ledger_pool_serves_two(self, ledger_folder):
        pool = db.pool("ledger", ledger_folder)
        conns = [pool.connect() for _ in range(2)]
        assert len(conns) == 2

    def test_archive_pool(self, ledger_folder):
        pool = db.pool("archive", ledger_folder)
        assert pool.size == 2

    def test_orders_pool_of_four(self, ledger_folder):
        pool = db.pool("orders", ledger_folder)
        conns = [pool.connect() for _ in range(4)]
        for conn in conns:
            pool.release(conn)
        assert pool.size == 4

    def test_orders_pool_exhausted(self, ledger_folder):
        pool = db.pool("orders", ledger_folder)
        pool.wait = 0.05
        held = [pool.connect() for _ in range(4)]
        with pytest.raises(db.PoolTimeout):
            pool.connect()
        for conn in held:
            pool.release(conn)

    def test_reports_dsn(self):
        assert db.reports_dsn().startswith("sqlite://reporter:")

    def test_main_dsn_is_postgres(self, main_dsn):
        assert main_dsn.startswith("postgresql://")

    def test_main_dsn_has_database(self, main_dsn):
        assert main_dsn.rsplit("/", 1)[1]

    def test_main_dsn_port(self, main_dsn):
        assert ":5432/" in main_dsn

    def test_record_migration(self):
        assert db.record_migration(7).name == ".state.json"

    @pytest.mark.parametrize("rows", [10, 100, 1000], ids=lambda n: f"{n}-rows")
    def test_bulk_insert(self, orders_conn, rows):
        orders_conn.executemany("insert into ropes (kind, metres) values ('hemp', ?)", [(i,) for i in range(rows)])
        orders_conn.commit()
        assert db.total_metres(orders_conn, "hemp") == sum(range(rows))

    def test_two_writers(self, ledger_folder):
        path = ledger_folder / "w.db"
        db.migrate(sqlite3.connect(path)).close()
        errors = []

        def write(kind):
            conn = sqlite3.connect(path, timeout=5)
            try:
                db.add_rope(conn, kind, 1)
            except sqlite3.Error as error:
                errors.append(error)
            finally:
                conn.close()

        threads = [threading.Thread(target=write, args=(k,)) for k in ("a", "b", "c")]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []

    def test_rollback_discards(self, orders_conn):
        orders_conn.execute("insert into ropes (kind, metres) values ('sisal', 5)")
        orders_conn.rollback()
        assert db.total_metres(orders_conn, "sisal") is None

    def test_lay_length_stored(self, orders_conn):
        rope = db.add_rope(orders_conn, "manila", 10, lay_mm=36)
        assert orders_conn.execute("select lay_mm from ropes where id = ?", (rope,)).fetchone() == (36,)
