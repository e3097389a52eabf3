"""Settings, from KERBSIDE_* environment variables with the defaults a developer's machine uses."""
import os


def env(name, default):
    return os.environ.get(f"KERBSIDE_{name}", default)


MYSQL_HOST = env("MYSQL_HOST", "127.0.0.1")
MYSQL_PORT = int(env("MYSQL_PORT", "3306"))
MYSQL_USER = env("MYSQL_USER", "kerbside")
MYSQL_PASSWORD = env("MYSQL_PASSWORD", "kerbside")
MYSQL_DATABASE = env("MYSQL_DATABASE", "fleet")
MYSQL_REPLICA_PORT = int(env("MYSQL_REPLICA_PORT", "3307"))

MEMCACHED = (env("MEMCACHED_HOST", "127.0.0.1"), int(env("MEMCACHED_PORT", "11211")))
CACHE_TIMEOUT = float(env("CACHE_TIMEOUT", "0.5"))

VAULT_URL = env("VAULT_URL", "http://127.0.0.1:8200")
VAULT_TOKEN = env("VAULT_TOKEN", "dev-only-token")
SIGNING_SECRET_PATH = env("SIGNING_SECRET_PATH", "kerbside/signing")

ELASTICSEARCH_URL = env("ELASTICSEARCH_URL", "http://127.0.0.1:9200")
CASSANDRA_HOSTS = env("CASSANDRA_HOSTS", "127.0.0.1").split(",")
CASSANDRA_PORT = int(env("CASSANDRA_PORT", "9042"))
AMQP_URL = env("AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/")

PAYMENTS_URL = env("PAYMENTS_URL", "http://127.0.0.1:8095")
GEOCODER_URL = env("GEOCODER_URL", "http://geocoder.fleet-svc.internal:8080")
HTTP_TIMEOUT = float(env("HTTP_TIMEOUT", "1.0"))

JWT_ISSUER = env("JWT_ISSUER", "https://id.kerbside.example/")
OTP_WINDOW = int(env("OTP_WINDOW", "1"))

INVOICE_DIR = env("INVOICE_DIR", "/var/lib/kerbside/invoices")
PDF_TOOL = env("PDF_TOOL", "qpdf")
