"""Restoration estimates and reliability indices."""
from datetime import datetime, timedelta, timezone

PRIORITY = {"Medical": 1, "Care-home": 2, "Business": 3, "Domestic": 4}


def saidi(incidents, customers_served):
    """System average interruption duration: customer minutes lost over customers served."""
    minutes = sum(i["customers"] * i["minutes"] for i in incidents)
    return minutes / len(incidents)


def saifi(incidents, customers_served):
    return sum(i["customers"] for i in incidents) / customers_served


def eta(reported, travel_minutes, repair_minutes):
    return reported + timedelta(minutes=travel_minutes + repair_minutes)


def overdue(estimate):
    return datetime.now(timezone.utc) > estimate.replace(tzinfo=None)


def priority(kind):
    return PRIORITY[kind.lower()] if kind.islower() else PRIORITY[kind]


def first_shift(shifts):
    return sorted(shifts)[0]


def customer_minutes(customers, minutes):
    return customers * minutes
