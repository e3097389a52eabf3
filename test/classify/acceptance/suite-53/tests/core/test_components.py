import pytest

from redcell.components import SHELF_LIFE_DAYS, expires_after, storage_ok


@pytest.mark.parametrize("component", sorted(SHELF_LIFE_DAYS))
@pytest.mark.parametrize("day", [0, 10, 100, 200])
def test_expiry(component, day):
    assert expires_after(component, day) - day == SHELF_LIFE_DAYS[component]


@pytest.mark.parametrize("component,celsius,ok", [
    ("red cells", 4, True), ("red cells", 1, False), ("red cells", 7, False), ("red cells", 2, True),
    ("platelets", 22, True), ("platelets", 4, False), ("platelets", 25, False), ("platelets", 20, True),
    ("plasma", -30, True), ("plasma", -18, False), ("plasma", -41, False), ("plasma", -25, True),
    ("cryoprecipitate", -35, True), ("cryoprecipitate", 4, False),
    ("whole blood", 5, True), ("whole blood", 10, False),
])
def test_storage(component, celsius, ok):
    assert storage_ok(component, celsius) is ok
