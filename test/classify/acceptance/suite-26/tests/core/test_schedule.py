import time
import threading

from starwick import schedule


def test_slot_length_minutes():
    assert schedule.slot_minutes("90 minutes") == 90


def test_slot_length_hours_and_minutes():
    assert schedule.slot_minutes("1 hour 30") == 90


def test_target_changes_after_reassign():
    schedule.assign("s1", "m31")
    assert schedule.target_for("s1") == "m31"
    schedule.assign("s1", "m42")
    assert schedule.target_for("s1") == "m42"


def test_observatory_runs_on_london_time():
    assert schedule.observatory_zone() == "Europe/London"


def test_sessions_per_night_in_closed_week():
    assert schedule.sessions_per_night([], 0) == 0


def test_background_assignment():
    worker = threading.Thread(target=lambda: (time.sleep(0.2), schedule.assign("s9", "m13")))
    worker.start()
    time.sleep(0.01)
    assert schedule.target_for("s9") == "m13"
