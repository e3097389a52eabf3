"""Meter accuracy: a meter's reading is known to within its class's tolerance (uncertainties)."""

from uncertainties import ufloat

TOLERANCE = {"B": 0.02, "C": 0.01, "R160": 0.005}


def reading(litres, meter_class):
    return ufloat(litres, litres * TOLERANCE[meter_class])


def zone_balance(inflow, outflows):
    # Unaccounted water: inflow minus what the customer meters saw.
    total = sum(outflows)
    return inflow.nominal_value - total


def loss_percent(inflow, outflows):
    balance = zone_balance(inflow, outflows)
    return 100 * balance / inflow
