"""Where the blood bank's services live, as the CI environment configures them."""
import os

WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0")[2:])

# The blood bank's identity provider: one per CI worker.
IDP_URL = f"http://127.0.0.1:{19631 + WORKER}"
PORTAL_CLIENT = ("redcell-portal", "portal-2026-secret")
LAB_CLIENT = ("redcell-lab", "lab-2025-secret")
CLOCK_LEEWAY = 30

# The regional stock ledger (the blood service's database, spoken to over its line protocol).
LEDGER_HOST = "127.0.0.1"
LEDGER_PORT = 19651 + WORKER
LEDGER_TIMEOUT = 1.0

# Donor reminders go out through the SMS gateway.
SMS_URL = "http://127.0.0.1:19671/v1/messages"

ARCHIVE_DB = os.environ.get("REDCELL_ARCHIVE_DB", "/var/lib/redcell/archive.db")
LABEL_TOOL = "glabels-3-batch"


def session_key_path():
    return os.environ.get("REDCELL_SESSION_KEY", "/run/secrets/redcell/session.key")
