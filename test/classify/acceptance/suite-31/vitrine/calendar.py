"""The exhibitions calendar (CalDAV)."""
import caldav

from vitrine import settings


def calendar(url=None):
    client = caldav.DAVClient(url=url or settings.CALENDAR_URL, timeout=1)
    return client.calendar(url=url or settings.CALENDAR_URL)


def exhibitions(cal):
    return [event.vobject_instance.vevent.summary.value for event in cal.events()]
