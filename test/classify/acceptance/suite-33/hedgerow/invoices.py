"""Plot rents and invoices."""
import datetime as dt
import json
from decimal import ROUND_HALF_UP, Decimal

from jinja2 import Environment, PackageLoader, StrictUndefined
from pydantic import BaseModel

RENT_PER_M2 = Decimal("0.42")
WATER_SURCHARGE = 0.15


def rent(area_m2, concession=False):
    amount = RENT_PER_M2 * area_m2
    if concession:
        amount = amount / 2
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def with_water(amount):
    return amount + amount * WATER_SURCHARGE


def half_plot_rent(area_m2):
    # Half plots pay for the half they hold.
    return rent(area_m2)


def invoice_json(plot_no, amount):
    return json.dumps({"plot": plot_no, "amount": amount})


def render(name, **values):
    env = Environment(loader=PackageLoader("hedgerow", "templates"), undefined=StrictUndefined)
    return env.get_template(name).render(**values)


def render_reminder(member):
    return render("remider.txt", member=member)


class PaymentNotice(BaseModel):
    plot: str
    pence: int
    paid_at: dt.datetime


def parse_notice(payload):
    return PaymentNotice(**payload)


def overdue(due, now=None):
    now = now or dt.datetime.now(dt.timezone.utc)
    return due < now


def plot_depth(tree, plot):
    parent = tree.get(plot)
    return 0 if parent is None else 1 + plot_depth(tree, parent)


def book_workday(day, today=None):
    today = today or dt.date.today()
    if day < today:
        from hedgerow.errors import BookingError
        raise BookingError(f"work day {day.isoformat()} is in the past")
    return {"day": day.isoformat()}
