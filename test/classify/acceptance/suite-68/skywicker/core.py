"""The core: basket loads, fares, propane, flight windows, the pilot's notifications."""
import math
from decimal import Decimal, ROUND_HALF_UP

from . import settings


def basket_fits(weights_kg, capacity_kg=settings.BASKET_CAPACITY_KG):
    """Whether the passengers' weights fit the basket's rated load (the rating is inclusive)."""
    return sum(weights_kg) < capacity_kg


def fare(price, discount):
    """The fare after a discount; prices are Decimals in pounds."""
    return (price * (1 - discount)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def propane_cylinders(minutes, burn_per_hour_kg=30.0, cylinder_kg=19.0):
    return math.ceil(minutes / 60 * burn_per_hour_kg / cylinder_kg)


def flight_window(sunrise_minute, sunset_minute):
    """Balloons fly in the two hours after sunrise and the two before sunset."""
    return (sunrise_minute, sunrise_minute + 120), (sunset_minute - 120, sunset_minute)


def wind_ok(knots, limit=10):
    return knots <= limit


def notify_pilot(sms, pilot_phone, flight_id, site):
    body = f"Flight {flight_id}: launch at {site} confirmed"
    sms.send(to=pilot_phone, body=body)
    return body


def chase_route(points):
    """The retrieve crew's route: the launch site, then each reported landing point once, in order."""
    seen = []
    for point in points:
        if point not in seen:
            seen.append(point)
    return seen


def seat_numbers(count):
    return list(range(1, count + 1))


def lift_kg(envelope_m3, inside_c, outside_c):
    """Gross lift of a hot-air envelope, from the air densities inside and out."""
    inside = 353.05 / (inside_c + 273.15)
    outside = 353.05 / (outside_c + 273.15)
    return envelope_m3 * (outside - inside)
