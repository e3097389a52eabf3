"""Settings, read from the environment with the defaults of a developer's machine."""

import os

MYSQL_HOST = os.environ.get("VOLTBAY_MYSQL_HOST", "127.0.0.1")
MYSQL_PORT = int(os.environ.get("VOLTBAY_MYSQL_PORT", "13306"))
MYSQL_USER = os.environ.get("VOLTBAY_MYSQL_USER", "voltbay")
MYSQL_PASSWORD = os.environ.get("VOLTBAY_MYSQL_PASSWORD", "voltbay")
MYSQL_DB = os.environ.get("VOLTBAY_MYSQL_DB", "voltbay")

MEMCACHED = os.environ.get("VOLTBAY_MEMCACHED", "127.0.0.1:11311").split(",")

IDP_URL = os.environ.get("VOLTBAY_IDP_URL", "http://127.0.0.1:18080/oauth2/token")
IDP_CLIENT_ID = os.environ.get("VOLTBAY_IDP_CLIENT_ID", "voltbay-ci")
IDP_CLIENT_SECRET = os.environ.get("VOLTBAY_IDP_CLIENT_SECRET", "ci-secret")
SESSION_KEY_FILE = os.environ.get("VOLTBAY_SESSION_KEY_FILE", "/etc/voltbay/session.key")
CARD_SECRET = os.environ.get("VOLTBAY_CARD_SECRET")

ROAMING_URL = os.environ.get("VOLTBAY_ROAMING_URL", "http://127.0.0.1:18082/ocpi/2.2")
ROAMING_MIRROR_URL = os.environ.get("VOLTBAY_ROAMING_MIRROR_URL", "hub-mirror.voltbay.test/ocpi/2.2")
GRID_URL = os.environ.get("VOLTBAY_GRID_URL", "http://grid-signals.voltbay.internal:8080/v1")
TARIFF_URL = os.environ.get("VOLTBAY_TARIFF_URL", "http://127.0.0.1:18081/v1")
HTTP_TIMEOUT = float(os.environ.get("VOLTBAY_HTTP_TIMEOUT", "1.0"))

CHARGE_POINT_PORT = int(os.environ.get("VOLTBAY_CP_PORT", "19000"))
SMTP_HOST = os.environ.get("VOLTBAY_SMTP_HOST", "127.0.0.1")
SMTP_PORT = int(os.environ.get("VOLTBAY_SMTP_PORT", "12525"))

LEDGER_PATH = os.environ.get("VOLTBAY_LEDGER", "/var/lib/voltbay/ledger.db")
EXPORT_DIR = os.environ.get("VOLTBAY_EXPORT_DIR", "/var/lib/voltbay/exports")
PLOTTER = os.environ.get("VOLTBAY_PLOTTER", "gnuplot")
