import pytest


@pytest.mark.slowish
def test_marker():
    pass
