"""Settings from the environment, with the defaults a developer's machine uses."""

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _env(name, default):
    return field(default_factory=lambda: os.environ.get(name, default))


@dataclass
class Settings:
    database_dsn: str = _env("LENDWELL_DATABASE_DSN", "postgresql://lendwell:lendwell@localhost:5432/lendwell")
    mongo_url: str = _env("LENDWELL_MONGO_URL", "mongodb://localhost:27017/catalogue")
    redis_url: str = _env("LENDWELL_REDIS_URL", "redis://localhost:6379/3")
    amqp_url: str = _env("LENDWELL_AMQP_URL", "amqp://guest:guest@localhost:5672/%2F")
    sso_url: str = _env("LENDWELL_SSO_URL", "http://localhost:8443/auth/realms/libraries")
    sso_client_id: str = _env("LENDWELL_SSO_CLIENT_ID", "lendwell-circulation")
    sso_client_secret: str = _env("LENDWELL_SSO_CLIENT_SECRET", "dev-only")
    ebooks_url: str = _env("LENDWELL_EBOOKS_URL", "http://localhost:7070/v1")
    covers_url: str = _env("LENDWELL_COVERS_URL", "http://localhost:7080")
    ill_url: str = _env("LENDWELL_ILL_URL", "https://ill-gateway.consortium.invalid/api/v2")
    smtp_host: str = _env("LENDWELL_SMTP_HOST", "localhost")
    smtp_port: int = 2525
    jwt_secret: str = _env("LENDWELL_JWT_SECRET", "dev-secret")
    card_pin_key: str = _env("LENDWELL_CARD_PIN_KEY", "dev-card-pin-key")
    http_timeout: float = 1.0
    locale: str = _env("LENDWELL_LOCALE", "en-IE")
    currency: str = "EUR"
    timezone: str = "Europe/Dublin"
    branches_file: str = str(ROOT / "config" / "branches.toml")
    print_command: str = "lp"


def load():
    return Settings()
