"""Radiographs: exports for referral, previews, the label printer and the yard's weighbridge."""
import subprocess

import cups
import usb.core

from hoofbeat import settings
from hoofbeat.errors import PrintError, WeighbridgeError


def export_series(datasets, path):
    with open(path, "wb") as out:
        for dataset in datasets:
            out.write(dataset)
    return path


def preview(dicom_path, png_path):
    subprocess.run([settings.DICOM_TO_PNG, "+on", dicom_path, png_path], check=True)
    return png_path


def printer():
    cups.setServer(settings.CUPS_SERVER)
    return cups.Connection()


def print_label(text, queue="stable-labels"):
    conn = printer()
    return conn.printFile(queue, text, "label", {})


def print_or_raise(text):
    try:
        return print_label(text)
    except RuntimeError as error:
        raise PrintError(f"label for {text!r} not printed") from error


def weigh():
    vendor, product = settings.WEIGHBRIDGE_USB
    device = usb.core.find(idVendor=vendor, idProduct=product)
    if device is None:
        raise WeighbridgeError(f"no weighbridge on the USB bus ({vendor:04x}:{product:04x})")
    return device
