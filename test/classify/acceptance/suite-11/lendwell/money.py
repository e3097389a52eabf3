"""Fines shown to members, in the branch's locale."""

from decimal import Decimal

from babel.numbers import format_currency


def cents_to_text(cents, settings):
    return format_currency(Decimal(cents) / 100, settings.currency, locale=settings.locale)


def fine_cap(cents, cap_cents=1000):
    return min(cents, cap_cents)
