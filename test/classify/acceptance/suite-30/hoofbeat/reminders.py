"""Vaccination, worming and farrier reminders, scheduled in-process with APScheduler."""
from datetime import datetime, timedelta

from apscheduler.schedulers.background import BackgroundScheduler

scheduler = BackgroundScheduler(timezone="UTC")
sent = []


def start():
    scheduler.start()


def send(horse, kind):
    sent.append((horse, kind))


def schedule_vaccination(horse, when):
    return scheduler.add_job(send, "date", run_date=when, args=[horse, "vaccination"], id=f"vaccine-{horse}")


def schedule_worming(horse, every_days):
    return scheduler.add_job(send, "interval", days=every_days, args=[horse, "worming"], id=f"worm-{horse}",
                             next_run_time=datetime.utcnow() + timedelta(days=every_days))


def cancel_worming(horse):
    scheduler.remove_job(f"worming-{horse}")
