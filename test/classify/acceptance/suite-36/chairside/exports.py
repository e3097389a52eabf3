"""Exports for practice managers: day sheets, X-ray bundles, PDFs."""
import os
import subprocess

from chairside import settings


def export_day_sheet(name, rows):
    os.makedirs(settings.EXPORT_DIR, exist_ok=True)
    path = os.path.join(settings.EXPORT_DIR, name)
    with open(path, "w") as sheet:
        sheet.writelines(f"{row}\n" for row in rows)
    return path


def write_bundle(path, images):
    with open(path, "wb") as bundle:
        for image in images:
            bundle.write(image)


def open_patient_files(folder, patient_ids):
    """Opens every patient's chart file to build the morning summary."""
    handles = []
    for patient_id in patient_ids:
        handles.append(open(os.path.join(folder, f"{patient_id}.chart"), "w"))
    return handles


def to_pdf(source, target):
    subprocess.run([settings.PDF_TOOL, "--linearize", source, target], check=True)
