"""Guest visits announced to reception (pydantic 1.10)."""
import datetime
from typing import Optional

import pydantic


class Visit(pydantic.BaseModel):
    guest: str
    host_member: str
    arrives: datetime.datetime
    badge_number: Optional[int]
    floor: int


def from_reception(payload):
    return Visit(**payload)


def notify_host(visit, sender):
    return sender(visit.host_member, f"{visit.guest} is at reception")
