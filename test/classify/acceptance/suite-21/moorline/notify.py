"""Mail to berth holders through the marina's relay."""
import smtplib
from email.message import EmailMessage

from moorline import settings


def send(to, subject, text, host=None, port=None):
    message = EmailMessage()
    message["From"] = "office@moorline.example"
    message["To"] = to
    message["Subject"] = subject
    message.set_content(text)
    with smtplib.SMTP(host or settings.SMTP_HOST, port or settings.SMTP_PORT, timeout=2) as relay:
        if settings.SMTP_STARTTLS:
            relay.starttls()
        relay.send_message(message)
