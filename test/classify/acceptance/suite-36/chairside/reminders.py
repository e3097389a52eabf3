"""Appointment reminders: SMS through the gateway (a requests Session), mail through the relay."""
import smtplib
from email.message import EmailMessage

import requests

from chairside import settings

_session = requests.Session()


def send_sms(number, text, base=None, timeout=1.0):
    response = _session.post(f"{base or settings.SMS_URL}/messages", json={"to": number, "text": text}, timeout=timeout)
    response.raise_for_status()
    return response.json()["id"]


def send_mail(to, subject, body):
    message = EmailMessage()
    message["From"] = "reminders@chairside.example"
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    with smtplib.SMTP(settings.MAIL_HOST, settings.MAIL_PORT, timeout=1) as relay:
        relay.send_message(message)
