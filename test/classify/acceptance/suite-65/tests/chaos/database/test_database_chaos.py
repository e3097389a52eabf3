import os
import threading
import time

import pytest

from gridcall import db


@pytest.fixture(scope="module")
def night_session(register_schema):
    """A session held open across the register's maintenance restart (asked of the chaos runner)."""
    conn = db.connect()
    with open(".pg-restart", "w"):
        pass
    deadline = time.monotonic() + 30
    while os.path.exists(".pg-restart") and time.monotonic() < deadline:
        time.sleep(0.1)
    yield conn
    conn.close()


def _together(count, work):
    barrier = threading.Barrier(count)
    errors = []

    def run(n):
        barrier.wait()
        try:
            work(n)
        except Exception as error:
            errors.append(error)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]


@pytest.mark.chaos
class TestDatabase:
    def test_register_lists_feeders(self, register):
        with register.cursor() as cur:
            cur.execute("SELECT name FROM feeders ORDER BY name")
            assert [row[0] for row in cur.fetchall()] == ["F-101", "F-102"]

    @pytest.mark.parametrize("feeder", ["F-101", "F-102"])
    def test_feeder_customers(self, register, feeder):
        with register.cursor() as cur:
            cur.execute("SELECT customers FROM feeders WHERE name = %s", (feeder,))
            assert cur.fetchone()[0] > 0

    def test_incident_opened(self, register):
        assert db.open_incident(register, "F-101") >= 1

    def test_incident_state_updated(self, register):
        number = db.open_incident(register, "F-102")
        db.set_state(register, number, "crew-assigned")
        with register.cursor() as cur:
            cur.execute("SELECT state FROM incidents WHERE number = %s", (number,))
            assert cur.fetchone() == ("crew-assigned",)

    @pytest.mark.parametrize("dispatchers", [2, 8], ids=lambda n: f"{n}-dispatchers")
    def test_incidents_opened_together(self, register_schema, dispatchers):
        def work(n):
            conn = db.connect()
            try:
                db.open_incident(conn, f"F-10{n % 2 + 1}")
            finally:
                conn.close()

        _together(dispatchers, work)

    def test_incident_restored(self, register):
        number = db.open_incident(register, "F-101")
        db.close_incident(register, number)

    def test_state_change_while_crew_edits(self, register):
        number = db.open_incident(register, "F-101")
        other = db.connect()
        other.autocommit = False
        try:
            with other.cursor() as cur:
                cur.execute("UPDATE incidents SET state = 'crew-on-site' WHERE number = %s", (number,))
            db.set_state(register, number, "escalated")
        finally:
            other.rollback()
            other.close()

    def test_calls_per_feeder(self, register):
        assert db.calls_for(register, "F-101") >= 0

    @pytest.mark.parametrize("crews", [5, 50], ids=lambda n: f"{n}-crews")
    def test_crew_lookups_through_pool(self, register_schema, crews):
        pool = db.Pool(size=5)
        try:
            _together(crews, lambda n: pool.crew_count())
        finally:
            pool.close()

    def test_reporting_replica_sees_new_incident(self, register):
        replica = db.Replica()
        try:
            time.sleep(2.5)
            number = db.open_incident(register, "F-102")
            assert replica.state(number) == "open"
        finally:
            replica.stop.set()

    def test_reporting_replica_catches_up(self, register):
        replica = db.Replica()
        try:
            number = db.open_incident(register, "F-101")
            time.sleep(4.5)
            assert replica.state(number) == "open"
        finally:
            replica.stop.set()

    @pytest.mark.parametrize("users", [10, 100], ids=lambda n: f"{n}-users")
    def test_register_under_load(self, register, users):
        with register.cursor() as cur:
            for _ in range(users):
                cur.execute("SELECT count(*) FROM incidents")

    def test_crew_inserted(self, register):
        with register.cursor() as cur:
            cur.execute("INSERT INTO crews VALUES ('north-1', 'Hillside') ON CONFLICT DO NOTHING")
            assert cur.rowcount in (0, 1)

    def test_crew_depot(self, register):
        with register.cursor() as cur:
            cur.execute("SELECT depot FROM crews WHERE name = 'north-1'")
            assert cur.fetchone() == ("Hillside",)

    def test_register_server_version(self, register):
        assert register.server_version >= 150000

    def test_night_session_open(self, night_session):
        with night_session.cursor() as cur:
            cur.execute("SELECT 1")

    def test_night_session_lists_open_incidents(self, night_session):
        with night_session.cursor() as cur:
            cur.execute("SELECT count(*) FROM incidents WHERE state = 'open'")

    def test_night_session_feeder_totals(self, night_session):
        with night_session.cursor() as cur:
            cur.execute("SELECT sum(customers) FROM feeders")

    def test_register_after_maintenance(self, register):
        with register.cursor() as cur:
            cur.execute("SELECT count(*) FROM feeders")
            assert cur.fetchone()[0] == 2
