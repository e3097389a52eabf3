"""Plans, invoices and day passes."""
import datetime
import json
from decimal import ROUND_HALF_UP, Decimal

VAT = 0.2


def with_vat(net):
    return net * VAT + net


def split_evenly(total, people):
    share = (total / people).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return [share] * people


def invoice_json(member, lines):
    return json.dumps({"member": member, "total": sum(amount for _, amount in lines)})


def pro_rata(monthly, start, month_end):
    days = (month_end - start).days + 1
    return (monthly * days / 30).quantize(Decimal("1"))


def pass_valid(day_pass_from, now=None):
    now = now or datetime.datetime.now(tz=datetime.timezone.utc)
    return day_pass_from <= now < day_pass_from + datetime.timedelta(days=1)


class BookingError(Exception):
    pass


def book_room(day, today=None):
    today = today or datetime.date.today()
    if day < today:
        raise BookingError(f"{day.isoformat()} has passed")
    return {"day": day.isoformat()}
