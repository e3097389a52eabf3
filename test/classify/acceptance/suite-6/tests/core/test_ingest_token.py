import os

from meterwell import settings

TOKEN = os.environ[settings.TOKEN_ENV]


def test_token_is_long_enough():
    assert len(TOKEN) >= 32
