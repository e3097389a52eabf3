"""Coordination between the rebalancing workers (tooz): group membership and named locks."""
from tooz import coordination

from spokewell import settings


def coordinator(member, url=None):
    coord = coordination.get_coordinator(url or settings.COORD_URL, member.encode())
    coord.start(start_heart=False)
    return coord


def archive_coordinator(member):
    return coordinator(member, settings.ARCHIVE_COORD_URL)


def local_coordinator(member):
    return coordinator(member, settings.COORD_FILE_URL)


def join_rebalancers(coord, group="rebalancers"):
    try:
        coord.create_group(group.encode()).get()
    except coordination.GroupAlreadyExist:
        pass
    coord.join_group(group.encode()).get()
    return [m.decode() for m in coord.get_members(group.encode()).get()]


def with_zone_lock(coord, zone, action):
    lock = coord.get_lock(f"zone-{zone}".encode())
    with lock:
        return action()
