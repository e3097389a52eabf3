from ferrylane import formatting


def test_receipt_language():
    assert formatting.receipt_language() in ("en", "nb", "C")


def test_receipt_line_width():
    assert len(formatting.receipt_line("Cabin 4012", "1299.00")) == 30
