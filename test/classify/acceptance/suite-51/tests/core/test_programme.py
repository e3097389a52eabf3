import datetime
from unittest import mock

import pytest

from bowstring import notify, programme
from bowstring.web import app


def test_total_minutes():
    pieces = [{"seconds": 89}, {"seconds": 89}, {"seconds": 89}]
    assert programme.total_minutes(pieces) == 4


@pytest.mark.parametrize("note,steps,expected", [("A", 2, "B"), ("A#", 1, "B"), ("B", 1, "C"), ("G", 5, "C")])
def test_transpose_up(note, steps, expected):
    assert programme.transpose(note, steps) == expected


@pytest.mark.parametrize("note", programme.NOTES)
def test_transpose_by_nothing(note):
    assert programme.transpose(note, 0) == note


def test_piece_from_catalogue_without_composer():
    piece = programme.piece_from_catalogue({"title": "Traditional Air", "minutes": 4})
    assert piece.title == "Traditional Air"


def test_ticket_total():
    assert programme.ticket_total(["12.50", "12.50"]) == programme.Decimal("25.75")


def test_doors_open_before_start():
    start = datetime.datetime(2026, 3, 21, 19, 30, tzinfo=datetime.timezone.utc)
    assert programme.doors_open(start).hour == 18


def test_minutes_until_spring_concert():
    start = datetime.datetime(2026, 3, 21, 19, 30)
    assert programme.minutes_until(start) > 0


def test_spring_concert_is_upcoming():
    start = datetime.datetime(2026, 3, 21, 19, 30, tzinfo=datetime.timezone.utc)
    assert programme.minutes_until(start) > 0


@pytest.mark.parametrize("instrument,family", [("violin", "strings"), ("flute", "woodwind"), ("trumpet", "brass")])
def test_instrument_family(instrument, family):
    assert programme.instrument_family(instrument) == family


def test_two_tempo_changes_add_up():
    assert programme.tempo_ratio(10, 1) + programme.tempo_ratio(10, 2) == 0.3


def test_reminder_is_sent():
    with mock.patch("requests.post") as post:
        post.return_value.status_code = 202
        assert notify.remind("viola.2@bowstring.test", "Tuesday") == 202


def test_reminder_text(reminder_outbox):
    assert reminder_outbox == []


def test_concert_page_spring():
    response = app.test_client().get("/concerts/spring")
    assert response.json["soloist"] == "R. Okafor"


def test_concert_page_winter():
    response = app.test_client().get("/concerts/winter")
    assert response.status_code == 200


@pytest.mark.parametrize("minutes", range(1, 121))
def test_total_minutes_whole(minutes):
    assert programme.total_minutes([{"seconds": minutes * 60}]) == minutes


@pytest.mark.parametrize("bpm", range(40, 200, 2))
def test_tempo_ratio_to_itself(bpm):
    assert programme.tempo_ratio(bpm, bpm) == 1
