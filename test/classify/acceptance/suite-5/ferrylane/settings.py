"""Where ferrylane finds its services. CI overrides nothing: the defaults are what the chaos suite uses."""

import os

LDAP_URL = os.environ.get("FERRYLANE_LDAP_URL", "ldap://127.0.0.1:58389")
MEMCACHE_ADDR = ("127.0.0.1", int(os.environ.get("FERRYLANE_MEMCACHE_PORT", "58211")))
MYSQL = {
    "host": "127.0.0.1",
    "port": int(os.environ.get("FERRYLANE_MYSQL_PORT", "58306")),
    "user": "ferrylane",
    "password": os.environ.get("FERRYLANE_MYSQL_PASSWORD", ""),
    "database": "ferrylane",
}
SEARCH_URL = os.environ.get("FERRYLANE_SEARCH_URL", "http://127.0.0.1:58920")
PARTNER_URL = os.environ.get("FERRYLANE_PARTNER_URL", "http://127.0.0.1:58081")
FARES_URL = os.environ.get("FERRYLANE_FARES_URL", "http://fares.ferrylane.invalid:8080")
SFTP_HOST = ("127.0.0.1", int(os.environ.get("FERRYLANE_SFTP_PORT", "58022")))
S3_ENDPOINT = os.environ.get("FERRYLANE_S3_ENDPOINT", "http://127.0.0.1:58900")
TOKEN_AUDIENCE = "ferrylane-api"
