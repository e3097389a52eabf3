import os

IDP_URL = os.environ.get("BOWSTRING_IDP_URL", "http://127.0.0.1:18151")
KV_HOST = os.environ.get("BOWSTRING_KV_HOST", "127.0.0.1")
KV_PORT = int(os.environ.get("BOWSTRING_KV_PORT", "16412"))
BOX_OFFICE_URL = os.environ.get("BOWSTRING_BOX_OFFICE_URL", "http://boxoffice.bowstring.internal:8080")
OUTBOUND_PROXY = os.environ.get("BOWSTRING_PROXY", "http://127.0.0.1:18153")
SESSION_SECRET = os.environ.get("BOWSTRING_SESSION_SECRET", "rehearsal-room-7")
SIGNING_KEY_PATH = os.environ.get("BOWSTRING_SIGNING_KEY", "/etc/bowstring/keys/roster-signing.pem")
NOTIFY_URL = os.environ.get("BOWSTRING_NOTIFY_URL", "http://127.0.0.1:18154")
STAND_CACHE_TTL = float(os.environ.get("BOWSTRING_STAND_TTL", "0.5"))
