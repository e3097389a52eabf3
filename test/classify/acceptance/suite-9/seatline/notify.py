"""E-mails to customers: order confirmations and e-tickets."""

import smtplib
from email.message import EmailMessage
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from seatline.settings import load

TEMPLATES = Path(__file__).parent / "templates"
env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape())


def render_confirmation(order):
    return env.get_template("confirmation.html").render(order=order)


def render_reminder(order):
    return env.get_template("reminder.html").render(order=order)


def send(to, subject, html, settings=None, timeout=None):
    settings = settings or load()
    message = EmailMessage()
    message["From"] = "tickets@seatline.example"
    message["To"] = to
    message["Subject"] = subject
    message.set_content("Your tickets are attached.")
    message.add_alternative(html, subtype="html")
    kwargs = {} if timeout is None else {"timeout": timeout}
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, **kwargs) as smtp:
        smtp.send_message(message)
