import pytest

LOADS = pytest.mark.parametrize("users", [100, 500, 1000], ids=lambda n: f"{n}-users")
