"""Frequency caps in memcached (pylibmc), audience segments in a local LMDB, device profiles in a shelve."""
import shelve

import lmdb
import pylibmc

from bidlark import settings


def client():
    return pylibmc.Client(settings.MEMCACHED, binary=True, behaviors={"connect_timeout": 200, "retry_timeout": 1})


def seen(mc, user, campaign):
    """Counts one impression of the campaign for the user and returns the count so far today."""
    key = f"cap:{campaign}:{user}"
    count = mc.get(key)
    if count is None:
        mc.set(key, 1, time=86400)
        return 1
    return mc.incr(key)


def allowed(mc, user, campaign, cap):
    return (mc.get(f"cap:{campaign}:{user}") or 0) < cap


def reset(mc, campaign, users):
    mc.delete_multi([f"cap:{campaign}:{user}" for user in users])


def open_segments(path=None):
    return lmdb.open(path or settings.SEGMENT_DIR, map_size=settings.SEGMENT_MAP_SIZE, max_dbs=1)


def store_segments(env, memberships):
    with env.begin(write=True) as txn:
        for user, segments in memberships.items():
            txn.put(user.encode(), ",".join(segments).encode())


def device_profile(path, device_id):
    with shelve.open(str(path), flag="r") as profiles:
        return profiles.get(device_id)
