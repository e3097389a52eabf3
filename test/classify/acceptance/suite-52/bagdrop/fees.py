"""Excess baggage fees, weights and connection times."""
from datetime import datetime, timedelta, timezone
from decimal import Decimal, ROUND_HALF_UP

ALLOWANCE = {"economy": 23, "premium": 32, "business": 32, "first": 32}
RATE_PER_KILO = {"EUR": Decimal("12.50"), "GBP": Decimal("11.00"), "NOK": Decimal("140")}
PIECES = {"economy": 1, "premium": 2, "business": 2, "first": 3}


def excess_kilos(cabin, weight):
    return max(0, weight - ALLOWANCE[cabin])


def excess_fee(cabin, weight, currency="EUR"):
    fee = RATE_PER_KILO[currency] * excess_kilos(cabin, weight)
    return fee.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def extra_pieces(cabin, pieces):
    return max(0, pieces - PIECES[cabin] - 1)


def surcharge(fee, ratio):
    return fee * ratio


def pounds_to_kilos(pounds):
    return round(pounds * 0.45359237, 1)


def minimum_connection(arrival, departure):
    return departure - arrival >= timedelta(minutes=45)


def landed_at(stamp):
    return datetime.fromisoformat(stamp)


def minutes_since_landing(stamp):
    return (datetime.now(timezone.utc) - landed_at(stamp)).total_seconds() / 60


def tag_check_digit(number):
    digits = [int(d) for d in str(number)]
    return sum(digits[::2]) * 3 + sum(digits[1::2]) % 10


def split_weight(total, bags):
    return [round(total / bags, 1)] * bags
