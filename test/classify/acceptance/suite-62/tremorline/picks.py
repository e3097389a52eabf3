"""Phase picks: travel times, residuals and origin times."""

import datetime

P_VELOCITY = 6.0
S_VELOCITY = 3.5


def travel_time(distance_km, phase):
    return distance_km / (P_VELOCITY if phase == "P" else S_VELOCITY)


def s_minus_p_distance(seconds):
    return seconds / (1 / S_VELOCITY - 1 / P_VELOCITY)


def mean_residual(picks):
    """Mean of observed minus predicted arrival, over the event's picks."""
    return sum(pick["observed"] - pick["predicted"] for pick in picks) / len(picks)


def parse_origin(text):
    """Origin times come from the bulletin as ISO 8601 in UTC."""
    return datetime.datetime.fromisoformat(text)


def seconds_since_origin(origin_text, now):
    return (now - parse_origin(origin_text)).total_seconds()


def channel_code(band, instrument, orientation):
    return f"{band}{instrument}{orientation}".upper()
