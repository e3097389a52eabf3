from datetime import datetime, timedelta, timezone

import pytest

from seatline import events, holds, reports


def test_event_registered(concert):
    assert events.find("spring-gala") is concert


@pytest.mark.parametrize("days_before,on_sale", [(90, False), (59, True), (30, True), (1, True)])
def test_on_sale_window(concert, days_before, on_sale):
    assert concert.is_on_sale(concert.starts_at - timedelta(days=days_before)) is on_sale


def test_off_sale_two_hours_before_start(concert):
    assert not concert.is_on_sale(concert.starts_at - timedelta(minutes=90))


def test_seats_left(concert):
    assert events.seats_left("spring-gala", 200) == 1000


def test_ticket_shows_venue_local_start(concert):
    summer = events.event("midsummer-proms", "royal-hall", datetime(2027, 7, 1, 18, 0, tzinfo=timezone.utc))
    assert summer.local_start().strftime("%H:%M %Z") == "19:00 BST"


def test_doors_open_before_start(concert):
    assert concert.local_start() - concert.doors_open() == timedelta(minutes=45)


def test_winter_panto_is_on_sale():
    panto = events.register(events.event(
        "winter-panto", "royal-hall", datetime(2026, 11, 28, 14, 0, tzinfo=timezone.utc)))
    assert panto.is_on_sale()


def test_comedy_night_on_sale(on_sale_now):
    assert on_sale_now.is_on_sale()


def test_occupancy_of_the_royal_hall(concert):
    assert reports.occupancy("spring-gala", 600) == 50.0


def test_occupancy_of_the_canal_studio(on_sale_now):
    assert reports.occupancy("comedy-night", 60) == 50.0


def test_hold_expiry_from_now():
    expires = holds.hold_expiry(None, seconds=600)
    assert not holds.hold_expired(expires, datetime.now(timezone.utc))


def test_hold_expiry_from_given_time():
    held = datetime(2027, 3, 1, 12, 0, tzinfo=timezone.utc)
    assert holds.hold_expired(holds.hold_expiry(held), held + timedelta(minutes=11))
