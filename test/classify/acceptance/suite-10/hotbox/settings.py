"""Settings from the environment, with the defaults a developer's machine uses."""

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _env(name, default):
    return field(default_factory=lambda: os.environ.get(name, default))


def _int(name, default):
    return field(default_factory=lambda: int(os.environ.get(name, default)))


@dataclass
class Settings:
    database_dsn: str = _env("HOTBOX_DATABASE_DSN", "postgresql://hotbox:hotbox@localhost:5432/hotbox")
    redis_url: str = _env("HOTBOX_REDIS_URL", "redis://localhost:6379/2")
    broker_url: str = _env("HOTBOX_BROKER_URL", "amqp://guest:guest@localhost:5672//")
    routing_url: str = _env("HOTBOX_ROUTING_URL", "http://localhost:5000")
    geocoder_url: str = _env("HOTBOX_GEOCODER_URL", "http://localhost:8089")
    sms_url: str = _env("HOTBOX_SMS_URL", "https://sms.example.test/v2/messages")
    idp_url: str = _env("HOTBOX_IDP_URL", "http://localhost:8180/realms/hotbox")
    idp_client_id: str = _env("HOTBOX_IDP_CLIENT_ID", "hotbox-dispatch")
    idp_client_secret: str = _env("HOTBOX_IDP_CLIENT_SECRET", "dev-only")
    restaurants_url: str = _env("HOTBOX_RESTAURANTS_URL", "http://restaurants-api.internal:8000")
    jwt_secret: str = _env("HOTBOX_JWT_SECRET", "dev-secret")
    jwt_public_key_file: str = _env("HOTBOX_JWT_PUBLIC_KEY", "/etc/hotbox/jwt-public.pem")
    tracking_secret: str = _env("HOTBOX_TRACKING_SECRET", "tracking-dev")
    http_timeout: float = 1.0
    routing_timeout: float = 0.5
    surge_table: str = str(ROOT / "config" / "surge.json")
    dispatch_env: str = str(ROOT / "config" / "dispatch.env")
    receipts_dir: str = _env("HOTBOX_RECEIPTS_DIR", "/var/lib/hotbox/receipts")
    currency: str = "EUR"
    locale: str = "en_IE"


def load():
    return Settings()
