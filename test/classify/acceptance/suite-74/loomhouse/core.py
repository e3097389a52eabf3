"""Mill arithmetic: bolt prices, yarn needed, shift rota, delivery dates, order book."""
import datetime
from decimal import ROUND_HALF_UP, Decimal

from loomhouse import settings

PRICE_PER_METRE = {"twill": Decimal("18.50"), "satin": Decimal("24.00"), "plain": Decimal("12.75")}


def bolt_price(pattern, metres, discount=0):
    price = PRICE_PER_METRE[pattern] * Decimal(str(metres))
    return (price * (1 - discount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def yarn_needed(metres, ends_per_cm, width_cm):
    """Metres of warp yarn: every end runs the bolt's length, plus 10 % take-up."""
    return round(metres * ends_per_cm * width_cm * 1.1)


def average_bolt_length(bolts):
    return sum(bolt["metres"] for bolt in bolts) / len(bolts)


def shift_hours():
    shifts = settings.load_json("shifts.json")
    return sum(shift["hours"] for shift in shifts.values())


def floor_widths():
    return settings.load_yaml("floor.yaml")["looms"]["widths"]


def delivery_date(ordered, weaving_days):
    """Orders ship after weaving, skipping weekends."""
    day = ordered
    remaining = weaving_days
    while remaining > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            remaining -= 1
    return day


def bulk_cutover_enabled():
    return bool(settings.load_json("flags.json")["bulk_cutover"])


def cut_plan(metres, bolt_length=50):
    if bulk_cutover_enabled():
        return [metres]
    full, rest = divmod(metres, bolt_length)
    return [bolt_length] * full + ([rest] if rest else [])


def rank_weavers(output):
    return sorted(output, key=lambda weaver: weaver["metres"])


class OrderBook:
    def __init__(self):
        self.orders = []

    def add(self, order):
        self.orders.append(order)
        return len(self.orders)
