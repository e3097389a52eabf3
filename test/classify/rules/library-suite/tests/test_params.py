import pytest


@pytest.mark.parametrize("a", [1])
def test_param_names(b):
    pass
