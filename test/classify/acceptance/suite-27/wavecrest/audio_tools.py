"""Loudness normalisation with SoX, and the studio's log folder."""
import os
import subprocess

from . import settings


def normalise(path):
    subprocess.run(["sox", "--norm=-1", path, path + ".norm.wav"], check=True, capture_output=True)
    return path + ".norm.wav"


def log_dir():
    os.makedirs(settings.LOG_DIR, exist_ok=True)
    return settings.LOG_DIR
