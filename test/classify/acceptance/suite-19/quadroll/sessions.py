"""Teaching sessions: the slot length from the settings, an ISO 8601 duration."""
import isodate

from quadroll import settings

SLOT = isodate.parse_duration(settings.SLOT_LENGTH)


def slots_in(minutes):
    return int(minutes * 60 // SLOT.total_seconds())
