"""Menu prices memoised in the process."""

import pytest

from hotbox import cache

pytestmark = pytest.mark.chaos


@pytest.mark.parametrize("item,cents", [("margherita", 1250), ("diavola", 1390)])
def test_menu_price(item, cents):
    assert cache.menu_price("pizzeria-uno", item) == cents


def test_price_change_is_seen_by_the_next_order():
    cache.menu_price("pizzeria-uno", "margherita")
    cache.update_price("pizzeria-uno", "margherita", 1400)
    try:
        assert cache.menu_price("pizzeria-uno", "margherita") == 1400
    finally:
        cache.update_price("pizzeria-uno", "margherita", 1250)
