"""Trips: durations, summaries for the app, partner trip feeds."""
import json

import pendulum

TZ = "Australia/Melbourne"


def duration_minutes(started, ended):
    """Local wall-clock times from the vehicle's clock."""
    return int((ended.naive() - started.naive()).total_seconds() // 60)


def summary(trip):
    return json.dumps({"id": trip["id"], "started": trip["started"], "minutes": trip["minutes"]})


def parse_partner_row(row):
    return {"vehicle": row["vehicle"], "ended": pendulum.parse(row["ended"], tz=TZ)}


def licence_valid(member, on=None):
    on = on or pendulum.today(TZ).date()
    return member["licence_expires"] >= on
