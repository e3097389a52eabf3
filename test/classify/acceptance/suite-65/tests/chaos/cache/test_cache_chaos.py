import json

import pytest

from gridcall import cache
from gridcall.faults import Faults


@pytest.fixture
def crews():
    client = cache.crew_cache()
    yield client
    client.close()


@pytest.fixture
def board():
    client = cache.status_board()
    yield client
    client.close()


@pytest.mark.chaos
class TestCache:
    def test_crew_location_written(self, crews):
        assert crews.set("crew:north-3", "51.5,-0.1")

    def test_crew_location_read_back(self, crews):
        crews.set("crew:north-4", "51.6,-0.2")
        assert crews.get("crew:north-4") == b"51.6,-0.2"

    def test_crew_locations_expire(self, crews):
        crews.set("crew:north-5", "51.7,-0.3", ex=60)
        assert 0 < crews.ttl("crew:north-5") <= 60

    def test_status_board_set_and_get(self, board):
        board.set("feeder:F-101", "restored")
        assert board.get("feeder:F-101") == b"restored"

    def test_status_board_delete(self, board):
        board.set("feeder:F-102", "open")
        assert board.delete("feeder:F-102") == 1

    def test_status_board_region_summary(self, board):
        summary = json.dumps([{"feeder": f"F-{n:03d}", "customers": n * 10, "state": "open"} for n in range(120)])
        assert board.set("summary:north", summary)

    def test_status_board_keeps_every_feeder(self, board):
        for n in range(20):
            board.set(f"detail:F-{n:03d}", "x" * 400)
        assert board.get("detail:F-000") == b"x" * 400

    def test_status_board_small_values(self, board):
        for n in range(5):
            board.set(f"small:{n}", "open")
        assert board.get("small:4") == b"open"

    def test_feeder_name_lookup(self):
        assert cache.feeder_names().get("F-101") == b"Hillside 11kV"

    def test_feeder_name_store(self):
        assert cache.feeder_names().set("F-102", "Quarry Lane 11kV")

    def test_incident_view_reads_store(self):
        view = cache.IncidentView({7: {"state": "open"}})
        assert view.get(7)["state"] == "open"

    def test_incident_view_after_restoration(self):
        view = cache.IncidentView({8: {"state": "open"}})
        view.get(8)
        view.set_state(8, "restored")
        assert view.get(8)["state"] == "restored"

    def test_incident_view_unknown_incident(self):
        with pytest.raises(KeyError):
            cache.IncidentView({}).get(9)

    def test_eta_entry_current_format(self):
        assert cache.decode_eta(json.dumps({"feeder": "F-101", "eta_minutes": 90})) == ("F-101", 90)

    def test_eta_entry_written_by_previous_release(self):
        assert cache.decode_eta(json.dumps({"feeder": "F-102", "eta": "2026-12-06T23:30:00Z"}))[0] == "F-102"

    def test_eta_pickle_round_trip(self):
        assert cache.encode_eta({"F-101": 90})

    @pytest.mark.parametrize("users", [10, 100, 1000], ids=lambda n: f"{n}-users")
    def test_eta_lookups_under_faults(self, users):
        faults = Faults(0.002, seed=65)
        view = cache.IncidentView({n: {"state": "open"} for n in range(users)})
        for n in range(users):
            faults.maybe_fail("eta-cache")
            assert view.get(n)["state"] == "open"

    @pytest.mark.parametrize("feeder", ["F-101", "F-201", "F-301"])
    def test_incident_view_per_feeder(self, feeder):
        view = cache.IncidentView({feeder: {"state": "open"}})
        assert view.get(feeder)["state"] == "open"
