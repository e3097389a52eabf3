from datetime import date

from gritline import planner


def test_frost_night_is_gritted():
    assert planner.plan_night(date(2026, 12, 6), -1.5).should_grit is True


def test_frost_night_routes():
    assert planner.plan_night(date(2026, 12, 6), -0.5).routes == ["A61-north", "A61-south", "B6045"]


def test_mild_night_not_gritted():
    assert planner.plan_night(date(2026, 12, 6), 6.0).should_grit is False


def test_forecast_for_station(monkeypatch):
    monkeypatch.setattr("gritline.gateway.station_address", lambda name: "10.0.0.14")
    assert planner.forecast_for("station-14")["address"] == "10.0.0.14"


def test_schedule_boxing_day():
    assert planner.schedule(date(2026, 12, 26))["status"] == "scheduled"


def test_schedule_first_frost():
    assert planner.schedule(date(2026, 11, 18))["status"] == "scheduled"


def test_season_starts_empty():
    assert planner.add_to_season("A61-north") == 1


def test_season_second_route():
    planner.add_to_season("B6045")
    assert planner.SEASON == ["B6045"]


def test_mild_week_uses_no_salt():
    nights = [planner.plan_night(date(2026, 12, day), surface) for day, surface in zip(range(7, 14), [4.0, 5.5, 8.0, 6.5, 4.5, 7.0, 5.0])]
    assert sum(plan.should_grit for plan in nights) == 0
