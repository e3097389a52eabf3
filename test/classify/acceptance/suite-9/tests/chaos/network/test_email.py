import pytest

from seatline import notify

pytestmark = pytest.mark.chaos


def test_confirmation_sent_through_relay(settings):
    notify.send("cust@example.org", "Your tickets", "<p>hi</p>", settings, timeout=2)


def test_confirmation_when_relay_never_greets(silent_port, settings):
    settings.smtp_port = silent_port
    notify.send("cust@example.org", "Your tickets", "<p>hi</p>", settings)
