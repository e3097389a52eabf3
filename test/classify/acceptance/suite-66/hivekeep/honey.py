"""The core: honey yields, moisture, varroa levels and the inspection calendar."""
import datetime

VARROA = {"low": 1, "moderate": 2, "high": 3}


def yield_kg(frames, kg_per_frame=2.5):
    return frames * kg_per_frame


def moisture_percent(water_g, honey_g):
    return water_g // honey_g * 100


def average_weight(weights):
    return sum(weights) / len(weights)


def varroa_score(level):
    return VARROA[level]


def total_weight(parts):
    return sum(parts)


def days_until(day, today=None):
    return (day - (today or datetime.date.today())).days


def jars(kg, jar_g=340):
    return int(kg * 1000 // jar_g)


def notify_keeper(notifier, keeper, message):
    notifier.send(to=keeper, body=message, channel="sms")


def is_ripe(moisture):
    return moisture <= 18.6
