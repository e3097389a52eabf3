"""Settings, read from the environment with the defaults of a developer's machine."""
import os

SSO_URL = os.environ.get("QUADROLL_SSO_URL", "http://127.0.0.1:18191")
TIMETABLE_URL = os.environ.get("QUADROLL_TIMETABLE_URL", "http://127.0.0.1:18192")
ROOMS_HOST = os.environ.get("QUADROLL_ROOMS_HOST", "rooms.estates.svc.cluster.local")
REDIS_URL = os.environ.get("QUADROLL_REDIS_URL", "redis://127.0.0.1:16391/0")
PG_DSN = os.environ.get("QUADROLL_PG_DSN", "host=127.0.0.1 port=15444 dbname=registry user=quadroll password=quadroll connect_timeout=2")
SMTP_HOST = os.environ.get("QUADROLL_SMTP_HOST", "127.0.0.1")
SMTP_PORT = int(os.environ.get("QUADROLL_SMTP_PORT", "10259"))
TOKEN_KEY = os.environ.get("QUADROLL_TOKEN_KEY")
PBKDF2_ROUNDS = os.environ.get("QUADROLL_PBKDF2_ROUNDS", "600000")
EXPORT_DIR = os.environ.get("QUADROLL_EXPORT_DIR", "/var/lib/quadroll/exports")
SLOT_LENGTH = os.environ.get("QUADROLL_SLOT_LENGTH", "50min")
MARKDOWN_EXTENSIONS = os.environ.get("QUADROLL_MARKDOWN_EXTENSIONS", "tabels,sane_lists").split(",")
STUDENT_DOMAIN = "students.quadroll.example"
SERVICE_TOKEN = os.environ.get("QUADROLL_SERVICE_TOKEN", "dev-token")
