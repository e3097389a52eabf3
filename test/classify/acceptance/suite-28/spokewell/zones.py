"""Pricing zones of the city."""
import attrs


@attrs.define(frozen=True)
class Zone:
    code: str
    surcharge_pence: int = 0
    name: str
    docks: tuple = ()


CENTRE = Zone("C", 50, "Centre")
