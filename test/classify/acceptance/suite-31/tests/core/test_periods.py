from vitrine import vocab


def test_roman():
    assert vocab.period_label("roman") == "Roman"


def test_unknown():
    assert vocab.period_label("jurassic") is None
