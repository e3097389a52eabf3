import pytest

from skywicker import core, db


class TestManifest:
    def test_manifest_fits_basket(self, book):
        flight = db.add_flight(book, "Ashbury Down", "Ruth", 8)
        for n in range(8):
            db.book(book, flight, f"m{n}", 80)
        assert core.basket_fits([80] * len(db.passengers(book, flight)))

    @pytest.mark.parametrize("party", [2, 6])
    def test_manifest_party(self, book, party):
        flight = db.add_flight(book, "Kellet Field", "Omar", party)
        for n in range(party):
            db.book(book, flight, f"p{n}", 70)
        assert len(db.passengers(book, flight)) == party

    def test_manifest_load(self, book):
        flight = db.add_flight(book, "Wenlow", "Ruth", 2)
        db.book(book, flight, "a", 65)
        db.book(book, flight, "b", 85)
        assert db.load_kg(book, flight) == 150

    def test_manifest_propane(self, book):
        flight = db.add_flight(book, "Wenlow", "Ruth", 2)
        assert core.propane_cylinders(60) == 2 and flight

    def test_manifest_seat_numbers(self, book):
        flight = db.add_flight(book, "Brockhill", "Omar", 3)
        for n in range(3):
            db.book(book, flight, f"s{n}", 70)
        assert core.seat_numbers(len(db.passengers(book, flight))) == [1, 2, 3]
