"""Clay and glaze orders from members."""
from decimal import Decimal

from pydantic import BaseModel, Field


class OrderLine(BaseModel):
    item: str
    grams: int = Field(gt=0)
    price_per_100g: Decimal


class Order(BaseModel):
    member: str
    lines: list[OrderLine]
    cone: int


def order_from_form(form):
    return Order(member=form["member"], cone=form["cone"],
                 lines=[{"item": item, "grams": grams, "price_per_100g": price}
                        for item, grams, price in form["lines"]])


def total(order):
    return sum(line.price_per_100g * line.grams / 100 for line in order.lines)


def discount(order, member_years):
    rate = {0: 0, 1: 5, 2: 10}[member_years]
    return total(order) * (100 - rate) / 100
