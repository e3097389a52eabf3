"""Outgoing e-mail (queued; the relay is another service)."""
OUTBOX = []


def send_email(to, subject):
    OUTBOX.append((to, subject))
