"""Spoken announcements for the automated overnight presenter."""
from num2words import num2words

from . import settings


def spoken_frequency(frequency, lang=None):
    whole, _, tenth = frequency.partition(".")
    return f"{num2words(int(whole), lang=lang or settings.ANNOUNCE_LANG)} point {num2words(int(tenth), lang=lang or settings.ANNOUNCE_LANG)}"


def minutes_past(minute):
    return f"{num2words(minute, to='ordinal')} past"


def prize_amount(pounds):
    return num2words(pounds, to="currency", lang="en", currency="GBP")
