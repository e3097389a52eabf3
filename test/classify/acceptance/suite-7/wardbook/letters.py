"""Appointment letters: rendered, spooled and written for the print room."""
import datetime
import locale
import os

from wardbook import settings


def letter_text(patient, when):
    locale.setlocale(locale.LC_TIME, settings.LETTER_LOCALE)
    return f"Dear {patient},\nYour appointment is on {when.strftime('%A %d %B %Y at %H:%M')}.\n"


def write_letter(name, text):
    os.makedirs(settings.LETTERS_DIR, exist_ok=True)
    path = os.path.join(settings.LETTERS_DIR, name)
    with open(path, "w") as handle:
        handle.write(text)
    return path


def spool_path():
    return os.path.join(settings.SPOOL_DIR, datetime.date.today().isoformat())


def batch_names(folder):
    return os.listdir(folder)
