import os

ARCHIVE_URL = os.environ.get("STARWICK_ARCHIVE_URL", "http://127.0.0.1:18641/api/")
MAST_HOST = os.environ.get("STARWICK_MAST_HOST", "127.0.0.1")
MAST_PORT = int(os.environ.get("STARWICK_MAST_PORT", "18642"))
MOUNT_HOST = os.environ.get("STARWICK_MOUNT_HOST", "127.0.0.1")
MOUNT_PORT = int(os.environ.get("STARWICK_MOUNT_PORT", "18643"))
DOME_PORT = int(os.environ.get("STARWICK_DOME_PORT", "18644"))
PARTNER_URL = os.environ.get("STARWICK_PARTNER_URL", "http://events.skyline.internal:8080/v2/")
PARTNER_KEY = os.environ.get("STARWICK_PARTNER_KEY", "dev-key")
BOOKING_KEY_FILE = os.environ.get("STARWICK_BOOKING_KEY_FILE", "/etc/starwick/booking.key")
TICKET_SECRET = os.environ.get("STARWICK_TICKET_SECRET")
EXPORT_DIR = os.environ.get("STARWICK_EXPORT_DIR", "/var/lib/starwick/exports")
LOCK_DIR = os.environ.get("STARWICK_LOCK_DIR", ".")
