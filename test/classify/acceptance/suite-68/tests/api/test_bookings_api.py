import pytest

from skywicker import core, db


class TestBookingsApi:
    @pytest.mark.parametrize("party", [1, 4, 8])
    def test_party_booked(self, book, party):
        flight = db.add_flight(book, "Wenlow", "Ruth", 16)
        for n in range(party):
            db.book(book, flight, f"guest-{n}", 80)
        assert len(db.passengers(book, flight)) == party

    def test_full_basket_accepted(self, book):
        # Fifteen passengers at 80 kg: exactly the basket's rated 1,200 kg.
        flight = db.add_flight(book, "Wenlow", "Ruth", 16)
        for n in range(15):
            db.book(book, flight, f"guest-{n}", 80)
        weights = [80] * len(db.passengers(book, flight))
        assert core.basket_fits(weights)

    def test_overloaded_basket_refused(self, book):
        assert not core.basket_fits([90] * 14)

    def test_passenger_names_kept(self, book):
        flight = db.add_flight(book, "Wenlow", "Ruth", 16)
        db.book(book, flight, "Zoë Ångström", 61)
        assert db.passengers(book, flight) == ["Zoë Ångström"]
