from gritline import orders


def test_minimum_order():
    assert orders.order(5)["tonnes"] == 20


def test_supplier_named():
    assert orders.order(40)["supplier"] == "Northern Rock Salt Ltd"
