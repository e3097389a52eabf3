import asyncio
import time

import pytest

from tramyard import interlock


@pytest.mark.chaos
class TestConcurrency:
    @pytest.mark.parametrize("doors", [1, 4, 16], ids=lambda n: f"{n}-doors")
    def test_boardings_counted(self, doors):
        tally = interlock.Boardings()
        assert interlock.count_boardings(tally, "S04", doors, 25) == doors * 25

    def test_routes_set_through_junction(self):
        interlock.set_routes_through_junction()

    def test_junction_lock_free(self):
        assert not interlock.junction_lock.locked()

    @pytest.mark.parametrize("line", ["L1", "L4"])
    def test_timetable_refresh_and_publish(self, line):
        assert asyncio.run(interlock.refresh_and_publish(line)) == [f"{line} refreshed", f"{line} published"]

    def test_timetable_publish_alone(self):
        assert asyncio.run(interlock._publish("L2")) == "L2 published"

    def test_timetable_refresh_alone(self):
        assert asyncio.run(interlock._refresh("L3")) == "L3 refreshed"

    @pytest.mark.parametrize("users", [2, 100, 1000], ids=lambda n: f"{n}-users")
    def test_dispatch_requests(self, users):
        assigned = interlock.dispatch_requests([f"R{n}" for n in range(users)])
        assert len(assigned) == users

    def test_dispatch_single(self):
        assert interlock.dispatch_requests(["R1"]) == ["tram for R1"]

    @pytest.mark.parametrize("seed", [1, 2, 3, 4], ids=lambda n: f"seed-{n}")
    def test_positions_reported(self, seed):
        interlock.REPORTED.clear()
        interlock.report_positions(["T01", "T02", "T03"], seed)
        time.sleep(0.04)
        assert sorted(interlock.REPORTED) == ["T01", "T02", "T03"]

    def test_boardings_single_door(self):
        tally = interlock.Boardings()
        tally.board("S01", 3)
        assert tally.count == {"S01": 3}

    @pytest.mark.parametrize("stop", ["S01", "S02", "S03", "S04"])
    def test_boardings_by_stop(self, stop):
        assert interlock.count_boardings(interlock.Boardings(), stop, 1, 5) == 5

    def test_empty_dispatch(self):
        assert interlock.dispatch_requests([]) == []

    def test_crossing_lock_free(self):
        assert not interlock.crossing_lock.locked()
