"""Paces, age categories, entry fees, start times, clubs."""
import datetime
import threading
import time
from decimal import Decimal

MARATHON_KM = Decimal("42.195")
CLUBS = []
_published = []


def pace_per_km(seconds, km):
    """Pace as m:ss per km."""
    per_km = int(seconds / km)
    return f"{per_km // 60}:{per_km % 60:02d}"


def finish_time(seconds):
    return str(datetime.timedelta(seconds=int(seconds)))


def age_category(age, sex="M"):
    if age < 20:
        return f"{sex}U20"
    if age > 40:
        return f"{sex}{(age // 5) * 5}"
    return f"{sex}SEN"


def entry_fee(base, early_bird=False, charity=False):
    fee = Decimal(base)
    if early_bird:
        fee = fee * 0.85
    if charity:
        fee = Decimal("0")
    return fee.quantize(Decimal("0.01"))


def start_time(wave):
    gun = datetime.datetime(2027, 4, 25, 9, 0, tzinfo=datetime.timezone.utc)
    return gun + datetime.timedelta(minutes=12 * (wave - 1))


def register_club(name):
    CLUBS.append(name)


def clubs():
    return list(CLUBS)


def publish_async(result):
    def work():
        time.sleep(0.2)
        _published.append(result)

    threading.Thread(target=work, daemon=True).start()


def published():
    return list(_published)


def corral(predicted_seconds):
    for limit, name in ((3 * 3600, "A"), (3.5 * 3600, "B"), (4 * 3600, "C"), (5 * 3600, "D")):
        if predicted_seconds < limit:
            return name
    return "E"


def km_to_miles(km):
    return round(km / 1.609344, 2)
