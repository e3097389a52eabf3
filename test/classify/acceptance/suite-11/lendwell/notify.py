"""Notices to members: overdue and hold-ready mails, and the events published on the broker."""

import json
import smtplib
from email.message import EmailMessage

import jinja2
import pika

_templates = jinja2.Environment(
    loader=jinja2.DictLoader(
        {
            "overdue.txt": "Dear {{ member.name }},\n{% for loan in loans %}- {{ loan.title }}, due {{ loan.due }}\n{% endfor %}",
            "hold_ready.txt": "Dear {{ member.name }},\n{{ hold.title }} is waiting for you at {{ hold.branch }} until {{ hold.until }}.\n",
        }
    ),
    undefined=jinja2.StrictUndefined,
)


def render(template, **context):
    return _templates.get_template(template).render(**context)


def send(settings, to, subject, body):
    message = EmailMessage()
    message["From"] = "noreply@lendwell.test"
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=2) as relay:
        relay.send_message(message)


def hold_ready(settings, member, hold):
    send(settings, member["email"], "Your hold is ready", render("hold_ready.txt", member=member, hold=hold))


def overdue_notice(member, loans):
    return render("overdue.txt", member=member, loans=loans)


def event_body(kind, **fields):
    return json.dumps({"kind": kind, **fields})


def publish(settings, kind, **fields):
    parameters = pika.URLParameters(settings.amqp_url + "?connection_attempts=1&socket_timeout=1")
    with pika.BlockingConnection(parameters) as connection:
        channel = connection.channel()
        channel.basic_publish("circulation", kind, event_body(kind, **fields))
