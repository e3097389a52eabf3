import os

ENV = os.environ.get

# Images and their derivatives live in the museum's OpenStack Swift.
SWIFT_URL = ENV("VITRINE_SWIFT_URL", "http://127.0.0.1:18940/v1/AUTH_vitrine")
SWIFT_AUTH_URL = ENV("VITRINE_SWIFT_AUTH_URL", "http://127.0.0.1:18941/auth/v1.0")
SWIFT_USER = ENV("VITRINE_SWIFT_USER", "vitrine:collections")
SWIFT_KEY = ENV("VITRINE_SWIFT_KEY", "")
SWIFT_CONTAINER = "images"
SWIFT_TEMPURL_KEY = ENV("VITRINE_TEMPURL_KEY", "s3cr3t")
SWIFT_TEMPURL_LIFETIME = ENV("VITRINE_TEMPURL_LIFETIME", "1h")

# Artist and place authorities: the national linked-data service (SPARQL).
AUTHORITY_ENDPOINT = ENV("VITRINE_AUTHORITY_ENDPOINT", "http://127.0.0.1:18950/sparql")
AUTHORITY_TIMEOUT = 1
AUTHORITY_CACHE_TTL = 2

# The catalogue (SQLObject over SQLite).
CATALOGUE_PATH = ENV("VITRINE_CATALOGUE_PATH", "/srv/vitrine/catalogue.sqlite3")

# Partner museums exchange loan agreements over WebDAV.
PARTNER_DAV_HOST = ENV("VITRINE_PARTNER_DAV_HOST", "127.0.0.1")
PARTNER_DAV_USER = ENV("VITRINE_PARTNER_DAV_USER", "vitrine")
PARTNER_DAV_PASSWORD = ENV("VITRINE_PARTNER_DAV_PASSWORD", "")

# The exhibitions calendar (CalDAV).
CALENDAR_URL = ENV("VITRINE_CALENDAR_URL", "http://127.0.0.1:18960/dav/calendars/exhibitions/")
PUBLIC_CALENDAR_URL = ENV("VITRINE_PUBLIC_CALENDAR_URL", "http://calendar.vitrine.internal/dav/public/")

# Tickets carry a QR code of a fixed size so the gate scanners read them.
TICKET_QR_VERSION = int(ENV("VITRINE_TICKET_QR_VERSION", "2"))

# Derivative images.
DERIVATIVE_DIR = ENV("VITRINE_DERIVATIVE_DIR", "/var/lib/vitrine/derivatives")
THUMBNAIL_WORKERS = int(ENV("VITRINE_THUMBNAIL_WORKERS", "200"))
