import pytest

from seatline.settings import load


@pytest.mark.parametrize("name,value,attribute,expected", [
    ("SEATLINE_DB_POOL_SIZE", "20", "db_pool_size", 20),
    ("SEATLINE_DB_MAX_OVERFLOW", "0", "db_max_overflow", 0),
    ("SEATLINE_ACCESS_TOKEN_TTL", "900", "access_token_ttl", 900),
    ("SEATLINE_SMTP_PORT", "25", "smtp_port", 25),
    ("SEATLINE_REDIS_URL", "redis://cache:6379/2", "redis_url", "redis://cache:6379/2"),
    ("SEATLINE_PAYMENTS_URL", "https://pay.example/v1", "payments_url", "https://pay.example/v1"),
])
def test_setting_from_environment(monkeypatch, name, value, attribute, expected):
    monkeypatch.setenv(name, value)
    assert getattr(load(), attribute) == expected


def test_defaults_for_a_developer_machine():
    settings = load()
    assert settings.database_url.startswith("postgresql://")
    assert settings.hold_seconds == 600
