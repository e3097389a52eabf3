from datetime import date
from decimal import Decimal

DAY_PASS = Decimal("14.50")
SHOE_HIRE = 4.0


def visit_price(with_shoes):
    return DAY_PASS + (SHOE_HIRE if with_shoes else 0)


def is_junior(born, on):
    # Juniors are under 16 on the day of the visit.
    age = on.year - born.year
    return age < 16


def ten_visit_pass(price):
    return (price * 10 * Decimal("0.9")).quantize(Decimal("0.01"))


def party_ok(conf, party):
    return party <= conf.bookings.max_party_size
