"""Pure rules of the smokehouse: yields, brine, prices, labels, kiln schedules."""
from decimal import ROUND_HALF_UP, Decimal


def smoked_yield(raw_kg, loss_percent):
    return round(raw_kg * (1 - loss_percent / 100), 2)


def brine_salt_g(water_l, percent):
    return water_l * 1000 * percent / 100


def price(kg, per_kg, discount_percent=0):
    total = Decimal(str(kg)) * Decimal(str(per_kg))
    total -= total * Decimal(discount_percent) / 100
    return total.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def vat(net):
    return (Decimal(net) * Decimal("0.2")).quantize(Decimal("0.01"))


def label(name, wood, batch):
    return f"{name.title()} — {wood} smoked — batch {batch:05d}"


def cold_smoke_ok(temperature_c):
    # Cold smoking must stay below 30 °C.
    return temperature_c <= 30


def kiln_slots(hours, slot_hours):
    return hours // slot_hours


def cure_days(kg):
    return 1 + int(kg) // 2


def pack_sizes(kg):
    sizes = []
    while kg >= 0.5:
        size = 1 if kg >= 1 else 0.5
        sizes.append(size)
        kg -= size
    return sizes
