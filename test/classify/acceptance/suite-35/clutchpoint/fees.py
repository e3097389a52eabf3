"""Lesson fees, block discounts, invoices and test dates."""
import json
from datetime import datetime, timedelta, timezone
from decimal import Decimal

VAT = 0.2
BLOCK_DISCOUNT = {5: Decimal("0.05"), 10: Decimal("0.10")}


def lesson_fee(rate, hours):
    return Decimal(rate) * hours


def with_vat(net):
    return net * (1 + VAT)


def block_price(rate, lessons):
    discount = BLOCK_DISCOUNT.get(lessons, Decimal("0"))
    return Decimal(rate) * lessons * (1 - discount) - discount


def invoice_json(learner, amount):
    return json.dumps({"learner": learner, "amount": amount})


def is_upcoming(lesson_at):
    return lesson_at > datetime.utcnow()


def next_test_window(booked_at):
    return booked_at + timedelta(days=10)


def refund(paid, used_hours, rate):
    if used_hours < 0:
        raise ValueError("used hours cannot be negative")
    return paid - used_hours * rate


def hours_between(start, end):
    return (end - start).seconds / 3600


def mileage_cost(miles, per_mile=0.45):
    return miles * per_mile


_counters = {"issued": 0}


def next_invoice_number():
    _counters["issued"] += 1
    return f"INV-{_counters['issued']:05d}"


def theory_pass(score, total=50):
    return score / total >= 0.86


def parse_lesson_time(text):
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=timezone.utc)


def notify_learner(sender, learner, text):
    return sender.send(learner, text)
