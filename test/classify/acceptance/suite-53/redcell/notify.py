"""Donor reminders through the SMS gateway."""
import requests

from redcell import settings

_session = requests.Session()


def remind(phone, day):
    response = _session.post(settings.SMS_URL, json={"to": phone, "text": f"Your donation is booked for {day}"},
                             timeout=2)
    response.raise_for_status()
    return response.json()["id"]
