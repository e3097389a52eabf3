import pytest

from shorewarden import settings as settings_module


@pytest.fixture
def settings():
    return settings_module.load()
