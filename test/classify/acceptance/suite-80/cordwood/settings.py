"""Settings from the environment (the runner's), with the yard's defaults."""
import os


def get(name, default=None):
    return os.environ.get("CORDWOOD_" + name, default)


def pg_dsn():
    return get("PG_DSN", "host=127.0.0.1 port=5432 dbname=cordwood user=cordwood")


def reports_dsn():
    return get("REPORTS_DSN", "host=127.0.0.1 port=5432 dbname=cordwood_reports user=cordwood")


def replica_dsn():
    return get("REPLICA_DSN", "host=127.0.0.1 port=5433 dbname=cordwood user=cordwood")


def audit_dsn():
    return get("AUDIT_DSN", "host=127.0.0.1 port=5432 dbname=cordwood user=cordwood")


def ledger_path():
    return get("LEDGER", "var/ledger.db")


def schema_version():
    return int(get("SCHEMA_VERSION", "4"))


def pool_size():
    return int(get("POOL_SIZE", "4"))


def busy_timeout():
    return get("BUSY_TIMEOUT", "0.2")


def cache_addr():
    host, port = get("CACHE_ADDR", "127.0.0.1:11311").rsplit(":", 1)
    return host, int(port)


def cache_dir():
    return get("CACHE_DIR", "var/cache")


def archive_dir():
    return get("ARCHIVE_DIR", "/mnt/cordwood-archive")


def spool_dir():
    return get("SPOOL_DIR", "var/spool")


def token_secret():
    return get("TOKEN_SECRET", "")
