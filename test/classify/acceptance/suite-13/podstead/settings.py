"""Settings, from PODSTEAD_* environment variables with the defaults a developer's machine uses."""
import os


def env(name, default):
    return os.environ.get(f"PODSTEAD_{name}", default)


CATALOG_DSN = env("CATALOG_DSN", "host=127.0.0.1 port=5432 dbname=catalog user=podstead password=podstead connect_timeout=2")
POOL_MAX = int(env("POOL_MAX", "4"))
POOL_TIMEOUT = float(env("POOL_TIMEOUT", "1.0"))

S3_ENDPOINT = env("S3_ENDPOINT", "http://127.0.0.1:9000")
S3_BUCKET = env("S3_BUCKET", "podstead-media")
S3_KEY_ID = env("S3_KEY_ID", "podstead-dev")
S3_SECRET = env("S3_SECRET", "podstead-dev-secret")

BROKER_URL = env("BROKER_URL", "amqp://guest:guest@127.0.0.1:5672//")
CACHE_URL = env("CACHE_URL", "redis://127.0.0.1:6379/3")
CHART_CACHE_DIR = env("CHART_CACHE_DIR", "/var/cache/podstead/charts")

IDP_TOKEN_URL = env("IDP_TOKEN_URL", "http://127.0.0.1:8180/oauth/token")
JWT_PUBLIC_KEY = env("JWT_PUBLIC_KEY", "/run/secrets/podstead-jwt.pem")
JWT_AUDIENCE = env("JWT_AUDIENCE", "podstead-api")
JWT_LEEWAY = int(env("JWT_LEEWAY", "0"))

FEED_PROXY = env("FEED_PROXY", "http://egress-proxy.podstead.internal:3128")
WEBHOOK_PROXY = env("WEBHOOK_PROXY", "socks5h://127.0.0.1:1080")
HTTP_TIMEOUT_MS = int(env("HTTP_TIMEOUT_MS", "1000"))

UPLOAD_RATE = env("UPLOAD_RATE", "20 per minutes")
TRANSCODER = env("TRANSCODER", "ffmpeg")
