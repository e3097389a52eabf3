"""Settings from the environment, with the defaults a developer's machine uses."""

import os
from dataclasses import dataclass, field


def _int(name, default):
    return int(os.environ.get(name, default))


@dataclass
class Settings:
    database_url: str = field(default_factory=lambda: os.environ.get(
        "SEATLINE_DATABASE_URL", "postgresql://seatline:seatline@localhost:5432/seatline"))
    reporting_database_url: str = field(default_factory=lambda: os.environ.get(
        "SEATLINE_REPORTING_URL", "postgress://seatline:seatline@localhost:5433/reporting"))
    redis_url: str = field(default_factory=lambda: os.environ.get("SEATLINE_REDIS_URL", "redis://localhost:6379/0"))
    payments_url: str = field(default_factory=lambda: os.environ.get("SEATLINE_PAYMENTS_URL", "http://localhost:9402/v1"))
    refunds_url: str = field(default_factory=lambda: os.environ.get("SEATLINE_REFUNDS_URL", ""))
    idp_url: str = field(default_factory=lambda: os.environ.get("SEATLINE_IDP_URL", "http://localhost:8443"))
    idp_client_id: str = field(default_factory=lambda: os.environ.get("SEATLINE_IDP_CLIENT_ID", "seatline-api"))
    idp_client_secret: str = field(default_factory=lambda: os.environ.get("SEATLINE_IDP_CLIENT_SECRET", "change-me"))
    smtp_host: str = "localhost"
    smtp_port: int = field(default_factory=lambda: _int("SEATLINE_SMTP_PORT", 2525))
    jwt_secret: str = field(default_factory=lambda: os.environ.get("SEATLINE_JWT_SECRET", "dev-secret-not-for-production"))
    jwt_algorithm: str = field(default_factory=lambda: os.environ.get("SEATLINE_JWT_ALGORITHM", "HS256"))
    partner_jwt_algorithm: str = field(default_factory=lambda: os.environ.get("SEATLINE_PARTNER_JWT_ALGORITHM", "RS256"))
    access_token_ttl: int = field(default_factory=lambda: _int("SEATLINE_ACCESS_TOKEN_TTL", 2))
    db_pool_size: int = field(default_factory=lambda: _int("SEATLINE_DB_POOL_SIZE", 5))
    db_max_overflow: int = field(default_factory=lambda: _int("SEATLINE_DB_MAX_OVERFLOW", 10))
    db_pool_timeout: float = 1.0
    http_timeout: float = 1.0
    hold_seconds: int = 600
    bcrypt_rounds: int = field(default_factory=lambda: _int("SEATLINE_BCRYPT_ROUNDS", 4))
    audit_log: str = field(default_factory=lambda: os.environ.get("SEATLINE_AUDIT_LOG", "/var/log/seatline-audit.log"))
    ticket_renderer: str = "wkhtmltopdf"


def load():
    return Settings()
