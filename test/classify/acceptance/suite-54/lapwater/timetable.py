"""The council's leisure timetable service (public sessions, closures)."""
import requests

from lapwater import settings


def sessions(pool, day):
    response = requests.get(f"{settings.TIMETABLE_URL}/pools/{pool}/sessions", params={"day": day},
                            timeout=settings.TIMEOUT)
    response.raise_for_status()
    return response.json()["sessions"]


def closures(pool):
    response = requests.get(f"{settings.TIMETABLE_URL}/pools/{pool}/closures", timeout=settings.TIMEOUT)
    response.raise_for_status()
    return response.json()


def notify_closure(pool, reason):
    session = requests.Session()
    response = session.post(f"{settings.TIMETABLE_URL}/pools/{pool}/closures", json={"reason": reason},
                            timeout=settings.TIMEOUT)
    return response.status_code
