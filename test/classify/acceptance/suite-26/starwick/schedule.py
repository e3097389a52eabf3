"""Telescope time: slots parsed with tempora, cached ephemerides (repoze.lru)."""
import tempora
from repoze.lru import lru_cache
from tzlocal import get_localzone_name

SLOTS = {}


def slot_length(text):
    return tempora.parse_timedelta(text)


def slot_minutes(text):
    return int(slot_length(text).total_seconds() // 60)


def observatory_zone():
    return get_localzone_name()


@lru_cache(maxsize=64)
def target_for(slot_id):
    return SLOTS.get(slot_id, {}).get("target")


def assign(slot_id, target):
    SLOTS.setdefault(slot_id, {})["target"] = target


def sessions_per_night(slots, nights):
    return len(slots) / nights
