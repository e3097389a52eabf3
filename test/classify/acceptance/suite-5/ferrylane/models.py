"""Booking requests as the API receives them."""

from datetime import datetime

from pydantic import BaseModel, conint, constr


class Passenger(BaseModel):
    name: constr(min_length=1)
    age: conint(ge=0, le=130)


class BookingRequest(BaseModel):
    route: constr(regex=r"^[A-Z]{3}-[A-Z]{3}$")
    departs: datetime
    passengers: list[Passenger]


def request_from_form(form: dict) -> BookingRequest:
    return BookingRequest(
        route=form["route"],
        departs=form["departs"],
        passengers=[{"name": n, "age": a} for n, a in zip(form["names"], form["ages"])],
    )
