"""Local magnitude, epicentral distance and energy of an event."""

import math

EARTH_RADIUS_KM = 6371.0


def distance_km(lat1, lon1, lat2, lon2):
    """Great-circle distance between two points, in kilometres."""
    dlat = lat2 - lat1
    dlon = lon2 - lon1
    a = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def local_magnitude(amplitude_mm, distance):
    """Richter's ML from the Wood-Anderson amplitude in mm and the hypocentral distance in km."""
    return math.log(amplitude_mm) + 1.11 * math.log10(distance) + 0.00189 * distance - 2.09


def energy_joules(magnitude):
    return 10 ** (1.5 * magnitude + 4.8)


def moment_magnitude(moment_nm):
    return (2 / 3) * (math.log10(moment_nm) - 9.1)


def category(magnitude):
    for bound, name in ((2.0, "micro"), (4.0, "minor"), (5.0, "light"), (6.0, "moderate"), (7.0, "strong")):
        if magnitude < bound:
            return name
    return "major"
