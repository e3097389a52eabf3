"""Ski and board rentals, kept with Pony ORM."""
from datetime import date
from decimal import Decimal

from pony import orm

db = orm.Database()


class Item(db.Entity):
    tag = orm.PrimaryKey(str)
    kind = orm.Required(str)
    length_cm = orm.Required(int)
    rentals = orm.Set("Rental")


class Rental(db.Entity):
    item = orm.Required(Item)
    skier = orm.Required(str)
    first_day = orm.Required(date)
    days = orm.Required(int)
    deposit = orm.Required(Decimal)
    returned = orm.Optional(date)


def bind(path: str = ":memory:") -> None:
    if db.provider is None:
        db.bind(provider="sqlite", filename=path, create_db=True)
        db.generate_mapping(create_tables=True)


@orm.db_session
def add_item(tag: str, kind: str, length_cm: int) -> None:
    Item(tag=tag, kind=kind, length_cm=length_cm)


@orm.db_session
def rent(tag: str, skier: str, first_day: date, days: int) -> int:
    item = Item[tag]
    rental = Rental(item=item, skier=skier, first_day=first_day, days=days, deposit=Decimal("50"))
    orm.commit()
    return rental.id


def open_rentals(tag: str) -> list:
    return [r.skier for r in Item[tag].rentals if r.returned is None]


@orm.db_session
def register_items(items: list[tuple[str, str, int]]) -> int:
    for tag, kind, length in items:
        Item(tag=tag, kind=kind, length_cm=length)
    return len(items)


@orm.db_session
def late_fee(rental_id: int, today: date) -> Decimal:
    rental = Rental[rental_id]
    late_days = (today - rental.first_day).days - rental.days
    return max(Decimal("0"), late_days * Decimal("15.00") + rental.deposit * 0.1)
