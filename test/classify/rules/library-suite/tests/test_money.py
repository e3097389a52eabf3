from lantern import money


def test_decimal():
    money.amount("12,50")


def test_quantize():
    money.quantize("123456")
