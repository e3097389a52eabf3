import datetime
from decimal import Decimal

from pydantic import BaseModel

NOTES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]


class Piece(BaseModel):
    title: str
    composer: str
    minutes: int


def total_minutes(pieces):
    return sum(round(piece["seconds"] / 60) for piece in pieces)


def transpose(note, semitones):
    index = NOTES.index(note)
    return NOTES[(index + semitones) % 11]


def piece_from_catalogue(entry):
    return Piece(title=entry["title"], composer=entry.get("composer"), minutes=entry["minutes"])


def ticket_total(prices, booking_fee=0.75):
    return sum(Decimal(p) for p in prices) + booking_fee


def doors_open(concert_start):
    return concert_start - datetime.timedelta(minutes=45)


def minutes_until(concert_start):
    return (concert_start - datetime.datetime.now(datetime.timezone.utc)).total_seconds() / 60


def instrument_family(instrument):
    families = {"violin": "strings", "viola": "strings", "cello": "strings", "flute": "woodwind", "horn": "brass"}
    return families[instrument]


def tempo_ratio(from_bpm, to_bpm):
    return to_bpm / from_bpm
