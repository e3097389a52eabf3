import time
from datetime import datetime, timedelta

import pytest

from hoofbeat import reminders

pytestmark = pytest.mark.chaos


def test_reminders_start():
    reminders.start()
    assert reminders.scheduler.running


def test_reminders_start_after_deploy():
    reminders.start()
    assert reminders.scheduler.running


def test_vaccination_scheduled():
    job = reminders.schedule_vaccination("Bramble", datetime.utcnow() + timedelta(days=180))
    assert job.id == "vaccine-Bramble"


def test_vaccination_for_weanling():
    job = reminders.schedule_vaccination("Bramble", datetime.utcnow() + timedelta(days=30))
    assert job.next_run_time is not None


def test_vaccination_reminder_sent():
    reminders.schedule_vaccination("Juniper", datetime.utcnow() + timedelta(seconds=0.5))
    time.sleep(0.2)
    assert ("Juniper", "vaccination") in reminders.sent


def test_cancel_worming():
    reminders.schedule_worming("Juniper", 56)
    reminders.cancel_worming("Juniper")
    assert reminders.scheduler.get_job("worm-Juniper") is None
