"""Per-marina settings from the marina's env file (pydantic-settings)."""
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

ENV_FILE = Path(__file__).parent / "data" / "marina.env"


class MarinaConfig(BaseSettings):
    model_config = SettingsConfigDict(env_file=ENV_FILE, env_prefix="MOORLINE_", extra="ignore")

    marina_name: str = "Moorline"
    hold_minutes: int = 15
    visitor_berths: int = 40
    harbour_dues_pct: float = 1.5


def load():
    return MarinaConfig()
