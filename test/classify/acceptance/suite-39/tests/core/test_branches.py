from dispensa import branches


def test_leeds_opens():
    assert branches.opens("leeds") == "08:30"
