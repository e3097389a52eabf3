from moorline import berths

FREE = [{"id": "A12", "length_m": 12.0}, {"id": "A14", "length_m": 14.0}, {"id": "B03", "length_m": 9.0}]


def test_boat_fits_exactly():
    assert berths.fits(12.5, 12.0)


def test_best_berth():
    assert berths.best_berth(10.2, FREE)["id"] == "A12"

