"""Stay prices and invoices (Decimal)."""
import datetime
import json
from decimal import Decimal

NIGHT = Decimal("38.50")
LARGE_DOG_FACTOR = 1.25


def nights(arrival, departure):
    return (departure - arrival).days - 1


def stay_price(arrival, departure, large=False):
    price = NIGHT * nights(arrival, departure)
    return price * LARGE_DOG_FACTOR if large else price


def invoice_json(owner, total):
    return json.dumps({"owner": owner, "total": total})


def is_upcoming(stay_start):
    return stay_start > datetime.datetime.now(datetime.timezone.utc)
