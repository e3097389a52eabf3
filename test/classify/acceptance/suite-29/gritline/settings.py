"""Settings: the shipped INI file, overridden by GRITLINE_* environment variables."""
import configparser
import os
from pathlib import Path

_ini = configparser.ConfigParser()
_ini.read(Path(__file__).resolve().parent.parent / "config" / "gritline.ini")


def _get(section, key, default=None):
    return os.environ.get(f"GRITLINE_{section}_{key}".upper(), _ini.get(section, key, fallback=default))


ETCD_HOST = os.environ.get("GRITLINE_ETCD_HOST", "127.0.0.1")
ETCD_PORT = int(os.environ.get("GRITLINE_ETCD_PORT", "18901"))
ZK_HOSTS = os.environ.get("GRITLINE_ZK_HOSTS", "127.0.0.1:18902")
MEMCACHED = os.environ.get("GRITLINE_MEMCACHED", "127.0.0.1:18903").split(",")
DEPOT_URL = os.environ.get("GRITLINE_DEPOT_URL", "http://127.0.0.1:18904")
DNS_SERVER = os.environ.get("GRITLINE_DNS_SERVER", "127.0.0.1")
DNS_PORT = int(os.environ.get("GRITLINE_DNS_PORT", "18905"))

BCRYPT_ROUNDS = int(_get("auth", "bcrypt_rounds", "12"))
TOKEN_TTL_SECONDS = float(_get("auth", "token_ttl_seconds", "900"))
ROUTE_TTL_SECONDS = float(_get("cache", "route_ttl_seconds", "300"))
ROUTE_CACHE_SIZE = int(_get("cache", "route_cache_size", "256"))
CREW_WORKERS = int(_get("crews", "workers", "8"))
LEDGER_BUSY_TIMEOUT_MS = int(_get("ledger", "busy_timeout_ms", "5000"))
ARCHIVE_PATH = _get("ledger", "archive_path")
FREEZE_THRESHOLD_C = float(_get("weather", "freeze_threshold_c", "1.0"))
WEATHER_HOST = _get("weather", "host", "weather.gritline.internal")
SPOOL_DIR = _get("exports", "spool_dir")
MAX_UPLOAD = _get("exports", "max_upload", "512MB")
