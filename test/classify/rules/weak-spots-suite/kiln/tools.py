"""Runs the external tools the app needs, and a background flusher."""
import subprocess
import sys
import threading


def tool_version():
    return subprocess.run([sys.executable, "--version"], capture_output=True, check=True).stdout


def start_flusher():
    thread = threading.Thread(target=lambda: None)
    thread.start()
    return thread
