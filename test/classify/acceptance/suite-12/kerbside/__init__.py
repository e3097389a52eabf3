"""kerbside: a car-sharing fleet API (vehicles, reservations, trips, fares, telemetry)."""
