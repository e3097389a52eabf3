import pytest

from hotbox import settings as settings_module


def test_defaults_point_at_local_services(settings):
    assert settings.redis_url.startswith("redis://localhost")


@pytest.mark.parametrize("name", ["database_dsn", "redis_url", "broker_url", "routing_url", "idp_url"])
def test_every_service_has_a_url(settings, name):
    assert getattr(settings, name)


def test_environment_overrides_a_default(monkeypatch):
    monkeypatch.setenv("HOTBOX_ROUTING_URL", "http://osrm:5000")
    assert settings_module.load().routing_url == "http://osrm:5000"
