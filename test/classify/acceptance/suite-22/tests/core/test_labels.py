from mashtun import labels


def test_label_text():
    assert labels.text("B-0412") == "Liffey Lager 5.0%"
