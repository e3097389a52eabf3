"""Settings of roomwise, a hotel chain's rooms service, read from the environment with local defaults."""
import os

PROVIDER_URL = os.environ.get("ROOMWISE_PROVIDER_URL", "http://127.0.0.1:19531")
CLIENT_ID = os.environ.get("ROOMWISE_CLIENT_ID", "roomwise-desk")
CLIENT_SECRET = os.environ.get("ROOMWISE_CLIENT_SECRET", "desk-secret")
KEY_SECRET = os.environ.get("ROOMWISE_KEY_SECRET", "")
REDIS_URL = os.environ.get("ROOMWISE_REDIS_URL", "redis://127.0.0.1:19532/0")
RESERVATIONS_DSN = os.environ.get("ROOMWISE_RESERVATIONS_DSN",
                                  "postgresql://roomwise@127.0.0.1:19533/reservations?connect_timeout=2")
CHANNEL_URL = os.environ.get("ROOMWISE_CHANNEL_URL", "http://127.0.0.1:19534")
PAYMENTS_URL = os.environ.get("ROOMWISE_PAYMENTS_URL", "http://127.0.0.1:19535")
LOCKS_HOST = os.environ.get("ROOMWISE_LOCKS_HOST", "doorlocks.roomwise.internal")
FOLIO_POOL_SIZE = int(os.environ.get("ROOMWISE_FOLIO_POOL", "2"))
NIGHT_AUDIT_DIR = os.environ.get("ROOMWISE_NIGHT_AUDIT_DIR", "/var/lib/roomwise/night-audit")
KEYCARD_TOOL = os.environ.get("ROOMWISE_KEYCARD_TOOL", "keycard-encode")
AVAILABILITY_TTL = 300
