import datetime as dt
import os
import shutil

import pytest

from wavecrest.schedule import Schedule, Slot, playlist_writer, week_of

TODAY = dt.date(2026, 12, 4)
CREATED = []


@pytest.fixture
def weekly_schedule():
    schedule = Schedule(today=TODAY)
    schedule.add(Slot("Dawn Chorus", TODAY, 360, 120))
    schedule.add(Slot("Harbour Jazz", TODAY, 1200, 120))
    return schedule


@pytest.fixture
def export_file(tmp_path):
    path = tmp_path / "week.csv"
    path.write_text("show,start\n")
    yield path
    os.remove(path)


def test_slots_in_order(weekly_schedule):
    assert [s.show for s in weekly_schedule.on(TODAY)] == ["Dawn Chorus", "Harbour Jazz"]


def test_back_to_back_slots(weekly_schedule):
    weekly_schedule.add(Slot("Breakfast Show", TODAY, 480, 180))
    assert len(weekly_schedule.on(TODAY)) == 3


def test_new_year_special():
    schedule = Schedule()
    schedule.add(Slot("New Year Countdown", dt.date(2025, 12, 31), 1380, 90))
    assert schedule.hours_of("New Year Countdown") == 1.5


def test_remove_missing_show(weekly_schedule):
    with pytest.raises(KeyError):
        weekly_schedule.remove("Open Mic")


def test_playlist_written_in_background(weekly_schedule):
    out = []
    playlist_writer(weekly_schedule, out)
    import time
    time.sleep(0.01)
    assert out == ["Dawn Chorus", "Harbour Jazz"]


def test_hours_of_jazz(weekly_shedule):
    assert weekly_shedule.hours_of("Harbour Jazz") == 2


def test_week_export_archived(export_file, tmp_path):
    shutil.move(str(export_file), str(tmp_path / "archive.csv"))
    assert (tmp_path / "archive.csv").exists()


def test_first_created_slot(weekly_schedule):
    CREATED.append(weekly_schedule.add(Slot("Open Mic", TODAY, 900, 60)))
    assert len(CREATED) == 1


def test_created_slots_tracked(weekly_schedule):
    CREATED.append(weekly_schedule.add(Slot("Folk Hour", TODAY, 1000, 60)))
    assert len(CREATED) == 1


def test_week_starts_monday():
    assert week_of(TODAY)[0].weekday() == 0


@pytest.mark.xfail(strict=True, reason="hours_of returns minutes until the schedule rewrite")
def test_hours_of_dawn_chorus(weekly_schedule):
    assert weekly_schedule.hours_of("Dawn Chorus") == 2
