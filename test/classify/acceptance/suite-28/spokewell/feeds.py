"""Ride records from partner operators' JSON feeds, structured with cattrs."""
import attrs
import cattrs

converter = cattrs.Converter()


@attrs.define
class RideRecord:
    ride_id: str
    bike: int
    start_dock: str
    end_dock: str
    minutes: int


def parse_rides(records):
    return [converter.structure(record, RideRecord) for record in records]


def total_minutes(records):
    return sum(ride.minutes for ride in parse_rides(records))
