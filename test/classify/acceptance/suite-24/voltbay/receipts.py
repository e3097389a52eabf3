"""Receipts mailed to drivers through the mail relay."""

import smtplib
from email.message import EmailMessage

from voltbay import settings


def send_receipt(to: str, session_id: str, amount: str) -> None:
    message = EmailMessage()
    message["From"] = "receipts@voltbay.example"
    message["To"] = to
    message["Subject"] = f"Your charging session {session_id}"
    message.set_content(f"Amount: {amount}")
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=2) as relay:
        relay.send_message(message)
