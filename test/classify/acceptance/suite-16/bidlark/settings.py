"""Settings of bidlark, the real-time bidder: every value can be overridden by BIDLARK_* variables."""
import os


def _get(name, default):
    return os.environ.get(f"BIDLARK_{name}", default)


CAMPAIGN_DB = {
    "host": _get("CAMPAIGN_DB_HOST", "127.0.0.1"),
    "port": int(_get("CAMPAIGN_DB_PORT", "15433")),
    "database": _get("CAMPAIGN_DB_NAME", "bidlark"),
    "user": _get("CAMPAIGN_DB_USER", "bidlark"),
    "password": _get("CAMPAIGN_DB_PASSWORD", "bidlark"),
}
MEMCACHED = _get("MEMCACHED", "127.0.0.1:11912").split(",")
EXCHANGE = (_get("EXCHANGE_HOST", "127.0.0.1"), int(_get("EXCHANGE_PORT", "17080")))
EXCHANGE_LOGIN = _get("EXCHANGE_LOGIN", "bidlark:changeme")
SSP_URL = _get("SSP_URL", "http://ssp.bidlark.invalid/v2/deals")
PARTNER_KEY = _get("PARTNER_KEY", "partner-key-2026-11")
NOTICE_SECRET = _get("NOTICE_SECRET", "dev-notice-secret")
TOKEN_LEEWAY = int(_get("TOKEN_LEEWAY", "0"))
GEOIP_DB = _get("GEOIP_DB", os.path.join(os.path.dirname(__file__), "..", "data", "geo.mmdb"))
SEGMENT_DIR = _get("SEGMENT_DIR", "/var/lib/bidlark/segments")
SEGMENT_MAP_SIZE = int(_get("SEGMENT_MAP_SIZE", str(256 * 1024)))
CAMPAIGN_TZ = _get("CAMPAIGN_TZ", "US/Pacific-New")
OPEN_FILES = int(_get("OPEN_FILES", "65536"))
BUCKET_SEED = int(_get("BUCKET_SEED", "7"))
NETWORK_TIMEOUT = float(_get("NETWORK_TIMEOUT", "0.3"))
