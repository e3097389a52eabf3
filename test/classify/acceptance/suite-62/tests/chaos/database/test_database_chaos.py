import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from tremorline import catalogue


@pytest.mark.chaos
class TestDatabase:
    def test_event_stored(self, catalogue_db):
        catalogue.add_event(catalogue_db, 1, 37.9, 22.4, 12.0, 3.4)
        assert catalogue.magnitude_of(catalogue_db, 1) == pytest.approx(3.4)

    @pytest.mark.parametrize("users", [10, 50, 100, 200], ids=lambda n: f"{n}-users")
    def test_ingest_under_load(self, catalogue_db, users):
        pool = catalogue.ingest_pool()
        try:
            catalogue.ingest_burst(pool, [f"TRM{n:03d}" for n in range(users)])
        finally:
            pool.closeall()
        with catalogue_db.cursor() as cur:
            cur.execute("SELECT count(*) FROM packets")
            assert cur.fetchone()[0] == users

    def test_magnitudes_revised_both_ways(self, catalogue_db, second_db):
        catalogue.add_event(catalogue_db, 7, 38.0, 22.0, 8.0, 4.1)
        catalogue.add_event(catalogue_db, 8, 38.1, 22.1, 9.0, 3.9)
        catalogue.revise_both_ways((catalogue_db, second_db), 7, 8)
        assert catalogue.magnitude_of(catalogue_db, 7) == pytest.approx(4.1)

    def test_two_analysts_publish_at_once(self, catalogue_db, second_db):
        with ThreadPoolExecutor(max_workers=2) as executor:
            first = executor.submit(catalogue.publish, catalogue_db, 37.5, 22.5, 10.0, 2.8)
            second = executor.submit(catalogue.publish, second_db, 37.6, 22.6, 11.0, 3.0)
            ids = {first.result(), second.result()}
        assert ids == {1, 2}

    def test_event_reviewed(self, catalogue_db):
        catalogue.add_event(catalogue_db, 3, 37.7, 21.9, 15.0, 4.6)
        assert catalogue.review(catalogue_db, 3, "eleni") == pytest.approx(4.6)

    def test_swarm_detection(self, catalogue_db):
        catalogue.seed_events(catalogue_db, 30000)
        assert catalogue.clustered_events(catalogue_db, 0.02) > 0

    def test_swarm_of_small_day(self, catalogue_db):
        catalogue.seed_events(catalogue_db, 50)
        assert catalogue.clustered_events(catalogue_db, 0.02) == 0

    @pytest.mark.parametrize("day", ["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"])
    def test_replay_day(self, replay_conn, day):
        hours = [catalogue.replay_hour(replay_conn, day, hour) for hour in range(0, 24, 3)]
        assert len(hours) == 8

    def test_waveform_index_reachable(self, waveform_index):
        assert waveform_index.closed == 0

    @pytest.mark.parametrize("station", ["TRM01", "TRM02"])
    def test_waveforms_indexed(self, waveform_index, station):
        with waveform_index.cursor() as cur:
            cur.execute("SELECT count(*) FROM segments WHERE station = %s", (station,))
            assert cur.fetchone()[0] > 0
