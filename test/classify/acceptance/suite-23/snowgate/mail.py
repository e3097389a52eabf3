"""Receipts by mail, through the resort's relay (aiosmtplib)."""
from email.message import EmailMessage

import aiosmtplib

from snowgate import settings


async def send_receipt(to: str, body: str) -> None:
    message = EmailMessage()
    message["From"] = "tickets@snowgate.example"
    message["To"] = to
    message["Subject"] = "Your lift pass"
    message.set_content(body)
    host, port = settings.MAIL_RELAY
    await aiosmtplib.send(message, hostname=host, port=port, timeout=2)
