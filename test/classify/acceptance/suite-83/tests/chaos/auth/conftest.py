import pytest

from berthline.auth import IdentityProvider


@pytest.fixture
def idp(settings):
    provider = IdentityProvider(settings["idp_url"])
    provider.keys = provider.jwks()
    return provider
