"""Promoters' reports: occupancy, sales by section."""

from decimal import Decimal

from seatline import events


def occupancy(slug, sold):
    venue = events.VENUES[events.find(slug).venue]
    return round(sold / venue["capacity"] * 100, 1)


def sales_by_section(orders):
    totals = {}
    for order in orders:
        for line in order["lines"]:
            totals[line["section"]] = totals.get(line["section"], Decimal(0)) + Decimal(line["price"])
    return totals


def average_price(orders):
    totals = sales_by_section(orders)
    count = sum(len(order["lines"]) for order in orders)
    return sum(totals.values()) / count

