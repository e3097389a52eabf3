"""X-ray studies on the imaging server (PACS), fetched over FTP and read with pydicom."""
import io

import ftputil
import ftputil.session
import pydicom

from hoofbeat import settings


def connect(port=None, user=None, password=None):
    factory = ftputil.session.session_factory(port=port or settings.PACS_PORT)
    return ftputil.FTPHost(settings.PACS_HOST, user or settings.PACS_USER,
                           password if password is not None else settings.PACS_PASSWORD,
                           session_factory=factory)


def studies(host, horse):
    return sorted(host.listdir(f"/studies/{horse}"))


def read_study(data):
    return pydicom.dcmread(io.BytesIO(data))


def summary(dataset):
    return {
        "horse": str(dataset.PatientName),
        "region": dataset.BodyPartExamined,
        "weight_kg": float(dataset.PatientWeight),
    }
