"""Crews working in parallel."""
import pytest

from gritline import crews

pytestmark = pytest.mark.chaos


def test_rebalance_between_depots():
    north, south = crews.Depot("north", 300), crews.Depot("south", 80)
    crews.rebalance([(north, south, 50), (south, north, 10)])
    assert (north.tonnes, south.tonnes) == (260, 120)


def test_rebalance_one_way():
    north, south = crews.Depot("north", 300), crews.Depot("south", 80)
    crews.rebalance([(north, south, 50)])
    assert south.tonnes == 130


@pytest.mark.flaky(reruns=2)
def test_salt_spread_totals():
    counter = crews.SaltCounter()
    crews.spread_in_parallel(counter, [5] * 200)
    assert counter.spread == 8 * 200 * 5


def test_stream_routes_in_order():
    assert crews.stream_routes(["A61", "B6045", "Ring-east"]) == ["A61", "B6045", "Ring-east"]


def test_shift_starts_together():
    assert sorted(crews.start_shift(["ana", "bo", "cal", "dee"])) == ["ana", "bo", "cal", "dee"]


def test_tracker_stops():
    tracker = crews.track_all(["G-7"])[0]
    tracker.join()
    assert tracker.positions > 0


def test_track_whole_fleet():
    trackers = crews.track_all([f"G-{n}" for n in range(200)])
    for tracker in trackers:
        tracker.stop()
    assert len(trackers) == 200


@pytest.mark.flaky(reruns=2)
def test_jobs_finish_in_submission_order():
    assert crews.finish_order([("salt", 0.02), ("plough", 0.02), ("brine", 0.02)]) == ["salt", "plough", "brine"]
