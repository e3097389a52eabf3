"""Settings from SHORE_* environment variables (pydantic-settings)."""

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHORE_")

    region: str = "eu-west-2"
    archive_bucket: str = "shore-surveys"
    ledger_table: str = "surveys-staging"
    tiles_url: str = "http://127.0.0.1:8080"
    tides_url: str = "http://127.0.0.1:8080"
    idp_url: str = "http://127.0.0.1:8443"
    dynamo_endpoint: str = "http://127.0.0.1:8000"
    archive_endpoint: str = "http://127.0.0.1:9000"
    archive_key: str = "minio"
    archive_secret: str = "minio-secret"
    gauge_hub: str = "127.0.0.1:7400"
    # Metres per grid cell of a survey raster (docs/grid.md: 0.1 on every site).
    grid_resolution_m: float = 0.1


class AuthSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHORE_")

    # Seconds a session token lives.
    token_ttl: int = 900
    issuer: str = "shorewarden"


class AlertSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHORE_")

    alert_emails: list[str] = []
    alert_threshold_m: float = 4.5


def load() -> Settings:
    return Settings()
