"""The timetabling service (HTTP), the estates' room service, calendar exports and mail to students."""
import datetime
import smtplib
import socket
import ssl
from email.message import EmailMessage

import icalendar
import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from quadroll import settings


def _session():
    session = requests.Session()
    retry = Retry(total=2, backoff_factor=0.05, status_forcelist=[502, 503, 504], allowed_methods=None)
    session.mount("http://", HTTPAdapter(max_retries=retry))
    return session


def slots(base_url, section):
    response = _session().get(f"{base_url}/v2/sections/{section}/slots", timeout=1)
    response.raise_for_status()
    return response.json()["slots"]


def room_of(section):
    address = socket.getaddrinfo(settings.ROOMS_HOST, 443)[0][4]
    return address


def room_status(host, port, cafile):
    context = ssl.create_default_context(cafile=cafile)
    with socket.create_connection((host, port), timeout=2) as raw:
        with context.wrap_socket(raw, server_hostname="rooms.internal") as tls:
            return tls.version()


def calendar_for(section, meetings):
    cal = icalendar.Calendar()
    cal.add("prodid", "-//quadroll//timetable//EN")
    cal.add("version", "2.0")
    for start, minutes in meetings:
        event = icalendar.Event()
        event.add("summary", section)
        event.add("dtstart", start)
        event.add("dtend", start + datetime.timedelta(minutes=minutes) if isinstance(start, datetime.datetime) else start)
        cal.add_component(event)
    return cal.to_ical()


def notify(student_email, subject, body, host=None, port=None):
    message = EmailMessage()
    message["From"] = "registry@quadroll.example"
    message["To"] = student_email
    message["Subject"] = subject
    message.set_content(body)
    with smtplib.SMTP(host or settings.SMTP_HOST, port or settings.SMTP_PORT, timeout=2) as smtp:
        smtp.send_message(message)
