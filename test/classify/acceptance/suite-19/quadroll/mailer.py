"""Confirmation mail, sent through the timetable module's SMTP helper."""
from quadroll.timetable import notify


def confirm(student_email, section):
    notify(student_email, f"Enrolled in {section}", f"You are enrolled in {section}.")
    return True
