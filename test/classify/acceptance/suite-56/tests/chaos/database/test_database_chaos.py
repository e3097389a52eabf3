import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

import pytest

from keeperlog import observations, pg, records


@pytest.mark.chaos
class TestDatabaseChaos:
    @pytest.mark.parametrize("animal_id", ["L1", "G1", "P1", "M1", "Z4"])
    def test_treatment_history(self, records_pg, animal_id):
        assert pg.treatments_for(records_pg, animal_id) is not None

    def test_dosage_audit_trail(self, records_pg):
        with records_pg.cursor() as cur:
            cur.execute("SELECT count(*) FROM dosage_audit")
            assert cur.fetchone()[0] >= 0

    @pytest.mark.parametrize("writers", [4, 16], ids=["writers-4", "writers-16"])
    def test_treatment_writes_under_load(self, records_pg, writers):
        with records_pg.cursor() as cur:
            for _ in range(writers):
                cur.execute("INSERT INTO treatments VALUES ('L1', 'meloxicam', 10)")

    def test_failover_reconnect(self, records_pg):
        assert records_pg.closed == 0

    @pytest.mark.parametrize("tablets", [2, 8, 16, 32], ids=["tablets-2", "tablets-8", "tablets-16", "tablets-32"])
    def test_observation_pool_under_load(self, tmp_path, tablets):
        engine = observations.make_engine(tmp_path / "observations.sqlite3")
        observations.create_schema(engine)
        with ThreadPoolExecutor(max_workers=tablets) as pool:
            results = list(pool.map(lambda n: observations.log_observation(engine, "M1", f"note {n}"), range(tablets)))
        assert all(results)

    def test_transfer_during_census(self, records_db):
        path, _ = records_db
        census = threading.Thread(target=records.run_census, args=(path, 1.5))
        census.start()
        time.sleep(0.2)
        try:
            records.transfer_animal(path, "G1", 795.0)
        finally:
            census.join()

    def test_weigh_in_during_census(self, records_db):
        path, _ = records_db
        census = threading.Thread(target=records.run_census, args=(path, 1.5))
        census.start()
        time.sleep(0.2)
        try:
            records.transfer_animal(path, "L1", 184.5)
        finally:
            census.join()

    @pytest.mark.parametrize("animal_id, weight", [("L1", 185.0), ("P1", 4.6)])
    def test_read_after_weigh_in(self, replicated_db, animal_id, weight):
        primary, replica, applier = replicated_db
        primary.execute("UPDATE animals SET weight_kg = ? WHERE id = ?", (weight, animal_id))
        primary.commit()
        router = records.ReadRouter(primary, replica, applier.lag)
        assert router.weight(animal_id) in (weight, pytest.approx(weight))

    def test_record_feeding_round(self, records_db):
        _, conn = records_db
        records.record_feeding(conn, "M1", datetime(2026, 12, 6, 8, 30, tzinfo=timezone.utc), "insects", 45)
        assert records.feedings_today(conn, "M1") == [("insects", 45)]

    def test_feeding_history_empty(self, records_db):
        _, conn = records_db
        assert records.feedings_today(conn, "L1") == []

    def test_animals_migrated(self, records_db):
        _, conn = records_db
        assert conn.execute("SELECT count(*) FROM animals").fetchone()[0] == 4
