"""Hold-ready mails through the branch's mail relay."""

import pytest

from lendwell import notify

pytestmark = pytest.mark.chaos

MEMBER = {"card": "LW000101", "name": "Aoife Byrne", "email": "aoife@example.test"}


def test_hold_ready_mail_is_sent(settings):
    hold = {"title": "Wolf Hall", "branch": "Central Library", "until": "2026-12-09"}
    notify.hold_ready(settings, MEMBER, hold)


def test_overdue_mail_is_sent(settings):
    body = notify.overdue_notice(MEMBER, [{"title": "Wolf Hall", "due": "2026-11-23"}])
    notify.send(settings, MEMBER["email"], "Overdue", body)
