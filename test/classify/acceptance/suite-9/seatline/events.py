"""Events, venues and on-sale windows."""

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

VENUES = {
    "royal-hall": {"tz": "Europe/London", "capacity": 1200},
    "harbour-arena": {"tz": "Europe/Dublin", "capacity": 8000},
    "canal-studio": {"tz": "Europe/Amsterdam", "capacity": 0},
}


@dataclass
class Event:
    slug: str
    venue: str
    starts_at: datetime  # aware, UTC
    on_sale_from: datetime
    on_sale_until: datetime
    sections: dict = field(default_factory=dict)

    def is_on_sale(self, now=None):
        now = now or datetime.now(timezone.utc)
        return self.on_sale_from <= now < self.on_sale_until

    def local_start(self):
        """The start time as printed on the ticket, in the venue's time zone."""
        zone = ZoneInfo(VENUES[self.venue]["tz"])
        return self.starts_at.replace(tzinfo=zone)

    def doors_open(self):
        return self.local_start() - timedelta(minutes=45)


def event(slug, venue, starts_at, days_on_sale=60, sections=None):
    return Event(
        slug=slug,
        venue=venue,
        starts_at=starts_at,
        on_sale_from=starts_at - timedelta(days=days_on_sale),
        on_sale_until=starts_at - timedelta(hours=2),
        sections=sections or {"stalls": 400, "circle": 300, "balcony": 500},
    )


CATALOGUE = {}


def register(ev):
    CATALOGUE[ev.slug] = ev
    return ev


def find(slug):
    return CATALOGUE.get(slug)


def seats_left(slug, sold):
    return sum(find(slug).sections.values()) - sold
