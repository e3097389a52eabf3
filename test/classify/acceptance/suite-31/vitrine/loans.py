"""Loan agreements with partner museums (WebDAV) and the loan register."""
import datetime

import easywebdav

from vitrine import settings
from vitrine.errors import BookingError

REGISTER = []


def partner(host=None, port=80):
    return easywebdav.connect(
        host or settings.PARTNER_DAV_HOST,
        port=port,
        username=settings.PARTNER_DAV_USER,
        password=settings.PARTNER_DAV_PASSWORD,
    )


def send_agreement(client, loan_id, path):
    client.session.timeout = 1
    client.upload(path, f"/loans/{loan_id}.pdf")


def register(accession, partner_name, until):
    if until < datetime.date.today():
        raise BookingError(f"loan of {accession} to {partner_name} would end on {until}, which is in the past")
    REGISTER.append((accession, partner_name, until))
    return len(REGISTER)


def loan_days(start, end):
    return (end - start).days
